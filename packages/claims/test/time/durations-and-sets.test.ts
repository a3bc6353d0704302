import { describe, expect, it } from "vitest"
import { timexesOf, valuesOf } from "./timex-helpers.js"

describe("durations", () => {
  it("reads counted units as ISO durations", () => {
    expect(valuesOf("The flight lasted 39 minutes.", "2018-06-09")).toEqual(["39 minutes → PT39M"])
    expect(valuesOf("The dispute has lasted two decades.", "2018-06-09")).toEqual(["two decades → P20Y"])
    expect(valuesOf("The talks are expected to last three days.", "2018-06-09")).toEqual(["three days → P3D"])
    expect(valuesOf("He made a two-day stop in Minsk.", "2018-06-09")).toEqual(["two-day → P2D"])
    expect(valuesOf("Prices have risen for more than two years.", "2018-06-09")).toEqual(["more than two years → P2Y MORE_THAN"])
    expect(valuesOf("The price of oil has doubled over the past decade.", "2015-06-01")).toEqual(["the past decade → P10Y"])
    expect(valuesOf("The job took half an hour.", "2015-06-01")).toEqual(["half an hour → PT30M"])
    expect(valuesOf("The last 12 months were hard.", "2015-06-01")).toEqual(["The last 12 months → P12M"])
    expect(valuesOf("The strike lasted a fortnight.", "2015-06-01")).toEqual(["a fortnight → P2W"])
    // TimeML takes the determiner into the expression, but not before a hyphened length that modifies a noun.
    expect(valuesOf("Profit for the six months rose 4%.", "2004-08-01")).toEqual(["the six months → P6M"])
    expect(valuesOf("He signed the three-year contract.", "2004-08-01")).toEqual(["three-year → P3Y"])
    // Quarters counted off as a length of time; fractions are not.
    expect(valuesOf("Margins shrank over the past two quarters.", "2004-08-01")).toEqual(["the past two quarters → P2Q"])
    expect(valuesOf("The chain lost money for several quarters.", "2004-08-01")).toEqual(["several quarters → PXQ"])
    expect(valuesOf("Sales fell for three consecutive quarters.", "2004-08-01")).toEqual(["three consecutive quarters → P3Q"])
    expect(timexesOf("He won three quarters of the vote.", "2004-08-01")).toEqual([])
    expect(valuesOf("Labour has had two-and-a-half years to convince people.", "2015-06-01")).toEqual(["two-and-a-half years → P2.5Y"])
  })

  it("reads unstated lengths with X", () => {
    expect(valuesOf("Negotiators talked for hours.", "2018-06-09")).toEqual(["hours → PTXH"])
    expect(valuesOf("The reactor has been idle for years.", "2018-06-09")).toEqual(["years → PXY"])
    expect(valuesOf("It took several weeks.", "2018-06-09")).toEqual(["several weeks → PXW"])
  })

  it("does not read ordinals as durations", () => {
    expect(timexesOf("Voters may get a second referendum.", "2018-06-09")).toEqual([])
  })

  it("does not read ages as durations (TimeML does not mark them)", () => {
    expect(timexesOf("Ms. Ortiz, 48 years old, will succeed him.", "2018-06-09")).toEqual([])
    expect(timexesOf("The 120-year-old bank was sold.", "2018-06-09")).toEqual([])
    expect(valuesOf("The bank is 120 years older than its rival and has traded for 120 years.", "2018-06-09")).toEqual(["120 years → P120Y", "120 years → P120Y"])
  })
})

describe("sets", () => {
  it("reads TIMEX3 SET values with quant and freq", () => {
    expect(timexesOf("The committee meets every week.", "2020-01-10")).toMatchObject([{ type: "SET", value: "P1W", quant: "EVERY" }])
    expect(timexesOf("Figures are published each year.", "2020-01-10")).toMatchObject([{ type: "SET", value: "P1Y", quant: "EACH" }])
    expect(timexesOf("Figures are published annually.", "2020-01-10")).toMatchObject([{ type: "SET", value: "P1Y" }])
    expect(timexesOf("The magazine appears weekly.", "2020-01-10")).toMatchObject([{ type: "SET", value: "P1W" }])
    expect(timexesOf("The company pays dividends twice a year.", "2020-01-10")).toMatchObject([{ type: "SET", value: "P1Y", freq: "2X" }])
    expect(timexesOf("Elections are held every two years.", "2020-01-10")).toMatchObject([{ type: "SET", value: "P2Y", quant: "EVERY" }])
    expect(timexesOf("The market opens every Monday.", "2020-01-10")).toMatchObject([{ type: "SET", value: "XXXX-WXX-1", quant: "EVERY" }])
    expect(timexesOf("The festival returns each summer.", "2020-01-10")).toMatchObject([{ type: "SET", value: "XXXX-SU", quant: "EACH" }])
  })

  it("reads a rate's period after an amount, and nothing else as a set", () => {
    expect(timexesOf("The plant will produce 150,000 cars a year.", "2020-01-10")).toMatchObject([{ text: "a year", type: "SET", value: "P1Y" }])
    expect(timexesOf("Output rose 2% per year.", "2020-01-10")).toMatchObject([{ text: "per year", type: "SET", value: "P1Y" }])
    expect(timexesOf("It was the busiest day in a year.", "2020-01-10")).toMatchObject([{ text: "a year", type: "DURATION", value: "P1Y" }])
  })
})
