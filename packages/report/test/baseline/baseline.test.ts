import { describe, expect, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import { applyBaseline, Baseline, baselineOf } from "../../src/baseline/baseline.js"
import { crossReference } from "../../src/compare/cross-reference.js"
import { articlesOf, claim, quantity } from "../compare/claim-builders.js"
import { trade2023, visit2018Planned, visit2018Reported } from "../compare/seed-claims.js"

const low = claim({
  id: "c-190",
  article: "outlet-b",
  kind: "trade",
  predicate: "trade.volume",
  subjects: ["country:RU", "country:CN"],
  value: quantity({ text: "$190 billion", value: 190e9, unit: "USD", precision: 1e9 }),
  figure: { holder: "country:RU", counterpart: "country:CN", measure: "total_trade", period: "2023" },
  time: ["2023"],
  quote: "trade reached $190 billion"
})
const claims = [visit2018Planned, visit2018Reported, trade2023, low]
const relations = crossReference(claims, articlesOf(claims))
const BaselineJson = Schema.fromJsonString(Baseline)

describe("baseline", () => {
  it("suppresses every finding it was made from, and nothing is stale", () => {
    const outcome = applyBaseline(relations, baselineOf(relations))
    expect(outcome.active).toEqual([])
    expect(outcome.suppressed).toEqual(relations)
    expect(outcome.stale).toEqual([])
  })

  it("still matches when offsets and claim ids change", () => {
    const shifted = claims.map((c) => ({ ...c, id: `${c.id}+9`, span: { start: c.span.start + 9, end: c.span.end + 9 } }))
    const outcome = applyBaseline(crossReference(shifted, articlesOf(shifted)), baselineOf(relations))
    expect(outcome.active).toEqual([])
    expect(outcome.stale).toEqual([])
  })

  it("reports new findings as active and vanished ones as stale", () => {
    const baseline = baselineOf(relations.filter((r) => r.type === "contradiction" && r.key.startsWith("event.")))
    const fixed = claims.filter((c) => c !== visit2018Reported)
    const outcome = applyBaseline(crossReference(fixed, articlesOf(fixed)), baseline)
    expect(outcome.suppressed).toEqual([])
    expect(outcome.active.map((r) => r.type)).toEqual(["contradiction"])
    expect(outcome.stale.map((e) => e.key)).toEqual(["event.visit|person:vladimir-putin|at:country:CN|2018"])
  })

  it("keeps reviewers' notes and dates when updated, and dates new entries", () => {
    const first = baselineOf(relations, { acceptedAt: "2026-01-01T00:00:00Z" })
    const noted = { ...first, entries: first.entries.map((e, i) => (i === 0 ? { ...e, note: "known: planned vs actual" } : e)) }
    const updated = baselineOf(relations, { previous: noted, acceptedAt: "2026-02-01T00:00:00Z" })
    expect(updated.entries[0]?.note).toBe("known: planned vs actual")
    expect(updated.entries.every((e) => e.acceptedAt === "2026-01-01T00:00:00Z")).toBe(true)
    expect(updated.entries.map((e) => e.fingerprint)).toEqual([...updated.entries.map((e) => e.fingerprint)].sort())
  })

  it.effect("round-trips through its JSON file format and rejects other files", () =>
    Effect.gen(function*() {
      const baseline = baselineOf(relations)
      const text = Schema.encodeSync(BaselineJson)(baseline)
      expect(yield* Schema.decodeUnknownEffect(BaselineJson)(text)).toEqual(baseline)
      const wrong = yield* Effect.flip(Schema.decodeUnknownEffect(BaselineJson)(JSON.stringify({ version: 2, entries: [] })))
      expect(wrong.message).toContain("version")
    })
  )
})
