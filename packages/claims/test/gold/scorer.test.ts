import fc from "fast-check"
import { describe, expect, it } from "vitest"
import type { GoldAnnotation, GoldClaim, GoldTimex } from "../../bench/gold/gold-annotation.js"
import { findRepoRoot, readGoldSet } from "../../bench/gold/read-gold-set.js"
import { makeQualityReport } from "../../bench/report/quality-report.js"
import { scoresOf } from "../../bench/score/counts.js"
import { scoreClaims } from "../../bench/score/score-claims.js"
import { measures, scoreDocument, sumScores } from "../../bench/score/score-document.js"
import { scoreQuantities } from "../../bench/score/score-quantities.js"
import { dayInterval, scopesOverlap } from "../../bench/score/time-interval.js"

const gold = readGoldSet(findRepoRoot(import.meta.url))
const positive = gold.filter((d) => d.group !== "negative" && d.annotation.quantities.length > 0)

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000

/**
 * A deliberately damaged copy of a document's time expressions: every 4th dropped, every 4th+1
 * shortened by a character (when it can be), every 4th+2 given a wrong value, the rest intact,
 * plus one spurious expression past the end of the text.
 */
const perturbTimexes = (annotation: GoldAnnotation, textLength: number): ReadonlyArray<GoldTimex> => [
  ...annotation.timexes.flatMap((t, i): Array<GoldTimex> => {
    switch (i % 4) {
      case 0:
        return []
      case 1:
        return [t.end - t.start > 1 ? { ...t, start: t.start + 1, text: t.text.slice(1) } : t]
      case 2:
        return [{ ...t, value: t.value === "PAST_REF" ? "FUTURE_REF" : "PAST_REF" }]
      default:
        return [t]
    }
  }),
  { text: "x", start: textLength, end: textLength + 1, type: "DATE", value: "2000" }
]

