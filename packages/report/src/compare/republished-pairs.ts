/**
 * Republished article pairs kept as numbers, not strings: a pair is one number (the smaller article
 * number times the article count, plus the larger: below 2^44 with at most 2^22 articles, exact in a
 * double) and its reason another. Strings (both ids and the reason's sentence per pair) cost ten
 * times that, and pairs grow with the square of a story's copies.
 */
export class RepublishedPairs {
  /** Pair → reason, in the order the pairs were found (the order their relations are made in). */
  private readonly reasons = new Map<number, number>()

  constructor(private readonly articles: number) {}

  get size(): number {
    return this.reasons.size
  }

  /** Sets the reason of the pair of article numbers `first` < `second` (a pair set again keeps its place). */
  set(first: number, second: number, reason: number): void {
    this.reasons.set(first * this.articles + second, reason)
  }

  /** Every pair as its two article numbers (the smaller first) and its reason, in the order found. */
  *[Symbol.iterator](): IterableIterator<readonly [number, number, number]> {
    for (const [pair, reason] of this.reasons) yield [Math.floor(pair / this.articles), pair % this.articles, reason]
  }

  /**
   * The story each article of a pair belongs to, as the article number standing for it: the smallest
   * of the story's (the copy first in the corpus), by article number; articles of no pair are left out.
   */
  stories(): ReadonlyMap<number, number> {
    const parent = new Map<number, number>()
    const find = (article: number): number => {
      let root = article
      for (let up = parent.get(root); up !== undefined && up !== root; up = parent.get(root)) root = up
      // Path compression keeps later finds near-constant.
      for (let node = article; node !== root; ) {
        const up = parent.get(node) ?? root
        parent.set(node, root)
        node = up
      }
      return root
    }
    for (const [first, second] of this) {
      for (const article of [first, second]) if (!parent.has(article)) parent.set(article, article)
      const [a, b] = [find(first), find(second)]
      // The smaller number becomes the root: the root is the story's first copy.
      if (a < b) parent.set(b, a)
      else if (b < a) parent.set(a, b)
    }
    return new Map([...parent.keys()].map((article) => [article, find(article)]))
  }
}

/** A pair's reason when the texts are identical (their content hash, read back when the relation is made, says which). */
export const IDENTICAL_TEXT = -1
/** Added to a near-identical pair's percent when the titles are the same. */
const SAME_TITLE = 1000

/** A near-identical pair's reason: the percent of the quoted passages that are the same, and whether the titles are. */
export const nearIdenticalReason = (percent: number, sameTitle: boolean): number => percent + (sameTitle ? SAME_TITLE : 0)

/** The reason, as a duplicate relation's explanation says it (`contentHash`: the pair's, for identical texts). */
export const reasonText = (reason: number, contentHash: string): string =>
  reason === IDENTICAL_TEXT
    ? `identical text (sha256 ${contentHash.slice(0, 12)}…)`
    : `near-identical text: ${reason % SAME_TITLE}% of the quoted passages are the same${reason >= SAME_TITLE ? ", under the same title" : ""}`
