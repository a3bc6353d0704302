import { describe, expect, it } from "vitest"
import { extractText } from "./extract-text.js"

describe("a claim's time scope says where its period comes from", () => {
  it("written in its sentence, inherited from an earlier one, or the reference date", () => {
    const { claims } = extractText(
      "Trade between Russia and China reached $240 billion in 2023. " +
        "Russia's exports to China rose 13 percent to $129 billion. " +
        "Beijing is Moscow's biggest trading partner, accounting for 14.3 percent of Russia's foreign trade.",
      "2024-05-16"
    )
    const originOf = (quoted: string) => claims.find((c) => c.quote.includes(quoted))?.time?.origin
    expect(originOf("$240 billion")).toBe("written")
    expect(originOf("$129 billion")).toBe("inherited")
    expect(originOf("14.3 percent")).toBe("reference")
  })

  it("across a paragraph break too: news writes a paragraph a sentence", () => {
    const { claims } = extractText(
      "Renault boosted its net profits by 40% in 2004.\n\nIts revenue rose 8%.",
      "2005-02-10"
    )
    const sales = claims.find((c) => c.quote.includes("8%"))
    expect(sales?.time?.origin).toBe("inherited")
    expect(sales?.figure?.period).toEqual({ value: "2004", origin: "inherited", prior: false })
  })
})
