import { describe, expect, it } from "vitest"
import { extractText } from "./extract-text.js"

const holders = (text: string) => extractText(text, "2005-02-10").claims.filter((c) => c.figure !== undefined).map((c) => c.figure?.holder)

describe("names the gazetteer does not know, as holders", () => {
  it("never takes a word capitalised only because it opens the sentence", () => {
    expect(holders("Figures show that sales rose 4% last month.")).not.toContain("org:figures")
    expect(holders("Jobs growth slowed to 2% in January.")).not.toContain("org:jobs")
  })

  it("joins names across an ampersand into one firm's: 'Marks & Spencer', 'Independent News & Media'", () => {
    expect(holders("Marks & Spencer said its 2004 profit rose to £3m.")).toEqual(["org:marks-spencer"])
    expect(holders("Irish publishing group Independent News & Media said its 2004 profit rose to 3m euros.")).toEqual(["org:independent-news-media"])
  })

  it("gives a figure told by a clause of its own to the name that tells it, not to the name before", () => {
    const stocks = extractText("Texaco Inc's stock rose 1.50 dlrs to 39.375 dlrs and Pennzoil Co fell 4 dlrs to 78.875 dlrs on Monday.", "1987-06-29").claims
    expect(stocks.map((c) => [c.figure?.holder, c.value?.value])).toEqual([["org:texaco", 1.5], ["org:texaco", 39.375], ["org:pennzoil", -4]])
    const houses = extractText("Mortgage lender Halifax said house prices rose by 0.8% in January and Nationwide reported a rise of 0.4%.", "2005-02-10").claims
    expect(houses.map((c) => [c.figure?.holder, c.value?.value])).toEqual([["org:halifax", 0.8], ["org:nationwide", 0.4]])
    // One firm's name with "and" in it, or a list of subjects, is no new teller.
    expect(holders("Bloomfield Savings and Loan Association F.A. said its net income rose to 8.5 mln dlrs in 1986.")).not.toContain("org:loan-association-f-a")
  })

  it("takes no place of an address in a phrase that refers back to the firm ('The Rockford, Ill., maker of fasteners')", () => {
    const text = "Elco Industries Inc. said its net income fell. The Rockford, Ill., maker of fasteners also said fiscal 1989 sales were $155 million."
    expect(holders(text)).not.toContain("org:ill")
    expect(holders(text)).not.toContain("org:rockford")
    // Without "the", a firm's noun after a name describes that name: "Den Norske Creditbank, Norway's biggest commercial bank, said".
    expect(holders("Bergen Trust, Norway's biggest commercial bank, said its 1987 net profit rose to 300 mln crowns.")).toEqual(["org:bergen-trust"])
  })

  it("takes no state, province or town of an address for a firm, and an ordinal opening its name is of it: 'First National Bank of Crosby, Crosby, Tex.'", () => {
    expect(holders("Regulators also merged the failed First National Bank of Crosby, Crosby, Tex., with total assets of 8.2 mln dlrs.")).toEqual(["org:first-national-bank-of-crosby"])
    const napa = holders("Kaiser Steel Corp's plant in Napa, Calif., has been purchased by Oregon Steel Mills for 16 mln dlrs.")
    expect(napa).not.toContain("org:napa")
    expect(napa).not.toContain("org:calif")
  })

  it("reads a firm's whole name through brackets, a word that mostly opens sentences, or the country after 'Bank of'", () => {
    expect(holders("Industrial Equity (Pacific) Ltd said it raised its stake in Wrather Corp to 816,000 shares.")).toContain("org:industrial-equity-pacific")
    expect(holders("Mutual Shares Corp said it sold 110,000 Cyclops common shares for 10 mln dlrs.")).toContain("org:mutual-shares")
    expect(holders("Commonwealth Bank of Australia said it will raise its prime rate to 16.75 pct.")).toEqual(["org:commonwealth-bank-of-australia"])
    // "Bank" alone names no firm: "Bank deposits rose 75.40 billion rupees".
    expect(holders("In India, Bank deposits rose 75.40 billion rupees in the first half of 1987.")).not.toContain("org:bank")
  })

  it("joins a place the gazetteer does not know to 'Bank of' before it: the bank holds the figure, not the town", () => {
    expect(holders("Bank of Boston said its net income rose to 80 mln dlrs in the third quarter.")).toEqual(["org:bank-of-boston"])
    expect(holders("The National Bank of Chicago subsidiary agreed to buy a 35 pct stake in Wood Gundy.")).not.toContain("org:chicago")
  })

  it("joins names across 'and' when they run on to a company suffix; two firms, or 'X and Co', stay as they are", () => {
    expect(holders("Widget Oil and Gas Partners Ltd said its revenue rose 4% to $2bn in 2004.")).toContain("org:widget-oil-and-gas-partners")
    expect(holders("Gadget Bank and Widget Trust Corp said its revenue rose 4% to $2bn in 2004.")).not.toContain("org:gadget-bank-and-widget-trust")
    expect(holders("Woolcott and Co Inc said its revenue rose 4% to $2bn in 2004.")).not.toContain("org:woolcott-and")
  })

  it("takes a capitalised word the tagger reads as no proper noun into a name that runs on to a company suffix, unless a name already read ends right before it", () => {
    expect(holders("He said Advanced Widget Technologies Inc purchased 93% of Gadget Corp.")).toContain("org:advanced-widget-technologies")
    expect(holders("Laidlaw Widget and Peck Inc said its revenue rose 4% to $2bn in 2004.")).toContain("org:laidlaw-widget-and-peck")
    expect(holders("Sales at Toyota Computer Inc rose 4% to $2bn in 2004.")).not.toContain("org:computer")
  })

  it("takes a name an apposition opened by 'the' describes ('Widget Mac, the country's other mortgage firm, …'), never one before a clause of its own (', the group said')", () => {
    expect(holders("Widget Mac, the country's other largest mortgage firm, was forced to restate earnings by $4.4bn in 2004.")).toContain("org:widget-mac")
    expect(holders("In a filing with the Securities and Exchange Commission, the group said it bought 32,800 Gadget common shares in 2004.")).not.toContain("org:exchange-commission")
  })

  it("never takes a name an apposition gives as what the name before it belongs to or succeeds: the name before holds the figure", () => {
    expect(holders("Widget Copper Co, a subsidiary of Gadget Mining Corp, said it is cutting its cathode price by 0.75 cent to 66 cents.")).toEqual([
      "org:widget-copper",
      "org:widget-copper"
    ])
    expect(holders("Citiwidget Savings, the successor to the failed Fidelity Widget Savings and Loan Association, has assets of 4.9 billion dlrs.")).toEqual([
      "org:citiwidget-savings"
    ])
  })

  it("takes a capitalised ordinal right before a name into it ('First Widget Corp'); an ordinal before a common noun is none", () => {
    expect(holders("First Widget Corp said its net income rose 12 pct to 59 mln dlrs.")).toEqual(["org:first-widget", "org:first-widget"])
    expect(holders("First quarter sales at Widget Corp rose 12 pct to 59 mln dlrs.")).not.toContain("org:first-quarter")
  })

  it("takes the same word when the text also writes it capitalised mid-sentence: a name", () => {
    expect(holders("Shares in Figtree rose. Figtree said its revenue rose 4% to $2bn in 2004.")).toContain("org:figtree")
  })
})

