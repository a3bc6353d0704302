import { describe, expect, it } from "vitest"
import { scopeStartsAfter } from "../../src/claim/time-scope.js"
import { decodeIsoDay } from "../../src/time/iso-day.js"
import { extractText } from "./extract-text.js"

const modalityOf = (text: string, published = "2017-07-03", kind = "deal") =>
  extractText(text, published)
    .claims.filter((c) => c.kind === kind)
    .map((c) => [c.predicate, c.modality])

describe("modality", () => {
  it("reads a fact as reported", () => {
    expect(modalityOf("Russia and China signed more than 30 deals on June 25, 2016.")).toEqual([["deal.count", "reported"]])
  })

  it("reads 'will', 'is set to' and a later date as planned", () => {
    expect(modalityOf("Russia and China will sign 12 agreements on July 4.")).toEqual([["deal.count", "planned"]])
    expect(modalityOf("Xi is set to pay a visit to Russia on July 10.", "2017-07-03", "event")).toEqual([["event.visit", "planned"]])
    expect(modalityOf("Xi's visit to Moscow, scheduled for July 5-6, matters.", "2017-07-03", "event")).toEqual([["event.visit", "planned"]])
  })

  it("reads 'may', 'reportedly' and 'is expected to' as hedged", () => {
    expect(modalityOf("Deals worth $10 billion are expected to be signed on July 4.")).toEqual([["deal.value", "hedged"]])
    expect(modalityOf("Russia and China reportedly signed 12 agreements on July 1.")).toEqual([["deal.count", "hedged"]])
  })

  it("reads 'did not' and 'never' in the clause as negated", () => {
    expect(modalityOf("Russia and China did not sign 12 agreements on July 1.")).toEqual([["deal.count", "negated"]])
    expect(modalityOf("Russia has never signed 12 agreements with China in one day.")).toEqual([["deal.count", "negated"]])
  })

  it("reads a claim inside quotation marks as a quoted opinion", () => {
    expect(modalityOf("Xi said: “Russia and China signed 12 agreements on July 1.”")).toEqual([["deal.count", "quoted_opinion"]])
  })

  it("does not read 'May' the month as a hedge", () => {
    expect(modalityOf("Putin took office on May 7, 2024.", "2024-05-14", "event")).toEqual([["event.inauguration", "reported"]])
  })
})

describe("a time after the reference date", () => {
  const fourthQuarter = { start: "2004-Q4", end: "2004-Q4", text: "the last three months of 2004", timexes: [], derivation: "test" }

  it("is a plan after a known day, but not after a year read from the text, which is only a lower bound", () => {
    expect(scopeStartsAfter(fourthQuarter, { _tag: "Day", day: decodeIsoDay("2004-06-01")!, basis: "inferred", why: "test" })).toBe(true)
    expect(scopeStartsAfter(fourthQuarter, { _tag: "Year", year: 2003, why: "latest explicit year '2003'" })).toBe(false)
  })
})
