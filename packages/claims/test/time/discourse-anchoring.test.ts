import { describe, expect, it } from "vitest"
import { timexesOf, valuesOf } from "./timex-helpers.js"

const valueOf = (text: string, reference: string | null, span: string): string | undefined => timexesOf(text, reference).find((t) => t.text === span)?.value

describe("dates anchored on the date named before them", () => {
  it("moves the last date named by 'N units earlier/later' at that date's granularity", () => {
    expect(valuesOf("Profit in the second quarter rose 9%, against a loss a year earlier.", "2003-08-01")).toEqual([
      "the second quarter → 2003-Q2",
      "a year earlier → 2002-Q2"
    ])
    expect(valueOf("Exports grew 4% in March from a year earlier.", "2011-04-20", "a year earlier")).toBe("2010-03")
    expect(valueOf("Jobless claims fell last week, down from 410,000 three weeks earlier.", "2009-06-12", "three weeks earlier")).toBe("2009-W20")
    expect(valueOf("The rebels took the town on June 3. Two days later, they withdrew.", "1999-06-20", "Two days later")).toBe("1999-06-05")
    // No earlier date: the reference date at the unit's granularity.
    expect(valueOf("Output was 3% higher than a year earlier.", "2012-05-09", "a year earlier")).toBe("2011")
  })

  it("reads 'the same period', 'the year-earlier quarter' and 'the previous year' against the period compared", () => {
    expect(valuesOf("Sales in the first quarter fell to $2bn from $2.4bn in the same period a year ago.", "2001-04-25")).toEqual([
      "the first quarter → 2001-Q1",
      "the same period → 2000-Q1",
      "a year ago → 2000-Q1"
    ])
    expect(valueOf("Imports in May were 8% above the same month of 2015.", "2016-06-15", "the same month of 2015")).toBe("2015-05")
    expect(valueOf("Earnings in the third quarter doubled from the year-earlier quarter.", "1993-10-20", "the year-earlier quarter")).toBe("1992-Q3")
    expect(valueOf("Second quarter earnings will be 7 mln dlrs. In the year ago quarter, it earned 5.1 mln dlrs.", "1987-06-18", "the year ago quarter")).toBe("1986-Q2")
    expect(valueOf("Third-quarter profit rose. The comparable year-ago quarter was weak.", "1989-10-27", "The comparable year-ago quarter")).toBe("1988-Q3")
    expect(valueOf("Revenue for fiscal 2007 rose 12% from the previous year.", "2007-09-01", "the previous year")).toBe("FY2006")
    expect(valueOf("In 2016, 400 firms joined, up from 310 the year before.", "2017-02-01", "the year before")).toBe("2015")
  })

  it("counts 'the year earlier' back from the calendar part of a year a day ends ('the year ended December 31'), not from that day or a date before it", () => {
    const text = "Coleco expects to return to profitability in 1987. It reported a net loss for the year ended December 31 compared to a profit in the year earlier."
    expect(valueOf(text, "1987-02-26", "the year earlier")).toBe("1985")
    expect(valueOf("Net fell in the quarter ended September 30 from the year-earlier quarter.", "1987-10-20", "the year-earlier quarter")).toBe("1986-Q3")
    // A fiscal year ending mid-year is no calendar part: the day is no antecedent of a year, so the year named before is.
    expect(valueOf("Sales rose in 1986. Net fell in the year ended June 30 from the year earlier.", "1987-08-20", "the year earlier")).toBe("1985")
  })

  it("compares 'a year ago' with the month or quarter named in the same sentence", () => {
    expect(valueOf("Home sales in August rose 6% from a year ago.", "2013-09-19", "a year ago")).toBe("2012-08")
    // Without one, 'ago' keeps the unit's granularity (TimeBank convention).
    expect(valueOf("The plant closed a year ago.", "2013-09-19", "a year ago")).toBe("2012")
    expect(valueOf("The talks collapsed two weeks ago.", "2013-09-19", "two weeks ago")).toBe("2013-W36")
    expect(valueOf("The mayor resigned three months ago.", "2013-09-19", "three months ago")).toBe("2013-06")
  })

  it("keeps comparing 'a year ago' with a quarter named in an earlier sentence, but not with a month", () => {
    expect(valueOf("The insurer earned $40 million in the second quarter. Revenue rose 8% from a year ago.", "1995-07-27", "a year ago")).toBe("1994-Q2")
    expect(valueOf("Home sales rose in June. Prices were up 3% from a year ago.", "1995-07-27", "a year ago")).toBe("1994")
  })

  it("puts a clock time or a night on the day named just before it", () => {
    expect(valueOf("The tremor hit on Monday. It struck at 4:12 a.m., waking thousands.", "2002-11-06", "4:12 a.m.")).toBe("2002-11-04T04:12")
    // Only the sentence before counts; later the reference day is the fallback.
    expect(valueOf("The tremor hit on Monday. Many fled. Officials met at 9 a.m. to plan.", "2002-11-06", "9 a.m.")).toBe("2002-11-06T09:00")
    expect(valueOf("Firefighters battled the blaze through the night.", "2002-11-06", "the night")).toBe("2002-11-05TNI")
    expect(valueOf("The currency slid 4% overnight.", "2002-11-06", "overnight")).toBe("2002-11-05TNI")
    expect(valuesOf("Banks lent at the overnight rate.", "2002-11-06")).toEqual([])
  })
})

