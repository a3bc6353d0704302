import { describe, expect, it } from "vitest"
import { timexesOf, valuesOf } from "./timex-helpers.js"

describe("weekdays, resolved by tense", () => {
  it("takes the weekday before the reference date in past reporting", () => {
    const [sunday] = timexesOf("Moscow plans an upcoming visit, Lavrov said on Sunday.", "2018-06-04")
    expect(sunday).toMatchObject({ text: "Sunday", value: "2018-06-03" })
    expect(sunday!.derivation).toContain("'Sunday' → 2018-06-03")
    expect(sunday!.derivation).toContain("past tense")
    expect(valuesOf("The Russian leader arrived in China on Friday and is set to stay there.", "2018-06-09")).toEqual(["Friday → 2018-06-08"])
    // "next to" is a place, no time to come
    expect(valuesOf("A bomb ripped through a building next to the U.S. embassy in Nairobi Friday morning.", "1998-08-08")).toEqual(["Friday morning → 1998-08-07TMO"])
  })

  it("takes the weekday after the reference date when planned or expected", () => {
    expect(valuesOf("The ceasefire is set to take effect on Friday.", "2018-06-06")).toEqual(["Friday → 2018-06-08"])
    expect(valuesOf("On Friday, the minister will travel to Paris.", "2018-06-06")).toEqual(["Friday → 2018-06-08"])
    expect(valuesOf("The upcoming talks open on Monday.", "2018-06-06")).toEqual(["Monday → 2018-06-11"])
  })

  it("takes the tense of the clause a verb of saying reports for a date past that clause's subject; a date of the saying keeps its tense", () => {
    expect(valuesOf("Ford Motor Co said its credit unit on Friday will redeem 4.0 mln dlrs of debentures.", "1987-02-26")).toEqual(["Friday → 1987-02-27"])
    expect(valuesOf("Ford said on Friday that its unit will redeem debentures.", "1987-02-26")).toEqual(["Friday → 1987-02-20"])
    expect(valuesOf("Ford said in a statement on Friday that its unit will redeem debentures.", "1987-02-26")).toEqual(["Friday → 1987-02-20"])
    // the one told is no subject of a clause reported
    expect(valuesOf("The minister told Reuters on Friday that talks will resume.", "1987-02-26")).toEqual(["Friday → 1987-02-20"])
  })

  it("reads last/next/this and parts of the day", () => {
    expect(valuesOf("He will travel to Brussels next Tuesday.", "2019-10-10")).toEqual(["next Tuesday → 2019-10-15"])
    expect(valuesOf("Markets fell last Monday.", "2019-10-14")).toEqual(["last Monday → 2019-10-07"])
    expect(valuesOf("The team won on Wednesday evening.", "2005-03-15")).toEqual(["Wednesday evening → 2005-03-09TEV"])
  })

  it("does not read team names and holidays as weekdays", () => {
    expect(timexesOf("He offered to invest £10m in Sheffield Wednesday.", "2005-03-15")).toEqual([])
    expect(timexesOf("Shoppers queued for Black Friday deals.", "2005-03-15")).toEqual([])
  })
})

