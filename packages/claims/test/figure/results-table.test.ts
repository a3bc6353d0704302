import { describe, expect, it } from "vitest"
import { cleanArticle } from "../../src/clean/clean-article.js"
import { extractArticle } from "../../src/extract-article.js"
import type { Claim } from "../../src/model/claim.js"
import { decodeIsoDay } from "../../src/time/iso-day.js"
import { matcher } from "../claim/extract-text.js"

/** A wire story as the Reuters corpus gives it: the headline apart, the table as the body. */
const wire = (title: string, body: string, published: string): ReadonlyArray<Claim> =>
  extractArticle(cleanArticle({ id: "wire", path: "wire", format: "text", metadata: { published: decodeIsoDay(published)!, title }, text: body, contentHash: "" }), { matcher }).claims

const row = (claims: ReadonlyArray<Claim>) =>
  claims.filter((c) => c.figure !== undefined).map((c) => [c.figure!.measure, c.value?.value, c.value?.unit, c.figure!.period?.value, c.figure!.period?.prior, c.figure!.holder])

/** The value and period (null when none) of each row of one measure. */
const periodsOf = (claims: ReadonlyArray<Claim>, measure: string) =>
  row(claims)
    .filter(([m]) => m === measure)
    .map(([, value, , period]) => [value, period ?? null])

