import type { Claim, Relation } from "@crosscheck/claims"
import { describe, expect, it } from "@effect/vitest"
import * as fc from "fast-check"
import { crossReference, crossReferenceWithStats, MAX_GROUP_CLAIMS } from "../../src/compare/cross-reference.js"
import { articlesOf, claim, quantity } from "./claim-builders.js"
import {
  A000,
  A002,
  altitudeKm,
  CHINA,
  deals2016,
  deals2017,
  RUSSIA,
  stateVisit2024,
  trade2023,
  tradeJanApr2017,
  visit2018Planned,
  visit2018Reported
} from "./seed-claims.js"

const run = (claims: ReadonlyArray<Claim>, hashes: Readonly<Record<string, string>> = {}) =>
  crossReference(claims, articlesOf(claims, hashes))

const ofType = (relations: ReadonlyArray<Relation>, type: Relation["type"]) => relations.filter((r) => r.type === type)

const relating = (relations: ReadonlyArray<Relation>, ...claims: ReadonlyArray<Claim>) =>
  relations.filter((r) => claims.every((c) => r.claims.includes(c.id)))

const trade = (id: string, article: string, text: string, value: number, precision: number, options: { qualifier?: "more_than" | "almost"; time?: string } = {}) =>
  claim({
    id,
    article,
    kind: "trade",
    predicate: "trade.volume",
    subjects: [RUSSIA, CHINA],
    value: quantity({ text, value, unit: "USD", precision, ...(options.qualifier === undefined ? {} : { qualifier: options.qualifier }) }),
    figure: { holder: RUSSIA, counterpart: CHINA, measure: "total_trade", period: options.time ?? "2023" },
    time: [options.time ?? "2023"],
    quote: `trade between Russia and China reached ${text}`
  })

describe("crossReference on the seed articles", () => {
  const seeds = [visit2018Planned, visit2018Reported, stateVisit2024, deals2016, deals2017, tradeJanApr2017, trade2023, altitudeKm]
  const relations = run(seeds)

  it("finds the 2018 visit discrepancy (articles 000 and 002) as a contradiction", () => {
    const [found, ...rest] = relating(ofType(relations, "contradiction"), visit2018Planned, visit2018Reported)
    expect(rest).toEqual([])
    expect(found?.articles).toEqual([A000, A002])
    expect(found?.severity === "low" || found?.severity === "medium").toBe(true)
    expect(found?.explanation).toContain('"Putin should pay a visit to China between June 9 and 10"')
    expect(found?.explanation).toContain('"The Russian leader arrived in China on Friday and is set to stay there till June 10"')
    expect(found?.explanation).toContain("2018-06-09..2018-06-10")
    expect(found?.explanation).toContain("2018-06-08..2018-06-10")
    expect(found?.explanation).toContain("'Friday' → 2018-06-08")
    expect(found?.explanation).toContain("start dates differ by 1 day")
  })

  it("never compares the 2018 and 2024 visits", () => {
    expect(relating(relations, visit2018Planned, stateVisit2024)).toEqual([])
    expect(relating(relations, visit2018Reported, stateVisit2024)).toEqual([])
  })

  it("never compares the 2016 and 2017 deal counts, but lists them as a series", () => {
    const related = relating(relations, deals2016, deals2017)
    expect(related.map((r) => r.type)).toEqual(["timeline"])
  })

  it("never compares a January–April figure with a full-year one", () => {
    const related = relating(relations, tradeJanApr2017, trade2023)
    expect(related.map((r) => r.type)).toEqual(["timeline"])
    expect(related[0]?.explanation).toContain("2017-01..2017-04")
  })

  it("reports nothing else between five articles with no shared fact", () => {
    expect(relations.map((r) => r.type).sort()).toEqual(["contradiction", "timeline", "timeline"])
  })
})