describe("deictic days, weeks, months and years", () => {
  it("anchors on the reference date", () => {
    expect(valuesOf("The talks began yesterday and end tomorrow.", "2021-02-03")).toEqual(["yesterday → 2021-02-02", "tomorrow → 2021-02-04"])
    expect(valuesOf("Today the vote is held; this evening the count begins.", "2017-07-03")).toEqual(["Today → 2017-07-03", "this evening → 2017-07-03TEV"])
    expect(valuesOf("The tribunal will deliver its verdict tomorrow morning.", "2021-02-03")).toEqual(["tomorrow morning → 2021-02-04TMO"])
    expect(valuesOf("Officials met last week.", "2018-06-09")).toEqual(["last week → 2018-W22"])
    expect(valuesOf("Inflation rose this month, after falling the previous month.", "2021-11-17")).toEqual(["this month → 2021-11", "the previous month → 2021-10"])
    expect(valuesOf("Sales fell last year and will rise next year.", "2018-06-09")).toEqual(["last year → 2017", "next year → 2019"])
    expect(valuesOf("It was announced earlier this month.", "2024-05-14")).toEqual(["earlier this month → 2024-05"])
    expect(valuesOf("The plant will close early next year.", "2019-10-01")).toEqual(["early next year → 2020 START"])
    expect(valuesOf("The software ships by the end of the year.", "2005-03-15")).toEqual(["the end of the year → 2005 END"])
  })

  it("reads weekends, crossing ISO week-year boundaries correctly", () => {
    expect(valuesOf("Protests spread over the weekend.", "2018-06-04")).toEqual(["the weekend → 2018-W22-WE"])
    expect(valuesOf("Officials met last week.", "2021-01-05")).toEqual(["last week → 2020-W53"])
  })

  it("reads offsets with 'ago' and their bounds", () => {
    expect(valuesOf("Two years ago, the bank cut rates.", "2020-11-20")).toEqual(["Two years ago → 2018"])
    expect(valuesOf("The minister resigned less than a month ago.", "2017-07-03")).toEqual(["less than a month ago → 2017-06 LESS_THAN"])
    expect(valuesOf("The protest began three days ago.", "2017-03-01")).toEqual(["three days ago → 2017-02-26"])
    expect(valuesOf("It happened a few years ago.", "2017-03-01")).toEqual(["a few years ago → PAST_REF"])
  })
})

describe("seasons, quarters and halves", () => {
  it("reads seasons against the reference date", () => {
    expect(valuesOf("Exports fell last summer.", "2018-06-09")).toEqual(["last summer → 2017-SU"])
    expect(valuesOf("Exports fell last summer.", "2018-10-09")).toEqual(["last summer → 2018-SU"])
    expect(valuesOf("The reactor was shut down in the summer of 2011.", "2013-04-02")).toEqual(["the summer of 2011 → 2011-SU"])
    expect(valuesOf("The law will take effect in the spring.", "2018-10-09")).toEqual(["the spring → 2019-SP"])
    expect(timexesOf("After a sharp fall in prices, traders had a spring in their step.", "2018-10-09")).toEqual([])
  })

  it("reads quarters and halves", () => {
    expect(valuesOf("Revenue rose 12% in the fourth quarter, it said.", "2005-02-10")).toEqual(["the fourth quarter → 2004-Q4"])
    expect(valuesOf("Output rose in the third quarter of 2019.", "2019-11-12")).toEqual(["the third quarter of 2019 → 2019-Q3"])
    expect(valuesOf("First-quarter profits beat forecasts.", "2019-05-12")).toEqual(["First-quarter → 2019-Q1"])
    expect(valuesOf("Growth slowed in the first half of 2020.", "2021-01-15")).toEqual(["the first half of 2020 → 2020-H1"])
    expect(valuesOf("Sales grew in Q3 2019.", "2021-01-15")).toEqual(["Q3 2019 → 2019-Q3"])
    expect(valuesOf("Earnings will be lower for the last half of 1989.", "1989-10-26")).toEqual(["the last half of 1989 → 1989-H2"])
  })

  it("reads a half with no year as a reporting period only beside a reported figure of money or a percentage", () => {
    expect(valuesOf("Berisford said pretax profits rose six pct to 42.7 mln stg in the first half.", "1987-06-18")).toEqual(["the first half → 1987-H1"])
    expect(valuesOf("Hardie reported a 42 pct jump in second-half net earnings.", "1987-06-18")).toEqual(["second-half → 1986-H2"])
    expect(valuesOf("PNC earned 121.6 mln dlrs in the prior first half.", "1987-10-20")).toEqual(["the prior first half → 1986-H1"])
    expect(timexesOf("Rooney shot wide from three yards in the first half.", "2005-02-10")).toEqual([])
    expect(timexesOf("The shares were floated for 80 mln dlrs in the second half of July.", "1987-10-20").map((t) => t.text)).toEqual(["July"])
  })

  it("reads a period a target is set for in the reference year, whatever the tense of setting it; a past quarter without one a year back", () => {
    expect(valuesOf("The pact had set a third quarter\nceiling of 16.6 mln bpd.", "1987-06-29")).toEqual(["third quarter → 1987-Q3"])
    expect(valuesOf("Ministers met to fix a July-December output ceiling.", "1987-06-29")).toEqual(["July → 1987-07", "December → 1987-12"])
    expect(valuesOf("Profits rose in the third quarter.", "1987-06-29")).toEqual(["the third quarter → 1986-Q3"])
  })

  it("reads the year written before a quarter as that quarter's", () => {
    expect(valuesOf("It lost $3 million in the 1994 second quarter.", "1995-08-02")).toEqual(["the 1994 second quarter → 1994-Q2"])
    expect(valuesOf("Costs rose in this year's first quarter.", "1995-08-02")).toEqual(["this year's first quarter → 1995-Q1"])
    expect(valuesOf("The plant may open in next year's third quarter.", "1995-08-02")).toEqual(["next year's third quarter → 1996-Q3"])
    expect(valuesOf("Profit doubled from the year-earlier second quarter.", "1995-08-02")).toEqual(["the year-earlier second quarter → 1994-Q2"])
    // A hyphened quarter modifies the noun after it; "the" is the noun's.
    expect(valuesOf("It blamed the second-quarter loss on floods.", "1995-08-02")).toEqual(["second-quarter → 1995-Q2"])
  })

  it("reads a quarter expected to be reported after it ends as the one just ended, across a year end too", () => {
    expect(valuesOf("The bank expects to report a second-quarter loss of $4 million.", "2007-07-19")).toEqual(["second-quarter → 2007-Q2"])
    expect(valuesOf("The retailer will post fourth-quarter results next week.", "2011-01-20")).toEqual(["fourth-quarter → 2010-Q4", "next week → 2011-W04"])
    // Any earlier quarter named in the future tense is still next year's.
    expect(valuesOf("The plant will reopen in the first quarter.", "2007-10-02")).toEqual(["the first quarter → 2008-Q1"])
  })
})

