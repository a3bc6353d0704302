import { describe, expect, it } from "vitest"
import { extractText } from "./extract-text.js"

const holders = (text: string) => extractText(text, "2004-12-20").claims.filter((c) => c.figure !== undefined).map((c) => [c.figure?.holder, c.figure?.counterpart, c.value?.value])

describe("abbreviations a text defines", () => {
  it("an abbreviation defined in brackets after the name its capitals spell stands for that name", () => {
    const text = "Standard Chartered is buying Korea First Bank (KFB) from Newbridge Capital. The South Korean government owns 51.4% of KFB."
    expect(holders(text)).toContainEqual(["country:KR", "org:korea-first-bank", 51.4])
    // words an abbreviation leaves out, and a possessive mark, are no part of what it spells
    const lenders = "Figures from the Council of Mortgage Lenders (CML) were released. CML said gross mortgage lending was £21.8bn in November."
    expect(holders(lenders).map(([holder]) => holder)).toContain("org:council-of-mortgage-lenders")
    // a country's abbreviation is the country's
    expect(holders("Papua New Guinea (PNG) grows cocoa. PNG exported 33,000 tonnes of cocoa in 1986/87.").map(([holder]) => holder)).toContain("country:PG")
  })

  it("capitals that do not spell the abbreviation define nothing", () => {
    const text = "PDVSA kept funds at the Central Bank of Venezuela (BCV). BCV reported net income of 9 billion bolivars in 1986."
    expect(holders(text).map(([holder]) => holder)).toEqual(["org:bcv"])
  })
})
