import { describe, expect, it } from "vitest"
import { fullNames } from "../../src/claim/short-names.js"
import { extractText } from "./extract-text.js"

const unknown = () => false

describe("a firm named in full and then short is one firm", () => {
  it("gives a short name the id of the one fuller name it opens, word for word", () => {
    expect([...fullNames(["org:reed", "org:reed-international"], unknown)]).toEqual([["org:reed", "org:reed-international"]])
    // Not a name that merely starts with the same letters, nor one of two fuller names.
    expect(fullNames(["org:reed", "org:reedy-creek"], unknown).size).toBe(0)
    expect(fullNames(["org:general", "org:general-motors", "org:general-electric"], unknown).size).toBe(0)
  })

  it("leaves a class of shares, a part of the firm, a name with a ticker and one the gazetteer knows as they are", () => {
    expect(fullNames(["org:media-general", "org:media-general-class"], unknown).size).toBe(0)
    expect(fullNames(["org:arco", "org:arco~arc", "org:arco-oil-and-gas"], unknown).size).toBe(0)
    expect(fullNames(["org:shell", "org:shell-canada"], (id) => id === "org:shell").size).toBe(0)
    // The fuller name's id with its ticker, when the headline writes one.
    expect(fullNames(["org:dow", "org:dow-chemical~dow", "org:dow-chemical"], unknown).get("org:dow")).toBe("org:dow-chemical~dow")
  })

  it("holds every figure of the short name under the full name's id", () => {
    const text = "Widget International PLC said net income for the six months ended Oct. 1 slipped 5% to #89.7 million. Widget is paying an interim dividend of 4.6 pence."
    const holders = extractText(text, "1989-11-02").claims.flatMap((c) => (c.figure?.holder === undefined ? [] : [c.figure.holder]))
    expect(holders).toContain("org:widget-international")
    expect(holders).not.toContain("org:widget")
  })
})