describe("weekdays", () => {
  it("reads a weekday right after a place or person name", () => {
    expect(valueOf("The president spoke to voters in Texas Saturday.", "2004-10-26", "Saturday")).toBe("2004-10-23")
    expect(valueOf("Shoppers lined up for Black Friday sales.", "2004-10-26", "Friday")).toBeUndefined()
  })

  it("includes early/late with START/END", () => {
    expect(valuesOf("Negotiators reached a deal late Sunday.", "2004-10-26")).toEqual(["late Sunday → 2004-10-24 END"])
    expect(valuesOf("The storm weakened early this morning.", "2004-10-26")).toEqual(["early this morning → 2004-10-26TMO START"])
  })

  it("takes the nearer weekday without a tense cue, the past after 'since', the future after 'set for'", () => {
    expect(valueOf("Voters go to the polls Thursday.", "2004-10-26", "Thursday")).toBe("2004-10-28")
    expect(valueOf("Prices have risen since Thursday.", "2004-10-26", "Thursday")).toBe("2004-10-21")
    expect(valueOf("A hearing is set for Friday.", "2004-10-26", "Friday")).toBe("2004-10-29")
  })
})

describe("fiscal years, reporting quarters and futures months", () => {
  it("reads fiscal years", () => {
    expect(valuesOf("The deficit for fiscal 1992 will top $300 billion.", "1991-07-02")).toEqual(["fiscal 1992 → FY1992"])
    expect(valuesOf("Spending in the current fiscal year is capped.", "1991-07-02")).toEqual(["the current fiscal year → FY1991"])
  })

  it("reads a bare 'the quarter' as the last completed one in reporting, 'the June quarter' by its month", () => {
    expect(valueOf("Net income for the quarter rose 11%.", "2006-07-21", "the quarter")).toBe("2006-Q2")
    expect(valueOf("The company will report results for the quarter next month.", "2006-08-10", "the quarter")).toBe("2006-Q3")
    expect(valueOf("Prices for the quarter from July 1 rose 5%.", "2006-06-20", "the quarter")).toBeUndefined()
    // "the quarter in 1986": the quarter reported on, of the year named after it.
    expect(valueOf("Profit was up from the 20 cts a share earned during the quarter in 1986.", "1987-10-19", "the quarter")).toBe("1986-Q3")
    expect(valueOf("Profit for the June quarter rose 8%.", "2006-07-21", "the June quarter")).toBe("2006-Q2")
  })

  it("reads a bare 'the quarter' in an undated text as the quarter named before, its year as written", () => {
    const text = "Revenue tripled in the fourth quarter of 2004. The firm is small. Its profit for the quarter was $17m."
    expect(valueOf(text, null, "the quarter")).toBe("2004-Q4")
    expect(timexesOf(text, null).find((t) => t.text === "the quarter")?.yearWritten).toBe(true)
    // A year the text did not write stays unwritten when moved.
    expect(timexesOf("Profit in the fourth quarter rose. It fell from a year ago.", null).find((t) => t.text === "a year ago")?.yearWritten).toBeUndefined()
  })

  it("compares 'a year ago' with a restated period, but restates only what stands right before it", () => {
    expect(valueOf("Sales fell in the third quarter of 2004. Deposits were $6.6m in the quarter compared with $361m a year ago.", null, "a year ago")).toBe("2003-Q3")
    expect(valueOf("Sales in the first quarter fell from the same period a year ago.", "2001-04-25", "a year ago")).toBe("2000-Q1")
  })

  it("reads a futures delivery month as the coming one, and 'since' a month as the past", () => {
    expect(valueOf("Wheat for March delivery fell 3 cents.", "1995-11-07", "March")).toBe("1996-03")
    expect(valueOf("Stocks posted their best week since mid-September.", "1995-01-07", "mid-September")).toBe("1994-09")
  })
})

