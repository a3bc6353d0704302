import { describe, expect, it } from "vitest"
import { cleanArticle } from "../../src/clean/clean-article.js"
import { articleOf } from "./clean-helpers.js"

const cleanMarkdown = (markdown: string) => cleanArticle(articleOf(markdown, "markdown"))

describe("markdown markup", () => {
  it("blanks front matter at the very start only", () => {
    const markdown = "---\ntitle: A\ndate: 2020-01-02\n---\nText.\n\n---\n\nMore: 5\n"
    const cleaned = cleanMarkdown(markdown)
    expect(cleaned.furniture[0]).toEqual({ start: 0, end: markdown.indexOf("Text."), kind: "front_matter" })
    expect(cleaned.content).toBe("   \n        \n                \n   \nText.\n\n   \n\nMore: 5\n")
  })

  it("keeps a link's text in place and blanks its brackets and destination", () => {
    const destination = "](https://x.example/r?id=2019 \"T\")"
    expect(cleanMarkdown(`See [the report${destination} now.`).content).toBe(`See  the report${" ".repeat(destination.length)} now.`)
    expect(cleanMarkdown("By [Reuters][1].").content).toBe("By  Reuters    .")
  })

  it("blanks images whole, heading #s, emphasis, code ticks and reference definitions", () => {
    expect(cleanMarkdown("![A chart](c.png)").content.trim()).toBe("")
    expect(cleanMarkdown("## Growth slows ##").content).toBe("   Growth slows   ")
    expect(cleanMarkdown("It rose **12%** in _May_ and ~~fell~~.").content).toBe("It rose   12%   in  May  and   fell  .")
    expect(cleanMarkdown("Code `x_1` here").content).toBe("Code  x_1  here")
    expect(cleanMarkdown("[1]: https://x.example/a").content.trim()).toBe("")
  })

  it("leaves intraword underscores, lone asterisks and plain prose alone", () => {
    const prose = "The snake_case id and 5 * 3 = 15 stay; so does 2019's result."
    expect(cleanMarkdown(prose).content).toBe(prose)
  })

  it("blanks list bullets, numbers and blockquote markers but not the item text", () => {
    expect(cleanMarkdown("- one\n2. two\n> quoted").content).toBe("  one\n   two\n  quoted")
  })
})