describe("company results tables", () => {
  const quarter = [
    "Shr loss 13 cts vs loss 20 cts",
    "    Net loss 1,343,266 vs loss 2,086,086",
    "    Revs 82.3 mln vs 80.3 mln",
    "    Year",
    "    Shr loss 1.83 dlrs vs profit 1.24 dlrs",
    "    Net loss 19.2 mln vs profit 13.4 mln",
    "    Revs 388.1 mln vs 370.3 mln",
    " Reuter",
    ""
  ].join("\n")

  it("reads each row before 'vs' as the current period and after it as the year-ago one, losses negative, the currency written once", () => {
    const claims = wire("GORDON JEWELRY CORP <GOR> 4TH QTR AUG 31 LOSS", quarter, "1987-10-19")
    const G = "org:gordon-jewelry~gor"
    expect(row(claims)).toEqual([
      ["eps", -0.13, "USD", "1987-06/1987-08", false, G],
      ["eps", -0.2, "USD", "1986-06/1986-08", true, G],
      ["net_income", -1343266, "USD", "1987-06/1987-08", false, G],
      ["net_income", -2086086, "USD", "1986-06/1986-08", true, G],
      ["revenue", 82.3e6, "USD", "1987-06/1987-08", false, G],
      ["revenue", 80.3e6, "USD", "1986-06/1986-08", true, G],
      ["eps", -1.83, "USD", "FY1987", false, G],
      ["eps", 1.24, "USD", "FY1986", true, G],
      ["net_income", -19.2e6, "USD", "FY1987", false, G],
      ["net_income", 13.4e6, "USD", "FY1986", true, G],
      ["revenue", 388.1e6, "USD", "FY1987", false, G],
      ["revenue", 370.3e6, "USD", "FY1986", true, G]
    ])
    expect(claims.find((c) => c.figure?.measure === "eps")?.figure).toMatchObject({ holderText: "Gordon Jewelry Corp", status: "actual", aspect: "level", unresolved: [] })
  })

  it("never reads a row head as an organisation, nor a period head as a count", () => {
    const claims = wire("GORDON JEWELRY CORP <GOR> 4TH QTR AUG 31 LOSS", quarter, "1987-10-19")
    const entities = claims.flatMap((c) => [...c.subjects, c.figure?.holder ?? ""])
    expect(entities.filter((e) => /org:(shr|net|revs|year)$/.test(e))).toEqual([])
    expect(claims.every((c) => c.figure?.measure !== undefined)).toBe(true)
  })

  it("reads a Japanese firm's table: its parent share row, its current (recurring) profit before tax, its shares outstanding, every bare sum in the yen a row writes", () => {
    const body = ["Parent shr loss 15.85 yen vs profit 2.02", "    Net loss 12.92 billion vs profit 1.65 billion", "    Current loss 12.52 billion vs profit 4.44 billion", "    Outstanding shrs 815.10 mln vs 814.97 mln", " REUTER", ""].join("\n")
    const claims = wire("WIDGET MOTORS LTD <WIDG.T> SIX MONTHS TO APRIL 30", body, "1987-06-19")
    const W = "org:widget-motors~widg"
    expect(row(claims)).toEqual([
      ["eps", -15.85, "JPY", "1986-11/1987-04", false, W],
      ["eps", 2.02, "JPY", "1985-11/1986-04", true, W],
      ["net_income", -12.92e9, "JPY", "1986-11/1987-04", false, W],
      ["net_income", 1.65e9, "JPY", "1985-11/1986-04", true, W],
      ["pretax_income", -12.52e9, "JPY", "1986-11/1987-04", false, W],
      ["pretax_income", 4.44e9, "JPY", "1985-11/1986-04", true, W],
      ["shares_outstanding", 815.1e6, "item", "1986-11/1987-04", false, W],
      ["shares_outstanding", 814.97e6, "item", "1985-11/1986-04", true, W]
    ])
  })

  it("takes the quarter from a headline cut after its ordinal, nine months from the row head, a dividend's prior from the period before", () => {
    const body = ["Shr eight cts vs 10 cts", "    Qtly div 30 cts vs 30 cts prior", "    Nine mths", "    Shr 1.14 dlrs vs 52 cts", " Reuter", ""].join("\n")
    expect(row(wire("USP REAL ESTATE INVESTMENT TRUST <USPTS.O> 3RD", body, "1987-10-20"))).toEqual([
      ["eps", 0.08, "USD", "1987-Q3", false, "org:usp-real-estate-investment-trust~uspts"],
      ["eps", 0.1, "USD", "1986-Q3", true, "org:usp-real-estate-investment-trust~uspts"],
      ["dividend", 0.3, "USD", "1987-Q3", false, "org:usp-real-estate-investment-trust~uspts"],
      ["dividend", 0.3, "USD", "1987-Q2", true, "org:usp-real-estate-investment-trust~uspts"],
      ["eps", 1.14, "USD", "1987-01/1987-09", false, "org:usp-real-estate-investment-trust~uspts"],
      ["eps", 0.52, "USD", "1986-01/1986-09", true, "org:usp-real-estate-investment-trust~uspts"]
    ])
  })

  it("a line giving only the period's end moves the headline's quarter to it: 'Period ended August 31' under '2ND QTR'", () => {
    const body = ["Period ended August 31.", "    Shr loss 40 cts vs profit 12 cts", "    Six Mths", "    Shr loss 1.90 dlrs vs loss five cts", " Reuter", ""].join("\n")
    expect(row(wire("CAROUSEL FILMS INC <CFI> 2ND QTR LOSS", body, "1987-10-20")).map(([measure, value, , period, prior]) => [measure, value, period, prior])).toEqual([
      ["eps", -0.4, "1987-06/1987-08", false],
      ["eps", 0.12, "1986-06/1986-08", true],
      ["eps", -1.9, "1987-03/1987-08", false],
      ["eps", -0.05, "1986-03/1986-08", true]
    ])
  })

  it("a period whose end the text writes in the report's own month ended before the report: that year's", () => {
    const body = ["Qtr ended June 7", "    Shr six cts vs 17 cts", "    Nine mths", "    Shr 40 cts vs 25 cts", " Reuter", ""].join("\n")
    expect(row(wire("MONOLITHIC WIDGETS INC <MWI> 3RD QTR NET", body, "1987-06-18")).map(([, value, , period]) => [value, period])).toEqual([
      [0.06, "1987-Q2"],
      [0.17, "1986-Q2"],
      [0.4, "1986-10/1987-06"],
      [0.25, "1985-10/1986-06"]
    ])
    expect(row(wire("WIDGET STORES <WST> 3RD QTR JUNE SEVEN NET", "Shr 30 cts vs 24 cts\n Reuter\n", "1987-06-18")).map(([, , , period]) => period)).toEqual(["1987-Q2", "1986-Q2"])
  })

  it("a period of weeks ending in a month's first days ends with the month before: 'OCT 3' is July to September", () => {
    const body = ["Shr 40 cts vs 35 cts", "    Nine mths", "    Shr 91 cts vs 63 cts", " Reuter", ""].join("\n")
    expect(row(wire("WIDGET FOODS INC <WFI> 3RD QTR OCT 3 NET", body, "1987-10-20")).map(([, , , period]) => period)).toEqual(["1987-Q3", "1986-Q3", "1987-01/1987-09", "1986-01/1986-09"])
    expect(row(wire("WIDGET WEAR LTD <WW.M> 1ST QTR NET", "qtr ended May 2\n    Shr three cts vs 11 cts\n Reuter\n", "1987-06-19")).map(([, , , period]) => period)).toEqual(["1987-02/1987-04", "1986-02/1986-04"])
    expect(row(wire("WIDGET STORES <WST> 4TH QTR JAN 3 LOSS", "Shr loss 32 cts vs loss seven cts\n Reuter\n", "1987-02-26")).map(([, , , period]) => period)).toEqual(["1986-Q4", "1985-Q4"])
  })

  it("a quarter whose end only its name gives, too long before the report for the calendar one, is a fiscal quarter of the fiscal year it ends", () => {
    const body = ["Shr profit six cts vs loss 10 cts", "    Year", "    Shr loss 38 cts vs loss 1.10 dlrs", " Reuter", ""].join("\n")
    const claims = wire("SILICON WIDGETS CORP <SWG> FOURTH QUARTER", body, "1987-06-18")
    expect(row(claims).map(([measure, value, , period]) => [measure, value, period])).toEqual([
      ["eps", 0.06, "FY1987-Q4"],
      ["eps", -0.1, "FY1986-Q4"],
      ["eps", -0.38, "FY1987"],
      ["eps", -1.1, "FY1986"]
    ])
    expect(claims.map((c) => c.figure?.unresolved.includes("period"))).toEqual([false, false, false, false])
    // A fiscal quarter is no calendar span: it has no time scope to set beside dated events.
    expect(claims[0]!.time).toBeUndefined()
    // The same table reported in February is the calendar's last quarter and year.
    expect(row(wire("SILICON WIDGETS CORP <SWG> FOURTH QUARTER", body, "1987-02-18")).map(([, , , period]) => period)).toEqual(["1986-Q4", "1985-Q4", "1986", "1985"])
  })

  it("a first quarter reported in October ended by September, its fiscal year the next June: the next year's; six months under a second quarter are its first half", () => {
    const first = ["Shr 22 cts vs 18 cts", "    Net 4,127,000 vs 3,177,000", " Reuter", ""].join("\n")
    expect(row(wire("MICROWIDGET CORP <MWG> 1ST QTR NET", first, "1987-10-20")).map(([measure, , , period, prior]) => [measure, period, prior])).toEqual([
      ["eps", "FY1988-Q1", false],
      ["eps", "FY1987-Q1", true],
      ["net_income", "FY1988-Q1", false],
      ["net_income", "FY1987-Q1", true]
    ])
    const second = ["Shr 10 cts vs eight cts", "    Six mths", "    Shr 19 cts vs 15 cts", " Reuter", ""].join("\n")
    expect(row(wire("MICROWIDGET CORP <MWG> 2ND QTR NET", second, "1987-06-29")).map(([, value, , period]) => [value, period])).toEqual([
      [0.1, "FY1987-Q2"],
      [0.08, "FY1986-Q2"],
      [0.19, "FY1987-H1"],
      [0.15, "FY1986-H1"]
    ])
  })

  it("reads the notes under a fiscal table in its fiscal periods: 'current year' its fiscal year, 'the 1986 year' fiscal 1986, a quarter with a year written not placed", () => {
    const body = [
      "Shr profit six cts vs loss 10 cts",
      "    Year",
      "    Shr loss 38 cts vs loss 1.10 dlrs",
      "    NOTE - Current year figure includes previously announced 15",
      "mln dlr restructuring charge.",
      "    The 1986 year net reflects 51.2 mln dlr gain from",
      "cumulative effect of accounting change.",
      " Reuter",
      ""
    ].join("\n")
    const notes = wire("SILICON WIDGETS CORP <SWG> FOURTH QUARTER", body, "1987-06-18").filter((c) => c.figure?.measure === "extraordinary_item")
    expect(notes.map((c) => [c.value?.value, c.figure?.period?.value])).toEqual([
      [15e6, "FY1987"],
      [51.2e6, "FY1986"]
    ])
  })

  it("never reads totals under a per-share head as per-share figures: 'Shr loss 58.8 mln vs profit 13.3 mln' is a mistyped head", () => {
    const body = ["Shr loss 58.8 mln vs profit 13.3 mln", "    Net loss 58.8 mln vs profit 13.3 mln", " Reuter", ""].join("\n")
    const claims = wire("WIDGET GROUP <WGT> 2ND QTR", body, "1987-10-19")
    expect(claims.filter((c) => c.figure?.measure === "eps")).toEqual([])
    // The mistyped line's figures are left unresolved, never compared; the Net row is read as a row.
    expect(claims.filter((c) => c.figure?.period?.origin === "table").map((c) => [c.figure?.measure, c.value?.value])).toEqual([["net_income", -58.8e6], ["net_income", 13.3e6]])
    expect(claims.filter((c) => c.figure?.period === undefined).every((c) => c.figure!.unresolved.includes("period"))).toBe(true)
  })

  it("names the headline's firm as a 'Full name is' note writes it, keeping the id the headline and ticker give", () => {
    const body = ["Shr 47 cts vs 48 cts", "    Net 505.0 mln vs 533.0 mln", "    NOTE: Full name is Consolidated Widget and", "Gasket Co.", " Reuter", ""].join("\n")
    const claims = wire("CW AND G <CWG> 3RD QTR NET", body, "1987-10-19")
    expect(claims.filter((c) => c.figure !== undefined).map((c) => [c.figure!.holder, c.figure!.holderText])).toEqual(
      Array(4).fill(["org:cw-and-g~cwg", "Consolidated Widget and Gasket Co"])
    )
  })

  it("a firm with no listing, its name in brackets where a ticker would be, is the table's; a wire's mark before a headline is read past", () => {
    const body = ["Shr 81 cts vs 66 cts", "    Net 5,011,000 vs 2,314,000", " Reuter", ""].join("\n")
    const holders = (title: string) => [...new Set(wire(title, body, "1987-02-26").map((c) => c.figure?.holder))]
    expect(holders("<WIDGET DATA INC> YEAR NET")).toEqual(["org:widget-data"])
    expect(holders("<CORRECTED> - WIDGET INSTRUMENT CORP <WGI> YEAR NET")).toEqual(["org:widget-instrument~wgi"])
    expect(holders("(WIDGET STEEL LTD) YEAR NET")).toEqual(["org:widget-steel"])
    expect(holders("(CORRECTED) - WIDGET INSTRUMENT CORP <WGI> YEAR NET")).toEqual(["org:widget-instrument~wgi"])
    // With no ticker, the name ends at the headline's verb: "WIDGET MATTHEY RAISE PRETAX PROFITS BY 67.8 PCT".
    expect(holders("WIDGET MATTHEY RAISE PRETAX PROFITS BY 67.8 PCT")).toEqual(["org:widget-matthey"])
    expect(holders("WIDGETFORD LIFTS FIRST HALF PROFIT 2.5 MLN STG")).toEqual(["org:widgetford"])
    // A stock code in parentheses after the name is its ticker: the name runs to it, past a word that could end it.
    expect(holders("CALIFORNIA FIRST WIDGET (CFWG.O) 3RD QTR NET")).toEqual(["org:california-first-widget~cfwg"])
    expect(holders("CANADIAN WIDGET (CWS.TO) 1ST QTR LOSS")).toEqual(["org:canadian-widget~cws"])
  })

  it("a firm listed in Toronto or Montreal reports in Canadian dollars, unless the story says U.S. ones", () => {
    const units = (title: string, body: string) => [...new Set(wire(title, body, "1987-10-19").flatMap((c) => (c.value?.kind === "money" ? [c.value.unit] : [])))]
    const table = ["Shr 17 cts vs 13 cts", "    Net 2.1 mln vs 1.03 mln", " Reuter", ""].join("\n")
    expect(units("WIDGET GROUP LTD <WGL.TO> 4TH QTR AUG 31 NET", table)).toEqual(["CAD"])
    expect(units("WIDGET GROUP LTD <WGL.M> 4TH QTR AUG 31 NET", table)).toEqual(["CAD"])
    expect(units("WIDGET GROUP LTD <WGL.TO> 4TH QTR AUG 31 NET", table.replace(" Reuter", "    Note: results in U.S. dlrs\n Reuter"))).toEqual(["USD"])
    expect(units("WIDGET GROUP INC <WGL.O> 4TH QTR AUG 31 NET", table)).toEqual(["USD"])
  })

  it("a year reported in February is the year before; sterling written once is the table's currency", () => {
    const body = ["Shr 12.5p vs 10.1p", "    Pretax profit 45.1 mln stg vs 38.2 mln", "    Turnover 1.2 billion vs 1.1 billion", " Reuter", ""].join("\n")
    expect(row(wire("BLUE CIRCLE INDUSTRIES PLC <BCIL.L> YEAR", body, "1987-02-26"))).toEqual([
      ["eps", 0.125, "GBP", "1986", false, "org:blue-circle-industries~bcil"],
      ["eps", 0.101, "GBP", "1985", true, "org:blue-circle-industries~bcil"],
      ["pretax_income", 45.1e6, "GBP", "1986", false, "org:blue-circle-industries~bcil"],
      ["pretax_income", 38.2e6, "GBP", "1985", true, "org:blue-circle-industries~bcil"],
      ["revenue", 1.2e9, "GBP", "1986", false, "org:blue-circle-industries~bcil"],
      ["revenue", 1.1e9, "GBP", "1985", true, "org:blue-circle-industries~bcil"]
    ])
  })

  it("pence written once are the table's currency too: its bare amounts are sterling", () => {
    const body = ["Shr 16.2p vs 14.1p", "    Pretax profit 45.1 mln vs 38.2 mln", " Reuter", ""].join("\n")
    expect(row(wire("BLUE CIRCLE INDUSTRIES PLC <BCIL.L> YEAR", body, "1987-02-26")).map(([measure, value, unit]) => [measure, value, unit])).toEqual([
      ["eps", 0.162, "GBP"],
      ["eps", 0.141, "GBP"],
      ["pretax_income", 45.1e6, "GBP"],
      ["pretax_income", 38.2e6, "GBP"]
    ])
  })

  it("reads a row's change in percent as British releases give it: a change of the row's measure and period", () => {
    const body = ["Year to end-March", "    Shr 20.1p vs 18.2p", "    Turnover 9.42 billion, a 12.4 pct increase", "    Pretax profit 1.07 billion, down 3.1 pct", " Reuter", ""].join("\n")
    const claims = wire("ACME HOLDINGS PLC <ACME.L> YEAR TO MARCH", body, "1987-06-04")
    expect(claims.filter((c) => c.figure?.aspect === "change_percent").map((c) => [c.figure?.measure, c.value?.value, c.figure?.period?.value])).toEqual([
      ["revenue", 12.4, "FY1987"],
      ["pretax_income", -3.1, "FY1987"]
    ])
    expect(claims.filter((c) => c.figure?.measure === "revenue" && c.figure.aspect === "level").map((c) => [c.value?.value, c.value?.unit])).toEqual([[9.42e9, "GBP"]])
  })

  it("a bare prior figure after one in cents is in cents: the unit written once for the pair", () => {
    const body = ["Shr profit six cents vs loss 10", "    Net profit 8.1 mln dlrs vs loss 7.1 mln", " Reuter", ""].join("\n")
    expect(row(wire("ZENITH CORP <ZEN> 1ST QTR MAY 31", body, "1987-06-20")).map(([measure, value, unit]) => [measure, value, unit])).toEqual([
      ["eps", 0.06, "USD"],
      ["eps", -0.1, "USD"],
      ["net_income", 8.1e6, "USD"],
      ["net_income", -7.1e6, "USD"]
    ])
  })

  it("keeps two firms of one name apart by their tickers", () => {
    const body = ["Shr 30 cts vs 30 cts", "    Net 1,804,000 vs 1,800,000", " Reuter", ""].join("\n")
    const holders = (title: string) => new Set(wire(title, body, "1987-10-19").map((c) => c.figure?.holder))
    expect(holders("MARINE CORP <MCOR.O> 3RD QTR NET")).toEqual(new Set(["org:marine~mcor"]))
    expect(holders("MARINE CORP <MCRP.O> 3RD QTR NET")).toEqual(new Set(["org:marine~mcrp"]))
  })

  it("gives a note's figures no label for a holder; a note naming an item is read, one naming none leaves what it measures unread", () => {
    const body = [
      "Shr profit 3.64 dlrs vs profit 1.64 dlrs",
      "    Net profit 541 mln vs profit 247 mln",
      "    NOTE: Net in qtr 1987 vs 1986 includes provision for possible",
      "credit losses of 320 mln vs 431 mln.",
      "    Results exclude extraordinary gain from net loss carryforward of 228,000 dlrs.",
      "    Revs in qtr 1987 include sales to Orchard Systems of 12 mln vs 9 mln.",
      " Reuter",
      ""
    ].join("\n")
    const claims = wire("CITICORP <CCI> 3RD QTR NET", body, "1987-10-20")
    expect(claims.flatMap((c) => [...c.subjects, c.figure?.holder ?? ""]).filter((e) => /org:(net|results|note|revs)$/.test(e))).toEqual([])
    // "exludes", as the wire wrote it, is no note verb: prose reads the line, and "Latest" is no firm there either.
    const latest = wire("CITICORP <CCI> 3RD QTR NET", "Shr 3.64 dlrs vs 1.64 dlrs\n    Latest qtr exludes writeoff of 735,000 dlrs.\n Reuter\n", "1987-10-20")
    expect(latest.flatMap((c) => [...c.subjects, c.figure?.holder ?? ""])).not.toContain("org:latest")
    const rows = claims.filter((c) => c.figure?.period?.origin === "table" && c.figure.measure !== "extraordinary_item")
    expect(rows.map((c) => c.value?.value)).toEqual([3.64, 1.64, 541e6, 247e6])
    // The notes' items (table-notes.ts): bare amounts in the table's currency, each year of 'qtr 1987 vs 1986' in order.
    const items = claims.filter((c) => c.figure?.measure === "extraordinary_item")
    expect(items.map((c) => [c.value?.value, c.value?.unit, c.figure!.period?.value])).toEqual([
      [320e6, "USD", "1987-Q3"],
      [431e6, "USD", "1986-Q3"],
      [228000, "USD", "1987-Q3"]
    ])
    const notes = claims.filter((c) => c.figure !== undefined && c.figure.period?.origin !== "table")
    expect(notes.length).toBeGreaterThan(0)
    expect(notes.every((c) => c.figure!.unresolved.includes("measure"))).toBe(true)
  })

  it("a firm whose name opens with a country holds its own figures, neither the country nor the headline's company", () => {
    const body = "GTE Corp said US Sprint's third quarter revenues totaled 685 mln dlrs, an increase of 24 pct.\n Reuter\n"
    const revenue = wire("GTE <GTE> ENCOURAGED BY US SPRINT'S SMALLER LOSS", body, "1987-10-20").find((c) => c.value?.value === 685e6)
    expect(revenue?.figure?.holder).toBe("org:us-sprint")
  })

  it("a per-share head's qualifier may follow its sign word: 'Shr loss primary 82 cts vs profit 15 cts' is a row of earnings per share", () => {
    const claims = wire("SOUTHWEST BANCORP <SWB> 3RD QTR LOSS", "Shr loss primary 82 cts vs profit 15 cts\n    Net loss 4,134,000 vs profit 649,000\n Reuter\n", "1987-10-19")
    expect(periodsOf(claims, "eps")).toEqual([
      [-0.82, "1987-Q3"],
      [0.15, "1986-Q3"]
    ])
    expect(row(claims).map(([measure]) => measure)).not.toContain(undefined)
  })

  it("the same figure in two periods' rows is two facts, and a bare 'Avg' row counts average shares", () => {
    const body = "Shr profit 30 cts vs profit three cts\n    Net profit 3,933,000 vs profit 436,000\n    Avg 13.2 mln vs 13.0 mln\n    Nine mths\n    Shr profit 85 cts vs loss 17 cts\n    Net profit 11.2 mln vs loss 2,083,000\n    Avg shrs 13.2 mln vs 12.0 mln\n Reuter\n"
    expect(periodsOf(wire("AVX CORP <AVX> 3RD QTR OCT THREE NET", body, "1987-10-19"), "shares_outstanding")).toEqual([
      [13.2e6, "1987-Q3"],
      [13e6, "1986-Q3"],
      [13.2e6, "1987-01/1987-09"],
      [12e6, "1986-01/1986-09"]
    ])
  })

  it("a line of a month, its day and 'end' gives the table's period end: 'Sept 30 end' under '2ND QTR' is the quarter to September", () => {
    const body = "Sept 30 end\n    Shr six cts vs 17 cts\n    Net 1,064,000 vs 2,676,000\n    Six months\n    Shr 13 cts vs 25 cts\n Reuter\n"
    expect(periodsOf(wire("TRINITY INDUSTRIES INC <TRN> 2ND QTR NET", body, "1987-10-20"), "eps")).toEqual([
      [0.06, "1987-Q3"],
      [0.17, "1986-Q3"],
      [0.13, "1987-04/1987-09"],
      [0.25, "1986-04/1986-09"]
    ])
  })

  it("rows above a period head whose own period could not be read take no period of the rows below it", () => {
    const body = "Sept 25 end\n    Primary shr 31 cts vs 22 cts\n    Net 5,019,000 vs 3,165,000\n   \n    Nine months\n    Primary shr 1.27 dlrs vs 1.07 dlrs\n    Net 20.2 mln vs 15.5 mln\n Reuter\n"
    expect(periodsOf(wire("ALEX BROWN INC <ABSB.O> 3RD QET", body, "1987-10-20"), "net_income")).toEqual([
      [5019000, null],
      [3165000, null],
      [20.2e6, "1987-01/1987-09"],
      [15.5e6, "1986-01/1986-09"]
    ])
  })
})