describe("crossReference on figures", () => {
  it("finds no confirmation in 'more than US$200 billion' for $240 billion, but a contradiction of $190 billion", () => {
    const low = trade("c-190", "outlet-b", "$190 billion", 190e9, 1e9)
    const high = trade("c-240", "outlet-c", "$240 billion", 240e9, 1e9)
    const relations = run([trade2023, low, high])
    expect(relating(relations, trade2023, high)).toEqual([])
    const contradictions = relating(relations, trade2023, low)
    expect(contradictions.map((r) => r.type)).toEqual(["contradiction"])
    expect(contradictions[0]?.explanation).toContain("more than 200 billion USD for 2023")
    expect(contradictions[0]?.explanation).toContain("190 billion USD for 2023")
    expect(relating(relations, low, high).map((r) => r.type)).toEqual(["contradiction"])
  })

  it("states one contradiction per pair of articles, between their closest figures, and none when they also agree", () => {
    const a = [trade("x-exports", "x", "$110.97 billion", 110.97e9, 1e7), trade("x-imports", "x", "$129.14 billion", 129.14e9, 1e7)]
    const [only, ...rest] = ofType(run([...a, trade("y-total", "y", "$190 billion", 190e9, 1e9)]), "contradiction")
    expect(rest).toEqual([])
    expect(only?.claims).toEqual(["x-imports", "y-total"])
    const agreeing = run([...a, trade("x-total", "x", "$240.11 billion", 240.11e9, 1e7), trade("z-total", "z", "$240.1 billion", 240.1e9, 1e8)])
    expect(agreeing.map((r) => r.type)).toEqual(["overlap"])
  })

  it("rates a wide gap between firm readings high, and never lets hedged or planned readings contradict", () => {
    const firm = [trade("f1", "x", "$100 billion", 100e9, 1e9), trade("f2", "y", "$150 billion", 150e9, 1e9)]
    const unsure = [
      { ...trade("h1", "x", "$100 billion", 100e9, 1e9, { time: "2022" }), modality: "hedged" as const },
      { ...trade("h2", "y", "$150 billion", 150e9, 1e9, { time: "2022" }), modality: "planned" as const },
      { ...trade("h3", "z", "$100 billion", 100e9, 1e9, { time: "2022" }), modality: "hedged" as const }
    ]
    const relations = run([...firm, ...unsure])
    expect(ofType(relations, "contradiction").map((r) => [r.claims, r.severity])).toEqual([[["f1", "f2"], "high"]])
    // Unsure readings may still corroborate one another.
    expect(relating(ofType(relations, "overlap"), unsure[0]!, unsure[2]!)).toHaveLength(1)
  })

  it("agrees '$24.5 billion' with '24.47 billion', 'almost 90 billion' with '89.6 billion', '169 billion' with '169.8 billion'", () => {
    const claims = [
      trade("a1", "x", "$24.5 billion", 24.5e9, 1e8, { time: "2016" }),
      trade("a2", "y", "24.47 billion", 24.47e9, 1e7, { time: "2016" }),
      trade("b1", "x", "almost 90 billion", 90e9, 1e9, { time: "2021", qualifier: "almost" }),
      trade("b2", "z", "89.6 billion", 89.6e9, 1e8, { time: "2021" }),
      trade("c1", "x", "169 billion", 169e9, 1e9, { time: "2019" }),
      trade("c2", "y", "169.8 billion", 169.8e9, 1e8, { time: "2019" })
    ]
    const overlaps = ofType(run(claims), "overlap")
    expect(overlaps.map((r) => r.claims).sort()).toEqual([["a1", "a2"], ["b1", "b2"], ["c1", "c2"]])
    expect(overlaps.every((r) => r.explanation.startsWith("confirmed by 2 sources"))).toBe(true)
  })

  it("corroborates a surplus with the partner's deficit and contradicts a reversed surplus", () => {
    const balance = (id: string, article: string, subjects: ReadonlyArray<string>, value: number, quote: string) =>
      claim({
        id,
        article,
        kind: "trade",
        predicate: "trade.balance",
        subjects,
        value: quantity({ text: "$10 billion", value, unit: "USD", precision: 1e9 }),
        figure: { holder: subjects[0]!, counterpart: subjects[1]!, measure: "trade_balance", period: "2017" },
        time: ["2017"],
        quote
      })
    const chinaSurplus = balance("s1", "x", [CHINA, RUSSIA], 10e9, "China's surplus with Russia reached $10 billion")
    const russiaDeficit = balance("s2", "y", [RUSSIA, CHINA], -10e9, "Russia's deficit with China was $10 billion")
    const russiaSurplus = balance("s3", "z", [RUSSIA, CHINA], 10e9, "Russia ran a $10 billion surplus with China")
    const relations = run([chinaSurplus, russiaDeficit, russiaSurplus])
    expect(relating(relations, chinaSurplus, russiaDeficit).map((r) => r.type)).toEqual(["overlap"])
    const [reversed] = relating(relations, chinaSurplus, russiaSurplus)
    expect(reversed?.type).toBe("contradiction")
    expect(reversed?.explanation).toContain("sign flipped")
  })

  it("compares distances across units", () => {
    const miles = claim({
      id: "m1",
      article: "outlet-miles",
      kind: "statistic",
      predicate: "statistic.altitude",
      subjects: ["weapon:hwasong-14"],
      object: "the altitude",
      value: quantity({ text: "1,741 miles", value: 1741 * 1609.344, unit: "m", kind: "measure", dimension: "length", precision: 1609.344 }),
      figure: { holder: "weapon:hwasong-14", measure: "other:altitude", period: "2017-07-04" },
      time: ["2017-07-04"],
      quote: "the missile climbed to 1,741 miles"
    })
    const lower = { ...miles, id: "m2", article: "outlet-lower", value: quantity({ text: "2,500 km", value: 2.5e6, unit: "m", kind: "measure", dimension: "length", precision: 1000 }) }
    const relations = run([altitudeKm, miles, lower])
    expect(relating(relations, altitudeKm, miles).map((r) => r.type)).toEqual(["overlap"])
    expect(relating(relations, altitudeKm, lower).map((r) => r.type)).toEqual(["contradiction"])
  })

  it("never compares a figure with an unresolved holder, measure, period or value", () => {
    const unresolved = (id: string, article: string, gap: "holder" | "measure" | "period" | "value") => {
      const base = trade(id, article, "$150 billion", 150e9, 1e9)
      return { ...base, figure: { ...base.figure!, unresolved: [gap] } }
    }
    const firm = trade("d1", "w", "$100 billion", 100e9, 1e9)
    const gaps = (["holder", "measure", "period", "value"] as const).map((gap, i) => unresolved(`u${i}`, `outlet-${i}`, gap))
    expect(run([firm, ...gaps])).toEqual([])
    expect(ofType(run([firm, trade("d2", "v", "$150 billion", 150e9, 1e9)]), "contradiction")).toHaveLength(1)
  })

  it("finds no confirmation in two open-ended figures", () => {
    const open = [
      trade("o1", "x", "more than $70 billion", 70e9, 1e9, { qualifier: "more_than" }),
      trade("o2", "y", "more than $30 billion", 30e9, 1e9, { qualifier: "more_than" })
    ]
    expect(run(open)).toEqual([])
  })
})

