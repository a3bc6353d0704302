import { describe, expect, it } from "vitest"
import { extractText } from "../claim/extract-text.js"

const rates = (text: string, published = "1987-06-16") =>
  extractText(text, published)
    .claims.filter((c) => c.figure?.measure === "exchange_rate")
    .map((c) => [c.value?.value, c.value?.unit, c.figure?.item, c.figure?.holder, c.figure?.counterpart, c.figure?.aspect, c.figure?.period?.value])

describe("exchange rates", () => {
  it("reads a currency's rate in another: the pair base first, held by the subject currency's country against the other's; never the earlier value", () => {
    expect(rates("The dollar closed at 145.20 yen in Tokyo today, up from 144.80 yen yesterday.")).toEqual([[145.2, "JPY", "USD/JPY", "country:US", "country:JP", "level", "1987-06-16"]])
    expect(rates("The Taiwan dollar opened at 31.09 to the U.S. dollar today.")).toEqual([[31.09, "TWD", "USD/TWD", "country:TW", "country:US", "level", "1987-06-16"]])
    expect(rates("The yen strengthened against the dollar to 104.53 yen today.")).toEqual([[104.53, "JPY", "USD/JPY", "country:JP", "country:US", "level", "1987-06-16"]])
    expect(rates("The dollar slid to a record $1.3666 versus the euro today.")).toEqual([[1.3666, "USD", "EUR/USD", "country:US", "org:eu", "level", "1987-06-16"]])
  })

  it("reads a sum in one currency written against another as that rate whatever the verb; a price per pound is by weight", () => {
    expect(rates("The rupee weakened to close to 100 rupees to the US dollar.")).toEqual([[100, "INR", "USD/INR", "country:IN", "country:US", "level", undefined]])
    expect(rates("The central bank fixed it at 147.45 yen to the dollar on Monday.", "1987-06-29").map((r) => r.slice(0, 5))).toEqual([[147.45, "JPY", "USD/JPY", "country:JP", "country:US"]])
    expect(rates("Copper costs 69 cents per pound in Zambia.")).toEqual([])
  })

  it("reads the level a move reached after the move, never a figure the rate only came close to", () => {
    expect(rates("The yen rose 0.7% against the dollar to 104.53 yen today.").map(([value, unit, , , , aspect]) => [value, unit, aspect])).toEqual([
      [0.7, "percent", "change_percent"],
      [104.53, "JPY", "level"]
    ])
    expect(rates("The Taiwan dollar rose by one cent to close at 31.08 to the U.S. dollar today.").map(([value, , item, , , aspect]) => [value, item, aspect])).toContainEqual([31.08, "USD/TWD", "level"])
    expect(rates("The dollar rose 0.5% against the yen today, close to the 150 yen record.").map(([value]) => value)).toEqual([0.5])
  })

  it("reads only the verb's first figure, and no bare name after the text named another country's currency by it", () => {
    expect(rates("The dollar was trading at $1.2944 against the euro today, still close to the $1.3006 record.").map(([value]) => value)).toEqual([1.2944])
    expect(rates("Trading in the Lebanese pound was suspended. The pound closed on Thursday at 407.00 to the dollar.")).toEqual([])
    expect(rates("The pound closed on Thursday at 1.6234 dlrs.").map(([, , item]) => item)).toEqual(["GBP/USD"])
  })

  it("reads a move in percent only against a currency written: the subject's price in it, signed by the move", () => {
    expect(rates("The yen was strengthening 0.7% against the dollar today.")).toEqual([[0.7, "percent", "JPY/USD", "country:JP", "country:US", "change_percent", "1987-06-16"]])
    expect(rates("Sterling weakened 1.2 pct against the mark today.")).toEqual([[-1.2, "percent", "GBP/DEM", "country:GB", "country:DE", "change_percent", "1987-06-16"]])
    expect(rates("The dollar fell 2 pct today.")).toEqual([])
  })

  it("reads the currency that is the subject of a later verb of the clause when the first verb's subject is none ('…, with the yen strengthening')", () => {
    expect(rates("The Nikkei ended up 0.7% today, with the yen strengthening 0.7% against the dollar to 104.53 yen.").map(([value, , item, holder]) => [value, item, holder])).toEqual([
      [0.7, "JPY/USD", "country:JP"],
      [104.53, "USD/JPY", "country:JP"]
    ])
    // A currency before a verb with other words between is no subject: "The dollar, which rose against the yen, closed at 145.20".
    expect(rates("The dollar, which rose against the yen, closed at 145.20 today.")).toEqual([])
  })
})
