import { assert, describe, expect, it } from "@effect/vitest"
import { Effect, Option } from "effect"
import { renderClaimProvenance, sentenceInContext } from "../../src/cli/show-action.js"
import { sampleA, sampleC, tradeA } from "./fixtures/sample-corpus.js"
import { populate, readWrite, tempDbPath, withStore } from "./store-test-kit.js"

describe("crosscheck show", () => {
  it("marks the quote inside its sentence", () => {
    expect(sentenceInContext(tradeA, sampleA.article.text)).toBe(
      "Moscow, May 16 (TASS) - »Trade between Russia and China reached a record US$240.1 billion in 2023«, " +
        "Russian President Vladimir Putin said on Thursday."
    )
  })

  it.effect("prints a claim with its provenance, derivations and relations", () => {
    const path = tempDbPath()
    return withStore(path, Effect.gen(function*() {
      yield* populate
      const store = yield* readWrite
      const text = renderClaimProvenance(Option.getOrThrow(yield* store.claimProvenance(tradeA.id)))
      expect(text).toContain(`claim ${tradeA.id}  trade.volume (trade)`)
      expect(text).toContain("a-tass.txt — \"Putin hails record trade with China\", reference date 2024-05-16 (metadata: manifest.json)")
      expect(text).toContain("»Trade between Russia and China reached a record US$240.1 billion in 2023«")
      expect(text).toContain("240100000000 USD (money, exact) from \"US$240.1 billion\"")
      expect(text).toContain("\"Russian President Vladimir Putin\" (person:vladimir-putin), said 2024-05-16")
      expect(text).toContain("modality    reported")
      expect(text).toContain("- \"US$240.1 billion\" → 240100000000 USD")
      expect(text).toContain("- \"in 2023\" → 2023")
      expect(text).toContain("relations (3):")
      expect(text).toContain("contradiction (high)  trade.volume|country:CN,country:RU|2023")
      expect(text).toContain(`↔ ${sampleC.extraction.claims[0]?.id} in c-blog.md ("What the trade figures hide"): »${sampleC.extraction.claims[0]?.quote}«`)
      // The value's derivation is also one of the claim's: printed once.
      assert.strictEqual(text.split("→ 240100000000 USD").length, 2)
    }))
  })
})
