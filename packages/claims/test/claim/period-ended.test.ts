import { describe, expect, it } from "vitest"
import { extractText } from "./extract-text.js"

const periods = (text: string, published: string) =>
  extractText(text, published).claims.filter((c) => c.figure !== undefined).map((c) => [c.value?.value, c.figure?.period?.value])

describe("a day that ends the period its words name", () => {
  it("is the whole period: a year, a quarter, a run of months or weeks ending in that day's month", () => {
    expect(periods("Zenith Corp said net income for the year ended Aug. 31 was 2.7 mln dlrs.", "1989-10-30")).toEqual([[2.7e6, "1988-09/1989-08"]])
    expect(periods("Zenith Corp said it earned 12 mln dlrs in the quarter ended June 30.", "1989-10-30")).toEqual([[12e6, "1989-04/1989-06"]])
    expect(periods("Zenith Corp had sales of 1.2 billion dlrs in the nine months ended September 30.", "1989-10-30")).toEqual([[1.2e9, "1989-01/1989-09"]])
    expect(periods("Zenith Corp's net profit in the six months to June 30 rose to 45 mln stg.", "1989-10-30")).toEqual([[45e6, "1989-01/1989-06"]])
    expect(periods("Business loans rose 2.1 billion dlrs in the week ended October 13.", "1989-10-20")).toEqual([[2.1e9, "1989-10-07/1989-10-13"]])
  })

  it("ends a run of months on a day of a month's first week with the month before: a fiscal calendar of weeks", () => {
    expect(periods("Zenith Corp said net income for the six months ended Oct. 1 was 90 mln dlrs.", "1989-11-01")).toEqual([[90e6, "1989-04/1989-09"]])
    expect(periods("Zenith Corp said sales in the first quarter ended May 2 were 1.53 billion dlrs.", "1987-06-18")).toEqual([[1.53e9, "1987-02/1987-04"]])
    // a week ends on its own day
    expect(periods("Business loans rose 2.1 billion dlrs in the week ended October 3.", "1989-10-20")).toEqual([[2.1e9, "1989-09-27/1989-10-03"]])
  })

  it("replaces the period's own name when the day moves it off the calendar: a fiscal third quarter ended August 31", () => {
    expect(periods("Zenith Corp earned 5 mln dlrs in the third quarter ended August 31.", "1989-10-30")).toEqual([[5e6, "1989-06/1989-08"]])
  })

  it("a year that ended or ends in a month written alone is the twelve months to it; 'the year to March' stays March's own rate, 'the eight months to August' runs from January", () => {
    expect(periods("For the fiscal year that ended last March 31, Zenith Corp's sales rose to 2.6 billion dlrs.", "1987-06-16")).toEqual([[2.6e9, "1986-04/1987-03"]])
    expect(periods("Zenith Corp expects sales of 3.5 billion dlrs in the current fiscal year ending next March.", "1987-06-16")).toEqual([[3.5e9, "1987-04/1988-03"]])
    expect(periods("Consumer prices in Norway rose 4 pct in the year to March.", "1987-06-16").map(([, period]) => period)).toEqual(["1987-03"])
    expect(periods("Consumer prices in Norway rose 4 pct in the year to end-March.", "1987-06-16").map(([, period]) => period)).toEqual(["1987-03"])
    // A run of months shorter than a year up to a month is those months: January to August.
    expect(periods("Norway's trade deficit widened to 542 mln dlrs in the eight months to end-August.", "1987-10-19").map(([, period]) => period)).toEqual(["1987-01/1987-08"])
  })

  it("leaves a figure undated when its year follows parts of it no time expression reads ('the third and fourth quarters of last year')", () => {
    expect(periods("Zenith Corp's sales grew 4.5 pct in the third and fourth quarters of last year.", "1987-06-19")).toEqual([[4.5, undefined]])
    expect(periods("Zenith Corp's sales grew 4.5 pct in the first nine months of last year.", "1987-06-19")).toEqual([[4.5, "1986-01/1986-09"]])
  })

  it("leaves a day that follows no period's name a day", () => {
    expect(periods("Zenith Corp's shares closed at 23 dlrs on October 13.", "1989-10-20").map(([, period]) => period)).toEqual(["1989-10-13"])
  })

  it("dates a value 'a year earlier' than an undated result by the period the article reports, a year back", () => {
    const text =
      "Acme Holdings PLC said net income for the six months ended Oct. 1 rose 5% to 89.7 million pounds. " +
      "Last year discontinued operations contributed 34 million pounds. " +
      "Pretax profit fell 3.7% to 128 million pounds, but shares rose 6 pence in early trading yesterday. " +
      "Acme is paying an interim dividend of 4.6 pence, up 15% from 4 pence a year earlier."
    const dividends = extractText(text, "1989-11-02").claims.filter((c) => c.figure?.measure === "dividend" && c.figure.aspect === "level")
    expect(dividends.map((c) => [c.value?.value, c.figure?.period?.value, c.figure?.period?.prior])).toEqual([
      [0.046, "1989-04/1989-09", false],
      [0.04, "1988-04/1988-09", true]
    ])
  })
})
