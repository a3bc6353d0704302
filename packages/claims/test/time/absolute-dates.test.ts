import { describe, expect, it } from "vitest"
import { timexesOf, valuesOf } from "./timex-helpers.js"

describe("absolute dates", () => {
  it("reads month-day-year, day-month-year, ordinals and ISO dates", () => {
    expect(valuesOf("The treaty was signed on June 9, 2018 in Qingdao.", "2019-01-01")).toEqual(["June 9, 2018 → 2018-06-09"])
    expect(valuesOf("The treaty was signed on 9 June 2018 in Qingdao.", "2019-01-01")).toEqual(["9 June 2018 → 2018-06-09"])
    expect(valuesOf("The vote is on June 9th.", "2018-06-04")).toEqual(["June 9th → 2018-06-09"])
    expect(valuesOf("The filing, dated 2018-06-09, was released.", "2018-07-01")).toEqual(["2018-06-09 → 2018-06-09"])
    expect(valuesOf("The hearing was moved to Jan. 15, 2020, the court said.", "2019-12-18")).toEqual(["Jan. 15, 2020 → 2020-01-15"])
  })

  it("reads a numeric date in the only valid order, or the reading nearer the reference date", () => {
    expect(valuesOf("It was announced on 25/12/2017.", "2018-01-02")).toEqual(["25/12/2017 → 2017-12-25"])
    expect(valuesOf("The deal was announced on 6/9/2018 by the ministry.", "2018-06-12")).toEqual(["6/9/2018 → 2018-06-09"])
    expect(valuesOf("The deal was announced on 6/9/2018 by the ministry.", "2018-09-08")).toEqual(["6/9/2018 → 2018-09-06"])
    expect(timexesOf("The ratio was 6/9 of the total.", "2018-09-08")).toEqual([])
  })

  it("gives a month or day without a year the reference year, moved by tense", () => {
    expect(valuesOf("The central bank raised rates in March.", "2005-06-10")).toEqual(["March → 2005-03"])
    expect(valuesOf("Prices fell sharply in September.", "2016-06-25")).toEqual(["September → 2015-09"])
    expect(valuesOf("The party plans to hold its conference in September.", "2016-06-25")).toEqual(["September → 2016-09"])
    expect(valuesOf("The summit will open in February.", "2016-06-25")).toEqual(["February → 2017-02"])
    // The month next to the reference date's keeps its year whatever the tense.
    expect(valuesOf("He said the rules would be published in mid-July.", "2016-06-25")).toEqual(["mid-July → 2016-07 MID"])
    expect(valuesOf("The ministry will release its figures for June.", "2016-07-25")).toEqual(["June → 2016-06"])
    expect(valuesOf("He was arrested in October last year, and the trial opens in May this year.", "2005-03-15")).toEqual([
      "October last year → 2004-10",
      "May this year → 2005-05"
    ])
  })

  it("keeps the modal verb and the surname May out, but reads the month", () => {
    expect(timexesOf("Officials said talks may resume soon.", "2018-06-04")).toEqual([])
    expect(timexesOf("The plan was backed by Theresa May on Tuesday.", "2018-06-04").map((t) => t.text)).toEqual(["Tuesday"])
    expect(valuesOf("Elections were held in May.", "2018-06-04")).toEqual(["May → 2018-05"])
    // "to May" is the month only after a span counted to it.
    expect(valuesOf("Retail prices rose 4.2 pct in the year to May.", "1987-06-18")).toEqual(["May → 1987-05"])
    expect(timexesOf("He handed the letter to May.", "2018-06-04")).toEqual([])
  })

  it("reads months and years with START, MID and END", () => {
    expect(valuesOf("Talks stalled in early April.", "2024-05-14")).toEqual(["early April → 2024-04 START"])
    expect(valuesOf("Sales were strong in mid-2020 and again in late 2021.", "2022-02-01")).toEqual(["mid-2020 → 2020 MID", "late 2021 → 2021 END"])
    // Wire copy's "end-April", "end-1986": the end of the month or year.
    expect(valuesOf("Reserves stood at 60 bln dlrs at end-April, against 50 bln at end-1986.", "1987-06-16")).toEqual(["end-April → 1987-04 END", "end-1986 → 1986 END"])
    expect(valuesOf("It has been planned since the beginning of 2021.", "2024-05-14")).toEqual(["the beginning of 2021 → 2021 START"])
  })

  it("reads bare years only in date-like context", () => {
    expect(valuesOf("In 2023, exports grew.", "2024-01-10")).toEqual(["2023 → 2023"])
    expect(valuesOf("2016's election changed everything.", "2018-01-10")).toEqual(["2016's → 2016"])
    expect(valuesOf("Officials met to discuss the 2016 election.", "2018-01-10")).toEqual(["2016 → 2016"])
    expect(valuesOf("The company's 2018 results will be published soon.", "2019-01-20")).toEqual(["2018 → 2018"])
    expect(valuesOf("The Russian, who lost the 2002 and 2004 finals, won.", "2005-03-15")).toEqual(["2002 → 2002", "2004 → 2004"])
    expect(valuesOf("Growth is measured at 1999 prices.", "2005-03-15")).toEqual([])
    expect(valuesOf("The army will send 2000 troops and 1500 tanks.", "2005-03-15")).toEqual([])
  })

  it("reads years said in words, as transcripts write them", () => {
    expect(valuesOf("The mill closed in nineteen eighty-two.", "1997-03-10")).toEqual(["nineteen eighty-two → 1982"])
    expect(valuesOf("Floods hit the valley in March nineteen ninety-three.", "1997-03-10")).toEqual(["March nineteen ninety-three → 1993-03"])
    expect(valuesOf("Prices peaked in the summer of nineteen eighty-eight.", "1997-03-10")).toEqual(["the summer of nineteen eighty-eight → 1988-SU"])
    expect(valuesOf("The plan runs to the year two thousand and five.", "1997-03-10")).toEqual(["the year two thousand and five → 2005"])
    expect(valuesOf("The bridge opened in nineteen oh seven.", "1997-03-10")).toEqual(["nineteen oh seven → 1907"])
    // Alone, "two thousand" is a count.
    expect(timexesOf("About two thousand people marched.", "1997-03-10")).toEqual([])
    // Hundreds are a count unless a word of time puts them in time.
    expect(timexesOf("The academy has twelve hundred mostly American students.", "1998-03-03")).toEqual([])
    expect(valuesOf("The house was built in nineteen hundred.", "1998-03-03")).toEqual(["nineteen hundred → 1900"])
  })

  it("reads decades and centuries", () => {
    expect(valuesOf("The plant was built in the 1990s.", "2019-10-01")).toEqual(["the 1990s → 199"])
    expect(valuesOf("It has not been this high since the early '80s.", "2019-10-01")).toEqual(["the early '80s → 198 START"])
    expect(valuesOf("The town has grown since the 19th century.", "2005-01-20")).toEqual(["the 19th century → 18"])
    expect(valuesOf("It is the worst strike of the twenty-first century.", "2005-01-20")).toEqual(["the twenty-first century → 20"])
  })
})

