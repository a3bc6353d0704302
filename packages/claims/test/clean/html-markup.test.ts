import { describe, expect, it } from "vitest"
import { cleanArticle, htmlMetadata } from "../../src/clean/clean-article.js"
import { articleOf, readRepoFile, visibleText } from "./clean-helpers.js"

const cleanHtml = (html: string) => cleanArticle(articleOf(html, "html"))

describe("HTML markup", () => {
  it("writes a character reference's character at its first offset and pads with spaces", () => {
    expect(cleanHtml("AT&amp;T").content).toBe("AT&    T")
    expect(cleanHtml("Chile&#8217;s").content).toBe(`Chile’${" ".repeat("&#8217;".length - 1)}s`)
    expect(cleanHtml("Chile&#x2019;s").content).toBe(`Chile’${" ".repeat("&#x2019;".length - 1)}s`)
    // A code point beyond the BMP takes two string indices.
    expect(cleanHtml("a&#128512;b").content).toBe(`a😀${" ".repeat("&#128512;".length - 2)}b`)
    expect(cleanHtml("5&nbsp;km").content).toBe("5      km")
  })

  it("leaves unknown references alone and never turns a reference into a line break", () => {
    expect(cleanHtml("R&D &bogus; a").content).toBe("R&D &bogus; a")
    expect(cleanHtml("a&#10;b").content).toBe("a     b")
  })

  it("puts a line break at the first character of block tags and blanks inline tags", () => {
    expect(cleanHtml("<p>One.</p><p>Two <b>bold</b>.</p>").content).toBe("\n  One.\n   \n  Two    bold    .\n   ")
    expect(cleanHtml("a<br/>b").content).toBe("a\n    b")
  })

  it("blanks scripts, styles, navigation, footers, asides and comments whole, tags inside scripts included", () => {
    const html = "<nav>Home News</nav><p>Kept.</p><script>if (a < b) document.write('</div><p>x</p>')</script><aside>Side</aside><!-- note --><footer>Foot</footer>"
    const cleaned = cleanHtml(html)
    expect(visibleText(cleaned.content)).toBe("Kept.")
    expect(cleaned.furniture.map((region) => region.kind)).toEqual(["navigation", "markup", "markup", "navigation", "markup", "navigation"])
  })

  it("pairs nested elements of the same name when blanking a widget", () => {
    const html = "<div class=\"share\"><div>Share</div><div>Tweet</div></div><div><p>Article text.</p></div>"
    const cleaned = cleanHtml(html)
    expect(visibleText(cleaned.content)).toBe("Article text.")
    expect(cleaned.furniture[0]).toEqual({ start: 0, end: html.indexOf("<div><p>"), kind: "share" })
  })

  it("recognises widgets by exact class or id only, and blanks only the tag of an unclosed one", () => {
    expect(visibleText(cleanHtml("<article class=\"post comments-open\"><p>Body.</p></article>").content)).toBe("Body.")
    expect(visibleText(cleanHtml("<section id=\"comments\"><p>Nice!</p></section><p>After.</p>").content)).toBe("After.")
    expect(visibleText(cleanHtml("<aside><p>Unclosed aside then text.</p>").content)).toBe("Unclosed aside then text.")
  })

  it("reads tags with `>` inside quoted attributes and upper-case names", () => {
    expect(visibleText(cleanHtml("<A HREF=\"x?a>b\" TITLE='c>d'>Link</A> <SCRIPT>x()</SCRIPT>").content)).toBe("Link")
  })

  it("blanks an unclosed comment or script to the end, as a browser would", () => {
    expect(visibleText(cleanHtml("<p>Kept.</p><!-- open <p>gone</p>").content)).toBe("Kept.")
    expect(visibleText(cleanHtml("<p>Kept.</p><script>var a = 1; <p>gone</p>").content)).toBe("Kept.")
  })

  it("stays linear on pathological markup", () => {
    const start = performance.now()
    for (const html of ["<a href=\"x ".repeat(20_000), "<a".repeat(50_000), "<div class=\"share\">".repeat(20_000), "<!".repeat(50_000)]) {
      expect(cleanHtml(html).content).toHaveLength(html.length)
    }
    // Quadratic scanning took over 40 s here; linear takes about one.
    expect(performance.now() - start).toBeLessThan(10_000)
  })
})

describe("htmlMetadata", () => {
  it("reads title, publication day, outlet and canonical URL from a page's head", () => {
    expect(htmlMetadata(readRepoFile("fixtures/clean/news-page.html"))).toEqual({
      title: "Chile’s lithium output jumps 30%",
      published: "2023-03-09",
      outlet: "Andes Business Daily",
      url: "https://andes.example/markets/chile-lithium-output"
    })
  })

  it("falls back to <title>, JSON-LD datePublished, <time datetime> and og:url", () => {
    expect(
      htmlMetadata(
        "<title>Rates &amp; prices</title><meta content=\"https://x.example/a\" property=\"og:url\"><script type=\"application/ld+json\">{\"datePublished\": \"2019-11-02T10:00:00Z\"}</script>"
      )
    ).toEqual({ title: "Rates & prices", published: "2019-11-02", url: "https://x.example/a" })
    expect(htmlMetadata("<time datetime=\"2020-01-01\">x</time><time itemprop=\"datePublished\" datetime=\"2020-02-03T08:00\">y</time>")).toEqual({
      published: "2020-02-03"
    })
    expect(htmlMetadata("<time pubdate datetime=\"2021-05-06\">y</time>")).toEqual({ published: "2021-05-06" })
  })

  it("returns no keys for a page without metadata", () => {
    expect(htmlMetadata("<p>Just text.</p>")).toEqual({})
  })
})
