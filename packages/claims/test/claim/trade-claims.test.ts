import { describe, expect, it } from "vitest"
import { extractText, withPredicate } from "./extract-text.js"

describe("trade claims", () => {
  it("reads a year's trade volume between two countries", () => {
    const text = "In 2023, trade volume between China and Russia increased and reached more than US$200 billion."
    const [volume] = withPredicate(extractText(text, "2024-05-14").claims, "trade.volume")
    expect(volume).toMatchObject({
      subjects: ["country:CN", "country:RU"],
      time: { start: "2023", end: "2023" },
      value: { value: 200e9, unit: "USD", qualifier: "more_than" }
    })
    expect(volume?.quote).toContain("more than US$200 billion")
  })

  it("reads growth and volume for a span of months, the parties by coreference", () => {
    const text =
      "Beijing is Moscow's biggest trading partner. Between January and April of 2017, the volume of trade between the two countries grew by 37 percent, reaching $24.5 billion."
    const { claims } = extractText(text, "2017-07-03")
    const [growth] = withPredicate(claims, "trade.growth")
    const [volume] = withPredicate(claims, "trade.volume")
    for (const claim of [growth, volume]) {
      expect(claim).toMatchObject({ subjects: ["country:CN", "country:RU"], time: { start: "2017-01", end: "2017-04" } })
      expect(claim?.derivation.join(" ")).toContain("coreference")
    }
    expect(growth?.value).toMatchObject({ value: 37, unit: "percent" })
    expect(volume?.value).toMatchObject({ value: 24.5e9, unit: "USD" })
  })

  it("reads a partner's rank and share of trade, as of the reference date", () => {
    const text =
      "Beijing is Moscow's biggest trading partner, accounting for 14.3 percent of Russia's foreign trade turnover. Germany is Russia's second biggest partner, with nine percent of Russia's total trade volume."
    const { claims } = extractText(text, "2017-07-03")
    expect(withPredicate(claims, "trade.rank").map((c) => [c.subjects, c.value?.value])).toEqual([
      [["country:CN", "country:RU"], 1],
      [["country:DE", "country:RU"], 2]
    ])
    expect(withPredicate(claims, "trade.share").map((c) => [c.subjects, c.value?.value, c.time?.start])).toEqual([
      [["country:CN", "country:RU"], 14.3, "2017-07-03"],
      [["country:DE", "country:RU"], 9, "2017-07-03"]
    ])
  })

  it("reads 'number one trade partner' as rank 1", () => {
    const text = "The Russian leader stated that China is already Russia's number one foreign trade partner."
    const [rank] = withPredicate(extractText(text, "2018-06-09").claims, "trade.rank")
    expect(rank).toMatchObject({ subjects: ["country:CN", "country:RU"], value: { kind: "ordinal", value: 1 } })
  })

  it("reads a deficit as a negative balance and a fall as negative growth", () => {
    const { claims } = extractText("The US trade deficit with China reached $375 billion in 2017. Trade between Russia and Ukraine fell 20% in 2015.", "2018-03-01")
    expect(withPredicate(claims, "trade.balance")[0]).toMatchObject({ subjects: ["country:US", "country:CN"], value: { value: -375e9 }, time: { start: "2017" } })
    expect(withPredicate(claims, "trade.growth")[0]).toMatchObject({ subjects: ["country:RU", "country:UA"], value: { value: -20 }, time: { start: "2015" } })
  })

  it("reads no trade claim from a figure that is not about trade", () => {
    const { claims } = extractText("Russia and China discussed trade. The bridge cost $2 billion.", "2018-03-01")
    expect(claims.filter((c) => c.kind === "trade")).toEqual([])
    const market = extractText("The Japanese yen was trading at 105.28 yen. Japan's economy grew 0.1% in 2004 as exports slowed.", "2005-01-15")
    expect(market.claims.filter((c) => c.kind === "trade")).toEqual([])
  })

  it("reads a figure restated in other units once", () => {
    const { claims } = extractText("Brazil's exports reached $445.1bn (£227bn; 331bn euros) in 2004.", "2005-01-15")
    expect(withPredicate(claims, "trade.volume").map((c) => [c.subjects, c.value?.value, c.time?.start])).toEqual([[["country:BR"], 445.1e9, "2004"]])
  })
})
