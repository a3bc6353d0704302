import { describe, expect, it } from "vitest"
import { lexemesOf } from "../../src/quantity/lexemes.js"

const kinds = (text: string) => lexemesOf(text).map((l) => [l.text, l.kind, l.lower, l.glued] as const)

describe("lexemesOf", () => {
  it("tells numbers, currencies, words and punctuation apart, symbols kept with their letters", () => {
    expect(kinds("US$2,802.5 and £600m — HK$ 5")).toEqual([
      ["US$", "currency", "us$", false],
      ["2,802.5", "number", "2,802.5", true],
      ["and", "word", "and", false],
      ["£", "currency", "£", false],
      ["600", "number", "600", true],
      ["m", "word", "m", true],
      ["—", "punct", "-", false],
      ["HK$", "currency", "hk$", false],
      ["5", "number", "5", false]
    ])
  })

  it("reads letters outside A-Z and characters beyond the Basic Multilingual Plane as single punctuation lexemes", () => {
    expect(kinds("é 𝔄 $")).toEqual([
      ["é", "punct", "é", false],
      ["𝔄", "punct", "𝔄", false],
      ["$", "currency", "$", false]
    ])
  })

  it("keeps a grouped number whole and splits an ungrouped one from a trailing comma", () => {
    expect(kinds("1,000,000 10,5")).toEqual([
      ["1,000,000", "number", "1,000,000", false],
      ["10", "number", "10", false],
      [",", "punct", ",", true],
      ["5", "number", "5", true]
    ])
  })
})
