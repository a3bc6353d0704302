import { describe, expect, it } from "vitest"
import { cleanArticle } from "../../src/clean/clean-article.js"
import type { FurnitureKind } from "../../src/model/article.js"
import { articleOf, blankedCopy, rangeOf, rangeToEnd, readRepoFile, visibleText } from "./clean-helpers.js"

const kindsOf = (furniture: ReadonlyArray<{ readonly kind: FurnitureKind }>) =>
  furniture.map((region) => region.kind).filter((kind) => kind !== "markup")

describe("cleanArticle on outlet-style fixtures", () => {
  it("WordPress blog: navigation, share bar, related list and the comment thread with its reply form", () => {
    const text = readRepoFile("fixtures/clean/wordpress-blog-comments.txt")
    const cleaned = cleanArticle(articleOf(text))
    expect(kindsOf(cleaned.furniture)).toEqual(["navigation", "navigation", "comments", "share", "navigation", "comments"])
    expect(cleaned.content).toBe(
      blankedCopy(text, [
        rangeOf(text, "Skip to content"),
        rangeOf(text, "Menu"),
        rangeOf(text, "3 Comments"),
        rangeOf(text, "Share this:\nTwitter\nFacebook\nEmail\nPrint\nLike this:\nLike Loading..."),
        [rangeOf(text, "Related\n")[0], rangeOf(text, "In \"Ferries\"")[1]],
        rangeToEnd(text, "3 thoughts on")
      ])
    )
  })

  it("news site: share bar, adverts, read-more link, newsletter pitch, repeated headline, related list, tags", () => {
    const text = readRepoFile("fixtures/clean/news-share-bar-tags.txt")
    const cleaned = cleanArticle(articleOf(text))
    expect(kindsOf(cleaned.furniture)).toEqual([
      "share", "advertisement", "navigation", "subscribe", "repeated_headline", "navigation", "tags"
    ])
    const headline = "Mexico and Canada agree to cut tariffs on steel and farm goods"
    const repeat = text.lastIndexOf(headline)
    expect(text.indexOf(headline)).toBeLessThan(repeat)
    expect(cleaned.content).toBe(
      blankedCopy(text, [
        rangeOf(text, "Share on Facebook Share on Twitter Email Print"),
        rangeOf(text, "Advertisement\n\nStory continues below advertisement"),
        rangeOf(text, "Read more: Canada's canola exports hit record as China demand rebounds"),
        rangeOf(text, "Subscribe to our newsletter\nGet the day's top business stories delivered to your inbox every morning."),
        [repeat, repeat + headline.length],
        rangeToEnd(text, "Related articles")
      ])
    )
  })

  it("prose that only mentions shares, comments, newsletters and email is left alone", () => {
    const text = readRepoFile("fixtures/clean/prose-with-furniture-words.txt")
    const cleaned = cleanArticle(articleOf(text, "text", { title: "Advertising slump hits media shares as readers shun print" }))
    expect(cleaned.furniture).toEqual([])
    expect(cleaned.content).toBe(text)
  })

  it("markdown: front matter, syntax and the trailing comments go; the visible text stays", () => {
    const text = readRepoFile("fixtures/clean/front-matter.md")
    const cleaned = cleanArticle(articleOf(text, "markdown"))
    expect(cleaned.furniture[0]).toEqual({ start: 0, end: text.indexOf("---\n\n# Kenya") + "---\n".length, kind: "front_matter" })
    expect(kindsOf(cleaned.furniture)).toEqual(["front_matter", "comments"])
    expect(visibleText(cleaned.content)).toBe(
      [
        "Kenya opens second geothermal plant at Olkaria",
        "By Wanjiru Kamau , Nairobi",
        "Kenya's state power generator KenGen on Wednesday opened an 83-megawatt geothermal plant at Olkaria , its second this year, raising the country's geothermal capacity to 946 MW.",
        "Cost and financing",
        "The plant cost $230 million , financed partly by a loan from the Japan International Cooperation Agency , KenGen managing director Rebecca Miano said.",
        "\"Geothermal now supplies almost half of our electricity,\" Miano told reporters.",
        "Three more units are planned:",
        "Olkaria VII, due in 2025 Olkaria VIII, due in 2026 a wellhead unit at Eburru",
        "The olkaria-vi project code appears in the tender documents."
      ].join(" ")
    )
  })

  it("HTML page: head, navigation, scripts, widgets, footer and tags go; entities decode in place", () => {
    const text = readRepoFile("fixtures/clean/news-page.html")
    const cleaned = cleanArticle(articleOf(text, "html"))
    expect(kindsOf(cleaned.furniture)).toEqual(["navigation", "share", "navigation", "advertisement", "comments", "navigation"])
    expect(visibleText(cleaned.content)).toBe(
      [
        "Chile’ s lithium output jumps 30%",
        "By Camila Rojas — March 9, 2023",
        "SANTIAGO – Chile produced 243,000 tonnes of lithium carbonate equivalent in 2022, up 30% from a year earlier, the Chilean Copper Commission (Cochilco) said on Wednesday.",
        "Output from SQM and Albemarle’ s operations in the Atacama salt flat rose as prices peaked above $80,000 a tonne in November, according to the report.",
        "The commission expects production to reach 280,000 tonnes in 2023.",
        "State role",
        "President Gabriel Boric' s government plans to take a majority stake in new lithium projects, a policy that R& D groups & investors are watching closely.",
        "Cochilco said lithium exports were worth $7.6 billion last year."
      ].join(" ")
    )
    // Block tags leave line breaks, so paragraphs and headings stay apart.
    const lines = cleaned.content.split("\n").map((line) => line.trim()).filter((line) => line !== "")
    expect(lines).toContain("State role")
    expect(lines).toContain("The commission expects production to reach 280,000 tonnes in 2023.")
  })
})
