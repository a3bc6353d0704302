import { describe, expect, it } from "vitest"
import { extractSeed, extractText, extractUndated, withPredicate } from "../claim/extract-text.js"

describe("every claim with a value carries its figure identity", () => {
  it("a seed's 2023 trade volume: holder, partner, measure, written period, actual level", () => {
    const [volume] = withPredicate(extractSeed("001").claims, "trade.volume")
    expect(volume?.figure).toMatchObject({
      holder: "country:CN",
      counterpart: "country:RU",
      measure: "total_trade",
      period: { value: "2023", origin: "written", prior: false },
      status: "actual",
      aspect: "level",
      unresolved: []
    })
  })

  it("claims without a value have no figure; each figure says what it lacks", () => {
    for (const prefix of ["000", "001", "002", "003", "004"]) {
      for (const claim of extractSeed(prefix).claims) {
        expect(claim.figure === undefined).toBe(claim.value === undefined)
        if (claim.figure !== undefined) expect(claim.figure.unresolved.includes("period")).toBe(claim.figure.period === undefined)
      }
    }
  })

  it("a sum of money or a rate written as a bare number keeps its measure and says its value is unknown; bare 'revenues' never count units", () => {
    const figures = extractText("Widget Motors Corp made a net profit of 1.18 billion on revenues of 17.99 billion in 1985, and sales of 400,000 cars.", "1987-06-18")
      .claims.filter((c) => c.figure !== undefined)
      .map((c) => [c.value?.value, c.figure?.measure, c.figure?.unresolved])
    expect(figures).toEqual([
      [1.18e9, "net_income", ["value"]],
      [17.99e9, "revenue", ["value"]],
      [400000, "sales_volume", []]
    ])
    // A small bare number is no sum at all: no claim.
    const stray = extractText("Wilson also announced he was cutting the number of tax brackets from 10 to three next year.", "1987-06-18").claims.filter((c) => c.figure !== undefined)
    expect(stray).toEqual([])
    // Nor is a small count an amount of goods; it is a figure of what a measure counts.
    const counts = (text: string) => extractText(text, "1987-06-18").claims.filter((c) => c.figure !== undefined).map((c) => [c.value?.value, c.figure?.measure])
    expect(counts("Taiwan's joint committee holds a tender today for two shipments of soybeans.")).toEqual([])
    expect(counts("Gunmen killed seven people in Lebanon today.")).toEqual([[7, "casualties"]])
  })

  it("a measured word right after a figure is that figure's, never the next one's", () => {
    const results = extractText("Mr Ghosn helped Widget Motors turn a 684bn yen ($6.4bn) loss in 2000 into a 331bn yen ($2.7bn) profit the following year.", "2005-02-10")
      .claims.filter((c) => c.figure !== undefined)
      .map((c) => [c.value?.value, c.figure?.measure, c.figure?.period?.value])
    expect(results).toEqual([
      [-684e9, "net_income", "2000"],
      [331e9, "net_income", "2001"]
    ])
    // A figure set against it shares it: "below 15 mln sales … from above 16 mln".
    const market = extractText("Perkins also predicted that the 1988 U.S. vehicle market could fall below 15 mln sales from above 16 mln expected this year.", "1987-10-20")
      .claims.filter((c) => c.figure !== undefined)
      .map((c) => [c.value?.value, c.figure?.measure, c.figure?.period?.value])
    expect(market).toEqual([
      [15e6, "sales_volume", "1988"],
      [16e6, "sales_volume", "1987"]
    ])
  })

  it("a figure's other party is never its holder: a holder read so is left open", () => {
    const [exports] = extractText("Japan's trade ministry said exports to the U.S. fell 7.8 pct in May.", "1987-06-18").claims.filter((c) => c.figure?.measure === "exports")
    expect(exports?.figure?.counterpart).toBe("country:US")
    expect(exports?.figure?.holder).not.toBe("country:US")
    const [china] = extractUndated("Last year, exports to China grew 34%, to $14bn.").claims.filter((c) => c.figure?.measure === "exports")
    expect([china?.figure?.holder, china?.figure?.counterpart, china?.figure?.unresolved]).toEqual([undefined, "country:CN", ["holder", "period"]])
  })

  it("a workforce's change is jobs cut or added", () => {
    const jobs = extractText("Widget Bank said it would reduce its German workforce by 1,920 this year.", "2005-02-10").claims.filter((c) => c.figure !== undefined)
    expect(jobs.map((c) => [c.value?.value, c.figure?.measure, c.figure?.aspect])).toEqual([[-1920, "employment", "change_amount"]])
    // "as many as" is one qualifier, no clause opened at its second "as".
    const many = extractText("As many as 300 jobs will be lost at Widget Bank this year.", "2005-02-10").claims.filter((c) => c.figure !== undefined)
    expect(many.map((c) => [c.value?.value, c.value?.qualifier, c.figure?.measure])).toEqual([[-300, "at_most", "employment"]])
  })

  it("a share of a group counted is no count of it: its measure is open, or the rate the vocabulary names", () => {
    const shares = (text: string) =>
      extractText(text, "2005-02-10").claims.filter((c) => c.figure !== undefined).map((c) => [c.value?.value, c.figure?.measure, c.figure?.unresolved.includes("measure")])
    expect(shares("Nearly two thirds of people back the plan, a survey found.").map(([, measure, open]) => [measure, open])).toEqual([[undefined, true]])
  })

  it("'saw' and 'has seen' tell what happened; 'is seen at' is still a forecast", () => {
    // Undated, as BBC stories are: no period is known to be over, so only the words tell.
    const statuses = (text: string) => extractUndated(text).claims.filter((c) => c.figure !== undefined).map((c) => [c.value?.value, c.figure?.status])
    expect(statuses("Widget Bank, China's biggest lender, has seen an 18% jump in profits during 2004.")).toEqual([[18, "actual"]])
    expect(statuses("Widget Motors saw worldwide vehicle sales rise 8% to 4.7 million in 2004.")).toEqual([[8, "actual"], [4.7e6, "actual"]])
    expect(statuses("New Zealand's exports are seen little changed at 10.7 billion dlrs in 1988.")).toEqual([[10.7e9, "forecast"]])
  })

  it("a forecast a figure is set against is no status of its own: 'faster than predicted', 'a higher than expected 17,000'", () => {
    const statuses = (text: string) => extractUndated(text).claims.filter((c) => c.figure !== undefined).map((c) => [c.value?.value, c.figure?.status])
    expect(statuses("Widgetland's economy has expanded by 9.5% during 2004, faster than predicted.")).toEqual([[9.5, "actual"]])
    expect(statuses("Widgetland's jobless total rose a higher than expected 17,000 to 4.483 million.")).toEqual([[17000, "actual"], [4.483e6, "actual"]])
    expect(statuses("Widgetland's economy is expected to grow by 2.5% in 2005.")).toEqual([[2.5, "forecast"]])
  })

  it("a fiscal year written in prose is the figure's period: 'In fiscal 1989, Widget earned $7.8 million'", () => {
    const periods = (text: string) => extractText(text, "1989-11-01").claims.filter((c) => c.figure !== undefined).map((c) => [c.value?.value, c.figure?.period?.value])
    expect(periods("In fiscal 1989, Widget Corp earned $7.8 million.")).toEqual([[7.8e6, "FY1989"]])
    expect(periods("Widget Corp earned 10 mln dlrs on sales of 191 mln dlrs in fiscal 1987.")).toEqual([
      [10e6, "FY1987"],
      [191e6, "FY1987"]
    ])
  })

  it("an earlier value that names its measure ('compared with a deficit of 165.81 billion dlrs in 1986') keeps its date to itself", () => {
    const read = (text: string) =>
      extractText(text, "1987-11-02").claims.filter((c) => c.figure !== undefined).map((c) => [c.value?.value, c.figure?.period?.value, c.figure?.period?.prior])
    expect(read("Widgetland's budget deficit was 119.02 billion dlrs in May, compared with a deficit of 165.81 billion dlrs in 1986.")).toEqual([
      [-119.02e9, "1987-05", false],
      [-165.81e9, "1986", true]
    ])
    expect(read("Widget Holding Corp. posted a third-quarter net loss of $2.3 million versus net income of $5.3 million a year earlier.").map(([value, period]) => [value, period])).toEqual([
      [-2.3e6, "1987-Q3"],
      [5.3e6, "1986-Q3"]
    ])
  })

  it("a bare 'dlrs' of a dollar country's own accounts is its dollar, of its economy's statistics too where the wires write its dollar bare; Taiwan's trade, or 'U.S. dlrs', stays as written", () => {
    const units = (text: string) => extractText(text, "1987-06-18").claims.filter((c) => c.figure !== undefined).map((c) => [c.value?.value, c.value?.unit])
    expect(units("Canada's budget deficit will fall to 29.3 billion dlrs in 1988, the finance minister estimated.")).toEqual([[-29.3e9, "CAD"]])
    expect(units("Canada's budget deficit will fall to 29.3 billion U.S. dlrs in 1988.")).toEqual([[-29.3e9, "USD"]])
    expect(units("Taiwan's exports rose to 4.5 billion dlrs in May.").map(([, unit]) => unit)).toEqual(["USD"])
    // A sum spelled out in words is as bare: "between two and three billion dlrs".
    expect(units("Australia's budget deficit will be three billion dlrs in 1988, the treasurer estimated.")).toEqual([[-3e9, "AUD"]])
    expect(units("Australia's current account deficit narrowed to 866 mln dlrs in May.")).toEqual([[-866e6, "AUD"]])
  })

  it("an earlier value 'in the same period last year' is of the same part of the year, a year back, an economy's too", () => {
    const periods = (text: string) => extractText(text, "1987-06-18").claims.filter((c) => c.figure !== undefined).map((c) => [c.value?.value, c.figure?.period?.value])
    expect(periods("Austria's current account surplus grew to 11.0 billion schillings in the first four months this year from 8.2 billion schillings in the same period last year.")).toEqual([
      [11e9, "1987-01/1987-04"],
      [8.2e9, "1986-01/1986-04"]
    ])
  })

  it("an earlier value dated only 'a year ago' or 'the previous year' is its figure's period a year back, not a year before the article's day", () => {
    const periods = (text: string) => extractText(text, "1987-10-20").claims.filter((c) => c.figure !== undefined).map((c) => [c.value?.value, c.figure?.period?.value])
    expect(periods("Widget Corp said net income in May rose to 5.2 mln dlrs from 3.1 mln dlrs the previous year.")).toEqual([
      [5.2e6, "1987-05"],
      [3.1e6, "1986-05"]
    ])
    expect(periods("Argentine wheat output in 1986/87 rose to 11.71 mln tonnes from 11.02 mln a year earlier.")).toEqual([
      [11.71e9, "1986/1987"],
      [11.02e9, "1985/1986"]
    ])
    // the unit written once is both figures', whichever reader reads them; a multiplier is none of them
    const values = (text: string) => extractText(text, "1987-06-18").claims.filter((c) => c.figure !== undefined).map((c) => [c.value?.value, c.value?.unit])
    expect(values("Widget Corp said its 1986 group net profit was 141.0 mln dlrs, up from 101.5 mln the year before.")).toEqual(
      expect.arrayContaining([
        [141e6, "USD"],
        [101.5e6, "USD"]
      ])
    )
    expect(values("Widget Corp's operating profits were at 380 mln marks in 1986, ten times more than in 1985.")).toEqual([[380e6, "DEM"]])
    // a text dated only by its latest year: the year written for the figure dates its earlier value too
    const undated = extractUndated("Heineken's net income fell to 537m euros during 2004, from 798m euros a year ago. The brewer expects growth in 2005.")
      .claims.filter((c) => c.figure !== undefined)
      .map((c) => [c.value?.value, c.figure?.period?.value])
    expect(undated).toEqual([
      [537e6, "2004"],
      [798e6, "2003"]
    ])
  })

  it("a firm's result no date of its sentence or the one before reaches is of the period the article first reported results for", () => {
    const periods = (text: string, day: string) =>
      extractText(text, day).claims.filter((c) => c.figure !== undefined).map((c) => [c.figure?.measure, c.value?.value, c.figure?.period?.value, c.figure?.period?.origin])
    const reed = periods(
      "Widget PLC said net income for the six months ended Oct. 1 slipped 5% to 89.7 mln stg. Widget is paying an interim dividend of 4.6 pence, up from 4 pence. Its shares rose 6 pence to 388 pence in trading yesterday. Sales fell 20% to 722 mln stg.",
      "1989-11-02"
    )
    expect(reed).toContainEqual(["revenue", 722e6, "1989-04/1989-09", "inherited"])
    expect(reed).toContainEqual(["share_price", 3.88, "1989-11-01", "written"])
    // whichever reader read it ("Operating profit dropped …" is the statistic reader's)
    expect(
      periods("Widget Corp said its third quarter net income rose to 5.2 mln dlrs. The company has 5,000 employees. Operating profit dropped to 8.75 mln dlrs.", "1987-10-20")
    ).toContainEqual(["operating_income", 8.75e6, "1987-Q3", "inherited"])
    // never an earlier value (its own year-ago period), never a forecast
    const widget = periods(
      "Widget Corp said its third quarter net income rose to 5.2 mln dlrs. The company said revenues were 80 mln dlrs, up from 70 mln. Analysts expect revenues of 90 mln dlrs.",
      "1987-10-20"
    )
    expect(widget).toEqual([
      ["net_income", 5.2e6, "1987-Q3", "written"],
      ["revenue", 80e6, "1987-Q3", "inherited"],
      ["revenue", 70e6, "1986-Q3", "inherited"],
      ["revenue", 90e6, undefined, undefined]
    ])
  })

  it("a sentence before that writes several periods sets none for the next ('3 pct in 1985 and 4 pct in 1986. Unemployment rose to 9 pct.')", () => {
    const periods = (text: string) => extractText(text, "1987-06-18").claims.filter((c) => c.figure !== undefined).map((c) => [c.value?.value, c.figure?.period?.value])
    expect(periods("French inflation was 3 pct in 1985 and 4 pct in 1986. Unemployment rose to 9 pct.")).toEqual([
      [3, "1985"],
      [4, "1986"],
      [9, undefined]
    ])
    // one period told twice, or an earlier value's date restated after "or", leaves one period to go on with
    const revenue = extractText("Widget Corp's net income for the year ended Aug. 31 was 2.7 mln dlrs, down from 9.7 mln dlrs, or 70 cts a share last year. Revenue was 291.6 mln dlrs.", "1987-10-30")
      .claims.filter((c) => c.figure?.measure === "revenue")
      .map((c) => c.figure?.period?.value)
    expect(revenue).toEqual(["1986-09/1987-08"])
  })

  it("what adds up over 'the year to March' is the twelve months ending then; a rate of the year to March is March's own", () => {
    const periods = (text: string) => extractText(text, "1987-06-18").claims.filter((c) => c.figure !== undefined).map((c) => [c.figure?.measure, c.figure?.period?.value])
    expect(periods("British Airways reported pre-tax profits of 162 mln stg in the year to March.")).toEqual([["pretax_income", "1986-04/1987-03"]])
    expect(periods("Japan's trade surplus in the year to March rose to 90 billion dlrs.")).toEqual([["trade_balance", "1986-04/1987-03"]])
    expect(periods("Inflation was 4.2 pct in the year to March.")).toEqual([["consumer_prices", "1987-03"]])
  })

  it("a year written before a count of months names its first months, as wire copy dates a result: 'for 1987 nine mths'", () => {
    const periods = (text: string) => extractText(text, "1987-10-20").claims.filter((c) => c.figure !== undefined).map((c) => [c.value?.value, c.figure?.period?.value])
    expect(periods("Widget Corp expects earnings of 54 cts a share for 1987 nine mths.")).toEqual([[0.54, "1987-01/1987-09"]])
    expect(periods("Widget Corp earned 5 mln dlrs in the 1986 nine months.")).toEqual([[5e6, "1986-01/1986-09"]])
  })

  it("a change counted from a date covers the time from it to the article's day; a superlative's 'since' and a level reached date nothing", () => {
    const periods = (text: string) => extractText(text, "1987-06-16").claims.filter((c) => c.figure !== undefined).map((c) => [c.value?.value, c.figure?.period?.value])
    expect(periods("The Taiwan dollar has risen by about 23 pct against the U.S. dollar since September 1983.")).toEqual([[23, "1983-09/1987-06"]])
    expect(periods("Shares of Widget Corp fell 20 pct since Friday.")).toEqual([[-20, "1987-06-12/1987-06-16"]])
    expect(periods("Widget Corp shares fell to 38 dlrs, the biggest drop since 1914.")).toEqual([[38, undefined]])
    // "modest" only ends as a superlative does.
    expect(periods("Exports have risen a modest 5 pct since March, Japan said.")).toEqual([[5, "1987-03/1987-06"]])
  })

  it("the first months of a year with no year written are the article's year's, when they are over by its day", () => {
    const periods = (text: string, day: string) => extractText(text, day).claims.filter((c) => c.figure !== undefined).map((c) => c.figure?.period?.value)
    expect(periods("In the first nine months, Widget Corp's net was $306 million.", "1989-11-02")).toEqual(["1989-01/1989-09"])
    expect(periods("In the first nine months, Widget Corp's net was $306 million.", "1989-05-02")).toEqual([undefined])
    expect(periods("In the first four months of the fiscal year, Widget Corp's net was $30 million.", "1989-11-02")).toEqual([undefined])
  })

  it("a forecast of a period just ended, said in so many words, is still a forecast; one long over, or a modal verb's, is not", () => {
    const statuses = (text: string, day: string) => extractText(text, day).claims.filter((c) => c.figure !== undefined).map((c) => [c.value?.value, c.figure?.status])
    expect(statuses("Economists polled by Reuters forecast that Japan's trade surplus with the United States will be about 6.0 billion dlrs in March.", "1987-04-10")).toEqual([
      [6e9, "forecast"]
    ])
    // The clause's forecast word is the 1987 figures': the 1986 rise, long over, is actual.
    expect(statuses("The report forecast a 3.5 pct rise in Swiss imports this year after a rise of 6.5 pct in 1986.", "1987-06-18").at(-1)).toEqual([6.5, "actual"])
    // Reported speech of a period already over: "would" is no forecast.
    expect(statuses("The ministry said Japan's exports would be 20 billion dlrs in March.", "1987-04-10")).toEqual([[20e9, "actual"]])
  })

  it("a forecast is a forecast, a preliminary figure preliminary", () => {
    const text =
      "China's exports to Russia are expected to reach $150 billion in 2025, the ministry said.\n\n" +
      "Preliminary data showed China's trade surplus with the EU was $20 billion in March 2024."
    const claims = extractText(text, "2024-04-10").claims.filter((c) => c.figure !== undefined)
    const statuses = claims.map((c) => [c.figure?.measure, c.figure?.status])
    expect(statuses).toContainEqual(["exports", "forecast"])
    expect(statuses).toContainEqual(["trade_balance", "preliminary"])
  })

  it("a company's accounts are never a country's, and a division's figure is the division's", () => {
    const text =
      "Shares in UK Coal fell after the mining group reported losses had deepened to 51.6 mln stg in 2004.\n\n" +
      "Revenues in the aerospace division of Allied-Signal Inc rose to 1.144 billion dlrs in the third quarter of 1987."
    const claims = extractText(text, "2005-03-01").claims.filter((c) => c.figure !== undefined)
    const loss = claims.find((c) => c.value?.value === -51.6e6 || c.value?.value === 51.6e6)
    expect(loss?.figure?.holder ?? "").not.toMatch(/^country:/)
    const revenue = claims.find((c) => c.figure?.measure === "revenue")
    expect(revenue?.figure?.item).toBe("aerospace division")
  })

  it("a firm's exports to a country have that country as partner, never as holder; to an unknown partner they are not read", () => {
    const text = "Nissan's exports to the U.S. fell 25.4 pct in May from a year earlier.\n\nExports to Europe fell 24.8 pct in May."
    const claims = extractText(text, "1987-06-18").claims.filter((c) => c.figure?.measure === "exports")
    expect(claims.map((c) => [c.figure?.holder, c.figure?.counterpart, c.value?.value])).toEqual([["org:nissan", "country:US", -25.4]])
  })

  it("a part of the whole has its modifier as item; a charge per share is no earnings per share", () => {
    const starts = extractText("The department said single-family housing starts fell in May by 7.6 pct.", "1987-06-16").claims
    expect(starts.find((c) => c.figure?.measure === "housing_starts")?.figure?.item).toBe("single-family")
    const charge = extractText("Tribune Co said a pre-tax charge of 16.7 mln dlrs or 11 cts a share led to lower third-quarter earnings.", "1987-10-20").claims
    expect(charge.find((c) => c.value?.value === 0.11)?.figure?.measure).toBe("extraordinary_item")
  })

  it("the date of an earlier value ('from 179 mln a year earlier') dates neither the figure it changed into nor the next sentence's", () => {
    const text = "The company reported sales of 1.90 billion dlrs from 1.69 billion a year earlier. Nutrasweet sales fell to 177 mln from 179 mln a year earlier."
    const claims = extractText(text, "1987-10-19").claims
    expect(claims.filter((c) => c.value?.value === 1.9e9 || c.value?.value === 177e6)).toHaveLength(2)
    expect(claims.filter((c) => c.value?.value === 1.9e9 || c.value?.value === 177e6).every((c) => c.figure?.period === undefined)).toBe(true)
  })

  it("a day after a month's name is part of the date, no figure: 'the fiscal year ended last March 31'", () => {
    const claims = extractText("For the fiscal year ended last March 31, gnp rose 2.6 pct.", "1987-06-16").claims
    expect(claims.map((c) => c.value?.value)).toEqual([2.6])
  })

  it("a figure its sentence sets against an earlier estimate is the revised reading", () => {
    const text = "The Federal Statistics Office said growth for the whole of 2004 was 1.6%, after a year of contraction in 2003, down from an earlier estimate of 1.7%."
    const claims = extractText(text, "2005-02-15").claims
    expect(claims.find((c) => c.value?.value === 1.6)?.figure?.status).toBe("revised")
  })
})

