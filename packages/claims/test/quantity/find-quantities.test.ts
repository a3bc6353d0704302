import { describe, expect, it } from "vitest"
import { brief, quantitiesIn, quantityQuoted } from "./quantity-helpers.js"

describe("findQuantities: money", () => {
  it("reads BBC money with symbols, scale letters and a parenthetical restatement", () => {
    const text =
      "Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m) for the three months to December, from $639m year-earlier."
    const qs = quantitiesIn(text, ["December"])
    expect(qs.map(brief)).toEqual([
      { text: "76%", kind: "percent", value: 76, unit: "percent" },
      { text: "$1.13bn", kind: "money", value: 1.13e9, unit: "USD" },
      { text: "$639m", kind: "money", value: 639e6, unit: "USD" }
    ])
    const profit = qs[1]!
    expect(profit.precision).toBeCloseTo(1e7)
    expect(profit.equivalents).toEqual([{ start: text.indexOf("£600m"), end: text.indexOf("£600m") + 5, text: "£600m", value: 600e6, unit: "GBP" }])
  })

  it("reads the Wall Street Journal's '#' as the pound before a scaled amount, and nowhere else", () => {
    const text = "Net income slipped 5% to #89.7 million ($141.9 million). It is the #1 seller, and room #12 is free."
    expect(quantitiesIn(text).map(brief)).toEqual([
      { text: "5%", kind: "percent", value: 5, unit: "percent" },
      { text: "#89.7 million", kind: "money", value: 89.7e6, unit: "GBP" }
    ])
  })

  it("records every restatement in a parenthesis", () => {
    const [q] = quantitiesIn("It spent 59.2 trillion rupiah ($6.58bn; £3.5bn) on fuel subsidies.")
    expect(brief(q!)).toEqual({ text: "59.2 trillion rupiah", kind: "money", value: 5.92e13, unit: "IDR" })
    expect(q!.equivalents.map((e) => [e.text, e.value, e.unit])).toEqual([
      ["$6.58bn", 6.58e9, "USD"],
      ["£3.5bn", 3.5e9, "GBP"]
    ])
  })

  it("reads wire copy: mln, dlrs and pct", () => {
    const qs = quantitiesIn("Sales rose 12 pct to 340 mln dlrs, and net profit was 1.2 billion dlrs, or 1.05 dlrs a share.")
    expect(qs.map(brief)).toEqual([
      { text: "12 pct", kind: "percent", value: 12, unit: "percent" },
      { text: "340 mln dlrs", kind: "money", value: 340e6, unit: "USD" },
      { text: "1.2 billion dlrs", kind: "money", value: 1.2e9, unit: "USD" },
      { text: "1.05 dlrs", kind: "money", value: 1.05, unit: "USD" }
    ])
  })

  it("reads wire copy's fractions of a rate or price, and keeps codes and dates apart", () => {
    const qs = quantitiesIn("The prime rate rose to 7-3/4 pct from 7-1/2 pct. The shares closed at 93-7/8, up 1-3/8, and bonds were off 1/4.")
    expect(qs.map((q) => [q.text, q.value, q.precision])).toEqual([
      ["7-3/4 pct", 7.75, 0.25], ["7-1/2 pct", 7.5, 0.5], ["93-7/8", 93.875, 0.125], ["1-3/8", 1.375, 0.125], ["1/4", 0.25, 0.25]
    ])
    expect(quantitiesIn("The credit falls from 33-1/3 pct to 25 pct.").map((q) => [q.text, q.value])).toEqual([["33-1/3 pct", 33.3333333333], ["25 pct", 25]])
    expect(quantitiesIn("The 24/7 service opened after 9/11, and 5/4 of them left.").map((q) => q.text)).toEqual([])
  })

  it("reads wire copy's cents, sterling, marks and the currencies of 1987", () => {
    const qs = quantitiesIn("Shr eight cts vs 10 cts. Profit was 12.5 mln stg, or 350 mln marks, 90 mln guilders and 4.5 billion lire.")
    expect(qs.map(brief)).toEqual([
      { text: "eight cts", kind: "money", value: 0.08, unit: "USD" },
      { text: "10 cts", kind: "money", value: 0.1, unit: "USD" },
      { text: "12.5 mln stg", kind: "money", value: 12.5e6, unit: "GBP" },
      { text: "350 mln marks", kind: "money", value: 350e6, unit: "DEM" },
      { text: "90 mln guilders", kind: "money", value: 90e6, unit: "NLG" },
      { text: "4.5 billion lire", kind: "money", value: 4.5e9, unit: "ITL" }
    ])
  })

  it("reads a table's rows apart: no unit from the next row, no name from a row head", () => {
    const qs = quantitiesIn("Revs 80.3 mln vs 79.1 mln\n    Year\n    Shr 12 cts vs nine cts")
    expect(qs.map((q) => q.text)).toEqual(["80.3 mln", "79.1 mln", "12 cts", "nine cts"])
    // A line wrapped in prose keeps its figure whole; a name wrapped to a new line still names.
    expect(quantitiesIn("a gain of 12.0\nmln dlrs").map((q) => q.text)).toEqual(["12.0\nmln dlrs"])
    expect(quantitiesIn("It flew a\nBoeing 747 to Paris.")).toEqual([])
  })

  it("reads a verb of passing a mark as 'more than': growth that topped 9% agrees with 9.5%; 'the top 10' is ten", () => {
    const qs = quantitiesIn("Growth had topped 9% in 2004 and oil prices surpassed $50 a barrel, but the top 10 firms lost money.", ["2004"])
    expect(qs.map((q) => [q.text, q.value, q.qualifier])).toEqual([
      ["topped 9%", 9, "more_than"],
      ["surpassed $50", 50, "more_than"],
      ["10", 10, "exact"]
    ])
  })

  it("reads the seed article's qualified money, in base units with its interval", () => {
    const qs = quantitiesIn("In 2023, trade volume between China and Russia increased and reached more than US$200 billion.", ["2023"])
    const trade = quantityQuoted(qs, "more than US$200 billion")
    expect(brief(trade)).toEqual({ text: "more than US$200 billion", kind: "money", value: 2e11, unit: "USD" })
    expect(trade.qualifier).toBe("more_than")
    expect(trade.interval).toEqual({ low: 2e11, high: null, lowInclusive: false, highInclusive: false })
    expect(trade.precision).toBe(1e9)
    expect(qs).toHaveLength(1)
  })

  it("reads trailing qualifiers, scale letters and prefixed dollars", () => {
    const qs = quantitiesIn("Reid cost £3m-plus, 30 or more fans came, a dozen or so stayed; HK$3bn, C$200 and $50k changed hands.")
    expect(qs.map((q) => [q.text, q.value, q.unit, q.qualifier])).toEqual([
      ["£3m-plus", 3e6, "GBP", "at_least"],
      ["30 or more", 30, "item", "at_least"],
      ["a dozen or so", 12, "item", "approximate"],
      ["HK$3bn", 3e9, "HKD", "exact"],
      ["C$200", 200, "CAD", "exact"],
      ["$50k", 50_000, "USD", "exact"]
    ])
  })

  it("reads a total and a range whose scale word serves both ends", () => {
    const qs = quantitiesIn("Russia and China will sign contracts worth a total of $10 billion; costs may rise $5-6 billion.")
    const total = quantityQuoted(qs, "a total of $10 billion")
    expect(total.qualifier).toBe("total")
    expect(total.interval).toMatchObject({ low: 1e10, high: 1e10 })
    const range = quantityQuoted(qs, "$5-6 billion")
    expect(range.interval).toEqual({ low: 5e9, high: 6e9, lowInclusive: true, highInclusive: true })
    expect(range.value).toBe(5.5e9)
  })

  it("reads currency names and codes in several languages of copy", () => {
    const qs = quantitiesIn(
      "It paid almost 90 billion yuan, 3.5bn euros, 10 million Swiss francs, 200 billion roubles, 5 crore rupees and USD 12m, while shares closed at 274.5 pence."
    )
    expect(qs.map((q) => [q.text, q.value, q.unit])).toEqual([
      ["almost 90 billion yuan", 9e10, "CNY"],
      ["3.5bn euros", 3.5e9, "EUR"],
      ["10 million Swiss francs", 1e7, "CHF"],
      ["200 billion roubles", 2e11, "RUB"],
      ["5 crore rupees", 5e7, "INR"],
      ["USD 12m", 12e6, "USD"],
      ["274.5 pence", 2.745, "GBP"]
    ])
    expect(qs[0]!.interval).toEqual({ low: 8.55e10, high: 9e10, lowInclusive: true, highInclusive: false })
  })

  it("reads the wire's dollars of a country: 'U.S. Dlrs', 'Canadian dlrs'", () => {
    const qs = quantitiesIn("Reserves rose to 60 billion U.S. Dlrs, and the deficit to 4.2 billion Canadian dlrs.")
    expect(qs.map((q) => [q.text, q.value, q.unit])).toEqual([
      ["60 billion U.S. Dlrs", 6e10, "USD"],
      ["4.2 billion Canadian dlrs", 4.2e9, "CAD"]
    ])
  })

  it("reads a bare 'dlrs' as the dollar the text last named; with none named, or the U.S.'s, U.S. dollars", () => {
    const units = (text: string) => quantitiesIn(text).map((q) => [q.text, q.unit])
    expect(units("Reserves fell to 7.15 billion N.Z. Dlrs in January from 7.20 billion dlrs in December.")).toEqual([
      ["7.15 billion N.Z. Dlrs", "NZD"],
      ["7.20 billion dlrs", "NZD"]
    ])
    expect(units("It paid 5 mln U.S. Dlrs for 4 mln Canadian dlrs, then 3 mln dlrs.").map(([, unit]) => unit)).toEqual(["USD", "CAD", "CAD"])
    expect(units("Profit rose to 3 mln dlrs.").map(([, unit]) => unit)).toEqual(["USD"])
    // a symbol is no name of a dollar to go on with: "$4" after "A$5" is written as it is
    expect(units("The fare is A$5 here and $4 in Boston.").map(([, unit]) => unit)).toEqual(["AUD", "USD"])
  })

  it("reads 'pounds' as weight when the sentence is about weighing, as money otherwise", () => {
    const [weight] = quantitiesIn("The bear weighed 300 pounds.")
    expect(weight).toMatchObject({ kind: "measure", unit: "kg", dimension: "mass" })
    expect(weight!.value).toBeCloseTo(136.0777, 3)
    expect(quantitiesIn("He paid 300 pounds for the ticket.").map(brief)).toEqual([
      { text: "300 pounds", kind: "money", value: 300, unit: "GBP" }
    ])
  })

  it("reads a vague amount of money, and pesos only with their country", () => {
    const qs = quantitiesIn("The storm caused billions of dollars of damage; the city spent 400m Mexican pesos and 20 pesos.")
    expect(qs.map((q) => [q.text, q.kind, q.unit, q.interval.low, q.interval.high])).toEqual([
      ["billions of dollars", "money", "USD", 2e9, 1e10],
      ["400m Mexican pesos", "money", "MXN", 4e8, 4e8],
      ["20", "count", "item", 20, 20]
    ])
  })

  it("reads a hyphenated money adjective as money", () => {
    expect(quantitiesIn("Parmalat disclosed a 4bn-euro hole in its accounts.").map(brief)).toEqual([
      { text: "4bn-euro", kind: "money", value: 4e9, unit: "EUR" }
    ])
  })

  it("does not read a figure in 'billion-dollar projects', which has no number", () => {
    expect(quantitiesIn("Several billion-dollar projects were announced.").filter((q) => q.kind === "money")).toEqual([])
  })
})

