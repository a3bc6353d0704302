import { describe, expect, it } from "vitest"
import { extractText, withPredicate } from "./extract-text.js"

describe("trade claims", () => {
  it("reads a year's trade volume between two countries", () => {
    const text = "In 2023, trade volume between China and Russia increased and reached more than US$200 billion."
    const [volume] = withPredicate(extractText(text, "2024-05-14").claims, "trade.volume")
    expect(volume).toMatchObject({
      subjects: ["country:CN", "country:RU"],
      time: { start: "2023", end: "2023" },
      value: { value: 200e9, unit: "USD", qualifier: "more_than" }
    })
    expect(volume?.quote).toContain("more than US$200 billion")
  })

  it("reads growth and volume for a span of months, the parties by coreference", () => {
    const text =
      "Beijing is Moscow's biggest trading partner. Between January and April of 2017, the volume of trade between the two countries grew by 37 percent, reaching $24.5 billion."
    const { claims } = extractText(text, "2017-07-03")
    const [growth] = withPredicate(claims, "trade.growth")
    const [volume] = withPredicate(claims, "trade.volume")
    for (const claim of [growth, volume]) {
      expect(claim).toMatchObject({ subjects: ["country:CN", "country:RU"], time: { start: "2017-01", end: "2017-04" } })
      expect(claim?.derivation.join(" ")).toContain("coreference")
    }
    expect(growth?.value).toMatchObject({ value: 37, unit: "percent" })
    expect(volume?.value).toMatchObject({ value: 24.5e9, unit: "USD" })
  })

  it("reads a partner's rank and share of trade, as of the reference date", () => {
    const text =
      "Beijing is Moscow's biggest trading partner, accounting for 14.3 percent of Russia's foreign trade turnover. Germany is Russia's second biggest partner, with nine percent of Russia's total trade volume."
    const { claims } = extractText(text, "2017-07-03")
    expect(withPredicate(claims, "trade.rank").map((c) => [c.subjects, c.value?.value])).toEqual([
      [["country:CN", "country:RU"], 1],
      [["country:DE", "country:RU"], 2]
    ])
    expect(withPredicate(claims, "trade.share").map((c) => [c.subjects, c.value?.value, c.time?.start])).toEqual([
      [["country:CN", "country:RU"], 14.3, "2017-07-03"],
      [["country:DE", "country:RU"], 9, "2017-07-03"]
    ])
  })

  it("takes no word of a name for trade: 'the Commerce Department', 'the Department of Trade', 'Trade Secretary'; a capitalised trade word alone still is one", () => {
    const predicates = (text: string) => extractText(text, "1987-10-20").claims.map((c) => c.predicate)
    expect(predicates("U.S. housing starts rose 4.4 pct in September, the Commerce Department said.")).toEqual(["statistic.housing_starts"])
    expect(predicates("Consumers spent 4.86 billion stg in the first quarter of 1986, the Department of Trade said.").filter((p) => p.startsWith("trade."))).toEqual([])
    expect(predicates("Exports in the first four months of 1987 were around 639 mln dlrs and imports 1.2 billion dlrs, Brazil said.")).toContain("trade.exports")
  })

  it("reads the size of a change in trade as a change, never trade's level: 'a 36.6 billion dlr rise in Japan's trade surplus'", () => {
    const figures = (text: string) => extractText(text, "1987-06-18").claims.filter((c) => c.figure !== undefined).map((c) => [c.figure?.measure, c.figure?.aspect, c.value?.value])
    expect(figures("The yen's rise came despite a 36.6 billion dlr rise in Japan's trade surplus last year.")).toEqual([["trade_balance", "change_amount", 36.6e9]])
    expect(figures("The U.S. trade deficit's decline in April was due to a 1.2 billion dlr decline in imports.")).toEqual([["imports", "change_amount", -1.2e9]])
  })

  it("reads no trade where the trade word names what credit is for: 'trade and interbank lines', 'to finance its trade'", () => {
    const predicates = (text: string) => extractText(text, "1987-02-26").claims.map((c) => c.predicate).filter((p) => p.startsWith("trade."))
    expect(predicates("Brazil froze some 15 billion dlrs of short-term trade and interbank lines last Friday.")).toEqual([])
    expect(predicates("The fund lent Iraq 71.7 mln dlrs to help to finance its trade with other Arab countries in 1986.")).toEqual([])
    expect(predicates("Brazil's trade with Argentina totalled 1.5 billion dlrs in 1986.")).toEqual(["trade.volume"])
  })

  it("reads 'number one trade partner' as rank 1", () => {
    const text = "The Russian leader stated that China is already Russia's number one foreign trade partner."
    const [rank] = withPredicate(extractText(text, "2018-06-09").claims, "trade.rank")
    expect(rank).toMatchObject({ subjects: ["country:CN", "country:RU"], value: { kind: "ordinal", value: 1 } })
  })

  it("reads a deficit as a negative balance and a fall as negative growth", () => {
    const { claims } = extractText("The US trade deficit with China reached $375 billion in 2017. Trade between Russia and Ukraine fell 20% in 2015.", "2018-03-01")
    expect(withPredicate(claims, "trade.balance")[0]).toMatchObject({ subjects: ["country:US", "country:CN"], value: { value: -375e9 }, time: { start: "2017" } })
    expect(withPredicate(claims, "trade.growth")[0]).toMatchObject({ subjects: ["country:RU", "country:UA"], value: { value: -20 }, time: { start: "2015" } })
  })

  it("reads no trade claim from a figure that is not about trade", () => {
    const { claims } = extractText("Russia and China discussed trade. The bridge cost $2 billion.", "2018-03-01")
    expect(claims.filter((c) => c.kind === "trade")).toEqual([])
    const market = extractText("The Japanese yen was trading at 105.28 yen. Japan's economy grew 0.1% in 2004 as exports slowed.", "2005-01-15")
    expect(market.claims.filter((c) => c.kind === "trade")).toEqual([])
  })

  it("reads a figure restated in other units once", () => {
    const { claims } = extractText("Brazil's exports reached $445.1bn (£227bn; 331bn euros) in 2004.", "2005-01-15")
    expect(withPredicate(claims, "trade.exports").map((c) => [c.subjects, c.value?.value, c.time?.start])).toEqual([[["country:BR"], 445.1e9, "2004"]])
  })

  it("gives each figure of a change its own year, and no claim to an undated earlier value", () => {
    const dated = extractText("China-Russia trade rose to 240.1 billion dollars in 2023 from 190.3 billion dollars in 2022.", "2024-02-01").claims
    expect(withPredicate(dated, "trade.volume").map((c) => [c.value?.value, c.time?.start, c.time?.end])).toEqual([
      [240.1e9, "2023", "2023"],
      [190.3e9, "2022", "2022"]
    ])
    const undated = extractText("Russia ran a trade surplus of about $18 billion with China in 2023, down from $38 billion.", "2024-01-15").claims
    expect(withPredicate(undated, "trade.balance").map((c) => c.value?.value)).toEqual([18e9])
    // A date after both figures dates the change: the earlier figure is not a claim of that year.
    const shared = extractText("Trade between Russia and China rose to $1.13bn from $639m in 2015.", "2016-01-15").claims
    expect(withPredicate(shared, "trade.volume").map((c) => c.value?.value)).toEqual([1.13e9])
  })

  it("reads a date a figure is compared with as no time of its own", () => {
    const text = "Trade between Russia and China amounted to $190 billion in 2023, barely more than in 2022."
    const [volume] = withPredicate(extractText(text, "2024-03-01").claims, "trade.volume")
    expect(volume?.time).toMatchObject({ start: "2023", end: "2023" })
  })

  it("a change followed by what changed is that thing's, whatever was named before: 'a 3.5 pct rise in imports'", () => {
    const claims = extractText("The institute forecast a 2.75 pct rise in Swiss exports and a 3.5 pct\nrise in imports this year.", "1987-02-26").claims
    expect(claims.filter((c) => c.kind === "trade").map((c) => [c.predicate, c.value?.value])).toEqual([
      ["trade.exports_growth", 2.75],
      ["trade.imports_growth", 3.5]
    ])
  })

  it("reads the months a part of a year names", () => {
    const text = "In the first four months of 2024, trade between the two countries totaled $72.7 billion, a decline of 1.5 percent."
    const claims = extractText(`Russia and China are partners. ${text}`, "2024-05-20").claims
    for (const predicate of ["trade.volume", "trade.growth"]) {
      expect(withPredicate(claims, predicate).map((c) => [c.time?.start, c.time?.end, c.time?.text])).toEqual([["2024-01", "2024-04", "the first four months of 2024"]])
    }
  })

  it("reads exports and imports as flows, the reporting side first", () => {
    const text =
      "China's exports to Russia rose 46.9 percent to 110.97 billion dollars in 2023, while imports from Russia grew 12.7 percent to 129.14 billion dollars."
    const claims = extractText(text, "2024-01-12").claims
    const read = (predicate: string) => withPredicate(claims, predicate).map((c) => [c.subjects, c.value?.value])
    expect(read("trade.exports")).toEqual([[["country:CN", "country:RU"], 110.97e9]])
    expect(read("trade.exports_growth")).toEqual([[["country:CN", "country:RU"], 46.9]])
    expect(read("trade.imports")).toEqual([[["country:CN", "country:RU"], 129.14e9]])
    expect(read("trade.imports_growth")).toEqual([[["country:CN", "country:RU"], 12.7]])
    expect(read("trade.volume")).toEqual([])
    const reversed = withPredicate(extractText("Russian exports to China reached $1.41 billion in 1998.", "1999-01-10").claims, "trade.exports")
    expect(reversed.map((c) => c.subjects)).toEqual([["country:RU", "country:CN"]])
    const both = extractText("China's exports and imports with Russia totalled $240 billion in 2023.", "2024-01-12").claims
    expect(both.filter((c) => c.kind === "trade").map((c) => [c.predicate, c.subjects])).toEqual([["trade.volume", ["country:CN", "country:RU"]]])
  })

  it("takes an undated figure's period from the latest dated figure before it", () => {
    const text =
      "Trade between Russia and China reached $190 billion in 2023. In January-April 2024, trade between Russia and China totaled $72.7 billion. Bilateral trade in machinery rose 5 percent."
    const [growth] = withPredicate(extractText(text, "2024-05-20").claims, "trade.growth")
    expect(growth).toMatchObject({ subjects: ["country:RU", "country:CN"], time: { start: "2024-01", end: "2024-04" } })
  })

  it("reads a country's total exports and imports, named once, as its trade with the world", () => {
    const text =
      "Brazil's customs office published its March figures on Monday. Exports climbed 12.5 percent to $28.4 billion in March, while imports fell 3 percent to $21.1 billion."
    const claims = extractText(text, "2019-04-02").claims
    const read = (predicate: string) => withPredicate(claims, predicate).map((c) => [c.subjects, c.value?.value, c.time?.start])
    expect(read("trade.exports")).toEqual([[["country:BR"], 28.4e9, "2019-03"]])
    expect(read("trade.exports_growth")).toEqual([[["country:BR"], 12.5, "2019-03"]])
    expect(read("trade.imports")).toEqual([[["country:BR"], 21.1e9, "2019-03"]])
    expect(read("trade.imports_growth")).toEqual([[["country:BR"], -3, "2019-03"]])
    const yen = withPredicate(extractText("Japan's exports rose 5 percent to 6.1 trillion yen in 2011.", "2012-01-25").claims, "trade.exports")
    expect(yen.map((c) => [c.subjects, c.value?.value])).toEqual([[["country:JP"], 6.1e12]])
  })

  it("reads the figure by the cue nearest before it, so a later balance word does not take a flow", () => {
    const text = "Germany's imports from Vietnam amounted to 300 mln dlrs in 2005, giving Germany a surplus of 90 mln dlrs."
    const claims = extractText(text, "2006-02-01").claims
    expect(withPredicate(claims, "trade.imports").map((c) => [c.subjects, c.value?.value])).toEqual([[["country:DE", "country:VN"], 300e6]])
    expect(withPredicate(claims, "trade.balance").map((c) => [c.subjects, c.value?.value])).toEqual([[["country:DE", "country:VN"], 90e6]])
  })

  it("reads no level from a change by an amount", () => {
    const text = "Canada's exports to Mexico were 8.1 billion dollars in 2019. The deal would boost Canada's exports by about 2 billion dollars."
    const exports = withPredicate(extractText(text, "2020-02-01").claims, "trade.exports")
    expect(exports.map((c) => [c.subjects, c.value?.value])).toEqual([[["country:CA", "country:MX"], 8.1e9]])
  })

  it("never takes a currency for a trading partner", () => {
    const claims = extractText("India's exports rose 10 percent to 30 billion U.S. dollars in May. Vietnam's imports reached US$ 40 billion in May.", "2015-06-15").claims
    expect(withPredicate(claims, "trade.exports").map((c) => c.subjects)).toEqual([["country:IN"]])
    expect(withPredicate(claims, "trade.imports").map((c) => c.subjects)).toEqual([["country:VN"]])
  })

  it("reads 'trade with' a partner as the reporting party's trade with it, and a balance named alone as with the world", () => {
    const text =
      "The ministry said Mexico's trade surplus widened to $9 billion in 2018 as exports to Canada hit a record. Trade with Canada, the biggest market, totaled $12 billion in 2018, exceeding trade with Brazil."
    const claims = extractText(text, "2019-02-01").claims
    expect(withPredicate(claims, "trade.balance").map((c) => [c.subjects, c.value?.value])).toEqual([[["country:MX"], 9e9]])
    expect(withPredicate(claims, "trade.volume").map((c) => [c.subjects, c.value?.value])).toEqual([[["country:MX", "country:CA"], 12e9]])
    const other = extractText("Spain's deficit with Morocco was $2 billion in 2018, and trade with Portugal rose 4 percent.", "2019-02-01").claims
    expect(withPredicate(other, "trade.growth").map((c) => c.subjects)).toEqual([["country:ES", "country:PT"]])
  })

  it("gives a flow that names only its partner the party the article reports on", () => {
    const text = "Chile's mining ministry published its figures. Exports to Japan grew 5 percent to $20 billion in 2019."
    const claims = extractText(text, "2020-01-20").claims
    expect(withPredicate(claims, "trade.exports").map((c) => [c.subjects, c.value?.value])).toEqual([[["country:CL", "country:JP"], 20e9]])
  })

  it("a balance of one trade is that trade's, never the country's: its goods are the item; a compound after the figure is a balance", () => {
    const read = (text: string) => extractText(text, "1987-02-26").claims.filter((c) => c.figure !== undefined).map((c) => [c.figure?.measure, c.figure?.item ?? null, c.value?.value])
    expect(read("Japan's semiconductor trade surplus with the U.S. was 1.2 billion dlrs last year.")).toEqual([["trade_balance", "semiconductor", 1.2e9]])
    expect(read("The U.S. had a five billion dlr car parts trade deficit with Japan last year.")).toEqual([["trade_balance", "car parts", -5e9]])
    expect(read("Talks began to redress an estimated five billion dlr deficit in car parts trade with Japan.")).toEqual([["trade_balance", "car parts", -5e9]])
    expect(read("The U.S. merchandise trade deficit was 15.1 billion dlrs in January.")).toEqual([["trade_balance", null, -15.1e9]])
  })
  it("reads imports and exports joined by 'and', each with its preposition, as the volume of trade; 'added up to' a sum as its level", () => {
    const read = extractText("In 2004, Japan's imports from and exports to China added up to 22,201bn yen.", "2005-02-08").claims.map((c) => [c.figure?.measure, c.figure?.counterpart, c.figure?.aspect, c.value?.qualifier])
    expect(read).toEqual([["total_trade", "country:CN", "level", "exact"]])
  })
})