describe("ranges and coordinated dates", () => {
  const ranges = (text: string, reference: string) =>
    timexesOf(text, reference).map((t) => `${t.id} ${t.text} → ${t.value}${t.range === undefined ? "" : ` ${t.range.role} of ${t.range.other}`}`)

  it("gives each end point its own timex, linked by range", () => {
    expect(ranges("Putin should pay a visit to China between June 9 and 10.", "2018-06-04")).toEqual([
      "t1 June 9 → 2018-06-09 begin of t2",
      "t2 10 → 2018-06-10 end of t1"
    ])
    expect(ranges("The festival takes place July 3-4.", "2023-05-10")).toEqual(["t1 July 3 → 2023-07-03 begin of t2", "t2 4 → 2023-07-04 end of t1"])
    expect(ranges("Talks were held from 1 to 2 June.", "2018-06-04")).toEqual(["t1 1 → 2018-06-01 begin of t2", "t2 2 June → 2018-06-02 end of t1"])
    expect(ranges("Between January and April of 2017, arrivals fell.", "2017-07-03")).toEqual([
      "t1 January → 2017-01 begin of t2",
      "t2 April of 2017 → 2017-04 end of t1"
    ])
    expect(ranges("From 2001 to 2009, the workforce doubled.", "2010-01-01")).toEqual(["t1 2001 → 2001 begin of t2", "t2 2009 → 2009 end of t1"])
    expect(ranges("The 2001-09 figures were revised.", "2010-01-01")).toEqual(["t1 2001 → 2001 begin of t2", "t2 09 → 2009 end of t1"])
  })

  it("reads a range of months written tight ('January/March', 'January-September') as one, its start in its end's year", () => {
    expect(ranges("Output rose 1.2 pct in the January/March quarter.", "1987-06-18")).toEqual([
      "t1 January → 1987-01 begin of t2",
      "t2 March → 1987-03 end of t1"
    ])
    // Reported in June, a January-September total that fell is last year's.
    expect(ranges("Sales in January-September fell 3 pct.", "1987-06-18")).toEqual([
      "t1 January → 1986-01 begin of t2",
      "t2 September → 1986-09 end of t1"
    ])
    expect(ranges("Exports in the November/May season rose.", "1987-06-18")).toEqual([
      "t1 November → 1986-11 begin of t2",
      "t2 May → 1987-05 end of t1"
    ])
  })

  it("reads 'October-to-December' and two months before a quarter, half or period ('the April to June quarter') as a range", () => {
    expect(ranges("GDP shrank 0.1 pct in the October-to-December quarter.", "1987-06-18")).toEqual([
      "t1 October → 1986-10 begin of t2",
      "t2 December → 1986-12 end of t1"
    ])
    expect(ranges("Exports in the April to June period fell.", "1987-08-18")).toEqual(["t1 April → 1987-04 begin of t2", "t2 June → 1987-06 end of t1"])
    // Two months joined by "to" with no part of a year after them are no range: "moved the vote October to December".
    expect(ranges("They moved the vote October to December.", "1987-06-18")).toEqual(["t1 December → 1986-12"])
  })

  it("shares the year of the last end point and the weekday-named dates", () => {
    expect(ranges("The summit will be held on Thursday and Friday (May 16 and 17, 2024).", "2024-05-14")).toEqual([
      "t1 Thursday → 2024-05-16",
      "t2 Friday → 2024-05-17",
      "t3 May 16 → 2024-05-16 begin of t4",
      "t4 17, 2024 → 2024-05-17 end of t3"
    ])
  })

  it("reads a part of the day on a ranged date as a TIME", () => {
    const [first] = timexesOf("The storm hit on the evening of 1 to 2 June, officials said.", "2018-06-04")
    expect(first).toMatchObject({ text: "the evening of 1", type: "TIME", value: "2018-06-01TEV" })
  })
})