describe("durations, sets and clock spans", () => {
  it("reads bare plural units after verbs of lasting, consecutive counts and vague recurrences", () => {
    expect(valuesOf("Repairs could take months.", "2010-01-01")).toEqual(["months → PXM"])
    expect(valuesOf("Minutes later, the roof fell in.", "2010-01-01")).toEqual(["Minutes → PTXM"])
    expect(valuesOf("Prices fell for three straight years.", "2010-01-01")).toEqual(["three straight years → P3Y"])
    expect(valuesOf("Floods hit the valley every few years.", "2010-01-01")).toEqual(["every few years → PXY"])
  })

  it("leaves compounds and the adjective 'annual' unmarked", () => {
    expect(valuesOf("She runs a day-care center.", "2010-01-01")).toEqual([])
    expect(valuesOf("The annual meeting drew 300 people.", "2010-01-01")).toEqual([])
  })

  it("reads 'over' as a preposition unless it qualifies the count", () => {
    expect(valuesOf("The cuts will be spread over three years.", "2010-01-01")).toEqual(["three years → P3Y"])
    expect(valuesOf("He has been in prison for over three years.", "2010-01-01")).toEqual(["over three years → P3Y MORE_THAN"])
  })

  it("includes time zones and 'around' in clock times, and reads midnight by its preposition", () => {
    expect(valuesOf("Polls close at 8 p.m. EST.", "2000-11-07")).toEqual(["8 p.m. EST → 2000-11-07T20:00"])
    expect(valuesOf("The alarm sounded around 2 a.m.", "2000-11-07")).toEqual(["around 2 a.m. → 2000-11-07T02:00 APPROX"])
    expect(valuesOf("The fire started shortly after midnight.", "2000-11-07")).toEqual(["midnight → 2000-11-07T00:00"])
    expect(valuesOf("Results are due by midnight.", "2000-11-07")).toEqual(["midnight → 2000-11-07T24:00"])
  })
})

describe("periods named by their edges, names and events", () => {
  it("reads the first or last three or six months of a year as a quarter or half", () => {
    expect(valuesOf("Orders in the last three months of 2010 fell.", "2011-02-01")).toEqual(["the last three months of 2010 → 2010-Q4"])
    expect(valuesOf("Orders in the first six months of this year fell.", "2011-08-01")).toEqual(["the first six months of this year → 2011-H1"])
    expect(valuesOf("Orders in the first five months of 2011 fell.", "2011-07-01")).toEqual(["the first five months → P5M", "2011 → 2011"])
    expect(valuesOf("Demand should hold for the rest of the year.", "2011-07-01")).toEqual(["the rest of the year → 2011 END"])
  })

  it("includes 'the year' before a year, and reads a two-digit year after a preposition", () => {
    expect(valuesOf("Few expected it by the year 2000.", "1996-01-01")).toEqual(["the year 2000 → 2000"])
    expect(valuesOf("The fund has grown every quarter since '91.", "1996-01-01")).toEqual(["every quarter → P1Q", "'91 → 1991"])
  })

  it("does not read temperatures as decades, nor a newspaper as a day; leaves a date-named event's year open", () => {
    expect(valuesOf("Temperatures will climb into the 30s.", "1996-07-01")).toEqual([])
    expect(valuesOf("He told The Sunday Times he would stay.", "1996-07-01")).toEqual([])
    expect(valuesOf("Security tightened after the 7 July bombings.", "2006-03-01")).toEqual(["the 7 July → XXXX-07-07"])
  })

  it("reads a holiday weekend as the weekend of the holiday's week", () => {
    expect(valuesOf("Traffic was heavy over the Christmas weekend.", "2004-12-28")).toEqual(["the Christmas weekend → 2004-W52-WE"])
  })
})