describe("people and months are never firms", () => {
  it("never takes a person the text names after an office or a courtesy title, in full or by surname", () => {
    const text = "Opposition leader John Hewson spoke on Tuesday. Hewson has said a conservative government would cut the top tax rate to 38 pct in 2006."
    expect(holders(text)).toEqual([undefined])
    expect(holders("Mr Hewson said a conservative government would cut the top tax rate to 38 pct in 2006.")).toEqual([undefined])
  })

  it("never takes a company suffix or an initial cut off a name by its 'and' ('Standard and Poor's Corp', 'S and P')", () => {
    expect(holders("Standard and Poor's Corp said it affirmed 6.3 billion dlrs of debt.")).not.toContain("org:corp")
    expect(holders("S and P cited a 400 mln dlr provision to reserves.")).not.toContain("org:p")
  })

  it("never takes an office or a courtesy title left alone before a person the gazetteer knows ('Senator Kerry')", () => {
    expect(holders("During the campaign Senator Kerry planned to raise the top income tax rate to 39.6 pct in 2005.")).toEqual([undefined])
  })

  it("never takes a month's name, even one the text capitalises mid-sentence", () => {
    expect(holders("April index figure fell 14 pct from March, officials said. Prices were steady in April.")).toEqual([undefined])
  })
})

