import { describe, expect, it } from "vitest"
import { entityNames, judgeFields, sameMagnitude } from "../../bench/news/figure-fields.js"
import type { GoldFigure } from "../../bench/news/gold-news.js"
import { defaultGazetteer } from "../../src/entity/gazetteer.js"
import { extractText } from "../claim/extract-text.js"

const names = entityNames(defaultGazetteer)

const gold = (value: number, value_high: number | null): GoldFigure => ({
  quote: "growth of 1.5 to 2.0 pct",
  value,
  value_high,
  unit: "percent",
  aspect: "change",
  measure: "gdp_growth",
  status: "forecast"
})

describe("scoring a gold range against an extracted range", () => {
  const text = "The government forecast growth of 1.5 to 2.0 pct this year, the ministry said."
  const [claim] = extractText(text, "1987-03-02").claims.filter((c) => c.value?.unit === "percent")

  it("reads the range as its two ends, the value as their midpoint", () => {
    expect(claim?.value).toMatchObject({ value: 1.75, interval: { low: 1.5, high: 2 } })
  })

  it("counts the value right when the gold's value and value_high are the interval's ends, either way round", () => {
    expect(sameMagnitude(claim!, gold(1.5, 2))).toBe(true)
    expect(judgeFields(names, claim!, gold(1.5, 2)).value).toBe(true)
    expect(judgeFields(names, claim!, gold(2, 1.5)).value).toBe(true)
  })

  it("counts it wrong when an end differs, or when the gold gives one figure: the midpoint is never stated", () => {
    expect(judgeFields(names, claim!, gold(1.5, 2.5)).value).toBe(false)
    expect(judgeFields(names, claim!, gold(1.5, null)).value).toBe(false)
  })
})

describe("scoring a gold fiscal year", () => {
  const fiscal = (period: string | null): GoldFigure => ({ quote: "net income for the year ended Aug. 31", value: 2.7e6, unit: "USD", aspect: "level", measure: "net_income", status: "actual", period })

  it("counts a claim's twelve months ending in that year as the same period, but not the calendar year nor another length", () => {
    const periodOf = (text: string) => judgeFields(names, extractText(text, "1989-10-30").claims.find((c) => c.value?.value === 2.7e6)!, fiscal("FY1989")).period
    expect(periodOf("Zenith Corp said net income for the year ended Aug. 31 was 2.7 mln dlrs.")).toBe(true)
    expect(periodOf("Zenith Corp said net income for 1989 was 2.7 mln dlrs.")).toBe(false)
    expect(periodOf("Zenith Corp said net income for the nine months ended Aug. 31 was 2.7 mln dlrs.")).toBe(false)
  })
})

describe("scoring a claim's fiscal quarter", () => {
  const gold = (period: string): GoldFigure => ({ quote: "net income for the quarter", value: 2.7e6, unit: "USD", aspect: "level", measure: "net_income", status: "actual", period })
  const read = extractText("Zenith Corp said net income for the quarter ended Aug. 31 was 2.7 mln dlrs.", "1989-10-30").claims.find((c) => c.value?.value === 2.7e6)!
  // The claim as a results table whose fiscal calendar the text does not give writes its period.
  const inPeriod = (value: string) => ({ ...read, figure: { ...read.figure!, period: { ...read.figure!.period!, value } } })
  const same = (claimPeriod: string, goldPeriod: string) => judgeFields(names, inPeriod(claimPeriod), gold(goldPeriod)).period

  it("counts a gold span of the quarter's length as the same period when the fiscal year, the quarters after it counted on, ends in the claim's year", () => {
    expect(same("FY1989-Q4", "1989-06/1989-08")).toBe(true)
    expect(same("FY1989-Q4", "1989-03/1989-05")).toBe(true)
    expect(same("FY1990-Q1", "1989-06/1989-08")).toBe(true)
    expect(same("FY1989-H1", "1988-09/1989-02")).toBe(true)
    expect(same("FY1989-Q4", "1988-06/1988-08")).toBe(false)
    expect(same("FY1989-Q1", "1989-06/1989-08")).toBe(false)
    expect(same("FY1989-Q4", "1989-01/1989-06")).toBe(false)
  })
})

describe("scoring a gold split year", () => {
  const split = (period: string): GoldFigure => ({ quote: "net income for the year", value: 2.7e6, unit: "USD", aspect: "level", measure: "net_income", status: "actual", period })
  const periodOf = (text: string, period: string) => judgeFields(names, extractText(text, "1989-10-30").claims.find((c) => c.value?.value === 2.7e6)!, split(period)).period

  it("counts twelve months from a month of its first year to one of its second as the same period, but not the calendar years nor other years", () => {
    expect(periodOf("Zenith Corp said net income for the year ended March 31 was 2.7 mln dlrs.", "1988/89")).toBe(true)
    expect(periodOf("Zenith Corp said net income for the year ended March 31 was 2.7 mln dlrs.", "1988/1989")).toBe(true)
    expect(periodOf("Zenith Corp said net income for the year ended March 31 was 2.7 mln dlrs.", "1989/90")).toBe(false)
    expect(periodOf("Zenith Corp said net income for 1989 was 2.7 mln dlrs.", "1988/89")).toBe(false)
    expect(periodOf("Zenith Corp said net income for the nine months ended March 31 was 2.7 mln dlrs.", "1988/89")).toBe(false)
  })
})
