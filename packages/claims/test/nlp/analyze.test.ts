import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { cleanArticle } from "../../src/clean/clean-article.js"
import { analyze } from "../../src/nlp/analyze.js"

const words = fc.constantFrom("The", "steelmaker", "said", "Thursday", "that", "profit", "rose", "12%", "$84m", ".", ",", "“Yes”", "U.S.")
const gaps = fc.constantFrom(" ", "  ", "\n", "\n\n", "        \n      \n", "\t", " \r\n ")
const messyText = fc.array(fc.tuple(gaps, words), { maxLength: 40 }).map((parts) => parts.map(([gap, word]) => gap + word).join(""))

describe("analyze", () => {
  it("reads a short acronym in capitals as itself, never as a word wink expands ('CD' is no 'could')", () => {
    const token = analyze("The UK CD albums market grew by 4.5% in 2004.").tokens.find((t) => t.text === "CD")!
    expect([token.normal, token.lowerLemma]).toEqual(["cd", "cd"])
    expect(analyze("Sales could rise.").tokens.find((t) => t.text === "could")?.normal).toBe("could")
  })

  it("gives every token its exact offsets, also across blanked markup and odd whitespace", () => {
    // Cleaning blanks markup to runs of spaces and line breaks; offsets must not drift after them.
    const file = fileURLToPath(new URL("../../../../fixtures/timeml/wire-1998.tml", import.meta.url))
    const article = { id: "wire-1998.tml", path: file, format: "html" as const, metadata: {}, text: readFileSync(file, "utf8"), contentHash: "" }
    const text = cleanArticle(article).content
    const analysis = analyze(text)
    expect(analysis.tokens.map((t) => t.text)).toContain("Thursday")
    const thursday = analysis.tokens.find((t) => t.text === "Thursday")!
    expect(thursday.start).toBe(text.indexOf("Thursday"))
  })

  it("keeps tokens exact, ordered and within their sentences for any mix of words and whitespace", () => {
    fc.assert(
      fc.property(messyText, (text) => {
        const analysis = analyze(text)
        let previousEnd = 0
        for (const token of analysis.tokens) {
          expect(token.start).toBeGreaterThanOrEqual(previousEnd)
          expect(text.slice(token.start, token.end)).toBe(token.text)
          previousEnd = token.end
        }
        for (const sentence of analysis.sentences) expect(sentence.end).toBeGreaterThanOrEqual(sentence.start)
      }),
      { numRuns: 300 }
    )
  })

  it("ends a sentence at a figure's scale letter and full stop, which wink keeps as an abbreviation", () => {
    const text = "Travelers made a profit of $901m. It has total net assets of $96bn. Sales were 5m. Then they fell to 3.5m units. Shares rose to 548p. Its profit rose."
    const sentences = analyze(text).sentences.map((s) => text.slice(s.start, s.end))
    expect(sentences).toEqual(["Travelers made a profit of $901m.", "It has total net assets of $96bn.", "Sales were 5m.", "Then they fell to 3.5m units.", "Shares rose to 548p.", "Its profit rose."])
  })

  it("ends a sentence at 'pct.' after a figure, and at any abbreviation that ends a wire paragraph, never at a wrapped line", () => {
    const text = "Inflation was more than 30 pct. Msuya said petrol would rise. The bank is in Dallas, Tex.\n    Farmers Savings, with 9.6 mln dlrs in assets, said its\nshares of Widget Inc.\nrose."
    const sentences = analyze(text).sentences.map((s) => text.slice(s.start, s.end))
    expect(sentences).toEqual([
      "Inflation was more than 30 pct.",
      "Msuya said petrol would rise.",
      "The bank is in Dallas, Tex.",
      "Farmers Savings, with 9.6 mln dlrs in assets, said its\nshares of Widget Inc.\nrose."
    ])
  })

  it("never throws on any string", () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => {
      analyze(text)
    }), { numRuns: 300 })
  })
})
