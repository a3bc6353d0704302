import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { MAX_INDEXED_ARTICLES, ShingleIndex, TooManyArticlesError } from "../../src/compare/shingle-index.js"

/** Every 4-gram held by two to `max` articles, as its holders, and each article's count of distinct 4-grams. */
const sharedOf = (quotes: ReadonlyArray<readonly [number, string]>, articles: number, max = 8) => {
  const index = new ShingleIndex()
  for (const [article, quote] of quotes) index.add(article, quote)
  const holders: Array<ReadonlyArray<number>> = []
  const sizes = index.shared(articles, max, (held) => holders.push([...held]))
  return { holders: holders.map((held) => held.join(",")).sort(), sizes: [...sizes] }
}

describe("the 4-grams of the articles' quotes, kept as hashes", () => {
  it("finds the 4-grams articles share, whatever the case, spacing and punctuation, each article once", () => {
    const { holders, sizes } = sharedOf([
      [0, "Oil prices rose sharply on Monday."],
      [1, "OIL  PRICES rose sharply -- on Tuesday"],
      // A 4-gram an article quotes twice counts once.
      [2, "prices rose sharply on Monday, and prices rose sharply on Monday"],
      [3, "Nothing in common here at all"]
    ], 4)
    // "oil prices rose sharply" (0, 1), "prices rose sharply on" (0, 1, 2), "rose sharply on monday" (0, 2).
    expect(holders).toEqual(["0,1", "0,1,2", "0,2"])
    // 0: 3 distinct; 1: "oil prices rose sharply", "prices rose sharply on", "rose sharply on tuesday";
    // 2: eleven words, eight 4-grams, two of them repeated.
    expect(sizes).toEqual([3, 3, 6, 3])
  })

  it("leaves out a 4-gram held by more articles than the limit (boilerplate), but counts it in each article's size", () => {
    const quotes = Array.from({ length: 5 }, (_, article) => [article, "for more information please call"] as const)
    const { holders, sizes } = sharedOf(quotes, 5, 4)
    expect(holders).toEqual([])
    expect(sizes).toEqual([2, 2, 2, 2, 2])
    expect(sharedOf(quotes, 5, 5).holders).toEqual(["0,1,2,3,4", "0,1,2,3,4"])
  })

  it("holds more 4-grams than its first allocation", () => {
    const words = Array.from({ length: 10_000 }, (_, i) => `w${i}`).join(" ")
    const { holders, sizes } = sharedOf([[0, words], [1, words]], 2)
    expect(holders).toHaveLength(9_997)
    expect(sizes).toEqual([9_997, 9_997])
  })

  it("tells apart 4,194,304 articles, and refuses the next with a TooManyArticlesError, adding nothing of it", () => {
    const last = MAX_INDEXED_ARTICLES - 1
    const index = new ShingleIndex()
    expect(Result.isSuccess(index.add(0, "oil prices rose sharply"))).toBe(true)
    expect(Result.isSuccess(index.add(last, "oil prices rose sharply"))).toBe(true)
    const refused = index.add(MAX_INDEXED_ARTICLES, "oil prices rose sharply")
    expect(Result.isFailure(refused) && refused.failure).toEqual(
      new TooManyArticlesError({ articles: MAX_INDEXED_ARTICLES + 1, limit: 4_194_304 })
    )
    expect(Result.isFailure(refused) && refused.failure.message).toBe(
      "at least 4,194,305 articles to compare, more than the republished-story index tells apart (at most 4,194,304)"
    )
    // The last number is its own article, not another's (its bits do not spill into the hash): the
    // 4-gram is shared by exactly the two, and the refused article holds nothing.
    const holders: Array<ReadonlyArray<number>> = []
    const sizes = index.shared(MAX_INDEXED_ARTICLES + 1, 8, (held) => holders.push([...held]))
    expect(holders).toEqual([[0, last]])
    expect([sizes[0], sizes[last], sizes[MAX_INDEXED_ARTICLES]]).toEqual([1, 1, 0])
  })
})
