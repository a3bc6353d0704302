import { describe, expect, it } from "vitest"
import { extractText } from "./extract-text.js"

const holders = (text: string) => extractText(text, "2005-02-10").claims.filter((c) => c.figure !== undefined).map((c) => c.figure?.holder)

describe("names the gazetteer does not know, as holders", () => {
  it("never takes a word capitalised only because it opens the sentence", () => {
    expect(holders("Figures show that sales rose 4% last month.")).not.toContain("org:figures")
    expect(holders("Jobs growth slowed to 2% in January.")).not.toContain("org:jobs")
  })

  it("takes the same word when the text also writes it capitalised mid-sentence: a name", () => {
    expect(holders("Shares in Figtree rose. Figtree said its revenue rose 4% to $2bn in 2004.")).toContain("org:figtree")
  })
})