describe("quality scorer", () => {
  it("scores the gold set against itself as perfect on every measure", () => {
    const scored = gold.map((document) => ({ document, scores: scoreDocument(document.annotation, document.annotation) }))
    const sums = sumScores(scored.map((s) => s.scores))
    for (const m of measures) {
      const s = scoresOf(sums[m])
      expect([m, s.fp, s.fn]).toEqual([m, 0, 0])
      expect([m, s.f1]).toEqual([m, 1])
    }
    const report = makeQualityReport(scored)
    expect(report.groups.negative.measures.timexRelaxed.fp).toBe(0)
    expect(report.documents.every((d) => d.timexes.missed.length === 0 && d.claims.spurious.length === 0)).toBe(true)
  })

  it("counts exactly the damage done to a perturbed copy of the time expressions", () => {
    let expected = { strict: 0, relaxed: 0, value: 0, gold: 0, predicted: 0 }
    let actual = { strict: 0, relaxed: 0, value: 0, gold: 0, predicted: 0 }
    for (const { annotation, text } of gold) {
      const predicted = perturbTimexes(annotation, text.length)
      const scores = scoreDocument(annotation, { ...annotation, timexes: predicted }).timexes
      annotation.timexes.forEach((t, i) => {
        const kept = i % 4 !== 0
        const shortened = i % 4 === 1 && t.end - t.start > 1
        expected = {
          strict: expected.strict + (kept && !shortened ? 1 : 0),
          relaxed: expected.relaxed + (kept ? 1 : 0),
          value: expected.value + (kept && i % 4 !== 2 ? 1 : 0),
          gold: expected.gold + 1,
          predicted: expected.predicted + (kept ? 1 : 0)
        }
      })
      expected = { ...expected, predicted: expected.predicted + 1 }
      actual = {
        strict: actual.strict + scores.strict.tp,
        relaxed: actual.relaxed + scores.relaxed.tp,
        value: actual.value + scores.value.tp,
        gold: actual.gold + scores.relaxed.tp + scores.relaxed.fn,
        predicted: actual.predicted + scores.relaxed.tp + scores.relaxed.fp
      }
    }
    expect(actual).toEqual(expected)
    expect(expected.strict).toBeLessThan(expected.relaxed)
    expect(expected.value).toBeLessThan(expected.relaxed)
  })

  it("gives precision 1 and recall kept/total for any subset of the gold quantities, in any order", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...positive),
        fc.infiniteStream(fc.boolean()),
        fc.integer(),
        ({ annotation }, keep, seed) => {
          const wanted = annotation.quantities.map(() => keep.next().value as boolean)
          const kept = annotation.quantities.filter((_, i) => wanted[i])
          const shuffled = [...kept].sort((a, b) => ((a.start * 31 + seed) % 97) - ((b.start * 31 + seed) % 97))
          const scores = scoreQuantities(annotation.quantities, shuffled)
          const value = scoresOf(scores.value)
          expect(value.precision).toBe(1)
          expect(value.recall).toBeCloseTo(kept.length / annotation.quantities.length, 12)
          expect(scores.missed.length).toBe(annotation.quantities.length - kept.length)
        }
      ),
      { numRuns: 200 }
    )
  })

  it("matches a quantity by overlap but counts its value wrong when the unit or figure differs", () => {
    const q = { text: "38bn cubic metres", start: 10, end: 27, kind: "measure", value: 38e9, unit: "m3/yr" }
    const scores = scoreQuantities([q, { ...q, start: 40, end: 45 }], [
      { ...q, start: 10, end: 14, unit: "m3" },
      { ...q, start: 40, end: 45, value: 38e9 * (1 + 1e-9) }
    ])
    expect(scores.span.tp).toBe(2)
    expect(scores.value).toEqual({ tp: 1, fp: 1, fn: 1 })
  })

  describe("claims", () => {
    const balance: GoldClaim = {
      kind: "trade",
      predicate: "trade.balance",
      subjects: ["country:US", "country:CN"],
      value: { value: -103e9, unit: "USD" },
      time: { start: "2002", end: "2002" },
      quote: "the U.S. deficit with China was $103 billion"
    }

    it("reads a balance stated the other way round, with the sign flipped, as the same fact", () => {
      const flipped = { ...balance, subjects: ["country:CN", "country:US"], value: { value: 103e9, unit: "USD" } }
      expect(scoreClaims([balance], [flipped]).full.tp).toBe(1)
      expect(scoreClaims([balance], [{ ...flipped, value: { value: -103e9, unit: "USD" } }]).core.tp).toBe(0)
    })

    it("needs the predicate, the value and an overlapping time scope, then the subjects and place for a full match", () => {
      const growth: GoldClaim = {
        kind: "trade",
        predicate: "trade.growth",
        subjects: ["country:RU", "country:CN"],
        value: { value: 37, unit: "percent" },
        time: { start: "2017-01", end: "2017-04" },
        quote: "grew by 37 percent"
      }
      const cases: ReadonlyArray<readonly [Partial<GoldClaim>, number, number]> = [
        [{ time: { start: "2017-Q1", end: "2017-Q1" } }, 1, 1],
        [{ time: { start: "2016", end: "2016" } }, 0, 0],
        [{ predicate: "trade.volume" }, 0, 0],
        [{ value: { value: 37, unit: "item" } }, 0, 0],
        [{ subjects: ["country:CN", "country:US"] }, 1, 0]
      ]
      for (const [change, core, full] of cases) {
        const scores = scoreClaims([growth], [{ ...growth, ...change }])
        expect([change, scores.core.tp, scores.full.tp]).toEqual([change, core, full])
      }
      const { time: _, ...timeless } = growth
      expect(scoreClaims([timeless], [growth]).core.tp).toBe(1)
      expect(scoreClaims([growth], [timeless]).core.tp).toBe(0)
    })

    it("requires the gold place when there is one", () => {
      const visit: GoldClaim = { kind: "event", predicate: "event.visit", subjects: ["person:xi-jinping"], place: "country:RU", quote: "visit" }
      expect(scoreClaims([visit], [{ ...visit, place: "country:DE" }]).full.tp).toBe(0)
      expect(scoreClaims([visit], [visit]).full.tp).toBe(1)
    })

    it("pairs claims one to one, as many as possible", () => {
      const visit: GoldClaim = { kind: "event", predicate: "event.visit", subjects: ["person:a"], quote: "q" }
      const dated = { ...visit, time: { start: "2018-06-09", end: "2018-06-10" } }
      // The timeless gold claim could take either prediction; it must leave the dated one to the dated gold claim.
      const scores = scoreClaims([visit, dated], [dated, { ...visit, time: { start: "2019", end: "2019" } }])
      expect(scores.core).toEqual({ tp: 2, fp: 0, fn: 0 })
    })
  })

  describe("time intervals", () => {
    it("reads days, months, ISO weeks, weekends, quarters, halves, seasons, years and decades", () => {
      const cases: ReadonlyArray<readonly [string, string, string]> = [
        ["2018-06-09", "2018-06-09", "2018-06-09"],
        ["2017-07-03TEV", "2017-07-03", "2017-07-03"],
        ["2024-02", "2024-02-01", "2024-02-29"],
        ["2018-W22", "2018-05-28", "2018-06-03"],
        ["2015-W31-WE", "2015-08-01", "2015-08-02"],
        ["2010-Q1", "2010-01-01", "2010-03-31"],
        ["2011-H2", "2011-07-01", "2011-12-31"],
        ["2017-WI", "2017-12-01", "2018-02-28"],
        ["2016", "2016-01-01", "2016-12-31"],
        ["201", "2010-01-01", "2019-12-31"]
      ]
      for (const [value, first, last] of cases) expect([value, dayInterval(value)]).toEqual([value, { first: day(first), last: day(last) }])
      expect(dayInterval("PRESENT_REF")).toBeUndefined()
      expect(dayInterval("P3D")).toBeUndefined()
    })

    it("overlaps scopes that share a day, and compares unresolved values as written", () => {
      expect(scopesOverlap({ start: "2018-06-09", end: "2018-06-10" }, { start: "2018-W23", end: "2018-W23" })).toBe(true)
      expect(scopesOverlap({ start: "2018-06-09", end: "2018-06-10" }, { start: "2018-06-11", end: "2018-06-11" })).toBe(false)
      expect(scopesOverlap({ start: "PRESENT_REF", end: "PRESENT_REF" }, { start: "PRESENT_REF", end: "PRESENT_REF" })).toBe(true)
      expect(scopesOverlap({ start: "PRESENT_REF", end: "PRESENT_REF" }, { start: "2018", end: "2018" })).toBe(false)
    })
  })
})
