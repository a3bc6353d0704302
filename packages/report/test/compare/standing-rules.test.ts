import { Claim } from "@crosscheck/claims"
import { Schema } from "effect"
import { createHash } from "node:crypto"
import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { comparisonStanding, STANDING_RULES } from "../../src/index.js"

/**
 * Claims extracted once from real news (the gold-news development articles) and kept as they
 * were: the standing rules' input, fixed, so that only a change of the rules changes the standings.
 */
const claims = readFileSync(new URL("fixtures/standing-claims.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line !== "")
  .map((line) => Schema.decodeUnknownSync(Claim)(JSON.parse(line)))

/** Every standing the rules give in one digest, with which rules gave it (never edit a digest: add the next rules'). */
const golden = JSON.parse(readFileSync(new URL("fixtures/standing-rules.json", import.meta.url), "utf8")) as { readonly digests: Record<string, string> }

const standingsDigest = () =>
  createHash("sha256")
    .update(
      claims
        .map((claim) => {
          const standing = comparisonStanding(claim)
          return `${claim.id}\t${standing._tag === "Compared" ? standing.partition : `uncompared:${standing.reason}`}`
        })
        .sort()
        .join("\n")
    )
    .digest("hex")

describe("the rules a stored comparison standing was worked out by", () => {
  it("reads claims of every standing: compared ones and ones left out for several reasons", () => {
    const standings = claims.map(comparisonStanding)
    expect(standings.filter((s) => s._tag === "Compared").length).toBeGreaterThan(50)
    expect(new Set(standings.flatMap((s) => (s._tag === "Uncompared" ? [s.reason] : []))).size).toBeGreaterThan(2)
  })

  it("changes its number (STANDING_RULES) whenever the standings change, so stored ones are worked out again", () => {
    expect(Math.max(...Object.keys(golden.digests).map(Number)), "the newest digest is the current rules'").toBe(STANDING_RULES)
    expect(
      golden.digests[String(STANDING_RULES)],
      "the comparison standings changed: bump STANDING_RULES in comparison-partition.ts and add the new digest under the new number in fixtures/standing-rules.json"
    ).toBe(standingsDigest())
  })
})
