import { describe, expect, it } from "vitest"
import { extractSeed, extractText, withPredicate } from "../claim/extract-text.js"

describe("every claim with a value carries its figure identity", () => {
  it("a seed's 2023 trade volume: holder, partner, measure, written period, actual level", () => {
    const [volume] = withPredicate(extractSeed("001").claims, "trade.volume")
    expect(volume?.figure).toMatchObject({
      holder: "country:CN",
      counterpart: "country:RU",
      measure: "total_trade",
      period: { value: "2023", origin: "written", prior: false },
      status: "actual",
      aspect: "level",
      unresolved: []
    })
  })

  it("claims without a value have no figure; each figure says what it lacks", () => {
    for (const prefix of ["000", "001", "002", "003", "004"]) {
      for (const claim of extractSeed(prefix).claims) {
        expect(claim.figure === undefined).toBe(claim.value === undefined)
        if (claim.figure !== undefined) expect(claim.figure.unresolved.includes("period")).toBe(claim.figure.period === undefined)
      }
    }
  })

  it("a forecast is a forecast, a preliminary figure preliminary", () => {
    const text =
      "China's exports to Russia are expected to reach $150 billion in 2025, the ministry said.\n\n" +
      "Preliminary data showed China's trade surplus with the EU was $20 billion in March 2024."
    const claims = extractText(text, "2024-04-10").claims.filter((c) => c.figure !== undefined)
    const statuses = claims.map((c) => [c.figure?.measure, c.figure?.status])
    expect(statuses).toContainEqual(["exports", "forecast"])
    expect(statuses).toContainEqual(["trade_balance", "preliminary"])
  })
})
