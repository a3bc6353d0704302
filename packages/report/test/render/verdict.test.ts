import type { Claim } from "@crosscheck/claims"
import { describe, expect, it } from "vitest"
import { verdictOf, verdictText } from "../../src/render/verdict.js"
import { sampleClaims } from "./sample-report.js"

const claimNamed = (id: string): Claim => {
  const claim = sampleClaims.find((c) => c.id === id)
  if (claim === undefined) throw new Error(`no claim ${id}`)
  return claim
}

const verdict = (...ids: ReadonlyArray<string>): string => verdictText(verdictOf(ids.map(claimNamed)))

describe("a finding's verdict", () => {
  it("names the figures that differ and the gap, in their unit and as a share of the larger", () => {
    expect(verdict("c-trade-wireA-2023", "c-trade-wireB-2023")).toBe("240.1 billion USD vs 180 billion USD · 60.1 billion USD apart (25%)")
  })

  it("names the periods when the figures agree or there are none, and how many days apart they start", () => {
    expect(verdict("c-visit-000", "c-visit-002")).toBe("2018-06-09..2018-06-10 vs 2018-06-08..2018-06-10 · 1 day apart")
  })

  it("names the whole readings when neither figure nor period differs, with no gap", () => {
    // 'over $10 billion' (no date) and 'a total of $10 billion' (July 3–4): the figures read differently, the gap is nil.
    expect(verdict("c-deal-004-a", "c-deal-004-b")).toBe("more than 10 billion USD vs a total of 10 billion USD")
    const same = claimNamed("c-trade-wireA-2023")
    expect(verdictText(verdictOf([same, { ...same, id: "copy", modality: "planned" }]))).toBe(
      "240.1 billion USD · 2023 vs 240.1 billion USD · 2023 · planned"
    )
  })
})
