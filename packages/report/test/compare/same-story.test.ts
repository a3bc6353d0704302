import { describe, expect, it } from "vitest"
import { findSameStories } from "../../src/index.js"

describe("republished stories", () => {
  // Three copies of one story (the same text), listed in corpus order, and a story of its own.
  const articles = [
    { id: "z-original", contentHash: "h1" },
    { id: "a-copy", contentHash: "h1" },
    { id: "m-copy", contentHash: "h1" },
    { id: "lone", contentHash: "h2" }
  ]

  it("stand for their story by the copy first in the corpus, not the id that sorts first; any other article stands for itself", () => {
    const { relations, sourceOf } = findSameStories([], articles)
    expect(relations.map((relation) => relation.articles).sort()).toEqual([["a-copy", "m-copy"], ["a-copy", "z-original"], ["m-copy", "z-original"]])
    expect(["z-original", "a-copy", "m-copy", "lone", "not-stored"].map(sourceOf)).toEqual(["z-original", "z-original", "z-original", "lone", "not-stored"])
  })
})
