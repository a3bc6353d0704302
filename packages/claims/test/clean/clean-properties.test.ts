import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { cleanArticle } from "../../src/clean/clean-article.js"
import { articleOf } from "./clean-helpers.js"

// Fragments that exercise every pass: markup of both formats, furniture phrases, line breaks.
const fragment = fc.oneof(
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.constantFrom(
    "\n", "\r\n", "\r", "\n\n", " ", ".", "Share", "Tweet", "Facebook", "Comments", "3 Comments", "Leave a Reply",
    "Notify of", "3 years ago", "Advertisement", "Related articles", "Subscribe to our newsletter", "Read more: x",
    "Putin China Russia Putin China Russia trade", "Tags: a, b", "Scroll Up", "The Headline Line",
    "<p>", "</p>", "<br>", "<div class=\"share\">", "</div>", "<nav>", "</nav>", "<script>", "</script>", "<style>",
    "<!--", "-->", "<a href=\"x>y\">", "</a>", "<", ">", "&amp;", "&#8217;", "&#x1F600;", "&#0;", "&#10;", "&nbsp;",
    "&bogus;", "<head>", "</head>", "---\n", "# ", "## ", "**", "*", "_", "~~", "`", "[link](http://x.y/z)",
    "![img](a.png)", "[ref]: http://x", "> ", "- ", "1. ", "\\*", "\u2028", "\uD83D", "é"
  )
)
const articles = fc.record({
  text: fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join("")),
  format: fc.constantFrom("text" as const, "markdown" as const, "html" as const),
  title: fc.option(fc.constantFrom("The Headline Line", "Share", ""), { nil: undefined })
})

describe("cleanArticle properties", () => {
  it("never throws, keeps the length and every line break, and changes nothing outside its regions", () => {
    fc.assert(
      fc.property(articles, ({ text, format, title }) => {
        const cleaned = cleanArticle(articleOf(text, format, title === undefined ? {} : { title }))
        expect(cleaned.content.length).toBe(text.length)
        const inRegion = new Array<boolean>(text.length).fill(false)
        let previousEnd = 0
        for (const region of cleaned.furniture) {
          expect(region.start).toBeGreaterThanOrEqual(previousEnd)
          expect(region.end).toBeGreaterThan(region.start)
          expect(region.end).toBeLessThanOrEqual(text.length)
          previousEnd = region.end
          inRegion.fill(true, region.start, region.end)
        }
        for (let i = 0; i < text.length; i++) {
          const char = text[i]
          if (char === "\n" || char === "\r") expect(cleaned.content[i]).toBe(char)
          else if (!inRegion[i]) expect(cleaned.content[i]).toBe(char)
        }
      }),
      { numRuns: 2000 }
    )
  })

  it("plain text without markup or furniture phrases comes out unchanged", () => {
    const prose = fc
      .array(fc.constantFrom("The", "minister", "said", "on", "Tuesday", "that", "exports", "rose", "4%", "to", "$2bn", "in", "2019"), { minLength: 8, maxLength: 30 })
      .map((words) => `${words.join(" ")}.`)
    fc.assert(
      fc.property(fc.array(prose, { minLength: 1, maxLength: 8 }), (paragraphs) => {
        const text = paragraphs.join("\n\n")
        const cleaned = cleanArticle(articleOf(text))
        expect(cleaned.furniture).toEqual([])
        expect(cleaned.content).toBe(text)
      })
    )
  })
})
