import { describe, expect, it } from "vitest"
import { cleanArticle } from "../../src/clean/clean-article.js"
import { type NewsArticle, newsArticles } from "../support/news-corpus.js"
import { articleOf } from "./clean-helpers.js"


// BBC News articles (2004-2005) whose bodies carry no page furniture at all.
const corpus = newsArticles()

const escapeHtml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")

const asHtmlPage = ({ title, body }: NewsArticle): string =>
  [
    `<html><head><title>${escapeHtml(title)} | BBC News</title><script>var a = "<p>x</p>";</script></head><body>`,
    `<nav><a href="/">Home</a> <a href="/news">News</a></nav>`,
    `<h1>${escapeHtml(title)}</h1>`,
    ...body.split("\n\n").filter((paragraph) => paragraph.trim() !== "").map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    `<footer>&copy; BBC</footer></body></html>`
  ].join("\n")

const withoutWhitespace = (text: string): string => text.replace(/\s+/g, "")

describe("cleanArticle on the BBC corpus (no furniture in any body)", () => {
  it("has 2,225 articles to measure on", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30)
  })

  it("finds no furniture in any article, headline included (false-positive rate 0)", () => {
    const flagged = corpus.filter((article) => {
      const text = `${article.title}\n\n${article.body}`
      const cleaned = cleanArticle(articleOf(text, "text", { title: article.title }))
      return cleaned.furniture.length > 0 || cleaned.content !== text
    })
    expect(flagged.map((article) => article.id)).toEqual([])
  })

  it("keeps every visible character of every article wrapped in an HTML page", () => {
    const damaged = corpus.filter((article) => {
      const cleaned = cleanArticle(articleOf(asHtmlPage(article), "html"))
      const kinds = new Set(cleaned.furniture.map((region) => region.kind))
      const onlyPageChrome = [...kinds].every((kind) => kind === "markup" || kind === "navigation")
      return !onlyPageChrome || withoutWhitespace(cleaned.content) !== withoutWhitespace(`${article.title}${article.body}`)
    })
    expect(damaged.map((article) => article.id)).toEqual([])
  })

  it("finds nothing but markdown syntax when bodies are read as markdown", () => {
    const flagged = corpus.filter((article) =>
      cleanArticle(articleOf(article.body, "markdown")).furniture.some((region) => region.kind !== "markup")
    )
    expect(flagged.map((article) => article.id)).toEqual([])
  })
})