describe("an outlet spoken to or reporting is never the holder", () => {
  it("never takes the outlet a speaker told, nor the outlet of a correspondent", () => {
    expect(holders("About 25% of people would switch, he told the BBC on Monday.")).not.toContain("org:bbc")
    expect(holders("BBC correspondent Simon Hall said 2,000 people gathered on Monday.")).toEqual([undefined])
  })
})

describe("places beside a firm are never the firm", () => {
  it("never takes a town written before its state in a '-based' modifier", () => {
    expect(holders("The Jacksonville, Florida-based firm has total debts of $1.87bn.")).not.toContain("org:jacksonville")
  })

  it("takes the firm, not the address set off by commas after its company suffix", () => {
    expect(holders("CAMBREX Corp., Bayonne, N.J., declared its initial quarterly of five cents a share.")).toEqual(["org:cambrex"])
    expect(holders("Acme Corp., Bayonne, N.J., said net income rose to 5 mln dlrs.")).toEqual(["org:acme"])
  })
})

describe("the cause of a change holds no figure of what it changed", () => {
  it("leaves a price raised by someone's act without a holder", () => {
    expect(holders("OPEC's accord boosted oil prices to 18 dlrs a barrel.")).toEqual([undefined])
    expect(holders("The strike at Codelco sent copper prices 3% higher.")).toEqual([undefined])
  })

  it("keeps the subject's own figure: 'boosted its revenue'", () => {
    expect(holders("Nissan boosted its revenue by 5% to $3bn in 2004.")).not.toContain(undefined)
  })
})

describe("a country describing a firm in apposition is its nationality", () => {
  it("gives the firm, not the country, its jobs: 'ABN Amro, the Netherlands' largest bank'", () => {
    expect(holders("ABN Amro, the Netherlands' largest bank, is to cut 2,850 jobs.")).toEqual(["org:abn-amro"])
  })
})

describe("a name before the measure words holds it, a country after them is where", () => {
  it("gives Hyundai, not India, its sales in India", () => {
    expect(holders("South Korea's Hyundai Motor plans a plant in India. Hyundai expects its sales in India to grow 16% to 250,000 in 2005.")).toContain("org:hyundai")
    expect(holders("South Korea's Hyundai Motor plans a plant in India. Hyundai expects its sales in India to grow 16% to 250,000 in 2005.")).not.toContain("country:IN")
  })
})

describe("an announced decision", () => {
  it("is a plan, not a forecast: 'is to cut 2,850 jobs'", () => {
    const claims = extractText("ABN Amro, the Netherlands' largest bank, is to cut 2,850 jobs.", "2005-01-10").claims.filter((c) => c.figure !== undefined)
    expect(claims.map((c) => [c.value?.value, c.figure?.holder, c.figure?.status])).toEqual([[-2850, "org:abn-amro", "plan"]])
  })
})

describe("a deal's terms said to lie ahead", () => {
  it("are a plan, not a forecast: 'would buy a 43 pct stake'", () => {
    const claims = extractText("Acme Holdings said it would buy a 43 pct stake in Zenith Oil for 1.2 billion dlrs.", "1987-02-26").claims.filter((c) => c.figure !== undefined)
    expect(claims.map((c) => [c.value?.value, c.figure?.status])).toEqual([
      [43, "plan"],
      [1.2e9, "plan"]
    ])
  })
})