describe("findQuantities: percentages", () => {
  it("reads percent, per cent, percentage points and basis points", () => {
    const qs = quantitiesIn(
      "Beijing accounts for 14.3 percent of trade; inflation rose 0.5 percentage points to 2.1 per cent after a 25 basis point cut."
    )
    expect(qs.map((q) => [q.text, q.value, q.unit, q.precision])).toEqual([
      ["14.3 percent", 14.3, "percent", 0.1],
      ["0.5 percentage points", 0.5, "percentage_point", 0.1],
      ["2.1 per cent", 2.1, "percent", 0.1],
      ["25 basis point", 0.25, "percentage_point", 0.01]
    ])
  })

  it("reads shares and ratios as percentages", () => {
    const qs = quantitiesIn("Almost one in five US citizens have one, and two-thirds of voters agreed; a third of them left.")
    expect(qs.map((q) => [q.text, q.kind, Number(q.value.toFixed(2)), q.qualifier])).toEqual([
      ["Almost one in five", "percent", 20, "almost"],
      ["two-thirds", "percent", 66.67, "exact"],
      ["a third", "percent", 33.33, "exact"]
    ])
    expect(quantitiesIn("The bank raised rates by a quarter of a point.").map((q) => [q.text, q.value, q.unit])).toEqual([
      ["a quarter of a point", 0.25, "percentage_point"]
    ])
  })
})

