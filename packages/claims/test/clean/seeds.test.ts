import { describe, expect, it } from "vitest"
import { cleanArticle } from "../../src/clean/clean-article.js"
import type { FurnitureKind } from "../../src/model/article.js"
import { articleOf, blankedCopy, rangeOf, rangeToEnd, readRepoFile } from "./clean-helpers.js"

interface SeedExpectation {
  readonly file: string
  /** Kinds of the furniture regions, in text order. */
  readonly kinds: ReadonlyArray<FurnitureKind>
  /** Exactly what is blanked; everything else must come out unchanged. */
  readonly blanked: (text: string) => ReadonlyArray<readonly [number, number]>
}

const lastRangeOf = (text: string, part: string): readonly [number, number] => {
  const start = text.lastIndexOf(part)
  return [start, start + part.length]
}

const seeds: ReadonlyArray<SeedExpectation> = [
  {
    file: "000_faf72e9f18f487db.txt",
    kinds: ["subscribe", "comments"],
    blanked: (text) => [
      rangeOf(text, "Subscribe to our newsletter\nSign up here to get the latest news, updates and special offers delivered directly to your inbox."),
      rangeToEnd(text, "Notify of")
    ]
  },
  {
    file: "001_96bedf45fe97eb42.txt",
    kinds: ["reply_form"],
    blanked: (text) => [rangeOf(text, "Leave a Reply")]
  },
  {
    file: "002_1ad50343d0bf0f38.txt",
    kinds: ["repeated_headline", "navigation"],
    blanked: (text) => [
      lastRangeOf(text, "Ready for WWIII? They can't even drive\nSCO Summit Big Success, in Contrast with G7 Disaster"),
      rangeToEnd(text, "The following two tabs change content below.")
    ]
  },
  {
    file: "003_37622b0bbbee714f.txt",
    kinds: ["share", "advertisement", "advertisement", "tags"],
    blanked: (text) => [
      [0, "Share".length],
      [text.indexOf("Advertisement"), text.indexOf("Advertisement") + "Advertisement".length],
      lastRangeOf(text, "Advertisement"),
      rangeToEnd(text, "Vladimir Putin Putin in Beijing")
    ]
  },
  {
    file: "004_1952c7b5750355fd.txt",
    kinds: ["comments"],
    blanked: (text) => [rangeToEnd(text, "Comments\n\nThere are 0 comments on this post")]
  }
]

describe("cleanArticle on the seed articles", () => {
  for (const seed of seeds) {
    it(`blanks exactly the page furniture of ${seed.file}`, () => {
      const text = readRepoFile(`fixtures/seeds/${seed.file}`)
      const cleaned = cleanArticle(articleOf(text))
      expect(cleaned.furniture.map((region) => region.kind)).toEqual(seed.kinds)
      expect(cleaned.content).toBe(blankedCopy(text, seed.blanked(text)))
    })
  }

  it("keeps the first occurrence of a repeated headline and subheadings", () => {
    const text = readRepoFile("fixtures/seeds/002_1ad50343d0bf0f38.txt")
    const { content } = cleanArticle(articleOf(text))
    expect(content.startsWith("Ready for WWIII? They can't even drive\nSCO Summit Big Success")).toBe(true)
    expect(content).toContain("\nEasing tensions in North Korea\n")
  })

  it("blanks a repeat of the title given as metadata, keeping the first", () => {
    const text = readRepoFile("fixtures/seeds/000_faf72e9f18f487db.txt")
    const title = "Putin in China: What will be agreed to?"
    const repeated = `${text.slice(0, text.indexOf("Subscribe to our newsletter"))}${title}\n`
    const { content, furniture } = cleanArticle(articleOf(repeated, "text", { title }))
    expect(content.startsWith(title)).toBe(true)
    expect(furniture).toEqual([{ start: repeated.lastIndexOf(title), end: repeated.lastIndexOf(title) + title.length, kind: "repeated_headline" }])
  })
})
