import { describe, expect, it } from "vitest"
import { extractText, withPredicate } from "./extract-text.js"

describe("deal claims", () => {
  it("reads a count of deals with what they cover", () => {
    const text =
      "Russian Federation and China are hoping to strengthen economic ties as their leaders signed more than 30 deals on infrastructure, trade, innovation and technology during President Vladimir Putin's visit to Beijing."
    const [count] = withPredicate(extractText(text, "2016-06-25").claims, "deal.count")
    expect(count).toMatchObject({
      subjects: ["country:RU", "country:CN"],
      object: "infrastructure, trade, innovation and technology",
      value: { value: 30, qualifier: "more_than" },
      modality: "reported"
    })
  })

  it("reads a planned value and a count, dated by the visit", () => {
    const text =
      "During Xi's visit to Moscow, scheduled for July 3-4, Russia and China will sign several contracts worth a total of $10 billion, as well as more than a dozen intergovernmental agreements on cooperation in various fields."
    const { claims } = extractText(text, "2017-07-03")
    const [value] = withPredicate(claims, "deal.value")
    expect(value).toMatchObject({ value: { value: 10e9, unit: "USD" }, time: { start: "2017-07-03", end: "2017-07-04" }, modality: "planned" })
    expect(value?.subjects).toEqual(expect.arrayContaining(["country:CN", "country:RU"]))
    expect(withPredicate(claims, "deal.count").map((c) => c.value?.value)).toEqual(expect.arrayContaining([12]))
  })

  it("links a value said three times into one claim with two more mentions", () => {
    const text = [
      "During the visit China and Russia will sign multiple contracts for the collective worth of over $10 billion in various fields.",
      "It is the two leaders' third meeting this year, and deals worth $10 billion are expected to be signed this time.",
      "During Xi's visit to Moscow, scheduled for July 3-4, Russia and China will sign several contracts worth a total of $10 billion."
    ].join("\n\n")
    const values = withPredicate(extractText(text, "2017-07-03").claims, "deal.value")
    expect(values).toHaveLength(1)
    expect(values[0]?.mentions).toHaveLength(2)
    expect(values[0]?.time).toMatchObject({ start: "2017-07-03", end: "2017-07-04" })
    for (const mention of values[0]!.mentions) expect(text.slice(mention.start, mention.end)).toContain("$10 billion")
  })

  it("names firms the gazetteer does not know as parties, the doer of a passive ('a buyout by Verizon') first: the buyer holds the deal", () => {
    const text = "Last week, MCI agreed to a buyout by Verizon Communications in a deal valued at $6.75bn."
    const [value] = withPredicate(extractText(text, "2005-01-15").claims, "deal.value")
    expect(value).toMatchObject({ subjects: ["org:verizon-communications", "org:mci"], value: { value: 6.75e9 }, time: { start: "2005-W01" } })
    expect(value?.figure).toMatchObject({ holder: "org:verizon-communications", counterpart: "org:mci", measure: "deal_value" })
    // In the active voice the firms keep their written order.
    const [active] = withPredicate(extractText("Last week, Halvorsen Group agreed to buy Bexley Mills in a deal valued at $2bn.", "2005-01-15").claims, "deal.value")
    expect(active?.subjects).toEqual(["org:halvorsen-group", "org:bexley-mills"])
  })

  it("reads no count from a model number: 'a 767 tanker contract'", () => {
    expect(withPredicate(extractText("Boeing lost a US air force 767 tanker contract in 2004.", "2005-01-15").claims, "deal.count")).toEqual([])
  })

  it("reads no count from vague words, but parties by coreference", () => {
    const vague = "Putin and Xi met in Beijing. The neighbors signed a number of agreements. Both sides will sign several contracts."
    expect(withPredicate(extractText(vague, "2018-06-09").claims, "deal.count")).toEqual([])
    const counted = "Putin and Xi met in Beijing. The neighbors signed 12 agreements, including one on joint space projects."
    expect(withPredicate(extractText(counted, "2018-06-09").claims, "deal.count")[0]).toMatchObject({ subjects: ["country:RU", "country:CN"], value: { value: 12 } })
  })

  it("gives a firm's deal to the firm, never to its country, with the partner a word introduces; an interstate deal to the states", () => {
    const deal = (text: string) => withPredicate(extractText(text, "2005-01-15").claims, "deal.value")[0]?.subjects
    expect(deal("Shell has signed a $6bn deal with Qatar to supply liquid natural gas.")).toEqual(["org:shell", "country:QA"])
    expect(deal("Scientific Micro Systems said it has won a contract valued at about 12 mln dlrs from Siemens AG.")).toEqual(["org:scientific-micro-systems", "org:siemens"])
    expect(deal("British Aerospace Plc has won a 150 mln stg contract to supply Switzerland with trainer aircraft.")).toEqual(["org:british-aerospace", "country:CH"])
    expect(deal("Irish airline Ryanair ordered 70 Boeing 737-800 planes in a deal valued at $4bn.")).toEqual(["org:ryanair"])
    expect(deal("Russia and China signed deals worth $10 billion.")).toEqual(["country:RU", "country:CN"])
  })

  it("takes a deal's other side from the word that introduces it, the deal's own name or the awarder saying so, never a place or a product", () => {
    const deal = (text: string) => withPredicate(extractText(text, "1987-06-29").claims, "deal.value")[0]?.subjects
    expect(deal("Elbit Computers Ltd of Israel said it has received a 6,300,000 dlr contract from a buyer it did not name.")).toEqual(["org:elbit-computers"])
    expect(deal("Toshiba Corp is seeking a U.S. Air Force contract for 90,000 lap-top computers worth some 100 mln dlrs.")).toEqual(["org:toshiba", "org:u-s-air-force"])
    expect(deal("Boeing Co has been awarded a 43.4 mln dlr contract for production work, the Air Force said.")).toEqual(["org:boeing", "org:air-force"])
    expect(deal("Shell has signed a $6bn deal with the government of Qatar to supply liquid natural gas (LNG).")).toEqual(["org:shell", "country:QA"])
  })

  it("gives a firm bought in the passive to its buyer, the doer after 'by', with the firm bought its other side", () => {
    const [deal] = extractText("Kaiser Steel Corp was acquired by Oregon Steel Mills for 16 mln dlrs.", "1987-10-19").claims.filter((c) => c.figure?.measure === "deal_value")
    expect(deal?.figure).toMatchObject({ holder: "org:oregon-steel-mills", counterpart: "org:kaiser-steel" })
  })
})