describe("references and clock times", () => {
  it("reads PRESENT_REF, PAST_REF and FUTURE_REF", () => {
    expect(valuesOf("Lavrov is currently in Pretoria; he recently met Wang Yi and may return in the future.", "2018-06-04")).toEqual([
      "currently → PRESENT_REF",
      "recently → PAST_REF",
      "the future → FUTURE_REF"
    ])
    expect(valuesOf("At present, 40 firms remain; now only 30 are active.", "2018-06-04")).toEqual(["At present → PRESENT_REF", "now → PRESENT_REF"])
  })

  it("reads clock times on the reference date, joined to an adjacent day", () => {
    expect(timexesOf("The aircraft returned to base at 10 a.m.", "2018-06-09")).toMatchObject([{ text: "10 a.m.", type: "TIME", value: "2018-06-09T10:00" }])
    expect(timexesOf("Polls close at 7:30 p.m. Eastern on Tuesday.", "2016-11-09")).toMatchObject([
      { text: "7:30 p.m. Eastern on Tuesday", type: "TIME", value: "2016-11-08T19:30" }
    ])
    expect(valuesOf("Trading resumes at 14:00 GMT.", "2016-11-09")).toEqual(["14:00 GMT → 2016-11-09T14:00"])
  })
})

describe("without a reference date", () => {
  it("keeps the year open and says so", () => {
    const found = timexesOf("The vote was held on June 9 and Lavrov spoke on Friday; sales fell last year.", null)
    expect(found.map((t) => `${t.text} → ${t.value}`)).toEqual(["June 9 → XXXX-06-09", "Friday → XXXX-WXX-5", "last year → XXXX"])
    expect(found.every((t) => t.yearOpen === true)).toBe(true)
    expect(found[0]!.derivation).toContain("no reference date")
  })

  it("still reads explicit dates fully", () => {
    expect(timexesOf("The treaty was signed on June 9, 2018.", null)).toMatchObject([{ value: "2018-06-09" }])
    expect(timexesOf("The treaty was signed on June 9, 2018.", null)[0]!.yearOpen).toBeUndefined()
  })
})
