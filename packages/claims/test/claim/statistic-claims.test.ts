import { describe, expect, it } from "vitest"
import { extractText, withPredicate } from "./extract-text.js"

describe("statistic claims", () => {
  it("reads an altitude in metres, its subject from the sentence before", () => {
    const text =
      "North Korea has successfully test-fired an intercontinental ballistic missile. The Hwasong-14 ballistic missile reached an altitude of 2,802 kilometers (1,741 miles) and hit its target, the report said."
    const [altitude] = withPredicate(extractText(text, "2017-07-03").claims, "statistic.altitude")
    expect(altitude).toMatchObject({ subjects: ["country:KP"], value: { value: 2802000, unit: "m" }, object: "altitude" })
    expect(altitude?.attribution?.text).toBe("the report")
    expect(altitude?.quote).toContain("2,802 kilometers")
  })

  it("energy in tonnes of oil equivalent is energy, and the bare figure set against it after its abbreviation and date is in it too", () => {
    const read = (text: string) => extractText(text, "1987-06-16").claims.filter((c) => c.value?.unit === "J").map((c) => [c.value?.value, c.figure?.period?.value])
    expect(read("South Korea's energy consumption rose nine pct to 61.07 mln tonnes of oil equivalent (toe) in 1986 from 56.0 mln in 1985.")).toEqual([
      [61.07e6 * 41.868e9, "1986"],
      [56e6 * 41.868e9, "1985"]
    ])
  })

  it("an operating or pre-tax loss is that result's negative side, no net loss", () => {
    const read = (text: string) => extractText(text, "1987-06-22").claims.filter((c) => c.figure !== undefined).map((c) => [c.figure?.measure, c.value?.value])
    expect(read("In the 1986 fourth quarter, the company had an operating loss of 4.9 mln dlrs.")).toEqual([["operating_income", -4.9e6]])
    expect(read("The unit made a pre-tax loss of $470m in the fourth quarter.")).toEqual([["pretax_income", -470e6]])
  })

  it("a change 'effective' a day dates the level it changes to; the level it changes from holds on the article's day, in force", () => {
    const read = (text: string) => extractText(text, "1987-06-18").claims.filter((c) => c.figure !== undefined).map((c) => [c.value?.value, c.figure?.period?.value, c.figure?.status])
    expect(read("Widget Bank Ltd said it would lower its prime rate to 16 pct from 16.5, effective tomorrow.")).toEqual([
      [16, "1987-06-19", "plan"],
      [16.5, "1987-06-18", "actual"]
    ])
    // a bank's own rate said plainly to change is its decision, a plan; one only expected to change, or the market's, a forecast
    expect(read("Widget Bank Ltd said it would lower its prime rate to 16 pct, effective tomorrow.").map(([, , status]) => status)).toEqual(["plan"])
    expect(read("The Bundesbank is expected to lower its discount rate to 2.5 pct next month.").map(([, , status]) => status)).toEqual(["forecast"])
    expect(read("Interest rates will rise to 10 pct next year.").map(([, , status]) => status)).toEqual(["forecast"])
    // a period not yet over is still to come, as before
    expect(read("The Bundesbank is expected to lower its discount rate to 2.5 pct in 1988 from 3.0 pct this year.").map(([, , status]) => status)).toEqual(["forecast", "forecast"])
  })

  it("'it' after a sentence whose subject is a firm holds the firm's results, never the market that sentence names", () => {
    const text = "Widget Motor has announced that it plans a second plant in India. Widget Motor expects its sales in India to grow 16% to 250,000 in 2005. By 2010, it expects to nearly double sales to 400,000 cars."
    const sales = extractText(text, "2005-01-10").claims.filter((c) => c.value?.value === 400000)
    expect(sales.map((c) => c.figure?.holder)).toEqual(["org:widget-motor"])
  })

  it("'the same period of 1986' set against January-May 1987 is January-May 1986", () => {
    const read = (text: string) => extractText(text, "1987-06-18").claims.filter((c) => c.figure !== undefined).map((c) => [c.value?.value, c.figure?.period?.value, c.figure?.period?.prior])
    expect(read("Thai rice exports fell to 1.2 mln tonnes in January-May, compared with 1.4 mln tonnes in the same period of 1986.")).toEqual([
      [1.2e9, "1987-01/1987-05", false],
      [1.4e9, "1986-01/1986-05", true]
    ])
  })

  it("what a verb's physical amount is of is its item: 'bought some 36,000 tonnes of soybean'", () => {
    const read = (text: string) => extractText(text, "1987-06-18").claims.filter((c) => c.figure !== undefined).map((c) => [c.figure?.measure, c.figure?.item, c.value?.value])
    expect(read("Taiwan bought some 36,000 tonnes of soybean last year.")).toEqual([["sales_volume", "soybean", 36e6]])
  })

  it("an extraordinary loss or one from discontinued operations is a negative extraordinary item, no net loss; loan loss provisions and allowances are none", () => {
    const read = (text: string) => extractText(text, "1987-10-22").claims.filter((c) => c.figure !== undefined).map((c) => [c.figure?.measure, c.value?.value])
    expect(read("Widget Corp took a $50.9 million loss from discontinued operations in the third quarter.")).toEqual([["extraordinary_item", -50.9e6]])
    expect(read("Widget Corp said its 1986 results included extraordinary losses of 4 mln dlrs.")).toEqual([["extraordinary_item", -4e6]])
    expect(read("Widget Corp said it added 100 mln dlrs to its allowance for loan losses in the third quarter.")).toEqual([["extraordinary_item", 100e6]])
    expect(read("Widget Corp said its loan loss provisions rose to 40 mln dlrs in the third quarter.")).toEqual([["extraordinary_item", 40e6]])
    expect(read("Widget Corp said its 1986 results included a 55 mln dlr special loan loss provision.")).toEqual([["extraordinary_item", 55e6]])
  })

  it("a figure in a relative clause in the simple present holds on the article's day, not in the period the sentence around it dates", () => {
    const read = (text: string) =>
      extractText(text, "1987-06-29").claims.filter((c) => c.figure !== undefined).map((c) => [c.value?.value, c.figure?.period?.value, c.figure?.status])
    const pumps = "Norway, which pumps around one mln bpd from its offshore fields, said it would continue its output curbs for the rest of the year."
    expect(read(pumps)).toEqual([[1e6, "1987-06-29", "actual"]])
    // a relative clause of the past dates its figure by the sentence, as before
    expect(read("Norway, which pumped around one mln bpd from its offshore fields in 1986, said it would continue its output curbs.")).toEqual([[1e6, "1986", "actual"]])
  })

  it("a figure that is the size of a fall is negative, a loss's rise too; a level a change fell below is no change's size", () => {
    const read = (text: string) => extractText(text, "1987-11-02").claims.filter((c) => c.figure !== undefined).map((c) => [c.value?.value, c.figure?.aspect])
    expect(read("Norway's oil output fell by 80,000 bpd in May.")).toEqual([[-80000, "change_amount"]])
    expect(read("The cut reduced Norway's oil output by about 80,000 bpd in May.")).toEqual([[-80000, "change_amount"]])
    expect(read("Norway's oil output rose by 80,000 bpd in May.")).toEqual([[80000, "change_amount"]])
    expect(read("Widget Corp said its loss rose by 1.5 mln dlrs in the third quarter.")).toEqual([[-1.5e6, "change_amount"]])
    expect(read("Widget Corp said its loss fell by 1.5 mln dlrs in the third quarter.")).toEqual([[1.5e6, "change_amount"]])
    expect(read("Turkey's economic growth fell below 1% in the third quarter.").map(([value]) => value)).toEqual([1])
  })

  it("a year in the possessive of a change dates the figure it reached; the earlier value right after it is of the same thing", () => {
    const read = (text: string) =>
      extractText(text, "1987-06-18").claims.filter((c) => c.figure !== undefined).map((c) => [c.value?.value, c.figure?.measure, c.figure?.period?.value])
    expect(read("Swiss inflation rose to 1.5 pct this year after last year's sharp fall to 0.75 pct from 3.6 pct in 1985.")).toEqual([
      [1.5, "consumer_prices", "1987"],
      [0.75, "consumer_prices", "1986"],
      [3.6, "consumer_prices", "1985"]
    ])
    const growth = read("In Canada economic growth is expected to pick up slightly to around 2.75 pct in 1988 from 2.5 pct this year.")
    expect(growth.map(([value, , period]) => [value, period])).toEqual([[2.75, "1988"], [2.5, "1987"]])
  })

  it("a change told in the past takes no period after the article's day from the sentence before; one seen to come does", () => {
    const periods = (text: string) => extractText(text, "1987-06-29").claims.filter((c) => c.figure?.aspect === "change_amount").map((c) => [c.value?.value, c.figure?.period?.value, c.figure?.status])
    const before = "Norway's output is expected to reach about 1.5 mln bpd by 1995. "
    expect(periods(`${before}The cut reduced Norway's oil output by about 80,000 bpd.`)).toEqual([[-80000, undefined, "actual"]])
    expect(periods(`${before}Norway's oil output will be cut by about 80,000 bpd.`)).toEqual([[-80000, "1995", "forecast"]])
  })

  it("a clause a relative clause interrupts keeps its status word; a forecast is never of the day it is stated on", () => {
    const read = (text: string) =>
      extractText(text, "1987-06-18").claims.filter((c) => c.figure?.measure === "budget_balance").map((c) => [c.value?.value, c.figure?.status, c.figure?.period?.value])
    const projection = "The OECD said the U.S. federal budget deficit would overshoot. \"The OECD projection, which is based on slower growth, is for a deficit of about 190 billion dollars,\" it said."
    expect(read(projection)).toEqual([[-190e9, "forecast", undefined]])
    expect(read("The OECD projection, which is based on slower growth, is for a U.S. budget deficit of about 190 billion dollars in fiscal 1987.")).toEqual([
      [-190e9, "forecast", "FY1987"]
    ])
  })

  it("a figure a forecast word ties to with 'of' is that forecast, even of a period past; the result set against it stays actual", () => {
    const read = (text: string) => extractText(text, "2005-03-01").claims.filter((c) => c.figure !== undefined).map((c) => [c.value?.value, c.figure?.status])
    expect(read("Widget's pretax profit rose to £555m in 2004, below analysts' forecasts of £560m.")).toEqual([
      [555e6, "actual"],
      [560e6, "forecast"]
    ])
    expect(read("Last year the Soviet Union produced 615 mln tonnes of oil, slightly short of the target of 616.7 mln tonnes.")).toContainEqual([616.7e9, "target"])
  })

  it("a pre-tax profit is pretax income, never net income; a tax take named beside a profit is the tax's", () => {
    const measures = (text: string) => extractText(text, "1987-06-18").claims.filter((c) => c.figure !== undefined).map((c) => [c.value?.value, c.figure?.measure])
    expect(measures("In 1986, Lloyds reported a pre-tax profit of 700 mln stg.")).toEqual([[700e6, "pretax_income"]])
    expect(measures("Despite the rise in profits, taxation rose only 11 mln stg to 754 mln in 1986.").map(([, measure]) => measure)).toEqual(["tax", "tax"])
    expect(measures("Britain's tax revenues rose to 3 billion stg in 1986.")).toEqual([[3e9, "tax"]])
  })

  it("reads the actor, not a dateline's city, the source or a place the missile reached", () => {
    const wire =
      "SEOUL, July 4 - North Korea said on Tuesday it had test-fired a missile.\n\nThe Hwasong-14 missile reached an altitude of 2,802 kilometers and flew 933 kilometers for 39 minutes, state media said."
    const claims = extractText(wire, "2017-07-04").claims
    expect(withPredicate(claims, "statistic.altitude").map((c) => [c.subjects, c.value?.value])).toEqual([[["country:KP"], 2802000]])
    // Flying is a distance, never an altitude.
    expect(withPredicate(claims, "statistic.distance").map((c) => [c.subjects, c.value?.value])).toEqual([[["country:KP"], 933000]])
    const regional =
      "North Korea fired a ballistic missile on Tuesday, Japanese officials said. The missile reached an altitude of 2,500 kilometers before falling into Japan's exclusive economic zone, the Japanese defense ministry said."
    expect(withPredicate(extractText(regional, "2017-07-04").claims, "statistic.altitude").map((c) => c.subjects)).toEqual([["country:KP"]])
    const sourced = "North Korea launched a missile. According to South Korean officials, the missile climbed to an altitude of 1,741 miles."
    expect(withPredicate(extractText(sourced, "2017-07-04").claims, "statistic.altitude").map((c) => c.subjects)).toEqual([["country:KP"]])
  })

  it("gives a loss stated as a level the negative sign of net income; a loss that narrowed by an amount is a rise", () => {
    const figures = (text: string) =>
      withPredicate(extractText(text, "1989-11-02").claims, "statistic.loss").map((c) => [c.value?.value, c.figure?.measure, c.figure?.aspect])
    expect(figures("Widget Holding Corp. posted a third-quarter net loss of $2.3 million.")).toEqual([[-2300000, "net_income", "level"]])
    expect(figures("Widget Corp said its net loss widened to 4.5 mln dlrs in the third quarter.")).toEqual([[-4500000, "net_income", "level"]])
    expect(figures("Widget Corp said its loss narrowed by 1.5 mln dlrs in the third quarter.")).toEqual([[1500000, "net_income", "change_amount"]])
  })

  it("a measured noun the figure acts on through a verb is not what it measures; a measured verb and a participle's noun are", () => {
    const measures = (text: string) => extractText(text, "1989-11-02").claims.filter((c) => c.figure !== undefined).map((c) => [c.value?.value, c.figure?.measure])
    expect(measures("Widgetland reported a sharp rise in producer prices of 7.1% that could stoke inflation.").map(([, m]) => m)).not.toContain("consumer_prices")
    expect(measures("In Widgetland more than 2,000 people are thought to have died.")).toEqual([[2000, "casualties"]])
    // "operating" is a participle wink may call a verb: the loss stays the figure's, and negative.
    expect(measures("Widget Corp said operating profit rose to 100.8 mln dlrs, compared with a 17 mln dlr operating loss a year ago.").map(([v]) => v)).toContain(-17e6)
  })

  it("an aside between two dashes measures no figure outside it, unless it opens by restating the noun before", () => {
    const measures = (text: string) => extractText(text, "2005-01-25").claims.filter((c) => c.figure !== undefined).map((c) => [c.value?.value, c.figure?.measure])
    const china = "Growth in Widgetland's industrial output - the main target of government efforts to impose curbs on credit and investments - was 11.5% in 2004."
    expect(measures(china).map(([, measure]) => measure)).not.toContain("investment")
    expect(measures("Widgetland's consumer prices - at 2.4% - rose faster than in 2004.")).toEqual([[2.4, "consumer_prices"]])
  })

  it("dates a figure of 'the week ended' a day as the seven days ending that day", () => {
    const text = "U.S. M-1 money supply rose 2.1 billion dlrs to 750.3 billion dlrs in the week ended October 13, the Federal Reserve said."
    expect(extractText(text, "1987-10-20").claims.filter((c) => c.figure !== undefined).map((c) => [c.value?.value, c.figure?.period?.value])).toEqual([
      [2.1e9, "1987-10-07/1987-10-13"],
      [750.3e9, "1987-10-07/1987-10-13"]
    ])
  })

  it("takes a sale for one transaction, not sales: 'a gain of 145 mln dlrs from sale of its cable systems' is the gain's", () => {
    const text = "Widget Co said 1986 third-quarter results were boosted by a one-time pre-tax gain of 145 mln dlrs from sale of its cable TV systems."
    expect(extractText(text, "1987-10-20").claims.filter((c) => c.figure !== undefined).map((c) => [c.value?.value, c.figure?.measure])).toEqual([
      [145e6, "extraordinary_item"]
    ])
    expect(withPredicate(extractText("Widget Co said sales rose to 1.2 billion dlrs in the third quarter.", "1987-10-20").claims, "statistic.sales").map((c) => c.value?.value)).toEqual([1.2e9])
  })

  it("reads a phrase wrapped over two lines as wire copy wraps it: 'Gross\\nDomestic Product' is GDP", () => {
    const wire = "Finland's economy should pick up, the OECD said.\n    Its survey says Gross\nDomestic Product will grow by 2.25 pct this year and by 3.0 pct\nin 1988.\n"
    const gdp = extractText(wire, "1987-06-18").claims.filter((c) => c.figure?.measure === "gdp")
    expect(gdp.map((c) => [c.value?.value, c.figure?.holder, c.figure?.period?.value, c.object])).toEqual([
      [2.25, "country:FI", "1987", "gross domestic product"],
      [3, "country:FI", "1988", "gross domestic product"]
    ])
  })

  it("a figure stated for two periods joined by 'and' is one figure for each; 'between' makes a span; 'may' for a period not over is a forecast", () => {
    const forecast = extractText("Austria's GDP growth may ease to 1.25 pct this year and next year, the OECD said.", "1987-06-18").claims
    expect(forecast.filter((c) => c.figure?.measure === "gdp").map((c) => [c.value?.value, c.figure?.period?.value, c.figure?.status])).toEqual([
      [1.25, "1987", "forecast"],
      [1.25, "1988", "forecast"]
    ])
    const years = extractText("The OECD said Spain's gross national product would grow three pct in 1987 and 1988.", "1987-06-18").claims
    expect(years.filter((c) => c.figure?.measure === "gnp").map((c) => c.figure?.period?.value)).toEqual(["1987", "1988"])
    // as many figures as periods: each its own period, in order, never every period
    const pairs = (text: string) => extractText(text, "1987-10-18").claims.filter((c) => c.value !== undefined).map((c) => [c.value?.value, c.figure?.period?.value])
    expect(pairs("Spain's exports rose 5 pct and 7 pct in August and September respectively.")).toEqual([[5, "1987-08"], [7, "1987-09"]])
    expect(pairs("Widget Corp's profits were 12.3 mln dlrs and 10.5 mln dlrs for 1987 and 1986, respectively.")).toEqual([[12.3e6, "1987"], [10.5e6, "1986"]])
    const span = extractText("Spain's exports rose 12 pct between 1984 and 1986, the ministry said.", "1987-06-18").claims
    expect(span.filter((c) => c.figure?.measure === "exports").map((c) => c.figure?.period?.value)).toEqual(["1984/1986"])
    // "in May" is a month, not "may": no status word, even before the month is over.
    const month = extractText("Spain's exports rose 12 pct in May, the ministry said.", "1987-05-29").claims
    expect(month.filter((c) => c.figure?.measure === "exports").map((c) => [c.figure?.period?.value, c.figure?.status])).toEqual([["1987-05", "actual"]])
  })

  it("a figure has one period, the nearest written one: never a span from its date to another's", () => {
    const coordinatedVerbs = extractText("Italy's consumer prices are expected to rise 4.5 pct in 1988 and to stay flat in 1989, the institute said.", "1987-11-10").claims
    expect(coordinatedVerbs.filter((c) => c.figure?.measure === "consumer_prices").map((c) => [c.value?.value, c.figure?.period?.value])).toEqual([[4.5, "1988"]])
    const versus = extractText("Acme Corp posted a second-quarter loss of $4.1 million, versus a profit of $2.2 million a year earlier.", "1989-08-02").claims
    expect(versus.filter((c) => c.value?.value === -4.1e6).map((c) => c.figure?.period?.value)).toEqual(["1989-Q2"])
    // the base a change is counted from is not its period, though nearer
    const base = extractText("In November, Italy's exports fell 2.1 pct from a year earlier, the institute said.", "1987-12-20").claims
    expect(base.filter((c) => c.figure?.measure === "exports").map((c) => c.figure?.period?.value)).toEqual(["1987-11"])
    // a base of change alone in the figure's clause leaves its period to the sentence's other dates
    const fromYearEarlier = extractText("Toyota said its exports fell 9.5 pct from a year earlier to 161,266 vehicles in May.", "1987-06-20").claims
    expect(fromYearEarlier.filter((c) => c.figure?.aspect === "change_percent").map((c) => c.figure?.period?.value)).toEqual(["1987-05"])
    const onPrevious = extractText("In 2004, according to forecasts, China's oil imports will be 110m tons, up 21% on the previous year.", "2004-03-01").claims
    expect(onPrevious.filter((c) => c.figure?.measure === "imports").map((c) => c.figure?.period?.value)).toEqual(["2004", "2004"])
  })

  it("an earlier value of 'the same period last year' is the period of the figure it is set against, a year back, whichever reader read that figure", () => {
    const text =
      "In April, the current account recorded a deficit of 300 mln schillings compared with an 800 mln deficit in April, 1986. " +
      "The trade deficit in the first four months fell to 16.4 billion schillings from 17.5 billion in the same period last year."
    const claims = extractText(text, "1987-06-18").claims
    expect(claims.filter((c) => c.figure?.measure === "trade_balance").map((c) => [c.value?.value, c.figure?.period?.value])).toEqual([
      [-16.4e9, "1987-01/1987-04"],
      [-17.5e9, "1986-01/1986-04"]
    ])
  })

  it("the period a figure is set for is its own, not a date inside it when the figure was set", () => {
    const ceiling = extractText("OPEC agreed this weekend on an output ceiling of 16.6 mln bpd for the rest of 1987.", "1987-06-29").claims
    // (the rest of the article's year: the months after June)
    expect(ceiling.filter((c) => c.figure?.measure === "quota").map((c) => c.figure?.period?.value)).toEqual(["1987-07/1987-12"])
    // a date before a verb of saying dates the saying, not the figure after it, though it lies inside the figure's year
    const said = extractText("At the Toy Fair earlier this month, its president said analysts' 1987 projected earnings of 90 cts a share are reasonable.", "1987-02-26").claims
    expect(said.filter((c) => c.figure?.measure === "eps").map((c) => c.figure?.period?.value)).toEqual(["1987"])
    // a date nested in the nearest one that frames the figure is still the same period told finer
    const nested = extractText("Exports rose to 2.1 billion dlrs in May this year.", "1987-06-29").claims
    expect(nested.filter((c) => c.figure?.measure === "exports").map((c) => c.figure?.period?.value)).toEqual(["1987-05"])
  })

  it("a bare 'growth' in a comparison's base is the growth of what is compared: GNP's only when that is GNP", () => {
    const demand = extractText("Italy's domestic demand rose 0.9 pct in the second quarter, compared with growth of 0.4 pct in the first.", "1987-09-10").claims
    expect(demand.filter((c) => c.figure?.measure === "gnp")).toEqual([])
    const gnp = extractText("Italy's GNP rose 0.9 pct in the second quarter, compared with growth of 0.4 pct in the first quarter.", "1987-09-10").claims
    expect(gnp.filter((c) => c.figure?.measure === "gnp").map((c) => c.value?.value)).toEqual([0.9, 0.4])
  })

  it("a bare 'consumption' is energy's only in barrels or tonnes; M0 and M4 are money supply", () => {
    const measures = (text: string) => extractText(text, "2005-01-20").claims.flatMap((c) => (c.figure === undefined ? [] : [[c.value?.value, c.figure.measure]]))
    expect(measures("India's consumption has jumped to 2.4 million barrels per day.")).toEqual([[2.4e6, "energy_consumption"]])
    expect(measures("Italy's private consumption grew 2.5% last year.").filter(([, measure]) => measure === "energy_consumption")).toEqual([])
    expect(measures("Britain's narrow money measure M0 rose 5.2 pct in December.")).toEqual([[5.2, "money_supply"]])
  })

  it("an economy's figure is never the organisation's that forecasts it: the sentence's country, else left open", () => {
    const named = extractText("The OECD expects Austria's unemployment rate to stay at around five pct this year.", "1987-06-18").claims
    expect(named.filter((c) => c.figure?.measure === "unemployment_rate").map((c) => [c.figure?.holder, c.figure?.unresolved])).toEqual([["country:AT", []]])
    const open = extractText("Growth will slow, the OECD said. The OECD expects the unemployment rate to stay at around five pct this year.", "1987-06-18").claims
    expect(open.filter((c) => c.figure?.measure === "unemployment_rate").map((c) => [c.figure?.holder, c.figure?.unresolved])).toEqual([[undefined, ["holder"]]])
  })

  it("an earlier value's own split year is both years: 'from 3.9 pct in 1984/85'", () => {
    const claims = extractText("Korea's GNP growth slowed to 3.1 pct in the year to March from 3.9 pct in 1984/85, the bank said.", "1986-06-10").claims
    expect(claims.filter((c) => c.figure?.measure === "gnp" && c.value?.value === 3.9).map((c) => [c.figure?.period?.value, c.figure?.period?.prior])).toEqual([["1984/1985", true]])
  })

  it("a figure set 'against' or 'compared with' one said before it is the earlier value: its date is its own", () => {
    const claims = extractText("Korea's exports rose 9 pct in August to 4.1 billion dlrs, against 3.7 billion a year earlier, the ministry said.", "1987-09-15").claims
    expect(claims.filter((c) => c.figure?.measure === "exports" && c.figure.aspect === "level").map((c) => [c.value?.value, c.figure?.period?.value])).toEqual(
      expect.arrayContaining([
        [4.1e9, "1987-08"],
        [3.7e9, "1986-08"]
      ])
    )
  })

  it("gives a date in the possessive to the figure after it: 'from July's 14 pct', 'below 1985's 3.1 pct growth'", () => {
    const money = extractText("Canada's M1 money supply rose 11.5 pct in August from July's 14 pct, the central bank said.", "1986-09-18").claims
    expect(money.filter((c) => c.figure?.measure === "money_supply").map((c) => [c.value?.value, c.figure?.period?.value])).toEqual([
      [11.5, "1986-08"],
      [14, "1986-07"]
    ])
    const growth = extractText("The institute said Sweden's GDP would grow 1.5 pct this year, below 1985's 3.1 pct growth.", "1986-05-02").claims
    expect(growth.filter((c) => c.figure?.measure === "gdp").map((c) => [c.value?.value, c.figure?.period?.value])).toEqual([
      [1.5, "1986"],
      [3.1, "1985"]
    ])
  })

  it("gives the earlier value's date to no other figure; the change and the earlier level are facts of their own", () => {
    const claims = extractText("Ford said revenue slipped 2 percent to $38.9 billion from $39.9 billion a year earlier.", "2019-07-25").claims
    const revenue = claims.filter((c) => c.figure?.measure === "revenue")
    expect(revenue.map((c) => [c.value?.value, c.time?.start, c.figure?.aspect, c.figure?.period?.prior])).toEqual(
      expect.arrayContaining([
        [-2, undefined, "change_percent", undefined],
        [38.9e9, undefined, "level", undefined],
        [39.9e9, "2018", "level", true]
      ])
    )
    expect(revenue).toHaveLength(3)
  })

  it("reads a length only from a figure in units of length", () => {
    const claims = extractText("Aeroflot flew 300 passengers to Beijing in 2019.", "2020-01-10").claims
    expect(withPredicate(claims, "statistic.distance")).toEqual([])
  })

  it("reads company results: the new level and the change as two facts, the firm's not its country's", () => {
    const text =
      "Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m) for the three months to December, from $639m year-earlier."
    const { claims } = extractText(text, "2005-02-09")
    // the year-earlier profit it is set against is a figure of its own (GUIDE)
    expect(withPredicate(claims, "statistic.profit").map((c) => [c.subjects, c.value?.value, c.value?.unit])).toEqual([
      [["country:US", "org:time-warner"], 1.13e9, "USD"],
      [["country:US", "org:time-warner"], 639e6, "USD"]
    ])
    const figures = claims.filter((c) => c.figure?.measure === "net_income").map((c) => [c.value?.value, c.figure?.aspect, c.figure?.holder])
    expect(figures).toEqual(expect.arrayContaining([[76, "change_percent", "org:time-warner"], [1.13e9, "level", "org:time-warner"]]))
  })

  it("reads the economy's fall as negative growth, a firm unknown to the gazetteer by name", () => {
    const economy = extractText("Ukraine's economy could shrink by 45 percent this year.", "2022-04-10").claims
    expect(withPredicate(economy, "statistic.gdp_growth")[0]).toMatchObject({ subjects: ["country:UA"], value: { value: -45 }, time: { start: "2022" }, modality: "hedged" })
    const firm = extractText("Northbridge Group reported pre-tax profits of £2.5bn for 2010.", "2011-02-15").claims
    expect(withPredicate(firm, "statistic.pretax_profit")[0]).toMatchObject({ subjects: ["org:northbridge-group"], value: { value: 2.5e9, unit: "GBP" }, time: { start: "2010" }, figure: { measure: "pretax_income" } })
  })

  it("reads a firm before its ticker, never a piece of the ticker, and keeps the sentence wink breaks inside it whole", () => {
    const text = "Isuzu Motors Ltd <ISUM.T> forecast a\nparent company net loss of 15 billion yen in the year ending\nOctober 31, 1987.\n"
    const losses = withPredicate(extractText(text, "1987-06-19").claims, "statistic.loss")
    expect(losses.map((c) => [c.value?.value, c.figure?.holder, c.figure?.status])).toEqual([[-15e9, "org:isuzu-motors", "forecast"]])
    expect(losses[0]?.quote.startsWith("Isuzu Motors Ltd <ISUM.T> forecast")).toBe(true)
  })

  it("reads no statistic from an age, and no rate from a sum", () => {
    expect(extractText("Lord Scarman, who led the inquiry, has died aged 93.", "2005-01-15").claims).toEqual([])
    const { claims } = extractText("Britain saw 15% interest rates and £3bn in lost reserves in 1992.", "2005-01-15")
    expect(withPredicate(claims, "statistic.interest_rate").map((c) => c.value?.value)).toEqual([15])
  })

  it("reads no statistic from identifiers", () => {
    const text =
      "A Poseidon P-8A with the tail number 168998, known as PS026, approached the coast. A US Air Force RQ-4B with tail number 10-2043 made a long flight."
    expect(extractText(text, "2018-06-04").claims).toEqual([])
  })
  it("a toll's holder is the one place its sentence names; people of a nationality, a route's ends and several places name none", () => {
    const text =
      "Car bombs outside the ministries in Lima, Peru, and La Paz, Bolivia, on May 3 killed 41 people, including nine Britons. Of those killed, 30 died in Peru. Six fishermen drowned when their trawler sank on its way from Chile to Peru."
    const tolls = extractText(text, "1996-05-20").claims.filter((c) => c.figure?.measure === "casualties")
    expect(tolls.map((c) => [c.value?.value, c.figure?.holder])).toEqual([
      [41, undefined],
      [9, undefined],
      [30, "country:PE"]
    ])
  })

  it("a measured word that only qualifies another noun ('its main production arm') measures nothing; one restated by 'rate' still does", () => {
    const claims = extractText("The government last year sold Norsk Oil's main production arm to state-run Statgas for $4.1bn. Chile's inflation rate was 6.2 pct in 1998.", "1999-02-10").claims
    expect(claims.filter((c) => c.figure !== undefined).map((c) => [c.value?.value, c.figure?.measure])).not.toContainEqual([4.1e9, "production"])
    expect(withPredicate(claims, "statistic.inflation").map((c) => [c.value?.value, c.subjects])).toEqual([[6.2, ["country:CL"]]])
  })


  it("reads no measure in a word hyphened into a modifier ('slow-growth businesses', 'pre-tax income'), but a sized name's ('the 225-share index')", () => {
    const text = "The divestiture of $300 million of slow-growth, low-profit businesses was offset by $600 million in acquisitions."
    const figures = extractText(text, "1989-10-26").claims.filter((c) => c.figure !== undefined)
    expect(figures.map((c) => c.figure?.measure)).not.toContain("gnp")
    expect(figures.map((c) => c.figure?.measure)).not.toContain("net_income")
    const index = extractText("Today the 225-share average ended 462.43 points lower at 25,288.12.", "1987-06-19").claims
    expect(index.map((c) => [c.figure?.measure, c.value?.value])).toContainEqual(["index_level", 25288.12])
  })

  it("reads a posting's change 'effective today' as done, and its size after the price without 'by' as a change", () => {
    const text = "Marathon Petroleum Co said it reduced the contract price it will pay for all grades of crude oil one dlr a barrel, effective today."
    const [price] = extractText(text, "1987-02-26").claims.filter((c) => c.figure?.measure === "commodity_price")
    expect(price).toMatchObject({ modality: "reported", value: { value: -1 }, figure: { status: "actual", aspect: "change_amount", item: "crude oil" } })
    const raised = "Conoco Inc said it raised the contract price it will pay for all grades of crude oil 50 cts a barrel, effective yesterday."
    expect(extractText(raised, "1987-06-18").claims.find((c) => c.figure?.measure === "commodity_price")).toMatchObject({ value: { value: 0.5 }, figure: { aspect: "change_amount" } })
    // A clause the noun only names keeps its modal: "the impression it may be difficult to get even two per cent growth".
    const hedged = "Economists said they have the impression it may be difficult to get even two per cent growth in France this year."
    expect(extractText(hedged, "1987-02-26").claims.find((c) => c.figure?.measure === "gnp")?.modality).toBe("hedged")
  })

  it("reads no measure or status in a word that modifies a firm's noun or stands in a firm's name", () => {
    const airline = extractText("Shares in Australian budget airline Virgin Blue plunged 20% on Monday.", "2005-02-14").claims
    expect(airline.map((c) => [c.figure?.measure, c.figure?.status])).toEqual([["share_price", "actual"]])
    const earnings = extractText("Earnings at Barclays Capital investment bank rose 25% to £1.04bn in 2004.", "2005-02-14").claims
    expect(earnings.map((c) => c.figure?.measure)).not.toContain("investment")
    const name = extractText("Mutual Shares Corp, a New York investment firm, said it holds 4.9 pct of Cyclops Corp.", "1987-06-19").claims
    expect(name.map((c) => c.figure?.measure)).not.toContain("share_price")
  })

  it("reads a measure's words after 'investment in', 'tax on' or 'spending on' as what it is of, no measure of their own", () => {
    const fixed = extractText("China's investment in fixed assets rose 21.3% in 2004.", "2005-01-20").claims
    expect(fixed.map((c) => c.figure?.measure)).toEqual(["investment"])
    const tax = extractText("Belgium will cut the withholding tax on investment income to 20 pct from 25 pct.", "1986-10-02").claims
    expect(tax.map((c) => c.figure?.measure)).not.toContain("investment")
  })
})
