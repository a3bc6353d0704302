import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { addDays } from "../../src/time/calendar.js"
import { isoDayOf } from "../../src/time/iso-day.js"
import { compareTimexValues, periodInterval, timexInterval } from "../../src/time/timex-interval.js"
import { formatTimexValue, isPartOfYearValue, isWholeYearValue, isYearQuarterOrHalf, parseTimexValue } from "../../src/time/timex-value.js"

describe("timexInterval", () => {
  it.each([
    ["2018-06-09", "2018-06-09", "2018-06-09", "day"],
    ["2018-06-09TEV", "2018-06-09", "2018-06-09", "time"],
    ["2018-06-09T10:00", "2018-06-09", "2018-06-09", "time"],
    ["2018-06", "2018-06-01", "2018-06-30", "month"],
    ["2016-02", "2016-02-01", "2016-02-29", "month"],
    ["2018-W22", "2018-05-28", "2018-06-03", "week"],
    ["2020-W53", "2020-12-28", "2021-01-03", "week"],
    ["2018-W22-WE", "2018-06-02", "2018-06-03", "week"],
    ["2017-Q1", "2017-01-01", "2017-03-31", "quarter"],
    ["2004-Q4", "2004-10-01", "2004-12-31", "quarter"],
    ["2020-H2", "2020-07-01", "2020-12-31", "half"],
    ["2017-SU", "2017-06-01", "2017-08-31", "season"],
    ["2017-WI", "2017-12-01", "2018-02-28", "season"],
    ["2017", "2017-01-01", "2017-12-31", "year"],
    ["199", "1990-01-01", "1999-12-31", "decade"],
    ["18", "1800-01-01", "1899-12-31", "century"]
  ])("%s covers %s..%s (%s)", (value, first, last, granularity) => {
    expect(timexInterval(value)).toEqual({ first, last, granularity })
  })

  it.each(["XXXX-06-09", "XXXX-WXX-5", "PRESENT_REF", "PAST_REF", "P3D", "PT39M", "2018-13", "2018-02-30", "2018-W54", ""])(
    "has no interval for %s",
    (value) => {
      expect(timexInterval(value)).toBeUndefined()
    }
  )

  it("gives every valid day its own one-day interval (property)", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1800-01-01T00:00:00Z"), max: new Date("2199-12-31T00:00:00Z"), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10)
        expect(timexInterval(iso)).toEqual({ first: iso, last: iso, granularity: "day" })
      })
    )
  })

  it("answers a value asked again, and again after more values than it keeps, as the first time", () => {
    const asked = ["2018-06", "2018-02-30", "2017-WI", "PRESENT_REF"]
    const first = asked.map(timexInterval)
    expect(asked.map(timexInterval)).toEqual(first)
    // Twelve thousand other days, each its own interval (more answers than are kept), then the same values.
    for (let n = 0; n < 12_000; n++) {
      const day = isoDayOf(addDays({ year: 1900, month: 1, day: 1 }, n))
      expect(timexInterval(day)).toEqual({ first: day, last: day, granularity: "day" })
    }
    expect(asked.map(timexInterval)).toEqual(first)
    expect(first).toEqual([
      { first: "2018-06-01", last: "2018-06-30", granularity: "month" },
      undefined,
      { first: "2017-12-01", last: "2018-02-28", granularity: "season" },
      undefined
    ])
  })

  it("orders values by the intervals they cover", () => {
    const sorted = ["2018", "PRESENT_REF", "2018-06-09", "2017-SU", "2018-06", "199"].sort(compareTimexValues)
    expect(sorted).toEqual(["199", "2017-SU", "2018", "2018-06", "2018-06-09", "PRESENT_REF"])
  })
})

describe("periodInterval", () => {
  it("covers one value, or a span of two values with years", () => {
    expect(periodInterval("1987-Q3")).toEqual({ first: "1987-07-01", last: "1987-09-30" })
    expect(periodInterval("1987-01/1987-04")).toEqual({ first: "1987-01-01", last: "1987-04-30" })
    expect(periodInterval("1986-10/1987-09")).toEqual({ first: "1986-10-01", last: "1987-09-30" })
  })

  it("gives no interval to a crop year, a fiscal year or its quarter or half, a backwards span or an open value", () => {
    for (const value of ["1986/87", "FY1987", "FY1987-Q4", "FY1987-H1", "1987-04/1987-01", "XXXX-06", "PRESENT_REF"]) expect(periodInterval(value)).toBeUndefined()
  })

  it("reads a fiscal quarter or half as its fiscal year and part, and writes it back the same", () => {
    expect(["FY1987", "FY1987-Q4", "FY1988-H1"].map(parseTimexValue)).toEqual([{ fiscalYear: 1987 }, { fiscalYear: 1987, quarter: 4 }, { fiscalYear: 1988, half: 1 }])
    for (const value of ["FY1987", "FY1987-Q4", "FY1988-H1"]) expect(formatTimexValue(parseTimexValue(value)!)).toBe(value)
    expect(["FY1987-Q5", "FY1987-H3", "FY87-Q1"].map(parseTimexValue)).toEqual([undefined, undefined, undefined])
  })
})

describe("isYearQuarterOrHalf", () => {
  it("is a known year, quarter or half, never a day, month, open part or other form", () => {
    expect(["1987", "1987-Q3", "2004-H1"].map(isYearQuarterOrHalf)).toEqual([true, true, true])
    expect(["1987-06", "1987-06-19", "XXXX", "1987-QX", "XXXX-Q3", "FY1987", "FY1987-Q3", "198", "1987-SU", "PRESENT_REF"].map(isYearQuarterOrHalf)).toEqual(
      [false, false, false, false, false, false, false, false, false, false]
    )
  })
})

describe("isWholeYearValue", () => {
  it("is a known calendar or fiscal year and nothing finer", () => {
    expect(["1987", "FY1987"].map(isWholeYearValue)).toEqual([true, true])
    expect(["1987-Q3", "FY1987-Q3", "1987-06", "XXXX", "198", "PRESENT_REF"].map(isWholeYearValue)).toEqual([false, false, false, false, false, false])
  })
})

describe("isPartOfYearValue", () => {
  it("is a known quarter, half, month or week of a known year, never a year, day, open part or fiscal part", () => {
    expect(["1987-Q2", "1987-H1", "1987-05", "1987-W24"].map(isPartOfYearValue)).toEqual([true, true, true, true])
    expect(["1987", "1987-05-15", "1987-W24-WE", "1987-QX", "XXXX-Q3", "FY1987-Q3", "1987-SU", "PRESENT_REF"].map(isPartOfYearValue)).toEqual(
      [false, false, false, false, false, false, false, false]
    )
  })
})
