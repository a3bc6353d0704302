import { describe, expect, it } from "vitest"
import { distinctClaimIds } from "../../src/claim/claim-id.js"
import { EXTRACTOR_VERSION } from "../../src/version.js"
import { extractSeed, extractText, seed } from "./extract-text.js"

describe("buildClaims", () => {
  it("gives ids that are stable across runs and differ between articles", () => {
    const text = "In 2023, trade volume between China and Russia reached more than US$200 billion."
    const first = extractText(text, "2024-05-14", "a.txt").claims.map((c) => c.id)
    const again = extractText(text, "2024-05-14", "a.txt").claims.map((c) => c.id)
    const other = extractText(text, "2024-05-14", "b.txt").claims.map((c) => c.id)
    expect(first.length).toBeGreaterThan(0)
    expect(again).toEqual(first)
    expect(other.some((id) => first.includes(id))).toBe(false)
  })

  it("gives every claim of an article its own id, even two read from one quote", () => {
    // BBC politics/086 stored two claims on one quote ("millions of people") with different holders.
    const text =
      "Wheat output rose 5 pct to 1.2 mln tonnes in 1986, the ministry said. Wheat output rose 5 pct to 1.2 mln tonnes in 1986.\n\n" +
      "Japan's exports to the U.S. were 3.4 bln dlrs in March, and its exports to the EC 3.4 bln dlrs."
    for (const claims of [extractText(text, "1987-04-02").claims, ...["000", "001", "002", "003", "004"].map((p) => extractSeed(p).claims)]) {
      expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length)
    }
    const [claim] = extractSeed("004").claims
    const twice = distinctClaimIds([claim!, { ...claim!, span: { start: claim!.span.start + 500, end: claim!.span.end + 500 } }])
    expect(twice[0]!.id).toBe(claim!.id)
    expect(twice[1]!.id).not.toBe(claim!.id)
    expect(distinctClaimIds(twice).map((c) => c.id)).toEqual(twice.map((c) => c.id))
  })

  it("quotes exactly the span, inside its sentence, with derivation and version", () => {
    for (const prefix of ["000", "001", "002", "003", "004"]) {
      const { text } = seed(prefix)
      for (const claim of extractSeed(prefix).claims) {
        expect(text.slice(claim.span.start, claim.span.end)).toBe(claim.quote)
        expect(claim.span.start).toBeGreaterThanOrEqual(claim.sentence.start)
        expect(claim.span.end).toBeLessThanOrEqual(claim.sentence.end)
        expect(claim.quote.length).toBeLessThan(text.length / 2)
        expect(claim.derivation.length).toBeGreaterThan(1)
        expect(claim.extractor).toBe(EXTRACTOR_VERSION)
        expect(claim.confidence).toBeGreaterThan(0)
        expect(claim.confidence).toBeLessThanOrEqual(1)
      }
    }
  })

  it("extracts nothing from page furniture: a comment's '3 years ago', the tag list", () => {
    const { text } = seed("000")
    const extraction = extractSeed("000")
    const comments = text.indexOf("Notify of")
    expect(comments).toBeGreaterThan(0)
    expect(extraction.claims.every((c) => c.span.end <= comments)).toBe(true)
    for (const region of extraction.furniture.filter((f) => f.kind !== "markup")) {
      expect(extraction.claims.some((c) => c.span.start < region.end && region.start < c.span.end)).toBe(false)
    }
  })

  it("extracts nothing from an empty or figure-less text", () => {
    expect(extractText("", "2018-06-09").claims).toEqual([])
    expect(extractText("Russia and China are neighbours.", "2018-06-09").claims).toEqual([])
  })

  it("rates an inferred or missing date and hedging lower than an explicit fact", () => {
    const explicit = extractText("Russia and China signed 12 agreements on June 8, 2018.", "2018-06-09").claims[0]
    const hedged = extractText("Russia and China may have signed 12 agreements.", "2018-06-09").claims[0]
    expect(explicit?.confidence).toBeGreaterThan(hedged?.confidence ?? 1)
  })
})