describe("crossReference on duplicates and series", () => {
  const story = (article: string, idPrefix: string) => [
    {
      ...trade(`${idPrefix}-1`, article, "$107 billion", 107e9, 1e9, { time: "2018" }),
      quote: "Trade between Russia and China reached $107 billion in 2018, the General Administration of Customs said"
    },
    {
      ...trade(`${idPrefix}-2`, article, "$84 billion", 84e9, 1e9, { time: "2017" }),
      quote: "up from $84 billion a year earlier, when sanctions and a weak rouble held back Russian imports"
    }
  ]

  it("reports a story published twice once per article pair, and counts it as one source", () => {
    const claims = [...story("outlet-a", "a"), ...story("outlet-a-copy", "b"), trade("c-1", "outlet-c", "$107 billion", 107e9, 1e9, { time: "2018" })]
    const relations = run(claims, { "outlet-a": "same", "outlet-a-copy": "same" })
    const duplicates = ofType(relations, "duplicate")
    expect(duplicates.map((r) => r.articles)).toEqual([["outlet-a", "outlet-a-copy"]])
    expect(duplicates[0]?.explanation).toContain("identical text")
    const overlaps = ofType(relations, "overlap")
    expect(overlaps).toHaveLength(1)
    expect(overlaps[0]?.explanation).toMatch(/^confirmed by 2 sources/)
    expect(relations.filter((r) => r.articles.includes("outlet-a-copy")).map((r) => r.type)).toEqual(["duplicate"])
  })

  it("recognises a republished story with different page furniture by its quoted passages", () => {
    const relations = run([...story("outlet-a", "a"), ...story("aggregator", "b")])
    expect(ofType(relations, "duplicate").map((r) => [r.articles, r.explanation.includes("near-identical")])).toEqual([[["aggregator", "outlet-a"], true]])
    expect(ofType(relations, "overlap")).toEqual([])
  })

  it("keeps independent reports of the same figure as separate sources", () => {
    const wire = { ...trade("w1", "wire", "$107 billion", 107e9, 1e9, { time: "2018" }), quote: "Bilateral trade rose 27.1 percent to $107.06 billion in 2018, according to Chinese customs data" }
    const daily = { ...trade("d1", "daily", "$107 billion", 107e9, 1e9, { time: "2018" }), quote: "Last year the two neighbours traded goods worth some $107 billion, a record for the partnership" }
    const relations = run([wire, daily])
    expect(relations.map((r) => r.type)).toEqual(["overlap"])
  })

  it("links a fact repeated within one article that extraction did not merge", () => {
    const first = trade("r1", "x", "$107 billion", 107e9, 1e9, { time: "2018" })
    const again = { ...trade("r2", "x", "107 billion dollars", 107e9, 1e9, { time: "2018" }), span: { start: 900, end: 940 } }
    const [duplicate, ...rest] = ofType(run([first, again]), "duplicate")
    expect(rest).toEqual([])
    expect(duplicate?.claims).toEqual(["r1", "r2"])
    expect(duplicate?.articles).toEqual(["x"])
  })

  it("does not set two figures of one article against each other", () => {
    const exports = trade("e1", "x", "$110.97 billion", 110.97e9, 1e7)
    const imports = trade("e2", "x", "$129.14 billion", 129.14e9, 1e7)
    expect(run([exports, imports])).toEqual([])
  })

  it("does not set an article's event mentions against each other", () => {
    const visit = (id: string, day: string) =>
      claim({ id, article: "x", kind: "event", predicate: "event.visit", subjects: ["person:xi-jinping"], place: RUSSIA, time: [day], quote: `visit ${id}` })
    expect(run([visit("arrival", "2023-03-20"), visit("departure", "2023-03-22")])).toEqual([])
  })

  it("does not take compatible figures of one article for a repetition", () => {
    const copies = (id: string, text: string, value: number, qualifier?: "more_than") =>
      claim({ id, article: "x", kind: "statistic", predicate: "statistic.copies", subjects: ["org:publisher"], value: quantity({ text, value, unit: "item", kind: "count", precision: 1, ...(qualifier === undefined ? {} : { qualifier }) }), figure: { holder: "org:publisher", measure: "other:copies sold", period: "2004" }, time: ["2004"], quote: text })
    expect(run([copies("c1", "more than 72,000 copies", 72_000, "more_than"), copies("c2", "500,000 copies", 500_000)])).toEqual([])
  })

  it("makes one timeline per series of periods", () => {
    const claims = [
      trade("t16", "x", "$69.5 billion", 69.5e9, 1e8, { time: "2016" }),
      trade("t17", "y", "$84 billion", 84e9, 1e9, { time: "2017" }),
      trade("t23", "z", "more than $200 billion", 200e9, 1e9, { time: "2023", qualifier: "more_than" })
    ]
    const [series, ...rest] = ofType(run(claims), "timeline")
    expect(rest).toEqual([])
    expect(series?.claims).toEqual(["t16", "t17", "t23"])
    expect(series?.explanation).toMatch(/2016: 69\.5 billion USD.*2017: 84 billion USD.*2023: more than 200 billion USD/)
  })
})

