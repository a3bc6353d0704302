import { describe, expect, it } from "vitest"
import { firstWritten, fullNames } from "../../src/claim/short-names.js"
import { extractText } from "./extract-text.js"

const unknown = () => false
/** Where names are first written in a body (no headline). */
const written = (text: string) => firstWritten("", text)

describe("a firm named in full and then short is one firm", () => {
  it("gives a short name the id of the one fuller name it opens, word for word", () => {
    expect([...fullNames(["org:reed", "org:reed-international"], unknown, written("Reed International PLC said net fell. Reed is paying a dividend."))]).toEqual([["org:reed", "org:reed-international"]])
    // Not a name that merely starts with the same letters, nor one of two fuller names.
    expect(fullNames(["org:ogden", "org:ogden-projects"], unknown, written("Ogden Projects Inc. said net rose. It is 92%-owned by Ogden Corp.")).size).toBe(0)
    expect(fullNames(["org:macyro", "org:groupe-macyro", "org:macyro-group~myo"], unknown, firstWritten("MACYRO GROUP <MYO.M> BUYS COMPANIES", "Groupe Macyro Inc said it agreed to buy. Macyro said.")).get("org:macyro")).toBe("org:macyro-group~myo")
    expect(fullNames(["org:reed", "org:reedy-creek"], unknown, written("Reedy Creek said net fell. Reed is paying.")).size).toBe(0)
    expect(fullNames(["org:general", "org:general-motors", "org:general-electric"], unknown, written("General Motors and General Electric said. General is paying.")).size).toBe(0)
  })

  it("leaves a class of shares, a part of the firm, a name with a ticker and one the gazetteer knows as they are", () => {
    expect(fullNames(["org:media-general", "org:media-general-class"], unknown, written("Media General Class B shares rose. Media General said.")).size).toBe(0)
    expect(fullNames(["org:arco", "org:arco~arc", "org:arco-oil-and-gas"], unknown, written("ARCO Oil and Gas said. ARCO is paying.")).size).toBe(0)
    expect(fullNames(["org:shell", "org:shell-canada"], (id) => id === "org:shell", written("Shell Canada said. Shell is paying.")).size).toBe(0)
    // The fuller name's id with its ticker, when the headline writes one.
    expect(fullNames(["org:dow", "org:dow-chemical~dow", "org:dow-chemical"], unknown, written("Dow Chemical Co said. Dow reported earnings.")).get("org:dow")).toBe("org:dow-chemical~dow")
  })

  it("never takes a longer name the article gives only after the short one: a division named after its parent ('EMI … EMI Music')", () => {
    expect(fullNames(["org:emi", "org:emi-music"], unknown, written("Shares in music giant EMI sank. EMI Music's sales fell.")).size).toBe(0)
  })

  it("holds every figure of the short name under the full name's id", () => {
    const text = "Widget International PLC said net income for the six months ended Oct. 1 slipped 5% to #89.7 million. Widget is paying an interim dividend of 4.6 pence."
    const holders = extractText(text, "1989-11-02").claims.flatMap((c) => (c.figure?.holder === undefined ? [] : [c.figure.holder]))
    expect(holders).toContain("org:widget-international")
    expect(holders).not.toContain("org:widget")
  })
})
