import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { Quantity } from "../../src/model/quantity.js"
import { analyze } from "../../src/nlp/analyze.js"
import { findQuantities } from "../../src/quantity/find-quantities.js"
import { findIdentifiers, isIdentifierAt } from "../../src/quantity/identifiers.js"
import { newsArticles } from "../support/news-corpus.js"

// BBC News articles (2004-2005); a spread of 300 keeps the test quick.
const articles = newsArticles()
  .filter((_, k, all) => all.length < 300 || k % 7 === 0)
  .slice(0, 300)

const decodeQuantity = Schema.decodeUnknownSync(Quantity)

describe("findQuantities on BBC News prose", () => {
  const runs = articles.map(({ title, body }) => {
    const analysis = analyze(`${title}\n\n${body}`)
    return { analysis, quantities: findQuantities(analysis, []), identifiers: findIdentifiers(analysis) }
  })

  it("reads well-formed quantities that never touch an identifier", () => {
    for (const { analysis, quantities, identifiers } of runs) {
      for (const q of quantities) {
        decodeQuantity(q)
        expect(analysis.text.slice(q.start, q.end)).toBe(q.text)
        expect(isIdentifierAt(identifiers, q.start, q.end)).toBe(false)
      }
    }
    const perArticle = runs.reduce((n, r) => n + r.quantities.length, 0) / runs.length
    expect(perArticle).toBeGreaterThan(3)
  })

  it("covers the money and percentages wink tags, directly or as a restatement", () => {
    const coverage = (type: string) => {
      let tagged = 0
      let covered = 0
      for (const { analysis, quantities } of runs) {
        const spans = quantities.flatMap((q) => [q, ...q.equivalents])
        for (const e of analysis.entities.filter((x) => x.type === type)) {
          tagged++
          if (spans.some((q) => q.start < e.end && e.start < q.end)) covered++
        }
      }
      return covered / tagged
    }
    // wink's misses here are titles ("Million Dollar Baby", "Euro 2004"), not figures
    expect(coverage("MONEY")).toBeGreaterThan(0.93)
    expect(coverage("PERCENT")).toBeGreaterThan(0.99)
  })
})
