import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { findEntities } from "../../src/entity/find-entities.js"
import { compileGazetteer, defaultGazetteer, mergeGazetteers } from "../../src/entity/gazetteer.js"
import { analyze } from "../../src/nlp/analyze.js"

const matcher = compileGazetteer(defaultGazetteer)
const entities = (text: string) => findEntities(analyze(text), matcher)
const ids = (text: string) => entities(text).map((m) => m.entity)

describe("findEntities", () => {
  it("prefers the longest form", () => {
    expect(ids("On June 3, the UN Security Council imposed sanctions.")).toEqual(["org:unsc"])
    expect(ids("the United Nations Security Council met.")).toEqual(["org:unsc"])
    expect(ids("A destroyer sailed in the South China Sea.")).toEqual(["place:south-china-sea"])
    expect(ids("Russian Federation and China signed deals.")).toEqual(["country:RU", "country:CN"])
  })

  it("reads no country inside a hyphenated name whose first part names nothing, and keeps a pair of two", () => {
    expect(ids("The Inter-American Development Bank said regional exports rose.")).toEqual([])
    expect(ids("Anglo-American talks opened.")).toEqual(["country:GB", "country:US"])
  })

  it("keeps acronyms case-sensitive", () => {
    expect(ids("The US and the EU agreed.")).toEqual(["country:US", "org:eu"])
    // The EU before 1993: the European Community, the EC, the EEC, the Common Market.
    expect(ids("Canadian exports to the European Community rose; the EC and the EEC agreed.")).toEqual(["country:CA", "org:eu", "org:eu", "org:eu"])
    expect(ids("The ec2 instance and Ec meant nothing.")).toEqual([])
    expect(ids("Let us meet in the hall.")).toEqual([])
    expect(ids("MOSCOW – The Kremlin said")).toEqual(["country:RU", "country:RU"])
  })

  it("reads demonyms, metonyms and prefixes", () => {
    const found = entities("Beijing and the Kremlin discussed Sino-American and Russo-Chinese ties.")
    expect(found.map((m) => [m.text, m.entity, m.via])).toEqual([
      ["Beijing", "country:CN", "metonym"],
      ["the Kremlin", "country:RU", "metonym"],
      ["Sino-", "country:CN", "demonym"],
      ["American", "country:US", "demonym"],
      ["Russo-", "country:RU", "demonym"],
      ["Chinese", "country:CN", "demonym"]
    ])
  })

  it("reads a role before a name as the country and the named person, once", () => {
    const found = entities("Russian President Vladimir Putin arrived.")
    expect(found.map((m) => [m.text, m.entity, m.via])).toEqual([
      ["Russian", "country:RU", "demonym"],
      ["Vladimir Putin", "person:vladimir-putin", "name"]
    ])
  })

  it("resolves a role to a person only when the article names them", () => {
    expect(ids("Xi Jinping landed. The Chinese president smiled.")).toContain("person:xi-jinping")
    expect(ids("Hu Jintao landed. The Chinese president smiled.").filter((id) => id.startsWith("person:"))).toEqual([
      "person:hu-jintao",
      "person:hu-jintao"
    ])
    expect(ids("The Chinese president smiled.").filter((id) => id.startsWith("person:"))).toEqual([])
  })

  it("resolves a shared spelling to the person the article names", () => {
    const found = ids("Premier Li Keqiang spoke in 2017. Li noted the progress.")
    expect(found.filter((id) => id.startsWith("person:"))).toEqual(["person:li-keqiang", "person:li-keqiang"])
  })

  it("resolves 'the two countries' to the last two countries mentioned", () => {
    const found = entities("Putin flew to Beijing. Trade between the two countries grew. Germany was second.")
    const coreferent = found.filter((m) => m.via === "coreference")
    expect(coreferent.map((m) => m.entity)).toEqual(["country:RU", "country:CN"])
    expect(coreferent.every((m) => m.text === "the two countries")).toBe(true)
  })

  it("leaves 'the two countries' unresolved without two countries before it", () => {
    expect(entities("Trade between the two countries grew.").filter((m) => m.via === "coreference")).toEqual([])
  })

  it("finds entries a user adds", () => {
    const extended = compileGazetteer(
      mergeGazetteers(defaultGazetteer, {
        entries: [{ id: "org:novamet", name: "Novamet Steel", type: "organization", aliases: ["Novamet"], country: "country:KZ" }]
      })
    )
    expect(findEntities(analyze("Novamet profits rose."), extended).map((m) => m.entity)).toEqual(["org:novamet"])
  })

  it("gives spans that index the text exactly, in order, never crossing", () => {
    const words = ["Russia", "China", "the US", "us", "Putin", "and", "said", "Xi Jinping", "the two countries", "NATO", "Moscow's", "Sino-", "trade", ","]
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 30 }), (parts) => {
        const text = parts.join(" ")
        const found = entities(text)
        let end = 0
        for (const m of found) {
          expect(text.slice(m.start, m.end)).toBe(m.text)
          expect(m.start >= end || m.via === "coreference").toBe(true)
          end = Math.max(end, m.end)
        }
      }),
      { numRuns: 100 }
    )
  })
})

describe("findEntities: what 'both countries' stands for", () => {
  it("prefers the pair named together that the text is about over the last two countries", () => {
    const text =
      "Russia and China held talks. Moscow and Beijing have called for a freeze on drills by the United States and South Korea. Both countries made the demand in a statement."
    const both = entities(text).filter((m) => m.text === "Both countries")
    expect(both.map((m) => m.entity)).toEqual(["country:RU", "country:CN"])
  })

  it("reads the last two countries when none are named together", () => {
    const both = entities("Putin flew to Beijing. The two countries signed deals.").filter((m) => m.via === "coreference")
    expect(both.map((m) => m.entity)).toEqual(["country:RU", "country:CN"])
  })
})

describe("default gazetteer coverage", () => {
  it("knows past leaders and ministers of the G20", () => {
    expect(ids("Jiang Zemin met Boris Yeltsin; Zhu Rongji met Madeleine Albright; Helmut Kohl met Atal Bihari Vajpayee.")).toEqual([
      "person:jiang-zemin",
      "person:boris-yeltsin",
      "person:zhu-rongji",
      "person:madeleine-albright",
      "person:helmut-kohl",
      "person:atal-bihari-vajpayee"
    ])
  })

  it("reads an organisation whose name holds a demonym as the organisation", () => {
    expect(ids("British Airways and Air China cut flights; the Bank of Japan held rates.")).toEqual(["org:british-airways", "org:air-china", "org:bank-of-japan"])
  })
})