describe("things that are not dates", () => {
  it.each([
    "The bombers, tail numbers 10-2043 and 168998, flew 2,802 kilometers.",
    "The B-1B, the S-400, the P-8A and the Hwasong-14 were on show.",
    "G20 leaders began his 5th term with document PS026.",
    "Call 555-2018 or +44 20 7946 2018 for details.",
    "The home side won 3-1 in front of 1,741 fans.",
    "The firm will spend $10 billion, or 5% of its budget, on 30 deals.",
    "PCs running Windows 95, 98, ME, NT, 2000, and XP could be vulnerable.",
    "The score was 2:1 at half-time."
  ])("%s", (text) => {
    expect(timexesOf(text, "2018-06-09")).toEqual([])
  })

  it("reads '75 years of diplomatic relations' as a duration", () => {
    expect(valuesOf("The countries marked 75 years of diplomatic relations.", "2024-05-14")).toEqual(["75 years → P75Y"])
  })
})

describe("more date-like contexts", () => {
  it("reads years in lists, parentheses, fiscal years and sentence openings", () => {
    expect(valuesOf("Donations rose in 2001, 2002 and 2003.", "2005-03-15")).toEqual(["2001 → 2001", "2002 → 2002", "2003 → 2003"])
    expect(valuesOf("Airport (1968) remains his best-known novel.", "2005-03-15")).toEqual(["1968 → 1968"])
    expect(valuesOf("Figures for 2003/2004 were revised.", "2005-03-15")).toEqual(["2003 → 2003", "2004 → 2004"])
    expect(valuesOf("Growth of 7.1% is forecast in 2005-6.", "2005-03-15")).toEqual(["2005 → 2005", "6 → 2006"])
    expect(valuesOf("Ratings fell. 2005 is set to be a better year.", "2005-03-15")).toEqual(["2005 → 2005"])
    expect(valuesOf("Ratings fell. 2000 people wrote in.", "2005-03-15")).toEqual([])
  })

  it("reads sentence-initial relations and fixed-day holidays", () => {
    expect(valuesOf("Last November a court ruled on the film.", "2005-03-15")).toEqual(["Last November → 2004-11"])
    expect(valuesOf("Early 2005 brought a recovery.", "2005-06-15")).toEqual(["Early 2005 → 2005 START"])
    expect(valuesOf("Retailers had their worst Christmas in a decade.", "2005-01-15")).toEqual(["Christmas → 2004-12-25", "a decade → P10Y"])
    expect(valuesOf("The show's highest audience came at Christmas 1986.", "2005-01-15")).toEqual(["Christmas 1986 → 1986-12-25"])
  })
})

describe("lists, short decades and broadcast times", () => {
  it("reads months in a list and decades written short after 'the'", () => {
    expect(valuesOf("Rates rose in June, August and November.", "2004-12-15")).toEqual(["June → 2004-06", "August → 2004-08", "November → 2004-11"])
    expect(valuesOf("He was a unifying force in the 80s and 90s.", "2005-03-15")).toEqual(["the 80s → 198", "90s → 199"])
    expect(valuesOf("Many voters are in their 80s.", "2005-03-15")).toEqual([])
  })

  it("reads four-digit times with a zone", () => {
    expect(valuesOf("The show is on BBC One at 2000 GMT.", "2005-03-15")).toEqual(["2000 GMT → 2005-03-15T20:00"])
  })
})

describe("weekday–date agreement", () => {
  it("takes the year in which a named weekday and date agree", () => {
    // Past tense alone would put April 2 in 2018 (a Monday); in 2019 it is a Tuesday.
    expect(valuesOf("The vote was moved to Tuesday, April 2.", "2019-02-20")).toEqual(["Tuesday, April 2 → 2019-04-02"])
    expect(valuesOf("Talks were held on Wednesday, May 16.", "2018-06-04")).toEqual(["Wednesday, May 16 → 2018-05-16"])
  })
})

describe("line breaks", () => {
  it("does not take a year from the next line", () => {
    expect(valuesOf("Results: Tuesday, 1 March\n\n2000 Smith 3:48", "2005-03-15")).toEqual(["Tuesday, 1 March → 2005-03-01"])
  })
})
