import { describe, expect, it } from "vitest"
import { extractText } from "./extract-text.js"

const holders = (text: string) => extractText(text, "1987-06-29").claims.filter((c) => c.figure !== undefined).map((c) => c.figure?.holder)

describe("abbreviations a text defines", () => {
  it("an abbreviation defined in brackets after a name the gazetteer knows, its capitals spelling it, stands for that entity", () => {
    expect(holders("Papua New Guinea (PNG) grows cocoa. PNG exported 33,000 tonnes of cocoa in 1986/87.")).toContain("country:PG")
    expect(holders("General Motors Corp (GM) said car sales fell. GM sold 1.25 mln cars in May.")).toContain("org:general-motors")
  })

  it("a name the gazetteer does not know keeps its abbreviation apart, as stories that write it alone call the firm", () => {
    expect(holders("Workers at National Broadcasting Co (NBC) went on strike. NBC employs 8,000 workers.")).toEqual(["org:nbc"])
  })

  it("capitals that do not spell the abbreviation define nothing", () => {
    expect(holders("PDVSA kept funds at the Central Bank of Venezuela (BCV). BCV reported net income of 9 billion bolivars in 1986.")).toEqual(["org:bcv"])
  })
})
