import { describe, expect, it } from "@effect/vitest"
import { comparisonKeyOf } from "../../src/compare/comparison-key.js"
import { claim, quantity } from "./claim-builders.js"
import { CHINA, RUSSIA, stateVisit2024, trade2023, tradeJanApr2017, visit2018Planned, visit2018Reported } from "./seed-claims.js"

const money = quantity({ text: "$10 billion", value: 10e9, unit: "USD", precision: 1e9 })
const tradeClaim = (predicate: string, subjects: ReadonlyArray<string>, time: string) =>
  claim({ id: "c", article: "a", kind: "trade", predicate, subjects, value: money, time: [time], quote: "q" })

describe("comparisonKeyOf", () => {
  it("keys figures by predicate, sorted parties, kind of figure and exact period", () => {
    expect(comparisonKeyOf(trade2023)?.key).toBe("trade.volume|country:CN,country:RU|money|2023")
    expect(comparisonKeyOf(tradeJanApr2017)?.key).toBe("trade.volume|country:CN,country:RU|money|2017-01..2017-04")
    expect(comparisonKeyOf(tradeClaim("trade.volume", [RUSSIA, CHINA], "2023"))?.key).toBe(comparisonKeyOf(trade2023)?.key)
  })

  it("gives a series key without the period", () => {
    expect(comparisonKeyOf(trade2023)?.series).toBe(comparisonKeyOf(tradeJanApr2017)?.series)
  })

  it("flips a balance whose parties it reorders, keeps directed shares in order", () => {
    expect(comparisonKeyOf(tradeClaim("trade.balance", [RUSSIA, CHINA], "2023"))?.flipped).toBe(true)
    expect(comparisonKeyOf(tradeClaim("trade.balance", [CHINA, RUSSIA], "2023"))?.flipped).toBe(false)
    expect(comparisonKeyOf(tradeClaim("trade.volume", [RUSSIA, CHINA], "2023"))?.flipped).toBe(false)
    const share = comparisonKeyOf(tradeClaim("trade.share", [RUSSIA, CHINA], "2023"))?.key
    expect(share).not.toBe(comparisonKeyOf(tradeClaim("trade.share", [CHINA, RUSSIA], "2023"))?.key)
  })

  it("puts events of one year in one bucket and events of other years apart; a state visit is a visit", () => {
    expect(comparisonKeyOf(visit2018Planned)?.key).toBe("event.visit|person:vladimir-putin|at:country:CN|2018")
    expect(comparisonKeyOf(visit2018Reported)?.key).toBe(comparisonKeyOf(visit2018Planned)?.key)
    expect(comparisonKeyOf(stateVisit2024)?.key).toBe("event.visit|person:vladimir-putin|at:country:CN|2024")
  })

  it("keeps open years literally, and undated claims to the year they were asserted", () => {
    expect(comparisonKeyOf(tradeClaim("trade.volume", [CHINA, RUSSIA], "XXXX-06-09"))?.key).toMatch(/\|XXXX-06-09$/)
    const { time: _omitted, ...undated } = trade2023
    expect(comparisonKeyOf(undated)?.key).toMatch(/\|undated$/)
    expect(comparisonKeyOf({ ...undated, assertedAt: "2024-05-14" })?.key).toMatch(/\|undated, asserted 2024$/)
    expect(comparisonKeyOf({ ...undated, assertedAt: "2016-06-25" })?.key).not.toBe(comparisonKeyOf({ ...undated, assertedAt: "2024-05-14" })?.key)
  })

  it("has nothing to compare in a vague count ('a number of agreements')", () => {
    const vague = quantity({ text: "a number of", value: 2, unit: "item", kind: "count", precision: 1, qualifier: "at_least" })
    const deal = claim({ id: "v", article: "a", kind: "deal", predicate: "deal.count", subjects: [CHINA, RUSSIA], value: { ...vague, id: "count@120" }, quote: "signed a number of agreements" })
    expect(comparisonKeyOf(deal)).toBeUndefined()
    expect(comparisonKeyOf({ ...deal, value: { ...vague, text: "12", value: 12, qualifier: "exact" } })).toBeDefined()
  })

  it("has nothing to compare for a deal without a figure", () => {
    expect(comparisonKeyOf(claim({ id: "d", article: "a", kind: "deal", predicate: "deal.signing", subjects: [CHINA, RUSSIA], quote: "q" }))).toBeUndefined()
  })
})
