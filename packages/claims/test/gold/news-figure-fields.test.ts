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