describe("relation identity", () => {
  const claims = [visit2018Planned, visit2018Reported, trade2023, trade("c-190", "outlet-b", "$190 billion", 190e9, 1e9)]

  it("is stable across runs and symmetric in the order of claims", () => {
    const first = run(claims)
    expect(run([...claims].reverse())).toEqual(first)
    for (const relation of first) {
      expect(relation.claims).toEqual([...relation.claims].sort())
      expect(relation.articles).toEqual([...relation.articles].sort())
    }
  })

  it("does not depend on the order of its input", () => {
    const first = run(claims)
    fc.assert(
      fc.property(fc.shuffledSubarray(claims, { minLength: claims.length }), (shuffled) => {
        expect(run(shuffled)).toEqual(first)
      }),
      { numRuns: 30 }
    )
  })

  it("keeps fingerprints when offsets shift and claim ids change with them", () => {
    const shifted = claims.map((c) => ({ ...c, id: `${c.id}@${c.span.start + 57}`, span: { start: c.span.start + 57, end: c.span.end + 57 } }))
    const before = run(claims)
    const after = run(shifted)
    expect(after.map((r) => r.fingerprint)).toEqual(before.map((r) => r.fingerprint))
    expect(after.map((r) => r.id)).not.toEqual(before.map((r) => r.id))
  })
})

describe("grouping", () => {
  it("compares within key groups only: 50,000 claims take a bounded number of comparisons", () => {
    const claims: Array<Claim> = []
    for (let i = 0; i < 49_000; i++) {
      // 7,000 pairs of parties, each with five outlets' figures for 2000 and two for later years.
      const year = i % 7 < 5 ? 2000 : 2000 + (i % 7)
      const figure = trade(`s${i}`, `outlet-${i % 7}`, "$1 billion", 1e9 + (i % 3) * 1e8, 1e8, { time: String(year) })
      claims.push({ ...figure, figure: { ...figure.figure!, holder: `country:X${Math.floor(i / 7)}`, counterpart: "country:Y" }, quote: `${figure.quote} (${i})` })
    }
    for (let i = 0; i < 1_000; i++) claims.push(trade(`h${i}`, `outlet-${i}`, "$5 billion", 5e9, 1e9, { time: "1999" }))
    const { stats } = crossReferenceWithStats(claims, articlesOf(claims))
    expect(stats.claims).toBe(50_000)
    expect(stats.largestGroup).toBe(1_000)
    expect(stats.skippedClaims).toBe(1_000 - MAX_GROUP_CLAIMS)
    // Ten comparisons in each five-claim group, and the oversized group capped: all pairs would be 1.25e9.
    expect(stats.groups).toBe(7_001)
    expect(stats.comparisons).toBe(7_000 * 10 + (MAX_GROUP_CLAIMS * (MAX_GROUP_CLAIMS - 1)) / 2)
    expect(stats.comparisons).toBeLessThan((claims.length * (MAX_GROUP_CLAIMS - 1)) / 2)
  })
})