describe("findQuantities: counts and ordinals", () => {
  it("reads counts with their qualifiers and names what they count", () => {
    const qs = quantitiesIn(
      "Leaders signed more than 30 deals, a dozen leaders attended and two US Air Force B-1B strategic bombers flew past 464,000 subscribers."
    )
    expect(qs.map((q) => [q.text, q.value, q.qualifier])).toEqual([
      ["more than 30", 30, "more_than"],
      ["a dozen", 12, "exact"],
      ["two", 2, "exact"],
      ["464,000", 464000, "exact"]
    ])
    expect(qs.map((q) => q.derivation.match(/counts '([^']+)'/)?.[1])).toEqual(["deals", "leaders", "bombers", "subscribers"])
  })

  it("reads written numbers and vague amounts", () => {
    const qs = quantitiesIn("Thirty-two people died, two million were affected, dozens of protesters gathered and several people were hurt.")
    expect(qs.map((q) => [q.text, q.value, q.qualifier, q.interval.low, q.interval.high])).toEqual([
      ["Thirty-two", 32, "exact", 32, 32],
      ["two million", 2e6, "exact", 2e6, 2e6],
      ["dozens", 24, "approximate", 24, 100],
      ["several", 3, "approximate", 3, 9]
    ])
    expect(qs[1]!.precision).toBe(1e6)
  })

  it("reads 'm' after a number as million in British copy and as metres when the sentence is about size", () => {
    expect(brief(quantitiesIn("On New Year's Eve 133m text messages were sent.")[0]!)).toEqual({
      text: "133m",
      kind: "count",
      value: 133e6,
      unit: "item"
    })
    expect(quantitiesIn("The tower is 300m tall.")[0]).toMatchObject({ kind: "measure", value: 300, unit: "m" })
  })

  it("reads ordinals in words and digits but not ordinal words inside names", () => {
    const qs = quantitiesIn("It is the two leaders' third meeting, his 5th term and the 7th Moscow Conference, said Credit Suisse First Boston.")
    expect(qs.filter((q) => q.kind === "ordinal").map((q) => [q.text, q.value])).toEqual([
      ["third", 3],
      ["5th", 5],
      ["7th", 7]
    ])
  })

  it("skips a bare 'one' and a bare year, keeps a counted one", () => {
    const qs = quantitiesIn("Commodore was one of the pioneers. The 1991 laptop was chosen. One site closed. The firm hired 2000 engineers.")
    expect(qs.map((q) => q.text)).toEqual(["One", "2000"])
    // A year before a plural it dates is no count of it: "1986 earnings exclude …".
    expect(quantitiesIn("1986 earnings exclude losses. The firm said 2005 sales will rise.").map((q) => q.text)).toEqual([])
  })
})

describe("findQuantities: measures", () => {
  it("reads a length with its restatement as one quantity", () => {
    const text = "The Hwasong-14 ballistic missile reached an altitude of 2,802 kilometers (1,741 miles) after flying for 39 minutes."
    const qs = quantitiesIn(text)
    expect(qs.map(brief)).toEqual([
      { text: "2,802 kilometers", kind: "measure", value: 2_802_000, unit: "m" },
      { text: "39 minutes", kind: "measure", value: 2340, unit: "s" }
    ])
    expect(qs[0]!.dimension).toBe("length")
    expect(qs[0]!.precision).toBe(1000)
    expect(qs[0]!.equivalents.map((e) => [e.text, Math.round(e.value)])).toEqual([["1,741 miles", 2_801_868]])
  })

  it("reads rates, areas, speeds, temperatures and hyphenated measures", () => {
    const qs = quantitiesIn(
      "Output was 250,000 barrels per day and 38 bcm a year, over 2,000 square miles, winds of 120 mph at 30C, inside the 12-nautical-mile limit."
    )
    expect(qs.map((q) => [q.text, q.unit, q.dimension])).toEqual([
      ["250,000 barrels per day", "bbl/d", "oil_volume_rate"],
      ["38 bcm a year", "m3/yr", "volume_rate"],
      ["over 2,000 square miles", "m2", "area"],
      ["120 mph", "m/s", "speed"],
      ["30C", "degC", "temperature"],
      ["12-nautical-mile", "m", "length"]
    ])
    expect(qs[1]!.value).toBe(38e9)
    expect(qs[5]!.value).toBe(22_224)
  })

  it("reads a rate after what is measured", () => {
    const qs = quantitiesIn("Qatar ships about 3,000 tonnes of LNG a year and pumps 2 million barrels of crude oil per day.")
    expect(qs.map((q) => [q.text, q.value, q.unit])).toEqual([
      ["about 3,000 tonnes of LNG a year", 3e6, "kg/yr"],
      ["2 million barrels of crude oil per day", 2e6, "bbl/d"]
    ])
  })

  it("reads 'around 40 million tons' as an approximate mass", () => {
    const [q] = quantitiesIn("It's around 40 million tons.")
    expect(q).toMatchObject({ kind: "measure", value: 4e10, unit: "kg", qualifier: "approximate" })
    expect(q!.interval).toMatchObject({ low: 3.6e10, high: 4.4e10 })
  })
})

describe("findQuantities: American style and ranges", () => {
  it("reads American copy", () => {
    const qs = quantitiesIn(
      "The company said it would cut 1,200 jobs and pay $3.5 million, as output rose 5 percent to 1.2 million barrels a day and the storm moved 10 miles inland."
    )
    expect(qs.map((q) => [q.text, q.kind, q.value, q.unit])).toEqual([
      ["1,200", "count", 1200, "item"],
      ["$3.5 million", "money", 3.5e6, "USD"],
      ["5 percent", "percent", 5, "percent"],
      ["1.2 million barrels a day", "measure", 1.2e6, "bbl/d"],
      ["10 miles", "measure", 16_093.44, "m"]
    ])
  })

  it("reads ranges as intervals, but not changes, scores or model variants", () => {
    const qs = quantitiesIn(
      "Earnings grow by 20-25%, 100 to 200 people came, the total fell 11,000 to 813,200, Arsenal won 3-1 and Ryanair ordered Boeing 737-800 planes."
    )
    expect(qs.map((q) => [q.text, q.interval.low, q.interval.high])).toEqual([
      ["20-25%", 20, 25],
      ["100 to 200", 100, 200],
      ["11,000", 11_000, 11_000],
      ["813,200", 813_200, 813_200]
    ])
    // A percent written after each end is one range; a change between two percentages is not.
    const written = quantitiesIn("Growth of between 3% and 3.5%, prices 35 pct to 50 pct lower; the rate rose 3% to 3.5% and fell from 4 pct to 2 pct.")
    expect(written.map((q) => [q.text, q.interval.low, q.interval.high])).toEqual([
      ["between 3% and 3.5%", 3, 3.5],
      ["35 pct to 50 pct", 35, 50],
      ["3%", 3, 3],
      ["3.5%", 3.5, 3.5],
      ["4 pct", 4, 4],
      ["2 pct", 2, 2]
    ])
    // After "by", a range's ends are close; far apart they are a change and the level it reached.
    const by = quantitiesIn("It will cut profits by $3.8m to $4.9m and the deficit by about $37 billion to $134 billion.")
    expect(by.map((q) => [q.text, q.interval.low, q.interval.high])).toEqual([
      ["$3.8m to $4.9m", 3.8e6, 4.9e6],
      ["about $37 billion", 33.3e9, 40.7e9],
      ["$134 billion", 134e9, 134e9]
    ])
  })

  it("reads 'up to' after a verb of moving as the change's 'to', no bound", () => {
    expect(quantitiesIn("Revenues edged up to 1.144 billion dlrs and the jobless rate went up to 5.5%.").map((q) => [q.text, q.qualifier])).toEqual([
      ["1.144 billion dlrs", "exact"],
      ["5.5%", "exact"]
    ])
    expect(quantitiesIn("It may buy up to 5 mln shares.").map((q) => [q.text, q.qualifier])).toEqual([["up to 5 mln", "at_most"]])
  })

  it("reads 'up to' after a verb of adding before money as the sum's 'to', before a count as a bound", () => {
    expect(quantitiesIn("Imports from and exports to China added up to 22,201bn yen.").map((q) => [q.text, q.qualifier])).toEqual([["22,201bn yen", "exact"]])
    expect(quantitiesIn("The plant will add up to 500 jobs.").map((q) => [q.text, q.qualifier])).toEqual([["up to 500", "at_most"]])
  })
})

describe("findQuantities: time expressions and identifiers", () => {
  it("never overlaps a time expression, and ends a rate where a timex begins", () => {
    const text = "Between January and April of 2017, trade grew by 37 percent to 38 bcm a year, within two hours."
    const timexes = ["January", "April of 2017", "a year", "two hours"]
    const qs = quantitiesIn(text, timexes)
    expect(qs.map((q) => q.text)).toEqual(["37 percent", "38 bcm"])
    expect(qs[1]!.unit).toBe("m3/yr")
  })

  it("does not read model names, codes, tail numbers, scores or labels as quantities", () => {
    const text =
      "A Poseidon P-8A with the tail number 168998, known as PS026, and a RQ-4B with tail number 10-2043 joined B-1B bombers, " +
      "S-400 systems, F-35 jets, a Boeing 747 and an A380 at the G20 and G7. Chelsea won 2-0, MPs voted 52-48 and No. 10 said COVID-19 " +
      "and the SU-24 were on page 12 of Section 230, as Windows 10 and the Hwasong-14 launched."
    expect(quantitiesIn(text)).toEqual([])
  })

  it("does not read tennis sets or chart positions, and keeps a sport's context to its sentence", () => {
    const text = "Myskina lost 1-6,4-6 and Williams won 6-1 6-2. The single fell from number three to number five. Gatlin won the 100m final. Sales rose 5-6%."
    expect(quantitiesIn(text).map((q) => [q.text, q.unit])).toEqual([
      ["100m", "m"],
      ["5-6%", "percent"]
    ])
  })

  it("does not read phone numbers, versions, street numbers, decades or clock times", () => {
    const text = "Call 0800 028 9276 or (212) 555-1234, install version 2.1.3, write to 10 Downing Street; in the 1990s at 10pm on 9/11, open 24/7."
    expect(quantitiesIn(text)).toEqual([])
  })

  it("ids are q1, q2, … in text order", () => {
    const qs = quantitiesIn("Sales rose 5% to $3bn, 12 stores opened and a fifth store closed.")
    expect(qs.map((q) => q.id)).toEqual(qs.map((_, k) => `q${k + 1}`))
    expect(qs.map((q) => q.start)).toEqual([...qs.map((q) => q.start)].sort((a, b) => a - b))
  })
})
