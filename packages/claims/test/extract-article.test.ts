import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { Extraction } from "../src/model/extraction.js"
import { extractSeed, saying, seed, withPredicate } from "./claim/extract-text.js"

describe("extractArticle on the five seeds", () => {
  const seeds = Object.fromEntries(["000", "001", "002", "003", "004"].map((p) => [p, extractSeed(p)]))
  const get = (prefix: string) => seeds[prefix]!

  it("returns Extractions that the model accepts, dated by their metadata", () => {
    for (const extraction of Object.values(seeds)) {
      expect(Schema.decodeUnknownSync(Extraction)(Schema.encodeSync(Extraction)(extraction))).toEqual(extraction)
      expect(extraction.referenceDate).toMatchObject({ _tag: "Day", basis: "metadata" })
      expect(extraction.claims.length).toBeGreaterThan(0)
    }
  })

  it("000: Putin's planned visit to China on June 9–10, 2018, and nothing from the comment thread", () => {
    const [visit] = withPredicate(get("000").claims, "event.visit").filter((c) => c.subjects.includes("person:vladimir-putin"))
    expect(visit).toMatchObject({ place: "country:CN", time: { start: "2018-06-09", end: "2018-06-10" }, modality: "planned" })
    const { text } = seed("000")
    expect(get("000").claims.every((c) => c.span.end < text.indexOf("3 years ago"))).toBe(true)
  })

  it("001: the state visit of May 16–17, 2024 and the 2023 trade volume above $200 bn", () => {
    const claims = get("001").claims
    expect(withPredicate(claims, "event.state_visit")[0]).toMatchObject({
      subjects: ["person:vladimir-putin"],
      place: "country:CN",
      time: { start: "2024-05-16", end: "2024-05-17" },
      modality: "planned"
    })
    const [volume] = withPredicate(claims, "trade.volume")
    expect(volume).toMatchObject({ subjects: ["country:CN", "country:RU"], time: { start: "2023", end: "2023" } })
    expect(volume?.value?.interval.low).toBe(200e9)
    expect(volume?.value?.interval.lowInclusive).toBe(false)
  })

  it("002: the visit from Friday June 8 to June 10, 2018 and China as Russia's number one partner", () => {
    const claims = get("002").claims
    expect(withPredicate(claims, "event.visit")[0]).toMatchObject({
      subjects: ["person:vladimir-putin"],
      place: "country:CN",
      time: { start: "2018-06-08", end: "2018-06-10" }
    })
    expect(withPredicate(claims, "trade.rank")[0]).toMatchObject({ subjects: ["country:CN", "country:RU"], value: { value: 1 } })
  })

  it("003: more than 30 deals between Russia and China", () => {
    const [count] = withPredicate(get("003").claims, "deal.count").filter((c) => c.value?.value === 30)
    expect(count).toMatchObject({ subjects: ["country:RU", "country:CN"], value: { qualifier: "more_than" } })
  })

  it("004: the July 3–4 visit, $10 bn of contracts said three times, the Jan–Apr 2017 trade and the missile's altitude", () => {
    const extraction = get("004")
    const { text } = seed("004")
    const claims = extraction.claims
    expect(withPredicate(claims, "event.visit").find((c) => c.time?.start === "2017-07-03")).toMatchObject({
      subjects: ["person:xi-jinping"],
      place: "country:RU",
      time: { end: "2017-07-04" }
    })
    const values = withPredicate(claims, "deal.value").filter((c) => c.value?.value === 10e9)
    expect(values).toHaveLength(1)
    expect(values[0]?.mentions).toHaveLength(2)
    expect(saying(extraction, text, "deals worth $10 billion")).toHaveLength(1)

    const janApr = { start: "2017-01", end: "2017-04" }
    expect(withPredicate(claims, "trade.volume")[0]).toMatchObject({ subjects: ["country:CN", "country:RU"], time: janApr, value: { value: 24.5e9 } })
    expect(withPredicate(claims, "trade.growth")[0]).toMatchObject({ subjects: ["country:CN", "country:RU"], time: janApr, value: { value: 37 } })
    expect(withPredicate(claims, "trade.share").map((c) => c.value?.value)).toEqual([14.3, 9])
    expect(withPredicate(claims, "statistic.altitude")[0]).toMatchObject({ subjects: ["country:KP"], value: { value: 2802000, unit: "m" } })
  })
})
