import { describe, expect, it } from "vitest"
import { cleanArticle } from "../../src/clean/clean-article.js"
import { extractArticle } from "../../src/extract-article.js"
import { extractText, extractUndated, matcher } from "../claim/extract-text.js"
import { decodeIsoDay } from "../../src/time/iso-day.js"

const figures = (text: string, published: string) =>
  extractText(text, published)
    .claims.filter((c) => c.figure !== undefined)
    .map((c) => ({ value: c.value?.value, unit: c.value?.unit, ...c.figure }))

/** The claims of a wire story with its headline. */
const headlined = (title: string, body: string, published: string) =>
  extractArticle(cleanArticle({ id: "wire", path: "wire", format: "text", metadata: { published: decodeIsoDay(published)!, title }, text: body, contentHash: "" }), { matcher }).claims

describe("prose figures read by their phrase", () => {
  it("reads a per-share figure after 'or' in a later clause as earnings per share, signed as the result it divides; cents of another currency are its hundredths", () => {
    const eps = (text: string) =>
      extractText(text, "1989-11-02").claims.filter((c) => c.figure?.measure === "eps").map((c) => [c.value?.value, c.value?.unit, c.figure?.period?.value])
    expect(eps("Widget Projects Inc. said net income jumped to $6.6 million, or 18 cents a share, in the third quarter.")).toEqual([[0.18, "USD", "1989-Q3"]])
    expect(eps("Widget Holding Corp. posted a third-quarter net loss of $2.3 million, or 68 cents a share.")).toEqual([[-0.68, "USD", "1989-Q3"]])
    expect(eps("Gadget Inc. reported third-quarter net income of C$2.7 million, or 20 Canadian cents a share.")).toEqual([[0.2, "CAD", "1989-Q3"]])
  })

  it("a per-share figure is earnings per share even when a result is named after it, and only the figure right before the per-share words (or the range it opens) is one", () => {
    const read = (text: string) => figures(text, "1989-11-02").map((f) => [f.value, f.measure])
    expect(read("Widget Holding Corp. posted a third-quarter net loss of $2.3 million, or 68 cents a share, versus net income of $5.3 million, or $1.61 a share, a year earlier.").sort()).toEqual([
      [-0.68, "eps"],
      [-2.3e6, "net_income"],
      [1.61, "eps"],
      [5.3e6, "net_income"]
    ])
    // An acquisition named in the sentence makes a per-share figure an offer's price, unless a result is what it divides.
    expect(read("Had the acquisition been in place, Widget Corp earned 14.1 mln dlrs or 10 cts per share in the quarter.").sort()).toEqual([
      [0.1, "eps"],
      [14.1e6, "net_income"]
    ])
    expect(read("Widget Corp expects third quarter earnings of 17 cents to 19 cents a share.").map(([, measure]) => measure)).toEqual(["eps", "eps"])
  })

  it("a name right before a company's measure words is whose they are, never a market named before it", () => {
    const found = figures("Separately, Widget posted a loss. In American Stock Exchange composite trading, Widget shares closed yesterday at $45.75, down 25 cents.", "1989-11-02")
    expect(found.map((f) => [f.value, f.measure, f.holder])).toEqual([
      [45.75, "share_price", "org:widget"],
      [-0.25, "share_price", "org:widget"]
    ])
  })

  it("a forecast level and its earlier value, each with its own period, the unit written once, the holder before the measure", () => {
    const found = figures("The OECD said Japan's current account surplus in 1987 will rise to 95 billion dlrs from 86 billion in 1986.", "1987-06-18")
    expect(found).toEqual([
      expect.objectContaining({ value: 95e9, unit: "USD", holder: "country:JP", measure: "current_account", period: { value: "1987", origin: "written", prior: false }, status: "forecast", aspect: "level" }),
      expect.objectContaining({ value: 86e9, unit: "USD", holder: "country:JP", measure: "current_account", period: { value: "1986", origin: "written", prior: true }, status: "actual", aspect: "level" })
    ])
    // The OECD said it: the source, never the holder.
    expect(found.every((f) => f.source?.entity === "org:oecd")).toBe(true)
  })

  it("a percentage of prices is their change, a fall negative; growth not said to be GDP's is GNP's", () => {
    const found = figures("West German consumer prices fell 0.5 pct in March. West German growth will slow to 1.5 pct this year.", "1987-06-18")
    expect(found).toEqual([
      expect.objectContaining({ value: -0.5, holder: "country:DE", measure: "consumer_prices", aspect: "change_percent", status: "actual", period: expect.objectContaining({ value: "1987-03" }) }),
      expect.objectContaining({ value: 1.5, holder: "country:DE", measure: "gnp", aspect: "change_percent", status: "forecast", period: expect.objectContaining({ value: "1987" }) })
    ])
  })

  it("a percentage of GDP or GNP is a ratio to output, the level of the measure it is said of, never the output's growth", () => {
    const read = (text: string) => figures(text, "1987-06-18").map((f) => [f.value, f.measure, f.aspect])
    expect(read("Belgium's current account surplus will remain large at about three pct of GDP this year.")).toEqual([[3, "current_account", "level"]])
    expect(read("Gross public debt in Ruritania is about 80% of gross domestic product this year.").map(([, measure]) => measure)).not.toContain("gdp")
    // "GDP growth" after the figure is its growth; a sentence's end is no ratio.
    expect(read("Pakistan expects 7% GDP growth this year.")).toEqual([[7, "gdp", "change_percent"]])
    expect(read("The official target for 1987 GNP growth is eight pct. GNP rose 15.6 pct in the first quarter.").map(([value, measure]) => [value, measure])).toEqual([
      [8, "gnp"],
      [15.6, "gnp"]
    ])
  })

  it("a bare growth is GDP's in a text that names GDP and never GNP, else GNP's", () => {
    const measures = (text: string) => figures(text, "1987-06-18").map((f) => [f.value, f.measure])
    expect(measures("Gross Domestic Product in Norway grew 2.5 pct last year. Danish growth will slow to 1.5 pct this year.")).toEqual([[2.5, "gdp"], [1.5, "gdp"]])
    expect(measures("Norway's GNP grew 2.5 pct last year, though its GDP grew less. Danish growth will slow to 1.5 pct this year.")).toContainEqual([1.5, "gnp"])
    expect(measures("Danish growth will slow to 1.5 pct this year.")).toEqual([[1.5, "gnp"]])
  })

  it("a status word inside another figure ('from an estimated two pct') is that figure's status alone", () => {
    const found = figures("The study forecast Danish inflation of 3.5 pct this year from an estimated four pct in 1986.", "1987-06-18")
    expect(found.map((f) => [f.value, f.status])).toEqual([[3.5, "forecast"], [4, "estimate"]])
  })

  it("a flow in tonnes or barrels is of the commodity its words name; with none named it is not read; a commodity names a money flow's item too", () => {
    const flows = (text: string) => figures(text, "1987-10-14").map((f) => [f.value, f.unit, f.measure, f.item, f.holder])
    expect(flows("Burmese rice exports rose to 52,000 tonnes in the week ended October 13, the ministry said.")).toEqual([[52e6, "kg", "exports", "rice", "country:MM"]])
    expect(flows("Norway's crude oil imports fell to 1.2 mln barrels per day in September.")).toEqual([[1.2e6, "bbl/d", "imports", "crude oil", "country:NO"]])
    expect(flows("Norway's exports fell to 3.2 mln tonnes in September.")).toEqual([])
    expect(flows("Peru's coffee exports totalled 1.2 billion dlrs in September.")).toEqual([[1.2e9, "USD", "exports", "coffee", "country:PE"]])
  })

  it("a capital after 'in' is where, never whose; a relative clause's figure is the name's it follows", () => {
    const holders = (text: string) => figures(text, "1987-06-29").map((f) => [f.value, f.holder])
    expect(holders("OPEC agreed this weekend in Vienna on an output ceiling of 16.6 mln barrels per day for the rest of 1987.")).toEqual([[16.6e6, "org:opec"]])
    expect(holders("Norway, which pumps around one mln bpd from its offshore fields, said it would keep its curbs if OPEC held to its accord.")).toEqual([[1e6, "country:NO"]])
  })

  it("a firm the text names closing at a sum of money is its share's price, and the change after it too; a currency or a commodity closing is not", () => {
    const read = (text: string) => figures(text, "1989-11-01").map((f) => [f.measure, f.value, f.aspect, f.period?.value])
    expect(read("In New York Stock Exchange composite trading, Ogden Projects closed yesterday at $26.875, down 75 cents.")).toEqual([
      ["share_price", 26.875, "level", "1989-10-31"],
      ["share_price", -0.75, "change_amount", "1989-10-31"]
    ])
    expect(read("Gold closed at $400 an ounce.").map(([measure]) => measure)).not.toContain("share_price")
    expect(read("The dollar closed at 1.80 marks.").map(([measure]) => measure)).not.toContain("share_price")
  })

  it("a firm wire copy brackets for want of a ticker is a name, the firm held or bought; a ticker in capitals is none", () => {
    const read = (text: string) => figures(text, "1987-06-18").map((f) => [f.measure, f.holder, f.counterpart])
    expect(read("Hollinger Inc owns 58 pct of <Daily Telegraph Plc>.")).toEqual([["stake", "org:hollinger", "org:daily-telegraph"]])
    expect(read("Hollinger Inc, which owns 58 pct of (Daily Telegraph Plc), said profits rose.")).toEqual([["stake", "org:hollinger", "org:daily-telegraph"]])
    expect(read("Isuzu Motors Ltd <ISUM.T> owns 40 pct of <Kawasaki Motors Ltd>.")).toEqual([["stake", "org:isuzu-motors", "org:kawasaki-motors"]])
  })

  it("debt of a firm named after it is that firm's, never the rating agency's that affirms it; a stake's firm after it is the firm held", () => {
    const read = (text: string) => figures(text, "1987-06-18").map((f) => [f.measure, f.holder, f.counterpart])
    expect(read("Moody's Investors Service Inc said it affirmed the ratings on 1.4 billion dlrs of debt of Marine Midland Banks Inc.")).toEqual([["debt", "org:marine-midland-banks", undefined]])
    expect(read("Fundamental Management Corp said it raised its stake in Robeson Industries Corp to 14.6 pct.")).toEqual([["stake", "org:fundamental-management", "org:robeson-industries"]])
  })

  it("the debt a rating covers is the rated firm's on the rating's day, whatever the rating may become; the agency holds none", () => {
    const claims = headlined("DUFF/PHELPS LOWERS WIDGET PAPER <WP> DEBT", "Duff and Phelps said it may lower its ratings on senior debt, affecting nearly 670 mln dlrs in debt securities.", "1987-06-19")
    expect(claims.filter((c) => c.figure?.measure === "debt").map((c) => [c.figure?.holder, c.figure?.period?.value, c.figure?.status])).toEqual([["org:widget-paper~wp", "1987-06-19", "actual"]])
  })

  it("an export credit or a loan for trade is credit, never exports or trade", () => {
    const measures = (text: string) => figures(text, "1987-06-29").map((f) => [f.value, f.measure])
    expect(measures("Pakistan said an export credit of 250 mln dlrs had been provided.")).toEqual([[250e6, "credit"]])
    expect(measures("The bank said a 34 mln dlr loan is to help Jamaica's sugar industry meet its export quota.").map(([, measure]) => measure)).not.toContain("exports")
  })

  it("a per-share sum in a clause about a price is a price paid or offered, never earnings per share", () => {
    const measures = (text: string) => figures(text, "1987-06-26").map((f) => [f.value, f.measure])
    expect(measures("WPP Group and JWT Group agreed to merge after WPP raised its cash price to 55.5 dlrs a share from 45.0 dlrs.")).toEqual([
      [55.5, "offer_price"],
      [45, "offer_price"]
    ])
    expect(measures("Widget Corp said it earned 1.20 dlrs a share in the quarter.")).toEqual([[1.2, "eps"]])
  })

  it("'trading' and 'traded' name a market's price, never a country's trade", () => {
    const measures = (text: string) => figures(text, "1987-06-29").map((f) => [f.value, f.measure])
    expect(measures("Federal funds were trading at 6-3/4 pct at the time of the injection.").map(([, measure]) => measure)).not.toContain("total_trade")
    expect(measures("Indonesia's most widely traded crude, Minas, was cut by 50 pct.").map(([, measure]) => measure)).not.toContain("total_trade")
    expect(measures("Indonesia's trade with Japan rose 12 pct in May.")).toContainEqual([12, "total_trade"])
  })

  it("a place hyphened to a firm's modifier ('London-based dealer') is where the firm is, never whose a figure is", () => {
    const found = figures("London-based dealer Gill and Duffus recently forecast 1986/87 Ivory Coast cocoa output at a record 590,000 tonnes.", "1987-06-29")
    expect(found.map((f) => [f.value, f.holder])).toEqual([[590e6, "country:CI"]])
  })

  it("'its' refers to the firm its clause names before it, else to the firm in focus", () => {
    const found = figures("Strong sales outside western Europe helped Zorbex boost its profits by more than 40% in 2004.", "2005-02-10")
    expect(found.map((f) => [f.value, f.measure, f.holder])).toEqual([[40, "net_income", "org:zorbex"]])
  })

  it("before the text makes a firm a sentence's subject, a company measure is the firm its ordinary-case headline names, when the body names it too", () => {
    const body = "Strong sales helped the carmaker lift results in 2004.\n\nFrance's second largest carmaker enjoyed a 43% rise in net profits in 2004, Zorbex said.\n"
    const holders = (title: string) => headlined(title, body, "2005-02-10").filter((c) => c.figure?.measure === "net_income").map((c) => c.figure?.holder)
    expect(holders("Zorbex boss hails 'great year'")).toEqual(["org:zorbex"])
    expect(holders("Profits surge at French carmakers")).toEqual([undefined])
  })

  it("a per-share figure in a clause with any form of an offer's verb is the price offered or paid", () => {
    const found = figures("CNW agreed to be acquired by a group of investors for $50 a share.", "1989-10-31")
    expect(found.map((f) => [f.value, f.measure])).toEqual([[50, "offer_price"]])
  })

  it("a count hyphened to a noun qualifies the next noun and counts nothing: 'a seven-seat version', 'the 24-nation bloc'", () => {
    expect(figures("BMW will launch a seven-seat version of its X5 next year.", "2005-02-10")).toEqual([])
    expect(figures("The GNP of the 24-nation bloc is forecast to grow by only 2.3 pct this year.", "1987-06-18").map((f) => f.value)).toEqual([2.3])
  })

  it("a budget's spending or a tax said to lie ahead is a plan, not a forecast; so is a cut of jobs said plainly to come, but not one that could come", () => {
    const statuses = (text: string) => figures(text, "1987-06-18").map((f) => [f.measure, f.status])
    expect(statuses("The government is bringing forward a five billion mark tax reform to January 1988.")).toEqual([["tax", "plan"]])
    expect(statuses("Zorbex said it would cut 1,000 jobs next year.")).toEqual([["employment", "plan"]])
    expect(statuses("Zorbex said 1,000 jobs could go next year.")).toEqual([["employment", "forecast"]])
    expect(statuses("Zorbex said it would create 1,000 jobs next year.")).toEqual([["employment", "forecast"]])
  })

  it("a payout is a dividend only paid on shares or to shareholders, never a settlement or a bonus", () => {
    const read = (text: string) => figures(text, "2005-01-31").map((f) => f.measure)
    expect(read("Widget Corp blamed an $850m payout to settle a price-rigging lawsuit in 2004.")).not.toContain("dividend")
    expect(read("Widget Corp declared a special payout of two cts a share in 2004.")).toContain("dividend")
  })

  it("a figure of the global or world economy is held by no country, unless one is named right after it ('four pct for Japan')", () => {
    const holders = (text: string) => extractText(text, "2004-11-01").claims.filter((c) => c.figure !== undefined).map((c) => [c.value?.value, c.figure?.holder])
    const read = holders("France's economy grew 3% in 2003. Global gross domestic product is tipped to be 4.1% this year.")
    expect(read).toContainEqual([3, "country:FR"])
    expect(read).toContainEqual([4.1, undefined])
    expect(holders("The study put real growth at three pct for the world economy and four pct for Japan by 2000.")).toContainEqual([4, "country:JP"])
  })

  it("a word of change after a figure that goes on to a figure of its own is not the first figure's; 'tipped' to be is a forecast", () => {
    const read = (text: string) => figures(text, "2004-11-01").map((f) => [f.value, f.status])
    expect(read("Widgetland's GDP is tipped to be 4.1% this year, dipping to 4% in 2005.")).toEqual([
      [4.1, "forecast"],
      [4, "forecast"]
    ])
    expect(read("Widgetland's GDP growth slowed to 4.1% in 2003.").map(([value]) => value)).toEqual([4.1])
  })

  it("sales counted in units are a volume sold, never revenue", () => {
    expect(figures("By 2010, Zorbex expects to nearly double sales to 400,000 cars.", "2005-02-10").map((f) => [f.value, f.measure])).toEqual([[400000, "sales_volume"]])
  })

  it("a country after 'in' right after a firm's measure words is its market, never the holder; an economy's own measure keeps it", () => {
    expect(figures("The firm expects its sales in India to grow 16% in 2005.", "2005-02-10").map((f) => f.holder)).toEqual([undefined])
    expect(figures("Inflation in Britain rose to 3% in January.", "2005-02-10").map((f) => f.holder)).toEqual(["country:GB"])
  })

  it("a gain or charge is an amount, never a percentage: 'a 6.02 pct gain' of a currency is no extraordinary item", () => {
    const measures = (text: string) => figures(text, "1987-06-18").map((f) => f.measure)
    expect(measures("Korea quoted the won unchanged at 812.05 against the dollar, a 6.02 pct gain so far this year.")).not.toContain("extraordinary_item")
    expect(measures("Zorbex took a charge of 16.7 mln dlrs in the second quarter.")).toEqual(["extraordinary_item"])
  })

  it("a currency is never a holder: 'U.S. dlrs' names no party", () => {
    const found = figures("Taiwan's trade surplus rose to a record 7.32 billion U.S. Dlrs in the first five months of this year.", "1987-06-16")
    expect(found.map((f) => f.holder)).not.toContain("country:US")
  })

  it("an economy's figure whose sentence names no economy is the headline's one economy's; a headline naming two gives none", () => {
    const body = "The bank's quarterly report said consumer prices would rise by 4.5 pct this year.\n"
    const holders = (title: string) =>
      headlined(title, body, "1987-06-19")
        .filter((c) => c.figure?.measure === "consumer_prices")
        .map((c) => [c.value?.value, c.figure?.holder, c.figure?.holderText])
    expect(holders("NORWAY SEES SLOWER GROWTH")).toEqual([[4.5, "country:NO", "NORWAY"]])
    expect(holders("DANISH INFLATION TO EASE")).toEqual([[4.5, "country:DK", "DANISH"]])
    expect(holders("U.S. URGES JAPAN TO CUT RATES")).toEqual([[4.5, undefined, undefined]])
  })

  it("a bloc holds its own economy's figures, also named after the figure; one named in passing under a headline's economy is no new subject", () => {
    const holders = (title: string, body: string) =>
      headlined(title, body, "2005-01-20").filter((c) => c.figure?.aspect === "change_percent").map((c) => [c.value?.value, c.figure?.holder])
    expect(holders("Euro zone prices rise", "Inflation in the euro zone rose to 2.2% in December, the ECB said.")).toEqual([[2.2, "org:eurozone"]])
    // a country the sentence before names is no guess for where the figure's economy is: the text says after it
    const across = "Growth could be threatened by the United States' current account deficit. The agency is forecasting growth of 2.2% across the European Union in 2005."
    expect(holders("Growth report", across)).toEqual([[2.2, "org:eu"]])
    const framed = "The country has been one of the eurozone's worst economic performers in recent years. Growth was 1.1% in 2004, up from 0.3% in 2003."
    expect(holders("Italy to get economic action plan", framed)).toEqual([[1.1, "country:IT"], [0.3, "country:IT"]])
  })

  it("a per-share restatement of an earlier value restated in brackets is the year-ago figure, even when the sum is written in a way not read", () => {
    const text =
      "Widget International PLC said that net income for the six months ended Oct. 1 slipped 5% to #89.7 million ($141.9 million), or 16 pence a share, from #94.8 million ($149.9 million), or 17.3 pence a share."
    expect(figures(text, "1989-11-02").filter((f) => f.measure === "eps").map((f) => [f.value, f.period?.value])).toEqual([
      [0.16, "1989-04/1989-09"],
      [0.173, "1988-04/1988-09"]
    ])
  })

  it("a commodity's price names its item by the nouns before 'price', not a word of the price's kind; 'contract' there is no fall", () => {
    const items = (text: string) => figures(text, "1987-06-18").filter((f) => f.measure === "commodity_price").map((f) => [f.value, f.item])
    expect(items("Widget Copper Co said it is cutting its copper cathode price by 0.75 cent to 66 cents a lb.")).toEqual([
      [-0.0075, "copper cathode"],
      [0.66, "copper cathode"]
    ])
    expect(items("Widget Petroleum Corp said it raised the contract price by 50 cts a barrel.")).toEqual([[0.5, undefined]])
    expect(items("Widget said today's closing price of 1,290 yen was a record.").map(([, item]) => item)).not.toContain("closing")
    // what is priced may be named after the price's words, before its figure
    expect(items("Widget Oil Corp said it raised the contract price it will pay for all grades of crude oil by 50 cts a barrel.")).toEqual([[0.5, "crude oil"]])
    expect(items("The price of gold rose to 450 dlrs an ounce.")).toEqual([[450, "gold"]])
  })

  it("a country after 'with' is the other side, never the holder; of the economies the sentence before names, the headline's holds the figures after it", () => {
    const body =
      "The reserves, the largest after Japan's, draw attention to Singapore's trade surplus with the U.S.\n    " +
      "The surplus rose 21 pct to 3.1 billion dlrs in the first five months of this year and about 80 pct of it was with the United States.\n"
    const surplus = headlined("SINGAPORE EASES CAPITAL CONTROLS", body, "1987-06-16").filter((c) => c.figure?.measure === "trade_balance" && c.value?.value === 21)
    expect(surplus.map((c) => c.figure?.holder)).toEqual(["country:SG"])
  })

  it("a per-share figure in a clause about an offer is the offer's price", () => {
    const found = figures("Great Atlantic and Pacific Tea Co withdrew its offer to acquire Delchamps Inc for 27 dlrs a share on Monday.", "1987-10-19")
    expect(found.map((f) => [f.value, f.measure])).toContainEqual([27, "offer_price"])
  })

  it("a one-word firm a headline names with capitals inside holds what no other firm does", () => {
    const claims = headlined("WidgetZeneca hit by drug failure", "Shares in Anglo-Swedish drug have closed down 8% in UK trade.\n\nWidgetZeneca had hoped to sell more.", "2005-01-10")
    expect(claims.filter((c) => c.figure !== undefined).map((c) => [c.value?.value, c.figure?.holder])).toEqual([[-8, "org:widgetzeneca"]])
  })

  it("a market's reading with no date of its own, right after one dated to a day, is of that day", () => {
    const found = figures(
      "Gadget Inc. shares fell 50 cents on Friday to close at $20 in New York Stock Exchange composite trading. Widget Corp. shares also fell 50 cents to close at $36.125 in Big Board composite trading.",
      "1989-10-30"
    )
    expect(found.filter((f) => f.holder === "org:widget").map((f) => [f.value, f.period?.value])).toEqual([
      [-0.5, "1989-10-27"],
      [36.125, "1989-10-27"]
    ])
  })

  it("the firm an offer is for, or whose purchase is told in the passive, is the offer's counterpart and never its holder", () => {
    const offers = (text: string) => figures(text, "1989-10-30").map((f) => [f.value, f.measure, f.holder, f.counterpart])
    expect(offers("Widget Corp. extended its tender offer of $18 a share, or about $576 million, for the 33% of Gadget Inc. that it doesn't already own.")).toEqual([
      [18, "offer_price", "org:widget", "org:gadget"],
      [576e6, "deal_value", "org:widget", "org:gadget"]
    ])
    expect(offers("Gadget Corp. agreed to be acquired by Widget Holdings Inc. for $50 a share.")).toEqual([[50, "offer_price", "org:widget-holdings", "org:gadget"]])
    expect(offers("Widget Corp. raised its takeover bid for Gadget Inc shares to 7.25 dlrs a share.")).toEqual([[7.25, "offer_price", "org:widget", "org:gadget"]])
    // A percentage by an offer is the part of the firm it is for, never the deal's worth; "tender offer" is no tender of goods.
    expect(offers("Widget Banking Corp said it would finance its tender offer for a 22 pct stake in Gadget Stores Plc.")).toEqual([[22, "stake", "org:widget-banking", "org:gadget-stores"]])
    expect(offers("Widget Corp made a tender offer for up to 4,100,000 of its own shares.")).toEqual([])
    // The date an offer runs until is its deadline, not its period: it is stated on the article's day.
    expect(figures("Widget Corp. extended its tender offer of $18 a share for Gadget Inc. until 5 p.m. EST, Nov. 6.", "1989-10-30").map((f) => f.period?.value)).toEqual(["1989-10-30"])
    // An offer for goods names no firm bought.
    expect(offers("Widget Corp. accepted offers for 25,000 tonnes of wheat at 2.01 mln dlrs.").map(([, , , counterpart]) => counterpart)).toEqual([undefined])
    // A price per tonne is no deal's sum at all.
    expect(offers("Widget Corp. accepted offers for 25,000 tonnes of wheat at 80.49 dlrs per tonne.")).toEqual([])
  })

  it("a firm the gazetteer does not know, made a sentence's subject, holds the bare figures after it; a comparison date ('a year ago') frames no later sentence", () => {
    const found = figures(
      "Halvorsen Mills Inc. said net income rose to $8.2 million in the third quarter.\n\nThe Dayton, Ohio, company had net of $2.5 million a year ago. Revenue climbed to $140.3 million from $97.6 million.",
      "1989-11-01"
    )
    const revenue = found.filter((f) => f.measure === "revenue")
    expect(revenue.map((f) => f.value)).toEqual([140.3e6, 97.6e6])
    // "The Dayton, Ohio, company" refers back: Halvorsen Mills stays the firm in focus.
    expect(found.map((f) => f.holder)).toEqual(["org:halvorsen-mills", "org:halvorsen-mills", "org:halvorsen-mills", "org:halvorsen-mills"])
    // The revenue sentence writes no date; "a year ago" dates only the net before it.
    expect(revenue.map((f) => f.period?.value)).not.toContain("1988")
  })

  it("a period that modifies what was reported is no date of saying: 'reported third-quarter net income'", () => {
    const found = figures(
      "Meanwhile, Halvorsen Group, which also makes paper, reported third-quarter net income of $31.4 million, up from $14.9 million a year earlier.",
      "1989-11-01"
    )
    expect(found[0]).toEqual(expect.objectContaining({ value: 31.4e6, measure: "net_income", holder: "org:halvorsen-group", period: expect.objectContaining({ value: "1989-Q3" }) }))
  })

  it("an economy's measure is never held by the firm in focus", () => {
    const found = figures("Banco Andino said deposits grew. The annual inflation rate of 33.2 pct was the highest in years.", "1987-10-19")
    expect(found.filter((f) => f.measure === "consumer_prices").map((f) => f.holder)).toEqual([undefined])
  })

  it("GDP growth that slows to a rate lands at it; growth that shrinks by a rate falls by it", () => {
    const found = figures("In the Netherlands real GDP growth will also slip to 1.5 pct this year. Greek GDP could shrink by 4.5 pct this year.", "1987-06-18")
    expect(found.filter((f) => f.measure === "gdp").map((f) => [f.holder, f.value])).toEqual([
      ["country:NL", 1.5],
      ["country:GR", -4.5]
    ])
  })

  it("'its' and 'the firm's' before a company measure refer back to the firm in focus, not to a firm named later in the clause", () => {
    const found = figures(
      "Ask Jeeves has become the third search firm to report a revival.\n\nThe firm's revenue nearly tripled to $86m in the fourth quarter of 2004. Its $17m profit for the quarter was dwarfed by the $204m announced by rival Google.",
      "2005-02-02"
    )
    expect(found.map((f) => [f.value, f.holder])).toEqual([
      [86e6, "org:jeeves"],
      [17e6, "org:jeeves"],
      [204e6, "org:google"]
    ])
  })

  it("a price change right after its verb is the change's amount, a fall negative; a per-share figure the shares closed at is their price", () => {
    const found = figures("In national over-the-counter trading yesterday, Halvorsen shares rose 50 cents to close at $13 a share. Bexley shares closed at $26.875, down 75 cents.", "1989-10-27")
    expect(found.map((f) => [f.value, f.measure, f.aspect])).toEqual([
      [0.5, "share_price", "change_amount"],
      [13, "share_price", "level"],
      [26.875, "share_price", "level"],
      [-0.75, "share_price", "change_amount"]
    ])
  })

  it("a firm's stock that traded or moved is its share price; its stock sold, a stock exchange and crude stocks are not; a date after a price is no thing it prices", () => {
    const read = (text: string) => figures(text, "1987-06-26").map((f) => [f.value, f.measure, f.aspect, f.period?.value])
    expect(read("Gadget Inc's stock closed at 430 marks today, up 11 pct.")).toEqual([
      [430, "share_price", "level", "1987-06-26"],
      [11, "share_price", "change_percent", "1987-06-26"]
    ])
    expect(read("Gadget Inc said it sold 2.5 mln dlrs of common stock to Widget Corp.").map(([, measure]) => measure)).not.toContain("share_price")
    expect(read("The Pacific Stock Exchange said 117 issues closed higher.").map(([, measure]) => measure)).not.toContain("share_price")
    expect(read("U.S. crude stocks rose by 3.5 mln barrels in the week.").map(([, measure]) => measure)).toEqual(["stocks"])
  })

  it("a figure right before 'higher' or 'lower' is a change, 'lower' a fall: 'shares were 28 pence lower', 'stood 32% lower than a year ago'", () => {
    const read = (text: string) => figures(text, "1987-06-26").map((f) => [f.value, f.measure, f.aspect])
    expect(read("Widget Corp's shares were 28 pence lower in London today.")).toEqual([[-0.28, "share_price", "change_amount"]])
    expect(read("Widget Corp shares closed 50 cents higher at 12 dlrs today.")).toEqual([
      [0.5, "share_price", "change_amount"],
      [12, "share_price", "level"]
    ])
    expect(read("West German producer prices stood 2.9 pct lower in May than a year earlier.")).toEqual([[-2.9, "producer_prices", "change_percent"]])
  })

  it("people counted in a place after 'in' are that place's; a firm's sales in a country stay the firm's", () => {
    const holders = (text: string) => figures(text, "1987-06-26").map((f) => [f.value, f.holder])
    expect(holders("Approximately 50,000 people in Canada have been diagnosed with the disease.")).toEqual([[50000, "country:CA"]])
    expect(holders("Widget Corp said its sales in Canada rose 5 pct in May.")).toEqual([[5, "org:widget"]])
  })

  it("a verb of buying or selling with what changes hands and 'for' a sum is a deal's worth, the buyer its holder and a seller the other party; a retail price is none", () => {
    const deals = (text: string) =>
      extractText(text, "1989-10-30").claims.filter((c) => c.figure?.measure === "deal_value").map((c) => [c.value?.value, c.figure?.holder, c.figure?.counterpart])
    expect(deals("Widget Corp has sold its insurance arm to Gadget Inc for $11.5bn.")).toEqual([[11.5e9, "org:gadget", "org:widget"]])
    expect(deals("Widget Corp is to buy rival Gadget Inc for $11bn.")).toEqual([[11e9, "org:widget", "org:gadget"]])
    expect(deals("For others, the program sells for 79.95 dlrs, Widget Corp said.")).toEqual([])
    // Shares sold change the seller's holding; what they cost is the deal's worth, the seller's (no buyer named).
    const shares = figures("Widget Corp said it sold 110,000 Gadget common shares for 10.0 mln dlrs.", "1989-10-30").map((f) => [f.value, f.measure, f.holder])
    expect(shares).toEqual([
      [10e6, "deal_value", "org:widget"],
      [-110000, "stake", "org:widget"]
    ])
  })

  it("a body a figure is cited from ('according to …') is its source, never its holder; one that says it of itself still holds it", () => {
    const holders = (text: string) => figures(text, "2005-01-08").map((f) => [f.value, f.holder])
    expect(holders("According to Labor Department figures, 157,000 new jobs were added in the US last month.")).toEqual([[157000, "country:US"]])
    expect(holders("Widget Corp said its net income rose to 5 mln dlrs in 2004.")).toEqual([[5e6, "org:widget"]])
  })

  it("a share's price in wire fractions is in the article's one currency; the exchange it trades on holds none of it", () => {
    const read = (text: string) => figures(text, "1987-06-18").filter((f) => f.measure === "share_price").map((f) => [f.value, f.unit, f.holder, f.aspect])
    expect(read("Widget Corp said it earned 5 mln dlrs. Widget's stock fell 2-1/8 to 4-5/8 on the American Stock Exchange.")).toEqual([
      [-2.125, "USD", "org:widget", "change_amount"],
      [4.625, "USD", "org:widget", "level"]
    ])
    // "off" right before a market reading's size is its fall.
    expect(read("Widget Corp said it earned 5 mln dlrs. Widget's stock closed at 27-1/2 today, off 2-1/2.")).toEqual([
      [27.5, "USD", "org:widget", "level"],
      [-2.5, "USD", "org:widget", "change_amount"]
    ])
    // Sums in two currencies name no one currency: the bare price stays unread as a sum.
    expect(read("Widget Corp said it earned 5 mln dlrs and 3 mln stg. Widget's stock fell 2-1/8 to 4-5/8.")).toEqual([])
  })

  it("a present-tense state with no date of its own holds on the article's day; a past one stays undated", () => {
    const found = figures("Halvorsen Mills Inc. declared its first dividend. The maker of specialty paper has about 5.9 million shares outstanding.", "1989-10-27")
    expect(found.find((f) => f.measure === "shares_outstanding")?.period).toEqual({ value: "1989-10-27", origin: "document_date", prior: false })
    const past = figures("Halvorsen Mills Inc. declared its first dividend. The maker of specialty paper had about 5.9 million shares outstanding.", "1989-10-27")
    expect(past.find((f) => f.measure === "shares_outstanding")?.period).toBeUndefined()
  })

  it("jobs created, threatened or cut are a change of employment, a loss negative", () => {
    const found = figures("The ministry where 2,000 jobs are threatened said it would recruit elsewhere. Halvorsen Group plans to create more than 10,000 jobs in 2005.", "2005-01-15")
    expect(found.filter((f) => f.measure === "employment").map((f) => [f.value, f.aspect])).toEqual([
      [-2000, "change_amount"],
      [10000, "change_amount"]
    ])
    // "will go": lost
    expect(figures("About 1,100 jobs will go in investment banking next year.", "2005-01-15").map((f) => [f.value, f.aspect])).toEqual([[-1100, "change_amount"]])
  })

  it("a percentage of a whole is a share, a level: 'imports about 70% of its oil'", () => {
    const found = figures("India imports about 70% of its total oil consumption.", "2005-01-15")
    expect(found).toEqual([expect.objectContaining({ value: 70, measure: "imports", holder: "country:IN", aspect: "level" })])
  })

  it("a stake, an offer or a quota with no date of its own holds on the article's day, when that day is known", () => {
    const periods = (text: string, published: string) => figures(text, published).map((f) => [f.value, f.measure, f.period?.value])
    expect(periods("Widget Printers Inc agreed to sell its 38 pct interest in Gadget Corp.", "1987-06-29")).toEqual([[38, "stake", "1987-06-29"]])
    expect(periods("Argentina's quota of frozen beef will be raised to 53,000 tonnes.", "1987-10-20")).toEqual([[53e6, "quota", "1987-10-20"]])
    // With no date known, the article's day is no period.
    expect(periods("Widget Printers Inc agreed to sell its 38 pct interest in Gadget Corp.", "")).toEqual([[38, "stake", undefined]])
  })

  it("a stake counted in shares counts shares, and the firm after 'stake in' before the figure is the one it is in", () => {
    const found = figures("Widget Management Corp said it raised its stake in Gadget Industries Corp to 238,000 shares.", "1987-02-26")
    expect(found.map((f) => [f.value, f.measure, f.item, f.holder, f.counterpart])).toEqual([[238000, "stake", "shares", "org:widget-management", "org:gadget-industries"]])
  })

  it("a percentage after 'or' restates the holding right before it, and only that one: an earlier holding not read stays unread", () => {
    const stakes = (text: string) => figures(text, "1987-06-19").map((f) => [f.value, f.unit, f.measure, f.counterpart, f.period?.value])
    expect(stakes("Widget Corp said it raised its stake in Gadget Inc to 238,000 shares, or 9.1 pct of the total outstanding.")).toEqual([
      [238000, "item", "stake", "org:gadget", "1987-06-19"],
      [9.1, "percent", "stake", "org:gadget", "1987-06-19"]
    ])
    const cut = stakes("Widget Corp said it cut its Gadget stake to 157,500 shares, or 3.8 pct of the total, from 246,500 shares, or 5.9 pct.")
    expect(cut.map(([value]) => value)).not.toContain(5.9)
  })

  it("a verb of owning names the percentage right after it a holding of its subject, of a market a market share; never another figure, nor a participle", () => {
    const owned = (text: string) => figures(text, "1987-06-19").map((f) => [f.value, f.measure, f.holder, f.counterpart])
    expect(owned("Widget Corp owns 56 pct of Gadget Oil Ltd.")).toEqual([[56, "stake", "org:widget", "org:gadget-oil"]])
    expect(owned("Widget Holdings Ltd, which controls 51% of Gadget, said it would appeal.")).toEqual([[51, "stake", "org:widget-holdings", "org:gadget"]])
    expect(owned("The carmaker Gadget - in which Widget owns a 44% stake - lost sales.").filter(([, measure]) => measure === "stake")).toEqual([[44, "stake", "org:widget", undefined]])
    expect(owned("Widget Airways controls 45% of the domestic airline market.")).toEqual([[45, "market_share", "org:widget-airways", undefined]])
    expect(owned("Widget Corp owns 920 stores.")).toEqual([])
    expect(owned("Sales of previously owned homes dropped 14.5 pct in January.").map(([, measure]) => measure)).not.toContain("stake")
    expect(owned("Shares in Widget Corp, which owns 46% of Gadget - had dropped 31%.").filter(([value]) => value === 31).map(([, measure]) => measure)).not.toContain("stake")
  })

  it("a change restated as a percentage after 'or', and the level after 'to' or 'at', are the same figure's, changed the same way; no other figure is", () => {
    const read = (text: string) => figures(text, "2005-02-10").map((f) => [f.value, f.aspect, f.holder, f.period?.value])
    expect(read("Shares in Widget Corp closed down 247p, or 18%, at 1115 pence on Monday.")).toEqual([
      [-2.47, "change_amount", "org:widget", "2005-02-07"],
      [-18, "change_percent", "org:widget", "2005-02-07"],
      [11.15, "level", "org:widget", "2005-02-07"]
    ])
    expect(read("Widget Corp shares were up 8 pence, or 1.3%, to 605 pence on Monday.").map(([value, aspect]) => [value, aspect])).toEqual([
      [0.08, "change_amount"],
      [1.3, "change_percent"],
      [6.05, "level"]
    ])
    // A percentage after "or" that no change comes before restates nothing here.
    expect(read("Widget Corp said its shares were worth 605 pence, or 1.3% of its value, on Monday.").map(([, aspect]) => aspect)).not.toContain("change_percent")
  })

  it("sales counted in units are a volume sold, and so is their change when its level is a count; a hyphened nationality before a firm holds nothing", () => {
    const read = (text: string) => figures(text, "2005-01-10").map((f) => [f.value, f.measure, f.aspect])
    expect(read("Widget Motors said sales totalled 3.9 million units worldwide during 2004.")).toEqual([[3900000, "sales_volume", "level"]])
    expect(read("Widget Motors said its sales rose 3.5% to 2.7 million in 2004.")).toEqual([
      [3.5, "sales_volume", "change_percent"],
      [2700000, "sales_volume", "level"]
    ])
    expect(read("Widget Motors said its sales rose 3.5% to 2.7 billion euros in 2004.").map(([, measure]) => measure)).toEqual(["revenue", "revenue"])
    const holders = figures("US-German carmaker Widgetmobil has sold 2.1% more cars in 2004 than in the previous year.", "2005-01-10").map((f) => f.holder)
    expect(holders).toEqual(["org:widgetmobil"])
  })

  it("a country holds a deal, an offer or a stake only as the sentence's first name or by its possessive, never as a place a clause names", () => {
    const holders = (text: string) => figures(text, "1987-06-29").filter((f) => f.measure === "stake" || f.measure === "deal_value").map((f) => f.holder)
    expect(holders("Widget Corp said it acquired a 50 pct interest in Gadget Ltd of Japan.")).toEqual(["org:widget"])
    expect(holders("Egypt for the third time submitted a bid of 89 mln dlrs in its tender.")).toEqual(["country:EG"])
    expect(holders("The analysts said Algeria's bid of 94 mln dlrs was accepted.")).toEqual(["country:DZ"])
    expect(holders("Public holders of Gadget Ltd of Canada would be offered the option to receive 31 dlrs.")).toEqual([undefined])
  })

  it("a measure word that modifies a noun for people or a part of an organisation names no figure ('sales department', 'prime minister')", () => {
    const read = (text: string) => figures(text, "2005-01-20").map((f) => f.measure)
    expect(read("Another 1,700 will go from its sales department and 2,600 across legal and advertising.")).not.toContain("sales_volume")
    expect(read("The party of the prime minister fell 15% in the polls.")).not.toContain("interest_rate")
    expect(read("Widget Corp said its sales rose 15% in 2004.")).toContain("revenue")
  })

  it("a verb of raising changes its figure by the figure after 'by', never by a sum it raised", () => {
    const read = (text: string) => figures(text, "2005-01-20").map((f) => [f.value, f.measure, f.aspect])
    expect(read("Widgetland raised interest rates by 0.27 percentage points to 5.8% in October 2004.")).toEqual([
      [0.27, "interest_rate", "change_amount"],
      [5.8, "interest_rate", "level"]
    ])
    expect(read("Widget Petroleum Corp said it raised its posted prices for crude oil by 50 cts a barrel.").map(([, , aspect]) => aspect)).toEqual(["change_amount"])
    expect(read("Widget Airways said it raised $1bn from its flotation in 2004.").map(([, , aspect]) => aspect)).not.toContain("change_amount")
  })

  it("a verb of buying names the part of a firm it takes a holding of its subject, in the firm past its shares or unit; never a part of supplies, nor a volume bought", () => {
    const bought = (text: string) => figures(text, "1987-06-19").map((f) => [f.value, f.measure, f.holder, f.counterpart])
    expect(bought("Widget Corp said it bought about 80 pct of the common stock of Gadget Corp.")).toEqual([[80, "stake", "org:widget", "org:gadget"]])
    expect(bought("Widget Corp said it purchased 93% of a unit of Gadget Group Inc.")).toEqual([[93, "stake", "org:widget", "org:gadget-group"]])
    expect(bought("Widget Bank has bought 49% of Gadget Bank.")).toEqual([[49, "stake", "org:widget-bank", "org:gadget-bank"]])
    expect(bought("Widget Gas Corp purchased 36 pct of its supplies from Gadget Corp in 1986.").map(([, measure]) => measure)).not.toContain("stake")
    expect(bought("Widget Corp bought 21 pct of the stock in 1983.").map(([, measure]) => measure)).not.toContain("sales_volume")
  })

  it("a figure that is the subject of a present 'is affected', 'are outstanding' holds on the article's day; one expected to be so has no day", () => {
    const periods = (text: string) => figures(text, "1987-06-29").map((f) => [f.value, f.period?.value])
    expect(periods("About 400 mln dlrs of Widget Corp debt is affected.")).toEqual([[400e6, "1987-06-29"]])
    expect(periods("About 400 mln dlrs of Widget Corp debt is expected to be affected.")).toEqual([[400e6, undefined]])
  })

  it("a verb of holding names a holding of its subject only in a firm or its stock; shareholders the text does not name hold it for no firm", () => {
    const held = (text: string) => figures(text, "1987-06-29").map((f) => [f.value, f.measure, f.holder, f.counterpart])
    expect(held("Widget Corp holds 55.2 pct of Gadget Corp.")).toEqual([[55.2, "stake", "org:widget", "org:gadget"]])
    expect(held("Widget Corp said it holds 48 pct in Gadget Corp.")).toEqual([[48, "stake", "org:widget", "org:gadget"]])
    expect(held("The Widget party held 40 pct of the seats.").map(([, measure]) => measure)).not.toContain("stake")
    // "existing shareholders will hold about 15 pct": no firm in focus holds it.
    const shareholders = figures("Widget Corp said existing shareholders will hold about 15 pct of the company's shares.", "1987-06-18")
    expect(shareholders.filter((f) => f.measure === "stake").map((f) => [f.value, f.holder])).toEqual([[15, undefined]])
  })

  it("a named share index's figures are in points and, with no date of their own, the article's day's, never a period of the sentence before", () => {
    const text = "Output shrank for three quarters from April 1987 on. The Nikkei 225 index ended the day up 0.7% at 11,740.60 points."
    const read = (published: string) => figures(text, published).filter((f) => f.measure === "index_level").map((f) => [f.value, f.unit, f.period?.value])
    expect(read("1988-03-01")).toEqual([[0.7, "percent", "1988-03-01"], [11740.6, "points", "1988-03-01"]])
    expect(read("")).toEqual([[0.7, "percent", undefined], [11740.6, "points", undefined]])
    // A country's index of output is a month's: it keeps the period its text gives.
    expect(figures("Italy's industrial production index registered 174.2 in April.", "1987-06-15").map((f) => [f.value, f.unit, f.period?.value])).toEqual([[174.2, "points", "1987-04"]])
  })

  it("an earlier value with no measure words of its own, in the figure's clause, is the figure before's earlier value, in its unit, when of its kind and size", () => {
    const read = (text: string) => figures(text, "1987-10-15").map((f) => [f.value, f.unit, f.measure, f.period?.value, f.period?.prior === true])
    expect(read("Widgetland's trade surplus widened to 8.1 bln dlrs in May, up from 6.2 bln a year ago.")).toEqual([
      [8.1e9, "USD", "trade_balance", "1987-05", false],
      [6.2e9, "USD", "trade_balance", "1986-05", true]
    ])
    // A total set against a per-share figure is no earlier value of it.
    const perShare = read("Widget Corp earned 2.77 dlrs per share, compared with 77.4 mln dlrs a year earlier.")
    expect(perShare.filter(([, , measure]) => measure === "eps").map(([value]) => value)).toEqual([2.77])
  })

  it("the firm a verb of buying takes is an offer's or a deal's counterpart, never its holder; a sum after 'or' after an offer's price is the deal's value", () => {
    const read = (text: string) => figures(text, "1987-10-15").map((f) => [f.value, f.measure, f.holder, f.counterpart, f.period?.value])
    expect(read("Widget Corp said it agreed to buy Gadget Inc for 15 dlrs a share, or about 175 mln dlrs.")).toEqual([
      [15, "offer_price", "org:widget", "org:gadget", "1987-10-15"],
      [175e6, "deal_value", "org:widget", "org:gadget", "1987-10-15"]
    ])
    expect(read("Widget Corp made an offer to acquire Gadget Inc for 27 dlrs a share.")).toEqual([[27, "offer_price", "org:widget", "org:gadget", "1987-10-15"]])
  })

  it("an earlier value takes a date of its own, never one before it; a firm's result's earlier value with none is the year-ago period's, inherited", () => {
    const read = (text: string, published = "1987-06-16") =>
      figures(text, published).map((f) => [f.value, f.period?.value, f.period?.prior === true, f.period?.origin])
    expect(read("Japan's industrial output index rose to 120.5 in May from 118.2.")).toContainEqual([118.2, undefined, false, undefined])
    expect(read("Widget Corp said third-quarter revenue rose to 378.1 mln dlrs from 283.8 mln.", "1987-10-20")).toEqual([
      [378.1e6, "1987-Q3", false, "written"],
      [283.8e6, "1986-Q3", true, "inherited"]
    ])
    expect(read("Widget Corp said net income rose to 19.4 mln dlrs from 10.6 mln dlrs in 1986.", "1987-10-20").filter(([value]) => value === 10.6e6)).toEqual([
      [10.6e6, "1986", true, "written"]
    ])
    // A date past the later value is the change's, not the earlier value's.
    expect(read("Widgetland's imports rose from 888 mln dlrs to 1.8 billion last year.").filter(([value]) => value === 888e6)).toEqual([[888e6, undefined, false, undefined]])
  })

  it("a flow's commodity may be what its amount is of: 'exported 72,987 tonnes of rice'", () => {
    const read = (text: string) => figures(text, "1987-10-15").map((f) => [f.value, f.measure, f.item, f.holder, f.period?.value])
    expect(read("Thailand exported 72,987 tonnes of rice in the week ended October 13.")).toEqual([[72987000, "exports", "rice", "country:TH", "1987-10-07/1987-10-13"]])
    // The previous week of a week ended on a day is the seven days before that week, not the calendar week before the day.
    expect(read("Thai rice exports rose to 72,987 tonnes in the week ended October 13 from 54,075 the previous week.").map(([value, , , , period]) => [value, period])).toEqual([
      [72987000, "1987-10-07/1987-10-13"],
      [54075000, "1987-09-30/1987-10-06"]
    ])
    // A name after "of" is no commodity: the amount of a flow stays unread without one.
    expect(read("Thailand exported 72,987 tonnes of Widget in the week ended October 13.")).toEqual([])
  })

  it("a percentage of shares stated as a part of them is a holding, never their price; shares that lost a part moved in price", () => {
    const read = (text: string) => figures(text, "1987-06-29").map((f) => [f.value, f.measure])
    expect(read("Widget Oy will acquire 21 pct of the shares of Gadget.")).toEqual([[21, "stake"]])
    expect(read("Widget Corp now holds 36.03 mln Gadget shares representing 13.07 pct.").filter(([value]) => value === 13.07)).toEqual([[13.07, "stake"]])
    expect(read("Shares in Widget Resources have lost more than 50% of their value.").map(([, measure]) => measure)).not.toContain("stake")
  })

  it("'interest' and 'holding' name a stake only with its size before them, a percentage stated of them, or what is held after them", () => {
    const stakes = (text: string) => figures(text, "1987-06-19").filter((f) => f.measure === "stake").map((f) => f.value)
    expect(stakes("The bonds will be issued at par, paying interest at 0.2 pct over the money market rate.")).toEqual([])
    expect(stakes("The loan carries interest at 9.15 pct.")).toEqual([])
    expect(stakes("Widget Corp's holdings amounted to just under five pct of Gadget's stock.")).toEqual([5])
    expect(stakes("Widget Corp said its 20 pct interest in Gadget Inc is for sale.")).toEqual([20])
  })

  it("a holding's firm, named after 'of' or 'in', is its counterpart, never its holder; a place hyphened to 'based' is no firm", () => {
    const found = figures("Group Halvorsen, the Gibraltar-based holding company which controls 51% of Bexley Mills, says this was illegal.", "2005-01-15")
    expect(found).toEqual([expect.objectContaining({ value: 51, measure: "stake", holder: "org:group-halvorsen", counterpart: "org:bexley-mills", aspect: "level" })])
  })

  it("an undated change goes on with the period of the sentence before, as its level does; a number word capitalised inside a sentence names, it counts nothing", () => {
    const found = figures(
      "Halvorsen Group reported third-quarter net income of $27.1 million. Revenue rose 33% to $378.1 million.\n\nGermany was likely to have the lowest growth rate of the Group of Seven.",
      "1989-11-01"
    )
    const revenue = found.filter((f) => f.measure === "revenue")
    expect(revenue.map((f) => [f.value, f.aspect, f.period?.value])).toEqual([
      [378.1e6, "level", "1989-Q3"],
      [33, "change_percent", "1989-Q3"]
    ])
    expect(found.map((f) => f.value)).not.toContain(7)
  })

  it("in a text with no date, a relative year resolved against the year the text only implies is left unresolved; a year the text writes is kept", () => {
    const text =
      "Halvorsen Mortgage will have to cut its earnings by $4.4bn, the regulator said. It overstated earnings by $4.4bn last year, the firm admitted, after profits rose 5% in 2000.\n\nIn the fourth quarter of 2004 revenue rose to $86m. During the same quarter, profit was $17m."
    const extraction = extractUndated(text)
    const found = extraction.claims.filter((c) => c.figure !== undefined).map((c) => ({ value: c.value?.value, quote: c.quote, ...c.figure }))
    const lastYear = found.find((f) => f.quote.includes("last year"))
    // Its time is still read ("last year" of a year the text implies), but the figure's period is not claimed.
    expect(extraction.claims.find((c) => c.quote.includes("last year"))?.time?.start).toBe("1999")
    expect(lastYear).toEqual(expect.objectContaining({ value: 4.4e9, measure: "net_income", unresolved: ["period"] }))
    expect(lastYear?.period).toBeUndefined()
    expect(found.find((f) => f.value === 17e6)?.period?.value).toBe("2004-Q4")
  })

  it("an amount written with no number is no figure: 'thousands of people', 'hundreds of millions'", () => {
    const found = figures("Thousands of people were displaced and hundreds of millions of dollars were lost, while 2,000 people were killed in March.", "2004-05-01")
    expect(found.map((f) => f.value)).toEqual([2000])
  })

  it("a company measure's firm may follow it: 'Shares in Halvorsen Energy, a UK oil firm, have closed down 18%'", () => {
    const found = figures("Shares in Halvorsen Energy, a UK oil firm, have closed down 18% in London.", "2004-05-01")
    expect(found).toEqual([expect.objectContaining({ value: -18, measure: "share_price", holder: "org:halvorsen-energy", aspect: "change_percent" })])
  })

  it("ages are no figures: a bare number in a sentence about ages, or after 'under'/'over' with nothing counted; a count of people stays", () => {
    const found = figures(
      "The plan would raise the pension age for council workers from 60 to 65. Support was highest among people under 55. Some 2,000 people over 65 were polled, raising taxes 66 times.",
      "2005-02-01"
    )
    expect(found.map((f) => f.value)).toEqual([2000])
  })

  it("a date set up as the base of a comparison ('compared with the last quarter of 1990') is not part of the figure's period", () => {
    const found = figures("Italy's industrial output fell 1.2 pct in the first quarter of this year compared with the final three months of 1990.", "1991-05-20")
    expect(found.map((f) => [f.value, f.measure, f.period?.value])).toEqual([[-1.2, "industrial_output", "1991-Q1"]])
  })

  it("a country beside jobs a firm referred back to creates ('the group's plans to add 5,000 Canadian jobs') is where they are, not whose", () => {
    const found = figures("Norsk Retail Group is expanding. The group's plans to add more than 5,000 Canadian jobs in 1999 were welcomed.", "1998-12-01")
    const jobs = found.find((f) => f.measure === "employment")
    expect(jobs?.holder).not.toBe("country:CA")
  })

  it("a figure pricing or counting what the vocabulary does not know has no measure borrowed from elsewhere in its clause; a verb's object and a compound's head stay", () => {
    const found = figures(
      "The state police are offering a $250,000 reward for information on the fire. Fiat sold more than 1.9 million cars in 1998. The company took a 22 mln dlr restructuring charge in the fourth quarter of 1998.",
      "1999-02-10"
    )
    expect(found.map((f) => [f.value, f.measure])).toEqual([
      [1.9e6, "sales_volume"],
      [22e6, "extraordinary_item"]
    ])
  })

  it("a dividend given per share stays a dividend, never earnings per share", () => {
    const found = figures("Harlan Corp. raised its quarterly dividend to 12 cents a share.", "1989-10-27")
    expect(found.map((f) => [f.value, f.measure, f.holder])).toEqual([[0.12, "dividend", "org:harlan"]])
  })

  it("a nationality qualifying a firm ('Dutch bank Halvorsen Amro') holds none of the firm's figures", () => {
    const found = figures("Dutch bank Halvorsen Amro is to cut 2,850 jobs, it said on Monday.", "2005-02-10")
    expect(found.map((f) => [f.value, f.measure, f.holder])).toEqual([[-2850, "employment", "org:halvorsen-amro"]])
  })

  it("a relative clause set off by commas ends at its closing comma: its date ('whose shares began trading in August') dates nothing after it", () => {
    const found = figures("Halvorsen Energy, whose shares began trading in August, closed yesterday at $12.50, up 25 cents.", "1989-11-01")
    expect(found.filter((f) => f.period?.value.includes("1989-08"))).toEqual([])
  })

  it("a bare 'growth' of something else its phrase or clause names is no GNP growth; 'GNP growth' and a country's growth are", () => {
    const measures = (text: string) => figures(text, "1987-06-18").map((f) => f.measure)
    expect(measures("In 1987 private consumption was expected to slow somewhat to a 2.25 pct growth rate.")).not.toContain("gnp")
    expect(measures("The OECD forecast a slowing in domestic growth to little over two pct in 1987.")).not.toContain("gnp")
    expect(measures("Domestic demand growth in Japan will be strong, but consumer demand growth should ease to 2.5 pct this year.")).not.toContain("gnp")
    expect(measures("For the fiscal year that ended last March 31, GNP growth slowed to 2.6 pct.")).toEqual(["gnp"])
    expect(measures("West German growth will slow to 1.5 pct this year.")).toEqual(["gnp"])
    expect(measures("The Bundesbank expects a 2.5 pct growth rate in 1987.")).toEqual(["gnp"])
    expect(measures("The government forecast growth of 2 pct this year.")).toEqual(["gnp"])
  })

  it("an apposition does not part a measure from its figure nor give it a status; the unit is written once across the first figure's date; a clause going on with 'before declining' keeps the measure", () => {
    const found = figures(
      "West Germany's current account surplus, the target of considerable criticism by the Reagan administration, is expected to rise slightly to 37 billion dlrs this year from 35.8 billion in 1986, before declining to 29 billion dlrs in 1988.",
      "1987-06-18"
    )
    expect(found.map((f) => [f.value, f.unit, f.measure, f.holder, f.period?.value, f.status])).toEqual([
      [37e9, "USD", "current_account", "country:DE", "1987", "forecast"],
      [35.8e9, "USD", "current_account", "country:DE", "1986", "actual"],
      [29e9, "USD", "current_account", "country:DE", "1988", "forecast"]
    ])
  })

  it("a unit written once carries across the first figure's date with its preposition, a measure's as well as a currency; an earlier value 'at the same time last year' is of last year", () => {
    const deposits = figures("New Zealand's bank deposits rose to 17.18 billion N.Z. Dlrs in January compared with 16.74 billion in December.", "1987-02-26")
    expect(deposits.map((f) => [f.value, f.unit, f.measure, f.period?.value, f.period?.prior])).toEqual([
      [17.18e9, "NZD", "deposits", "1987-01", false],
      [16.74e9, "NZD", "deposits", "1986-12", true]
    ])
    const stocks = figures("Soviet soymeal stocks rose to 800,000 tonnes by October 1 from around 130,000 at the same time last year.", "1987-10-05")
    expect(stocks.map((f) => [f.value, f.unit, f.period?.value, f.period?.prior])).toEqual([
      [800e6, "kg", "1987-10-01", false],
      [130e6, "kg", "1986", true]
    ])
    // a bare count after a figure of another kind keeps its own unit
    expect(figures("Japan's exports rose 5 pct in May from 4 in April.", "1987-06-18").map((f) => f.unit)).not.toContain("percent_of_4")
  })

  it("a figure's restatement in other units stands between it and nothing: 'a $40bn (£21bn) deal' prices the deal", () => {
    const found = figures("India has signed a $40bn (£21bn) deal to import gas from Iran.", "2005-01-20")
    expect(found.map((f) => [f.value, f.unit, f.measure, f.holder, f.counterpart])).toEqual([[40e9, "USD", "deal_value", "country:IN", "country:IR"]])
  })

  it("in a clause after the first, measure words are the figure's as the subject of its verb, not as any words near it", () => {
    const found = figures("Calfed's provision rose to 19.4 mln dlrs in the third quarter, and its net income rose 18.1 pct.", "1987-10-20")
    expect(found.map((f) => [f.value, f.measure])).toEqual([[19.4e6, "extraordinary_item"], [18.1, "net_income"]])
    expect(figures("Exports rose 5 pct in May, while 70 pct of the sales went abroad.", "1987-06-18").map((f) => f.value)).toEqual([5])
  })

  it("a figure right after its word of change is the change's size; points are an index's unit; a number after points is no year; a range's bare low end is not read", () => {
    const dow = figures("The Dow Jones industrial average fell a record 508 points to 1738 on Monday.", "1987-10-20")
    expect(dow.map((f) => [f.value, f.measure, f.aspect, f.period?.value])).toEqual([
      [-508, "index_level", "change_amount", "1987-10-19"],
      [1738, "index_level", "level", "1987-10-19"]
    ])
    expect(figures("Canada's loans outstanding fell 584 mln dlrs in May.", "1987-06-18").map((f) => [f.value, f.aspect])).toEqual([[-584e6, "change_amount"]])
    expect(figures("Crude oil prices are falling below 15 dlrs in May.", "1987-06-18").map((f) => [f.value, f.aspect])).toEqual([[15, "level"]])
    expect(figures("West Germany's GNP growth will range from 1.5 to two pct this year.", "1987-06-18").map((f) => f.value)).toEqual([2])
  })

  it("a country between a possessive and the measure words is where the measure is counted, never whose; what 'its' owns is the firm's that says so", () => {
    const holders = (text: string) => figures(text, "1987-06-18").map((f) => [f.value, f.holder])
    expect(holders("Citibank Ltd said it would lower its Australian prime rate to 16 pct.")).toEqual([[16, "org:citibank"]])
    expect(holders("Jobs will be lost in the United States. Deutsche Bank said it would reduce its German workforce by 1,920.").at(-1)).toEqual([-1920, "org:deutsche-bank"])
    // A day's possessive owns nothing: the place after it is still the market's.
    expect(holders("Cocoa fell below Friday's London closing price of 300p.")).toEqual([[3, "country:GB"]])
  })

  it("a named index holds its own level and moves, never its country, nor an index named elsewhere; a number in its name is no figure", () => {
    const read = (text: string, published = "1987-10-20") => figures(text, published).map((f) => [f.value, f.holder, f.aspect])
    expect(read("Tokyo's Nikkei 225 dropped 2.11 pct, while London's FTSE 100 share index was down 259.1 points at 1,793.2.")).toEqual([
      [-2.11, "index:nikkei-225", "change_percent"],
      [-259.1, "index:ftse-100", "change_amount"],
      [1793.2, "index:ftse-100", "level"]
    ])
    // "the Manila composite index" is none the gazetteer names: not the Dow of the same sentence.
    expect(read("After the Dow Jones industrial average fell, the Manila Stock Exchange composite index plunged 105.49 points.")).toEqual([[-105.49, "country:PH", "change_amount"]])
  })

  it("a firm named with a hyphen is one name; a clause whose subject is 'the firm' gives the firm in focus its figures; a firm described by its nationality and trade is the subject", () => {
    const holders = (text: string) => figures(text, "2005-02-22").map((f) => [f.value, f.holder])
    expect(holders("US supermarket group Winn-Dixie has filed for bankruptcy protection. The Jacksonville, Florida-based firm has total debts of $1.87bn.")).toEqual([
      [1.87e9, "org:winn-dixie"]
    ])
    expect(holders("Shares in Irish oil company Petrel Resources have lost more than 50%.").map(([, holder]) => holder)).toEqual(["org:petrel-resources"])
  })

  it("the name that is the subject of the figure's verb holds it, not a place in a phrase before; never the subject of a verb of saying, wanting or being", () => {
    const holders = (text: string) => figures(text, "2005-01-20").map((f) => [f.value, f.holder])
    expect(holders("Since the 11 September 2001 attacks in the United States, BA has cut 13,000 jobs.")).toEqual([[-13000, "org:ba"]])
    expect(holders("Britain's biggest union Unison will start balloting 800,000 local government workers.")).toEqual([[800000, "org:unison"]])
    expect(holders("Sweden want the EU budget to be capped at 1%.")).toEqual([[1, "org:eu"]])
  })

  it("a percentage of sales that rose to a sum of money is revenue's change, not a volume sold", () => {
    const read = (text: string) => figures(text, "2005-01-20").map((f) => [f.value, f.measure, f.aspect])
    expect(read("Google said fourth quarter sales rose 2% to $11.1bn.")).toEqual([
      [2, "revenue", "change_percent"],
      [11.1e9, "revenue", "level"]
    ])
  })

  it("an age set off by commas after a name is no figure: 'died in the accident were Steve Arthur, 46'", () => {
    expect(figures("Among those who died in the accident were Steve Arthur, 46, and two children.", "2000-10-18").map((f) => f.value)).not.toContain(46)
    expect(figures("The protesters are John Holliday, 37, and Mary Smith, 41.", "2004-11-18")).toEqual([])
  })

  it("what a count counts is the noun right after it, unless that noun is only people the measure before says more of", () => {
    const read = (text: string) => figures(text, "2004-12-20").map((f) => [f.value, f.measure])
    expect(read("The Palestinian economy lost more than 22,000 jobs in the first half of this year.")).toEqual([[-22000, "employment"]])
    expect(read("India's population of more than a billion people is young.")).toEqual([[1e9, "population"]])
  })

  it("a date before a dash mid-sentence is no dateline's; a date right after 'from' after a change is its base, not its period", () => {
    const periods = (text: string, published = "2004-11-06") => figures(text, published).map((f) => [f.value, f.period?.value])
    expect(periods("The US economy added 337,000 jobs in October - a seven-month high.")).toEqual([[337000, "2004-10"]])
    expect(periods("In March, industrial production rose by 2.8 pct from February.", "1987-06-18")).toEqual([[2.8, "1987-03"]])
    expect(periods("Net income for 2004 was $3.5bn - up nearly $3bn from 2003.", "2005-01-27")).toEqual([[3.5e9, "2004"], [3e9, "2004"]])
  })

  it("an index's percentage is its change; a bare 'average' names no index: an average rate or price is its own measure's", () => {
    expect(figures("The Milan Stock Index was indicated 2.90 pct higher at 0930 GMT today.", "1987-06-16").map((f) => [f.value, f.measure, f.aspect])).toEqual([[2.9, "index_level", "change_percent"]])
    const yields = figures("Canadian 91-day treasury bills yield an average 8.68 pct against 8.84 pct last week.", "1987-06-19")
    expect(yields.map((f) => f.measure)).not.toContain("index_level")
    expect(figures("Federal funds were trading at 7-1/8 pct, down from yesterday's average of 7.61 pct.", "1987-10-20").map((f) => f.measure)).not.toContain("index_level")
  })

  it("an analyst's firm, or the analyst, never holds the figure they comment on; a firm described as a broker still holds its stake", () => {
    const arco = headlined(
      "ATLANTIC RICHFIELD <ARC> CONSIDERS SPIN-OFF",
      "Atlantic Richfield Co said it may spin off its chemical unit.\n    Industry analyst Richard Pzena of Sanford C. Bernstein said the company had operating earnings of 132 mln dlrs last year.",
      "1987-06-18"
    ).filter((c) => c.value?.value === 132e6)
    expect(arco.map((c) => c.figure?.holder)).toEqual(["org:atlantic-richfield~arc"])
    const shaw = figures("Philip Shaw, chief economist at Investec Securities, said he believed rates would remain at 4.75%.", "2005-01-10")
    expect(shaw.map((f) => f.holder)).toEqual([undefined])
    const miwok = figures("A group led by Miwok Capital Corp, a California broker with a 10.6 pct stake, said it may sell.", "1987-06-19")
    expect(miwok.map((f) => [f.value, f.holder])).toEqual([[10.6, "org:miwok-capital"]])
  })

  it("a figure followed by its change and what changed is that change ('an $8.7bn drop in consumer debt'), never the level of what changed", () => {
    const debt = figures("The Federal Reserve reported an $8.7bn drop in US consumer debt in November.", "2005-01-10")
    expect(debt.map((f) => [f.value, f.measure, f.aspect])).toEqual([[-8.7e9, "debt", "change_amount"]])
    const earnings = figures("Contel forecast a 15 pct drop in 1987 operating earnings.", "1987-06-29")
    expect(earnings.map((f) => [f.value, f.measure, f.aspect, f.period?.value])).toEqual([[-15, "operating_income", "change_percent", "1987"]])
    // a month between the figure and its change is no date the tagger reads: not read, rather than dated by another date of the sentence
    const lending = figures("Rates rose in early August, after a massive 4.9 billion stg July rise in bank lending.", "1987-10-20")
    expect(lending.filter((f) => f.measure === "credit")).toEqual([])
  })

  it("'sales' of money, or a percentage of bare sales, are revenue; of units a volume sold; 'bought' stays a purchase", () => {
    const found = figures("Caterpillar said sales rose to 2.25 billion dlrs in the third quarter and it sold 12,000 tractors.", "1987-10-19")
    expect(found.map((f) => [f.value, f.measure])).toEqual([[2.25e9, "revenue"], [12000, "sales_volume"]])
    expect(figures("The Bank of Japan bought 100 billion yen in bills on Monday.", "1987-06-29").map((f) => f.measure)).not.toContain("revenue")
    expect(figures("Ricoh said its sales rose 8.7 pct in 1986.", "1987-06-29").map((f) => f.measure)).toEqual(["revenue"])
    expect(figures("Ricoh said its domestic sales rose 8.7 pct in 1986.", "1987-06-29").map((f) => f.measure)).toEqual(["sales_volume"])
  })

  it("'provision for loan losses' is a provision, not a loss; 'net interest income' is income, not a stake", () => {
    const found = figures("California Federal's provision for loan losses rose to 19.4 mln dlrs in the 1987 third quarter, and its net interest income rose 18.1 pct to 131.6 mln dlrs.", "1987-10-20")
    expect(found.map((f) => [f.value, f.measure, f.period?.value])).toEqual([
      [19.4e6, "extraordinary_item", "1987-Q3"],
      [18.1, "interest_income", "1987-Q3"],
      [131.6e6, "interest_income", "1987-Q3"]
    ])
    // A vocabulary phrase written with a hyphen matches the hyphen the tokenizer reads as a word of its own.
    expect(figures("Widget Corp said the 600 mln dlr loan-loss provision will generate a second quarter loss.", "1987-06-29").map((f) => f.measure)).toEqual(["extraordinary_item"])
    expect(figures("Widget Corp said it will add 50 mln dlrs to its loan loss reserve for the second quarter.", "1987-06-29").map((f) => f.measure)).toEqual(["extraordinary_item"])
  })

  it("a clause opened by 'after' and a word of change goes on with the figure before's measure and holder; one naming no change does not", () => {
    const supply = figures("New Zealand's money supply grew 3.6 pct in December after rising 2.4 pct in November.", "1987-02-26")
    expect(supply.map((f) => [f.value, f.measure, f.holder, f.period?.value])).toEqual([
      [3.6, "money_supply", "country:NZ", "1986-12"],
      [2.4, "money_supply", "country:NZ", "1986-11"]
    ])
    expect(figures("New Zealand's money supply grew 3.6 pct in December after 2.4 pct of the banks closed.", "1987-02-26").map((f) => f.value)).toEqual([3.6])
  })

  it("a clause set off by commas with a verb in it is no apposition: its status words count", () => {
    const found = figures("To reflect the settlement, the company said it has revised its fiscal fourth quarter earnings by 1.3 mln dlrs.", "1987-06-29")
    expect(found.map((f) => f.status)).toEqual(["revised"])
  })

  it("a country inside an apposition describes the name before it and holds none of the sentence's figures, nor the next sentence's", () => {
    const found = figures(
      "Union Texas, the largest independent refiner in the United States, raised its posted price for West Texas Intermediate to 19.00 dlrs a barrel on Wednesday. Sales rose 5 pct in 1986.",
      "1987-06-18"
    )
    expect(found.map((f) => [f.value, f.measure, f.holder])).toEqual([
      [19, "commodity_price", "org:union-texas"],
      [5, "revenue", undefined]
    ])
  })

  it("in a text with no date whose latest year (2004) is only a lower bound, a month without a year is no period of that year; a month with its year is", () => {
    const text =
      "The recession that began in 2004 hurt Japan. Industrial output rose 2.1% in January from a month earlier. Exports rose 5% in March 2004."
    const extraction = extractUndated(text)
    expect(extraction.referenceDate).toEqual(expect.objectContaining({ _tag: "Year", year: 2004 }))
    const found = extraction.claims.filter((c) => c.figure !== undefined).map((c) => [c.value?.value, c.figure?.measure, c.figure?.period?.value])
    expect(found).toEqual([
      [2.1, "industrial_output", undefined],
      [5, "exports", "2004-03"]
    ])
  })

  it("a relative clause whose verb is a change states its antecedent measure's figure; a noun in it before the figure leaves it unread", () => {
    const found = figures("The OECD expects growth in New Zealand. The country's GDP, which contracted by 0.6 pct last year, should again show growth.", "1987-06-18")
    expect(found.map((f) => [f.value, f.measure, f.holder, f.aspect, f.period?.value, f.status])).toEqual([[-0.6, "gdp", "country:NZ", "change_percent", "1986", "actual"]])
    expect(figures("Japan's profits, which the company used to buy 5 mln dlrs of shares, were large.", "1987-06-18")).toEqual([])
  })

  it("'it' changing again to a figure of the kind and size of the figure before is that figure's quantity, in its own period", () => {
    const found = figures(
      "The current account surplus of Japan in 1987 will rise to 95 billion dlrs from 86 billion in 1986, although in 1988 it should fall back to 87 billion dlrs.",
      "1987-06-18"
    )
    expect(found.map((f) => [f.value, f.measure, f.holder, f.period?.value, f.status])).toEqual([
      [95e9, "current_account", "country:JP", "1987", "forecast"],
      [86e9, "current_account", "country:JP", "1986", "actual"],
      [87e9, "current_account", "country:JP", "1988", "forecast"]
    ])
    // "it" with a noun of its own before the figure is another quantity
    expect(figures("Japan's trade surplus rose to 9 billion dlrs in May, and it will cut spending by 2 billion dlrs.", "1987-06-18").map((f) => f.value)).toEqual([9e9])
  })

  it("a percentage of its holder's own value is a change of it, of anything else's value a share", () => {
    expect(figures("Nortel shares have lost nearly 50% of their value since May.", "2004-06-18").map((f) => [f.value, f.aspect])).toEqual([[-50, "change_percent"]])
  })

  it("a firm's sales in a country are counted in that market, its counterpart; a sale made in a country names no market", () => {
    const found = figures("Hyundai Motor is building a second plant in India. Hyundai expects its sales in India to grow 16% in 2005.", "2005-01-12")
    expect(found.map((f) => [f.measure, f.holder, f.counterpart])).toEqual([["revenue", "org:hyundai-motor", "country:IN"]])
    expect(figures("Bear Stearns said 2 mln warrants were sold in the U.S. on June 10.", "1987-06-18").every((f) => f.counterpart === undefined)).toBe(true)
  })

  it("measure words a figure is set against ('84% above the offer price') are its reference, not what it is of", () => {
    expect(figures("Shares in NCCI were trading 84% above the offer price on Monday.", "2004-12-13").map((f) => f.measure)).not.toContain("offer_price")
  })

  it("an exchange rate is an economy's, never a firm's or an agency's that names it", () => {
    const found = figures("The OECD expects Swiss growth to slow to 1.5 pct. The OECD assumed an average exchange rate of 1.71 Swiss francs to the dollar this year.", "1987-06-18")
    expect(found.filter((f) => f.measure === "exchange_rate").map((f) => [f.value, f.holder])).toEqual([[1.71, "country:CH"]])
  })

  it("an act stated in the present tense in a dated article is of the article's day; in the past tense with no date, of no known day", () => {
    const period = (text: string) => figures(text, "1987-06-19").map((f) => [f.measure, f.period?.value])
    expect(period("The Commodity Credit Corporation creates a rice credit guarantee line of 1.3 mln dlrs for El Salvador.")).toEqual([["credit", "1987-06-19"]])
    expect(period("The Commodity Credit Corporation created a rice credit guarantee line of 1.3 mln dlrs for El Salvador.")).toEqual([["credit", undefined]])
  })

  it("the size of each of the goods counted ('155,221 bags of 60 kilos', 'eight shipments of 30,000 tonnes') is no figure of its own", () => {
    const values = (text: string) => figures(text, "1987-02-26").map((f) => f.value)
    expect(values("Cocoa arrivals for the week ended February 22 were 155,221 bags of 60 kilos.")).not.toContain(60)
    expect(values("INOC proposed to deliver eight shipments of 30,000 tonnes of crude oil in March.")).not.toContain(30_000_000)
  })

  it("a figure after the 'at' a sale was made at is its price, no amount sold; sales that stood at a figure are a level", () => {
    expect(figures("Cocoa for March/April sold at 4,340, 4,345 and 4,350 dlrs per tonne.", "1987-02-26")).toEqual([])
    expect(figures("Sales were registered at 785 to 995 dlrs for March/April.", "1987-02-26")).toEqual([])
    expect(figures("Cake sales were registered at 785 to 995 dlrs for March/April, 785 dlrs for May, 753 dlrs for Aug.", "1987-02-26")).toEqual([])
    expect(figures("Widget Corp said sales stood at 5 mln dlrs in January.", "1987-02-26").map((f) => [f.measure, f.value])).toEqual([["revenue", 5e6]])
  })

  it("a headline's ticker names the firm right before it, after the verb and words that lead to it; an offer for that firm is not its own", () => {
    const body = "Caesars World's debt will rise to 1.1 billion dlrs from about 319.2 mln on April 30, S and P said.\n Reuter\n"
    expect(new Set(headlined("S/P WITHDRAWS RATINGS ON CAESARS WORLD <CAW>", body, "1987-06-19").map((c) => c.figure?.holder))).toEqual(new Set(["org:caesars-world~caw"]))
    // an agency's or a regulator's verb leads to the firm too: "S/P UPGRADES …", "FED ALLOWS …"
    const debt = "About 400 mln dlrs of debt is affected.\n Reuter\n"
    expect(new Set(headlined("S/P UPGRADES PHELPS DODGE <PD> DEBT", debt, "1987-06-29").map((c) => c.figure?.holder))).toEqual(new Set(["org:phelps-dodge~pd"]))
    const results = "Shr 30 cts vs 30 cts\n    Net 1,804,000 vs 1,800,000\n Reuter\n"
    expect(new Set(headlined("APPLE BANK FOR SAVINGS <APPL.O> 3RD QTR NET", results, "1987-10-19").map((c) => c.figure?.holder))).toEqual(new Set(["org:apple-bank-for-savings~appl"]))
    expect(new Set(headlined("SNAP-ON TOOLS CORP <SNA> 3RD QTR NET", results, "1987-10-19").map((c) => c.figure?.holder))).toEqual(new Set(["org:snap-on-tools~sna"]))
    // a section's tag before a spaced dash is no part of the name; the "and" of a suffix left out goes with it
    expect(new Set(headlined("ECONOMIC SPOTLIGHT - WIDGET BANK <WB> NET", results, "1987-10-19").map((c) => c.figure?.holder))).toEqual(new Set(["org:widget-bank~wb"]))
    expect(new Set(headlined("J.P. WIDGET AND CO <JPW> 3RD QTR NET", results, "1987-10-19").map((c) => c.figure?.holder))).toEqual(new Set(["org:j-p-widget~jpw"]))
    // a plural subject's verb leads to it too
    expect(new Set(headlined("WIDGET FIRMS HOLD ACME PAPER <ACP> STAKE", debt, "1987-06-29").map((c) => c.figure?.holder))).toEqual(new Set(["org:acme-paper~acp"]))
    const offer = headlined("WPP GROUP EXTENDS ITS OFFER FOR JWT <JWT>", "The 50.50 dlrs a share offer for JWT Group Inc runs until June 22.\n Reuter\n", "1987-06-19")
    expect(offer.filter((c) => c.figure?.measure === "offer_price").map((c) => c.figure?.holder)).toEqual([undefined])
  })

  it("a firm's undated result goes on with the period set before a sentence whose only dates are comparisons; an economy's does not", () => {
    const text =
      "Travelers Corp.'s third-quarter net income rose 11%. Net advanced to $94.2 million from $85 million a year ago. But revenue declined to $3 billion from $3.2 billion."
    const revenue = figures(text, "1989-11-02").filter((f) => f.measure === "revenue")
    expect(revenue.map((f) => [f.value, f.period?.value])).toEqual([
      [3e9, "1989-Q3"],
      [3.2e9, "1988-Q3"]
    ])
    const economy = figures("Japan's money supply rose 10.2 pct in May. The rise compared with 9.8 pct a year earlier. Bank lending grew to 5 billion yen.", "1987-06-18")
    expect(economy.filter((f) => f.measure === "credit").map((f) => f.period?.value)).toEqual([undefined])
  })

  it("an earlier value after a result's restatement per share is the result's, and a restatement per share of an earlier value is of its period", () => {
    const found = figures(
      "Travelers Corp.'s third-quarter net income rose 11%. Net advanced to $94.2 million, or 89 cents a share, from $85 million, or 83 cents a share.",
      "1989-11-02"
    )
    expect(found.filter((f) => f.aspect === "level").map((f) => [f.value, f.measure, f.period?.value, f.period?.prior === true])).toEqual([
      [94.2e6, "net_income", "1989-Q3", false],
      [85e6, "net_income", "1988-Q3", true],
      [0.89, "eps", "1989-Q3", false],
      [0.83, "eps", "1988-Q3", true]
    ])
  })

  it("a bare deficit or surplus is the economy's balance the text last named in full; with none named, the trade balance", () => {
    const measures = (text: string) => figures(text, "1987-06-18").map((f) => f.measure)
    expect(measures("The US budget deficit will hit 368 billion dlrs this year. Analysts said the deficit could end up a further 100 billion dlrs in the red this year.")).toEqual([
      "budget_balance",
      "budget_balance"
    ])
    expect(measures("Turkey's current account deficit widened in July. The deficit will exceed one billion dlrs in 1987.")).toEqual(["current_account"])
    expect(measures("Japan's surplus will exceed 90 billion dlrs in 1987.")).toEqual(["trade_balance"])
  })

  it("a firm's result takes no plain day from another figure's clause nor from the sentence before, but the period results were first reported for; a day that ends its period it does", () => {
    const found = figures(
      "Zenith PLC said net income for the six months ended Oct. 1 slipped 5%. Pretax profit fell 3.7% to 128 mln stg, but shares rose 6 pence to 388 pence yesterday. Sales fell 20%.",
      "1989-11-02"
    )
    const period = (measure: string, value: number) => found.find((f) => f.measure === measure && f.value === value)?.period?.value
    expect(period("pretax_income", -3.7)).toBe("1989-04/1989-09")
    expect(period("share_price", 0.06)).toBe("1989-11-01")
    expect(period("revenue", -20)).toBe("1989-04/1989-09")
    expect(found.find((f) => f.measure === "revenue")?.period?.origin).toBe("inherited")
  })

  it("a measured word after a figure that is the subject of its own figure's verb is that figure's ('…from 3.75 pct this year, unemployment should edge down to nine pct')", () => {
    const found = figures("Inflation in Canada is expected to slow to 3.5 pct next year from 3.75 pct this year, unemployment should edge down to nine pct in 1988.", "1987-06-18")
    expect(found.find((f) => f.value === 3.75)?.measure).toBe("consumer_prices")
    // a verb of harm is no subject: the figure after it keeps its own reading
    expect(figures("In Madrid 191 people were killed and more than 2,000 injured in March.", "2004-06-18").find((f) => f.value === 2000)?.measure).toBe("casualties")
  })

  it("shares a buyer or seller trades in another firm change its holding there, and what they cost in all is the deal's value; own shares, buybacks and offerings are no holding", () => {
    const found = figures(
      "Investment Group said it bought 32,800 Robeson common shares between Jan 26 and Feb 9 for 175,691 dlrs. Chevron sold 4.6 mln shares of UNC Inc common stock on June 15 at 11.88 dlrs a share.",
      "1987-06-19"
    )
    expect(new Set(found.map((f) => JSON.stringify([f.measure, f.value, f.aspect, f.counterpart])))).toEqual(
      new Set([
        ["deal_value", 175691, "level", "org:robeson"],
        ["stake", 32800, "change_amount", "org:robeson"],
        ["stake", -4.6e6, "change_amount", "org:unc"],
        ["share_price", 11.88, "level", undefined]
      ].map((row) => JSON.stringify(row)))
    )
    expect(found.filter((f) => f.measure === "stake").map((f) => f.holder)).toEqual(["org:investment-group", "org:chevron"])
    const measures = (text: string) => figures(text, "1987-06-19").map((f) => f.measure)
    expect(measures("Doskocil Companies Inc said it bought back 310,000 of its shares.")).not.toContain("stake")
    expect(measures("One mln Widget shares will be sold outside the U.S.")).not.toContain("stake")
    expect(measures("Jovanovich Inc said it sold 4,805,432 shares of its common stock.")).not.toContain("stake")
  })

  it("a count of a firm's shares held, or bought and restated as a part of the whole, is a holding on the statement's day, with that part", () => {
    const read = (text: string) => figures(text, "1987-10-19").map((f) => [f.measure, f.holder, f.counterpart, f.value, f.aspect, f.period?.value])
    expect(read("Orion Capital Corp said it acquired 163,000 shares of Epsilon Data Inc common stock, or 5.2 pct of the total outstanding.")).toEqual([
      ["stake", "org:orion-capital", "org:epsilon-data", 163000, "level", "1987-10-19"],
      ["stake", "org:orion-capital", "org:epsilon-data", 5.2, "level", "1987-10-19"]
    ])
    expect(read("Acme Corp said it holds 258,591 Robeson common shares.")).toEqual([["stake", "org:acme", "org:robeson", 258591, "level", "1987-10-19"]])
    // a firm named with its suffix is the firm held, though "the company's" refers back after it; a count with the firm's name counts shares
    expect(read("Acme Ltd said it acquired 969,515 shares of Triton Oil Corp common stock, or 5.4 pct of the company's common stock outstanding.").map(([, , counterpart]) => counterpart)).toEqual(["org:triton-oil", "org:triton-oil"])
    expect(figures("Acme Corp currently holds 5.83 mln Calmat shares.", "1987-10-19").map((f) => f.item)).toEqual(["shares"])
    // a part of the firm in focus holds its own stake, never the firm's
    expect(headlined("WIDGET PLC <WDG.L> TO MERGE UNITS", "That subsidiary now holds about 22 pct of Gadget Telephone Co Ltd.\n Reuter\n", "1987-10-19").map((c) => c.figure?.holder)).toEqual([undefined])
    // so do its results: a part its noun refers to is no parent's; the firm itself referred to holds its own
    const holders = (body: string) => headlined("WIDGET CORP <WDG> MAY SPIN OFF CHEMICALS", body, "1987-06-18").filter((c) => c.figure?.measure === "revenue").map((c) => c.figure?.holder)
    expect(holders("Widget Corp is considering a spin-off of its chemical operations. The chemical unit last year had revenues of 1.9 billion dlrs.\n Reuter\n")).toEqual([undefined])
    expect(holders("Widget Corp is considering a spin-off of its chemical operations. Widget said the unit had revenues of 1.9 billion dlrs last year.\n Reuter\n")).toEqual([undefined])
    expect(headlined("WIDGET <WDG> TO SELL UNIT", "Widget Corp is to ask the buyer of its former production unit to pay back a $900m loan.\n Reuter\n", "2004-12-20").map((c) => c.figure?.holder)).toEqual(["org:widget~wdg"])
    expect(holders("Widget Corp is considering a spin-off of its chemical operations. The company last year had revenues of 1.9 billion dlrs.\n Reuter\n")).toEqual(["org:widget~wdg"])
    // the one told is no holder
    expect(read("Two investors told the Securities and Exchange Commission they have acquired 258,591 shares of Epsilon Data Inc, or 9.4 pct of the total.").map(([, holder]) => holder)).toEqual([undefined, undefined])
    // bought and not restated, what was bought; an authorization to buy, nothing held
    expect(read("Acme Corp said it bought 32,800 Robeson common shares on Oct 15.")).toEqual([["stake", "org:acme", "org:robeson", 32800, "change_amount", "1987-10-15"]])
    expect(read("Acme Corp said it had bought 691,000 shares under the authorization to buy 800,000 shares, or 10 pct of the stock.").filter(([measure]) => measure === "stake")).toEqual([])
  })

  it("a percentage right before 'owned' is a holding, owned by the firm after 'by' or the possessive's, in the firm named on its other side", () => {
    const stakes = (title: string, body: string) =>
      headlined(title, body, "1987-06-22").filter((c) => c.value?.unit === "percent").map((c) => [c.figure?.measure, c.figure?.holder, c.figure?.counterpart, c.value?.value, c.figure?.aspect, c.figure?.status])
    expect(stakes("NORANDA <NOR> UNIT STRUCK", "Noranda Inc said 1,100 unionized workers at its 63 pct-owned Brunswick Mining and Smelter Corp lead-zinc mine will strike.\n Reuter\n")).toEqual([
      ["stake", "org:noranda~nor", "org:brunswick-mining-and-smelter", 63, "level", "actual"]
    ])
    expect(stakes("KIA <KIAM.SE> EXPORTS", "Kits sold to <Kia Industrial Corp>, which is eight pct owned by Mazda, will rise.\n Reuter\n")).toEqual([["stake", "org:mazda", "org:kia-industrial", 8, "level", "actual"]])
    expect(stakes("BP CANADA <BPC> PROCEEDS", "BP Canada Inc, 64 pct-owned by British Petroleum Co PLC, said it was proceeding.\n Reuter\n").map(([, holder]) => holder)).toEqual(["org:british-petroleum"])
    // the holding is the article's day's, whatever day its clause tells of
    const monday = headlined("NORANDA <NOR> UNIT VOTES", "Noranda Inc said 1,100 unionized workers at its 63 pct-owned Brunswick Mining and Smelter Corp will vote on Monday.\n Reuter\n", "1987-06-19")
    expect(monday.filter((c) => c.figure?.measure === "stake").map((c) => c.figure?.period?.value)).toEqual(["1987-06-19"])
    // a firm's city after its name leaves it a firm's name
    expect(stakes("OGDEN PROJECTS <OPI> 3RD QTR NET", "The company, which is 92%-owned by Ogden Corp., New York, had net of $1.1 million a year ago.\n Reuter\n").map(([, holder]) => holder)).toEqual(["org:ogden"])
    // an owner not read is none, never the firm in focus; the participle names no other figure
    expect(stakes("ACMII TO TAKE ORDERS", "ACMII, the London-based 100 pct-owned subsidiary of Alliance Capital Management Corp, will take orders.\n Reuter\n").map(([, holder]) => holder)).toEqual([undefined])
    expect(headlined("SEIBU RAILWAY DELISTED", "No listed company can be more than 80% owned by its 10 largest shareholders.\n Reuter\n", "2004-12-17").map((c) => c.value?.value)).toEqual([80])
  })

  it("an earlier value a year back from a figure whose written date cannot be read has no period, never a year back from another sentence's date", () => {
    const text = "Some 227 million shares will become free to trade by February 2005. Google said sales surged to $805.9m in the third quarter, up from $393.9m a year earlier."
    const periods = extractUndated(text).claims.filter((c) => c.figure?.measure === "revenue").map((c) => [c.value?.value, c.figure?.period?.value])
    expect(periods).toEqual([
      [805.9e6, undefined],
      [393.9e6, undefined]
    ])
    // with a day to read it by, the quarter a year back
    expect(figures(text, "2004-10-22").filter((f) => f.measure === "revenue").map((f) => [f.value, f.period?.value])).toEqual([
      [805.9e6, "2004-Q3"],
      [393.9e6, "2003-Q3"]
    ])
  })

  it("a pronoun after a sentence whose subject is a firm is that firm, never a place named earlier; an empty 'it' refers to nothing", () => {
    const holderOf = (text: string, value: number) => figures(text, "2005-01-31").find((f) => f.value === value)?.holder
    const text = "Citigroup is selling Travelers to Metlife. For Metlife, the US's leading insurance company, the purchase gives it access to a much larger network. Travelers had sales of $5.2bn in 2004 and made a profit of $901m."
    expect(holderOf(`${text} It has total net assets of $96bn.`, 96e9)).toBe("org:travelers")
    expect(holderOf("The Labs, in Dublin, Ireland, housed around 100 people. It is thought more than 50 people will lose their jobs.", 50)).not.toBe("org:labs")
  })

  it("an apposition after a firm's shares, with a name's possessive or a listed participle, does not part the measure from its figure", () => {
    const read = (text: string) => figures(text, "2004-12-06").map((f) => [f.measure, f.holder, f.value, f.aspect])
    expect(read("Shares in Acme Corp, Britain's only stock-market listed widget maker, dropped by almost 12% to 1.50 euros in early trading.")).toEqual([
      ["share_price", "org:acme", -12, "change_percent"],
      ["share_price", "org:acme", 1.5, "level"]
    ])
    // the firm a deal buys is no firm whose apposition is skipped
    expect(read("Costs of the acquisition of Widget Corp, a 9.5-billion-dlr Seattle-based concern, cut earnings per share by nine cents.").map(([measure]) => measure)).not.toContain("deal_value")
  })

  it("a holding named with its possessor right before its figure is the possessor's as it stands, whatever the clause does with it", () => {
    const read = (title: string, body: string) =>
      headlined(title, `${body}\n Reuter\n`, "1987-06-29").filter((c) => c.figure?.measure === "stake").map((c) => [c.figure?.holder, c.figure?.counterpart, c.value?.value, c.figure?.status, c.figure?.period?.value])
    expect(read("ACME <ACM> TO SELL STAKE", "Acme Corp said it agreed to sell its 38 pct interest in Gadget Corp to Widget Inc.")).toEqual([["org:acme~acm", "org:gadget", 38, "actual", "1987-06-29"]])
    expect(read("GULF CANADA <GOC> REORGANIZES", "GW Utilities, a new company, will hold Gulf's 83 pct stake in Consumers Gas Co Ltd.").map(([holder, , , status]) => [holder, status])).toEqual([["org:gulf-canada~goc", "actual"]])
    // a name a country opens is the whole name
    expect(read("CDC TO SELL STAKE", "Canada Development Corp said it agreed to sell its 25.2 pct interest in CDC Life Sciences Inc.").map(([holder]) => holder)).toEqual(["org:canada-development"])
  })

  it("an income that sorts people is a line drawn, no one's income or tax", () => {
    const read = (text: string) => figures(text, "2005-02-23").map((f) => [f.measure, f.value])
    expect(read("The party plans to increase income tax to 50% for those earning more than £100,000.")).toEqual([["tax", 50]])
    expect(read("The Liberal Democrats propose a new tax rate on incomes over £100,000.")).toEqual([])
  })

  it("a percentage set against a share of the same measure is that share's earlier value, no change", () => {
    const read = (text: string) => figures(text, "1987-06-16").map((f) => [f.value, f.aspect, f.period?.value])
    expect(read("They said oil accounted for 46.7 pct of energy consumption in 1986 against 48.5 pct in 1985.")).toEqual([
      [46.7, "level", "1986"],
      [48.5, "level", "1985"]
    ])
  })

  it("a bare rate another word makes the rate of something else is no interest rate", () => {
    const measures = (text: string) => figures(text, "1987-06-22").map((f) => [f.value, f.measure])
    expect(measures("Given the low gravity of oil, the recovery rate would be expected to be around 25 pct.")).toEqual([])
    expect(measures("The US economy expanded at an annual rate of 3.8% in the last quarter of 1986.")).toEqual([[3.8, "gnp"]])
    // an interest rate's own words stay one
    expect(measures("The Bundesbank cut its key allocation rate to 3.80 pct.")).toEqual([[3.8, "interest_rate"]])
    expect(measures("The new rate is 10.5 pct.")).toEqual([[10.5, "interest_rate"]])
  })

  it("people counted after people counted before are their own, and the place the figure before is counted in is that figure's", () => {
    const read = (text: string) => figures(text, "2004-12-08").map((f) => [f.value, f.measure, f.holder])
    expect(read("Approximately 50,000 people in Canada have been diagnosed with MS and 85,000 people are suffering from the condition in the UK.")).toEqual([
      [50000, "people_count", "country:CA"],
      [85000, "people_count", "country:GB"]
    ])
  })

  it("a 'growth' right after measure words is their measure's growth, never the economy's; a count it names is a change", () => {
    const read = (text: string) => figures(text, "2005-01-20").map((f) => [f.measure, f.holder, f.aspect, f.value, f.status])
    expect(read("For 2005, TimeWarner is projecting operating earnings growth of around 5%.")).toEqual([["operating_income", "org:time-warner", "change_percent", 5, "forecast"]])
    expect(read("New Zealand's M-1 growth was 15.89 pct in November.").map(([measure]) => measure)).toEqual(["money_supply"])
    expect(read("US jobs growth averaged 178,000 a month last year.").map(([measure, , aspect]) => [measure, aspect])).toEqual([["employment", "change_amount"]])
    // a count after an article is no size of it
    expect(read("Like-for-like sales growth at the 49 Next stores was flat.")).toEqual([])
    // a bare growth is still the economy's
    expect(read("Japan's economic growth was 2.1% in 2004.").map(([measure]) => measure)).toEqual(["gnp"])
  })

  it("a figure set against another 'revised' or 'an' one is an earlier value, whose date is its own; a balance noun right after it gives its sign", () => {
    const read = (text: string, day: string) => figures(text, day).map((f) => [f.value, f.period?.value, f.period?.prior === true])
    expect(read("New Zealand's M-1 growth was 15.89 pct in December against a revised 27.52 pct in November.", "1987-01-20")).toEqual([
      [15.89, "1986-12", false],
      [27.52, "1986-11", true]
    ])
    // the earlier value's date is no date of the figure set against it
    expect(read("Bank deposits rose 30.6 pct, compared with a 26.3 pct increase in December.", "1987-02-26").map(([value, period]) => [value, period])).toEqual([
      [30.6, undefined],
      [26.3, "1986-12"]
    ])
    expect(read("In April, the current account recorded a deficit of 300 mln schillings compared with an 800 mln surplus in March.", "1987-06-18").map(([value]) => value)).toEqual([-300e6, 800e6])
    // the words of the figure compared are its own: the figure set against it is no revised one
    expect(figures("New Zealand's M-1 growth was 15.89 pct in December against a revised 27.52 pct in November.", "1987-01-20").map((f) => f.status)).toEqual(["actual", "revised"])
    // past the comparison's comma, the clause's words are the figure's again
    expect(figures("Assuming an average exchange rate of 1.71 Swiss francs to the dollar this year, against 1.69 in 1986, the report forecast a 2.75 pct rise in exports.", "1987-02-26").find((f) => f.value === 2.75)?.status).toBe("forecast")
  })

  it("a bare consumption is energy's only of a fuel or of nothing named: margarine's is none", () => {
    const measures = (text: string) => figures(text, "1987-06-18").map((f) => f.measure)
    expect(measures("Dutch margarine consumption in 1973 was just under 210,000 tonnes.")).toEqual([])
    expect(measures("Japan's oil consumption in 1986 was 4.3 mln barrels a day.")).toEqual(["energy_consumption"])
    expect(measures("Dutch coal consumption in 1986 was 12 mln tonnes.")).toEqual(["energy_consumption"])
  })

  it("a bare 'net' before a noun nets that noun, no result; before a word of change it is the result", () => {
    const measures = (text: string) => figures(text, "1987-06-18").map((f) => f.measure)
    expect(measures("Japanese net purchases of foreign stocks grew to 1.5 billion dlrs in December.")).not.toContain("net_income")
    expect(measures("Net buying in 1985 totalled only 995 mln dlrs.")).not.toContain("net_income")
    expect(measures("Widget Corp said first quarter net rose 10 pct to 21.1 mln dlrs.")).toEqual(["net_income", "net_income"])
  })

  it("a bare number set against a percentage is a percentage too; after 'to' it is a level of its own", () => {
    const read = (text: string) => figures(text, "1987-06-18").map((f) => [f.value, f.unit])
    expect(read("The Socialists increased their vote to 14.3 pct from 11.4 in 1983.")).toEqual([
      [14.3, "percent"],
      [11.4, "percent"]
    ])
  })

  it("interest paid over a time holds nothing: 'interest in the first year' is no stake; 'a 20 pct interest in its operations' is one", () => {
    const measures = (text: string) => figures(text, "1987-06-18").map((f) => f.measure)
    expect(measures("The fund said the loan carries 4.95 pct interest in the first year, rising to 5.85 pct.")).not.toContain("stake")
    expect(measures("Arco is considering a spin-off of a 20 pct interest in its chemical operations.")).toEqual(["stake"])
  })

  it("a change 'after' which another is reported is an earlier value, its date its own: it dates no figure of a later clause", () => {
    const read = (text: string) => figures(text, "1987-06-18").map((f) => [f.value, f.period?.value])
    const text = "The department said personal income rose 0.2 pct in May, after increasing 0.4 pct in April, and that personal consumption expenditures had risen just 0.1 pct, compared with a 0.6 pct increase the month before."
    const periods = new Map(read(text).map(([value, period]) => [value, period]))
    // the 0.1 pct is May's, which no date of its clause says; never April's, nor is "the month before" reckoned from April
    expect(periods.get(0.1)).not.toBe("1987-04")
    expect(periods.get(0.6)).not.toBe("1987-03")
    expect(read("M-2 rose 8.28 pct to 58.71 billion in April after rising 6.47 pct to 57.52 billion in March.").find(([value]) => value === 6.47)?.[1]).toBe("1987-03")
  })

  it("the bare deficit of an overall balance of payments is no trade balance; a trade deficit still is one", () => {
    const measures = (text: string) => figures(text, "1987-06-18").map((f) => f.measure)
    expect(measures("Italy's overall balance of payments showed a deficit of 3,211 billion lire in May, the Bank of Italy said.")).not.toContain("trade_balance")
    expect(measures("Italy's trade deficit was 1,200 billion lire in May, the statistics institute said.")).toEqual(["trade_balance"])
  })

  it("'budget' naming a deficit or surplus is no plan: the deficit that hit a figure is actual, one to come a forecast", () => {
    const statuses = (text: string) => figures(text, "2005-01-27").map((f) => [f.measure, f.status])
    expect(statuses("The US budget deficit hit a record $412bn in the 12 months to 30 September 2004.")).toEqual([["budget_balance", "actual"]])
    expect(statuses("The US budget deficit is set to hit $368bn this year.")).toEqual([["budget_balance", "forecast"]])
  })

  it("trimming, slashing, paring and shedding are falls: 'by' sizes the change, never a level; a percentage of a whole so cut is a percentage change", () => {
    const read = (text: string) => figures(text, "1987-10-20").map((f) => [f.value, f.measure, f.aspect])
    expect(read("Salomon Brothers announced it would trim its worldwide staff by 800.")).toEqual([[-800, "employment", "change_amount"]])
    expect(read("General Motors Corp has slashed its planned car output by 12.6 pct from last year's third quarter.")).toEqual([[-12.6, "production", "change_percent"]])
    expect(read("Cadbury said the programme will shed 10% of the workforce.")).toEqual([[-10, "employment", "change_percent"]])
  })

  it("a percentage a verb of making up states is a part of a whole, a level, never a rise", () => {
    const aspects = (text: string) => figures(text, "2005-01-20").map((f) => f.aspect)
    expect(aspects("Consumer spending makes up two-thirds of economic output in the US.")).toEqual(["level"])
    expect(aspects("Debt servicing took up 40 pct of export earnings in April.")).toEqual(["level"])
  })

  it("a percentage level of a sum of money or of goods is a part of it, which no measure names; an economy's ratio to output is its level", () => {
    const read = (text: string) => figures(text, "2005-01-20").map((f) => [f.value, f.measure, f.unresolved ?? []])
    expect(read("Snapple generates more than 80% of its sales in the US.")).toEqual([[80, undefined, expect.arrayContaining(["measure"])]])
    expect(read("American Express said the unit contributed about 20 pct of earnings last year.")).toEqual([[20, undefined, expect.arrayContaining(["measure"])]])
    expect(read("France's budget deficit was 3.6% of GDP in 2004.")).toEqual([[-3.6, "budget_balance", []]])
  })

  it("households' spending is consumer spending, no government's; a part of the economy is no growth of it; a sum of money is no output in units", () => {
    const read = (text: string) => figures(text, "2005-01-20").map((f) => [f.value, f.measure ?? null])
    expect(read("US consumer spending grew 4.2% in the third quarter.")).toEqual([[4.2, "consumer_spending"]])
    expect(read("Personal consumption expenditures rose 0.1 pct in May.")).toEqual([[0.1, "consumer_spending"]])
    expect(read("Services, which make up nearly three-quarters of the UK economy, grew 1.0% in the quarter.").map(([value]) => value)).not.toContain(75)
    expect(read("Tourism accounts for about 6% of Thailand's economy.")).toEqual([[6, null]])
    expect(read("The $100m movie will be produced by Columbia/Sony Pictures.")).toEqual([[100e6, null]])
  })

  it("a debt security's coupon and issue price are no commodity's price; the yield is the figure after 'to yield'", () => {
    const read = (text: string) => figures(text, "1987-06-18").map((f) => [f.value, f.measure ?? null])
    expect(read("Aegon NV is issuing a 100 mln dlr eurobond due July 23, 1990 paying 8-1/4 pct and priced at 101 pct, lead manager Goldman Sachs said.").map(([, measure]) => measure)).not.toContain("commodity_price")
    expect(read("The bank is raising 200 mln marks through an eight-year eurobond carrying a 6-1/8 pct coupon and priced at 99-1/2 pct to yield 6.21 pct.")).toContainEqual([6.21, "interest_rate"])
    expect(read("The bank is raising 200 mln marks through an eight-year eurobond carrying a 6-1/8 pct coupon and priced at 99-1/2 pct to yield 6.21 pct.").map(([value]) => value)).not.toContain(99.5)
    expect(read("Spot copper prices rose 5 pct in May, traders said.")).toEqual([[5, "commodity_price"]])
  })

  it("people no one acts on, counted in a place, are the place's, never the paper that reports them; people a firm acts on stay the firm's", () => {
    const holders = (text: string) => figures(text, "1987-10-19").filter((f) => f.measure === "people_count").map((f) => f.holder)
    expect(holders("Figures in the Communist Party newspaper Pravda show output rose. Pravda said there were 283.8 mln people in the Soviet Union as of October 1.")).toEqual(["country:RU"])
    expect(holders("Shearson Lehman Brothers recently laid off 150 people in London.")).toEqual(["org:shearson-lehman-brothers"])
  })

  it("a firm's quarter reported too long after the calendar one ended is a fiscal one whose months are not written: its period is left open", () => {
    const periods = (text: string) => figures(text, "1987-10-19").map((f) => [f.value, f.period?.value ?? null]).sort()
    expect(periods("Kennametal Inc reported an increase in first quarter profits to 4.9 mln dlrs from 3.6 mln a year ago.")).toEqual([
      [3.6e6, null],
      [4.9e6, null]
    ])
    expect(periods("Widget Corp said third quarter profits rose to 12 mln dlrs from 9.5 mln a year ago.")).toEqual([
      [12e6, "1987-Q3"],
      [9.5e6, "1986-Q3"]
    ])
    expect(periods("Widget Corp earned 68.5 mln dlrs in the 1986 first quarter.")).toEqual([[68.5e6, "1986-Q1"]])
  })

  it("a firm's result over a run of months its clause counts is never of the quarter the article reported first, nor its earlier value of the whole year before", () => {
    const periods = (text: string) => figures(text, "1987-10-19").map((f) => [f.value, f.period?.value ?? null])
    const read = periods("Widget Corp said third quarter profits rose to 23 cts a share. Nine month profits were up 23 pct to 64 cts a share from 52 cts last year.")
    expect(read).toContainEqual([0.23, "1987-Q3"])
    expect(read.filter(([value]) => value !== 0.23).map(([, period]) => period)).toEqual([null, null, null])
    // the same part of a year written for it stays: "in the first nine months, net was … compared with a loss in the 1988 period"
    const travelers = figures("In the first nine months, Widget Corp's net was $306 million, compared with a loss of $195 million in the 1988 period.", "1989-10-19")
    expect(travelers.map((f) => [f.value, f.period?.value])).toContainEqual([-195e6, "1988-01/1988-09"])
  })

  it("a price per unit of goods is no deal's sum", () => {
    const measures = (text: string) => figures(text, "1987-06-18").map((f) => f.measure)
    expect(measures("Egypt for the third time submitted a bid of 89 dlrs per tonne in its tender for 200,000 tonnes of wheat.")).not.toContain("deal_value")
    expect(measures("Algeria's bid of 94.00 dlrs per tonne, c and f, for 50,000 tonnes for Nov 10-25 was accepted.")).not.toContain("deal_value")
    expect(measures("XYZ Corp said it agreed to buy ABC Inc for 50 mln dlrs.")).toEqual(["deal_value"])
  })

  it("the price 'at' which an offer is for shares is the offer's price, never the shares' market price; a price shares moved to stays theirs", () => {
    const read = (text: string) => figures(text, "1987-06-19").map((f) => [f.value, f.measure])
    expect(read("King World Productions Inc said it has started a tender offer for up to 4,100,000 of its own common shares at 28 dlrs each.")).toContainEqual([28, "offer_price"])
    expect(read("Dairy Farm said it will offer to buy up to 32.58 mln Kwik Save shares at 4.50 stg.")).toContainEqual([4.5, "offer_price"])
    expect(read("After the offer was made, Stewart Wrightson shares rose to 576p.")).toContainEqual([5.76, "share_price"])
  })

  it("the day a dividend is payable or its holders of record are counted is no period of it", () => {
    const periods = (text: string) => figures(text, "1987-06-18").map((f) => [f.value, f.period?.value ?? null])
    expect(periods("Torchmark Corp said its board declared a dividend of 25 cts per share payable July 15 to shareholders of record June 30.")).toEqual([[0.25, null]])
  })

  it("the level a change to come starts from is in force: actual on the article's day, never dated by the day the change takes effect, which dates the new level", () => {
    const read = (text: string) => figures(text, "1987-06-18").map((f) => [f.value, f.status, f.period?.value ?? null])
    expect(read("Widget Bank said it will lower its prime rate to 8.25 pct from 8.5 pct, effective tomorrow.")).toContainEqual([8.5, "actual", "1987-06-18"])
    expect(read("Widget Bank said it will lower its prime rate to 8.25 pct from 8.5 pct, effective tomorrow.")).toContainEqual([8.25, "plan", "1987-06-19"])
    // the figure revised from is the one first reported, no revision; one its own words call revised stays so
    const statuses = (text: string) => figures(text, "1987-02-26").map((f) => [f.value, f.status])
    expect(statuses("The previous week's M-1 level was revised to 734.6 billion dlrs from 734.2 billion dlrs.")).toEqual([
      [734.6e9, "revised"],
      [734.2e9, "actual"]
    ])
    expect(statuses("M-1 growth was 15.89 pct in January against a revised 27.52 pct in December.")).toContainEqual([27.52, "revised"])
    // a period of its own not yet over is still to come
    expect(read("Canada's unemployment should edge down to nine pct in 1988 from 9.25 pct this year.")).toContainEqual([9.25, "forecast", "1987"])
  })

  it("a year's results are of no quarter the article reports: 'a 26% rise in annual profits' is not the fourth quarter's", () => {
    const text = "BP has announced a 26% rise in annual profits to $16.2bn. Fourth-quarter profits rose to $3.65bn in the three months to December."
    const periods = figures(text, "2005-02-08").map((f) => [f.value, f.period?.value ?? null])
    expect(periods).toContainEqual([16.2e9, null])
    expect(periods).toContainEqual([3.65e9, "2004-10/2004-12"])
  })

  it("the exchange a firm is listed on holds none of its figures", () => {
    const holders = (text: string) => figures(text, "2005-01-10").map((f) => f.holder)
    expect(holders("In July, Diageo, which is listed on the London Stock Exchange, reported an annual turnover of £8.89bn.")).toEqual(["org:diageo"])
  })

  it("the terms of a ratio are no figure: 'a two-for-one stock split' counts no votes", () => {
    const values = (text: string) => figures(text, "1987-06-18").map((f) => f.value)
    expect(values("Lincoln Telecommunications Co said its directors voted a two-for-one stock split.")).toEqual([])
    expect(values("The company approved a 3-for-2 stock split and said 2,000 shareholders voted for it.")).not.toContain(3)
  })

  it("a clause of saying with its own subject after a comma ends the clause before it: its hedges and its dates are not that clause's", () => {
    const read = (text: string, published: string) => figures(text, published).map((f) => [f.value, f.status, f.period?.value ?? null])
    // "likely" is the cumulative deficit's, not May's
    expect(
      read("In a statement released after Statistics Bureau figures showed the May deficit was 866 mln dlrs, Keating said the cumulative deficit is now likely to be about 13.25 billion dlrs.", "1987-06-15")
    ).toContainEqual([-866e6, "actual", "1987-05"])
    // "last week" dates the telling, not the figure
    const told =
      "The Philippine 1987 inflation rate will rise to 4.8 pct from 0.74 pct in 1986 if the government implements an employers' association " +
      "recommendation for a 10 pct increase in the 54 peso minimum daily wage this month, Economic Planning Secretary Solita Monsod said. " +
      "The government's own proposal for an across-the-board daily pay rise of six pesos for non-agricultural workers and eight pesos for " +
      "agriculture workers, would push the full year average higher to 5.4 pct, she told the Senate last week."
    const dates = figures(told, "1987-10-19").filter((f) => f.value === 5.4).map((f) => f.period?.value ?? null)
    expect(dates).toHaveLength(1)
    expect(dates).not.toContain("1987-W42")
    // a phrase put first is no clause: its period is the figure's
    expect(read("For the quarter ended Sept 30, the company said its total volume of packages increased to 69,826,000 from 54,232,000 a year earlier.", "1987-10-20")).toContainEqual([69826000, "actual", "1987-07/1987-09"])
    // the subject before a bare verb of saying ("Charter Oak, said it bought"), and an aside (", the department said,") keep the clause whole
    const holders = (text: string) => figures(text, "2005-01-10").map((f) => [f.value, f.holder ?? null])
    expect(holders("In a filing with the Securities and Exchange Commission, Charter Oak Partners said it bought 180,000 Facet Enterprises common shares on June 12 at 18.25 dlrs each.")).toContainEqual([180000, "org:charter-oak-partners"])
  })

  it("a status word of a reading the figure is set against is that reading's: 'below forecasts at 866 mln dlrs' is actual", () => {
    const statuses = (text: string) => figures(text, "1987-06-15").map((f) => [f.value, f.status])
    expect(statuses("Statistics Bureau figures showed the Australian current account deficit in May was below forecasts at 866 mln dlrs.")).toEqual([[-866e6, "actual"]])
    expect(statuses("Widget Corp said its first quarter net profit was 200 mln dlrs, above analysts' estimates.")).toContainEqual([200e6, "actual"])
    // the figure after the word is the reading's own when "of" ties it: "missed its sales target of a 3-5% rise"
    expect(statuses("Widget Corp said it missed its sales target of a five pct rise in sales.")).toContainEqual([5, "target"])
    expect(statuses("Reuters beat profit forecasts, posting a 52 pct rise in profits for the year to 198 mln stg.")).toContainEqual([198e6, "actual"])
    // nor does such a word hedge the figure: "rose a higher than expected 17,000" is plainly reported
    const modality = extractText("The German jobless total rose a higher than expected 17,000 to 4.483 million in January.", "2005-02-01").claims.map((c) => [c.value?.value, c.modality])
    expect(modality).toContainEqual([4483000, "reported"])
    // "line" only as "in line with"
    expect(statuses("Bankers will hear what impact Brazil's hard line would have on Argentina's request for 2.15 billion dlrs in new loans.")).not.toContainEqual([2.15e9, "actual"])
  })

  it("a price per share of shares offered to the public or bought on a warrant's terms is an offer price, never earnings per share", () => {
    const read = (text: string) => figures(text, "1987-06-19").map((f) => [f.value, f.measure])
    expect(read("Spectramed Inc said an initial public offering of 3,640,000 common shares is underway at 11 dlrs a share.")).toEqual([[11, "offer_price"]])
    expect(read("Sage Equities will receive 667,667 warrants exercisable at 1.50 dlrs a share.")).toContainEqual([1.5, "offer_price"])
    expect(read("Widget Corp said it earned 1.2 mln dlrs or 50 cts a share in the quarter.")).toContainEqual([0.5, "eps"])
  })

  it("a bare deficit or surplus with no balance named before it is the budget's in a text of a budget that never speaks of trade", () => {
    const measures = (title: string, body: string) => headlined(title, body, "1987-06-19").flatMap((c) => (c.figure?.measure === undefined ? [] : [[c.value?.value, c.figure.measure]]))
    expect(measures("U.S. BUDGET DUE FOR APPROVAL", "The Democrat budget plan is set to be passed next week. It would cut next year's deficit by about $37 billion to $134 billion.\n")).toContainEqual([-134e9, "budget_balance"])
    expect(measures("U.S. TREASURY REPORT", "The U.S. budget was in deficit 35.74 billion dlrs in May.\n")).toContainEqual([-35.74e9, "budget_balance"])
    expect(measures("JAPAN SURPLUS WIDENS", "Japan's exports rose in May. The surplus widened to 8.5 billion dlrs in May.\n")).toContainEqual([8.5e9, "trade_balance"])
  })

  it("an earlier value is of the prior period whichever reader read it", () => {
    const periods = (text: string) => figures(text, "1987-06-18").map((f) => [f.value, f.period?.value ?? null, f.period?.prior ?? null])
    expect(periods("ZCCM recorded a net loss of 718 mln kwacha in 1986 compared with a net profit of 19 mln kwacha the previous year.")).toContainEqual([19e6, "1985", true])
    expect(periods("German economic growth will slow to 1.5 pct this year from 2.4 pct in 1986.")).toContainEqual([2.4, "1986", true])
  })

  it("a base a change is counted back from is never the figure's period, even with no other date", () => {
    const periods = (text: string) => figures(text, "1987-04-08").map((f) => [f.value, f.period?.value ?? null])
    expect(periods("Japan's exports declined 1.4 pct from a year earlier.")).toEqual([[-1.4, null]])
    expect(periods("General Motors Corp has slashed its planned car output by 12.6 pct from last year's third quarter.")).toEqual([[-12.6, null]])
    expect(periods("For the full-year, TimeWarner posted a profit of 3.36 bln dlrs, up 27 pct from its 1986 performance.")).toEqual([
      [27, null],
      [3.36e9, null]
    ])
    // a plain date after "from" alone may start the figure's period
    expect(periods("The government will introduce tax cuts worth 39 billion marks from 1990.")).not.toContainEqual([39e9, null])
  })

  it("the period an article first reports results for is never one a forecast states", () => {
    const periods = (text: string) => extractUndated(text).claims.filter((c) => c.figure !== undefined).map((c) => [c.value?.value, c.figure?.period?.value ?? null])
    const text = "Widget said its net profit would reach £700m in 2006.\n\nIts shares rose on the news.\n\nPre-tax profits rose 15% to £546m."
    expect(periods(text)).toContainEqual([546e6, null])
    expect(periods("Widget has reported a 44% rise in profits for 2004, to $778m.\n\nIts shares rose on the news.\n\nPre-tax profits rose 15% to £546m.")).toContainEqual([546e6, "2004"])
  })

  it("a result its clause says is a part of a year's takes no year the article first reports", () => {
    const periods = (text: string) => extractUndated(text).claims.filter((c) => c.figure !== undefined).map((c) => [c.value?.value, c.figure?.period?.value ?? null])
    const text = "Widget has reported a 44% rise in profits for 2004, to $778m.\n\nIts shares rose on the news.\n\nNet revenue for the quarter rose to $935.8m."
    expect(periods(text)).toContainEqual([935.8e6, null])
  })

  it("an earlier value restated per share after its amount is the year-ago figure, whichever reader read the amount; a sum restated after 'or' is no figure of its own", () => {
    const read = (text: string) => figures(text, "1989-11-02").map((f) => [f.value, f.measure, f.period?.value ?? null, f.period?.prior ?? null])
    const reed = read("Reed Corp said third-quarter net income fell to $89.7 million, or 16 cents a share, from $94.8 million, or 17.3 cents a share.")
    expect(reed).toContainEqual([94.8e6, "net_income", "1988-Q3", true])
    expect(reed).toContainEqual([0.173, "eps", "1988-Q3", true])
    expect(reed).not.toContainEqual([0.173, "eps", "1989-Q3", false])
    const tribune = read("Tribune reported net income of 33,085,000 dlrs or 42 cts a share, down from 123,450,000 dlrs or 1.53 dlrs in the 1986 third quarter.")
    expect(tribune.filter(([value]) => value === 1.53).map(([, measure]) => measure)).not.toContain("net_income")
    expect(read("Widget Corp said it agreed to be acquired for $50 a share, or about $950 million.")).toContainEqual([950e6, "deal_value", "1989-11-02", false])
  })

  it("a money aggregate or a bank's named rate is the item of its figure; a clause naming two gives none, a market's rate none", () => {
    const items = (text: string) => figures(text, "1987-06-18").map((f) => [f.value, f.measure, f.item ?? null])
    expect(items("U.S. M-1 money supply rose 2.1 billion dlrs to a seasonally adjusted 736.7 billion dlrs in the week ended February 9.")).toContainEqual([736.7e9, "money_supply", "M1"])
    expect(items("Chemical Bank said it is raising its prime rate to 9-3/4 pct from 9-1/4 pct.")).toContainEqual([9.75, "interest_rate", "prime rate"])
    expect(items("The combined M-1 and M-3 money supply rose 5.0 billion dlrs in the week ended February 9.")).toContainEqual([5e9, "money_supply", null])
    expect(items("The Fed funds rate dropped to 7-1/4 pct from Monday's average of 7.61 pct.").map(([, , item]) => item)).not.toContain("federal funds rate")
  })

  it("a date in the possessive right before a figure is its own period ('2003's $1.2bn loss', 'from the second quarter's 7 mln dlrs')", () => {
    const periods = (text: string, published: string) => figures(text, published).map((f) => [f.value, f.period?.value ?? null])
    expect(periods("Widget said third quarter profit fell to 5 mln dlrs from the second quarter's 7 mln dlrs.", "1987-10-19")).toEqual([
      [5e6, "1987-Q3"],
      [7e6, "1987-Q2"]
    ])
    expect(periods("AMR posted a loss of $761m for 2004, lower than 2003's $1.2bn loss.", "2005-01-20")).toContainEqual([-1.2e9, "2003"])
    expect(periods("Imports were put at 1.805 billion dlrs, compared with 1986/7's one billion dlrs.", "1987-06-29")).toContainEqual([1e9, "1986/1987"])
    // the words of another phrase stand between: "last week's pact from 3.80 pct" dates no 3.80
    expect(periods("The allocation rate rose to 3.85 pct at last week's pact from 3.80 pct.", "1987-10-20")).not.toContainEqual([3.8, "1987-W42"])
  })

  it("an average of a sum over a period longer than a month is no figure of that period; a rate's average is", () => {
    const periods = (text: string) => figures(text, "1987-10-20").map((f) => [f.value, f.measure, f.period?.value ?? null])
    expect(periods("In the first nine months of 1987, Brazil's monthly trade surpluses averaged 1.1 billion dlrs.")).toContainEqual([1.1e9, "trade_balance", null])
    expect(periods("Norway's oil production rose 10 pct to an average of around 840,000 bpd in 1986.")).toContainEqual([840000, "production", "1986"])
  })

  it("plural balance words are balances; what a verb of covering takes after a balance is no amount of it", () => {
    const read = (text: string) => figures(text, "1987-10-20").map((f) => [f.value, f.measure])
    expect(read("Brazil's trade surpluses rose to 1.1 billion dlrs in May.")).toEqual([[1.1e9, "trade_balance"]])
    expect(read("In 1984 and 1985 Brazil's annual trade surpluses had been sufficient to cover the 12 billion dlrs in interest payments.")).toEqual([])
  })

  it("a date after another figure in a relative clause of its own dates no figure outside it", () => {
    const periods = (text: string) => figures(text, "2005-02-25").map((f) => [f.value, f.period?.value ?? null])
    const text = "Revenues were 4.3 bln stg while the firm's operating profit was 600 mln stg, which it said could reach 700 mln stg by 2006."
    expect(periods(text)).toContainEqual([4.3e9, null])
    // a date a subordinate clause shares still frames it
    expect(periods("Growth was unlikely to reach the government's 3.5 pct forecast for 2005, although it might come close to three pct.")).not.toContainEqual([3, null])
    // nor does one after another figure in the aside a last dash sets off
    const aside = "Overall investment in fixed assets was still high, up 21.3% from the previous year - although some way off the peak of 43% seen in the first quarter of 2004."
    expect(periods(aside).find(([value]) => value === 21.3)).toEqual([21.3, null])
  })

  it("a price per share a share moved to is its price; a debt security's conversion price is no earnings per share", () => {
    const read = (text: string) => figures(text, "1987-06-18").map((f) => [f.value, f.measure])
    expect(read("The drop of Irving's share to 44 dlrs per share increases the chance that Bank of New York will succeed.")).toEqual([[44, "share_price"]])
    expect(read("The company said the debentures are convertible into Ogden common stock at 79.75 dlrs per share.")).toEqual([])
    // a conversion named after the figure converts nothing it prices
    expect(read("The company expects to offer three mln common shares at 11 to 12 dlrs a share along with convertible debentures.")).toContainEqual([11.5, "offer_price"])
  })

  it("the rest of the article's year is the months after its own", () => {
    const periods = (text: string) => figures(text, "1987-06-29").map((f) => [f.value, f.period?.value ?? null])
    expect(periods("OPEC agreed on an output ceiling of 16.6 mln barrels per day for the rest of 1987.")).toEqual([[16.6e6, "1987-07/1987-12"]])
    expect(periods("OPEC agreed on an output ceiling of 16.6 mln barrels per day for 1988.")).toEqual([[16.6e6, "1988"]])
  })
})
