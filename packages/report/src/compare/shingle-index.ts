import { Result, Schema } from "effect"

/** Words per shingle: long enough that shared shingles mean shared sentences. */
const SHINGLE_WORDS = 4

const WORD = /[\p{L}\p{N}]+/gu

/** Bits of an entry that say which article holds the shingle; the other 42 are the shingle's hash. */
const ARTICLE_BITS = 22
const ARTICLE_MASK = 2 ** ARTICLE_BITS - 1
/** Articles one index can tell apart. */
export const MAX_INDEXED_ARTICLES = 2 ** ARTICLE_BITS

/**
 * More articles than one index can tell apart: each entry keeps an article's number in 22 bits. Far
 * past any corpus crosscheck is run on; a wider number would leave fewer bits for the hash.
 */
export class TooManyArticlesError extends Schema.TaggedError<TooManyArticlesError>()("TooManyArticlesError", {
  articles: Schema.Number,
  limit: Schema.Number
}) {
  override get message(): string {
    return `at least ${this.articles.toLocaleString("en")} articles to compare, more than the republished-story index tells apart ` +
      `(at most ${this.limit.toLocaleString("en")})`
  }
}

/** What `add` returns when the quote is added: one value, not one per call. */
const ADDED: Result.Result<void, TooManyArticlesError> = Result.succeed(undefined)

/** Where the lower 32 bits of a 64-bit entry are, in its two 32-bit halves (the platform's byte order). */
const LOW = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1 ? 0 : 1
const HIGH = 1 - LOW

/** The two hashes' multipliers (FNV-1a's prime, and MurmurHash2's): independent enough that 42 bits rarely collide. */
const FNV_PRIME = 0x01000193
const MURMUR_M = 0x5bd1e995
const SEPARATOR = 0x20

const INITIAL_ENTRIES = 1 << 12

/**
 * The word 4-grams (lower-cased) of every article's quotes, each kept as one 64-bit entry — a 42-bit
 * hash of the 4-gram and the article's number — rather than as strings in a set per article: 8 bytes
 * per 4-gram an article holds, where strings cost ten times that. Sorted once, the articles that share
 * a 4-gram lie side by side. Two different 4-grams share a hash once in about 4·10¹² pairs.
 */
export class ShingleIndex {
  private entries = new BigUint64Array(INITIAL_ENTRIES)
  private halves = new Uint32Array(this.entries.buffer)
  private length = 0

  /**
   * Adds the 4-grams of one quote of article number `article` (from 0); an article number past the
   * last the index can hold fails, and adds nothing.
   */
  add(article: number, quote: string): Result.Result<void, TooManyArticlesError> {
    if (article > ARTICLE_MASK) return Result.fail(new TooManyArticlesError({ articles: article + 1, limit: MAX_INDEXED_ARTICLES }))
    const words = quote.toLowerCase().match(WORD) ?? []
    for (let first = 0; first + SHINGLE_WORDS <= words.length; first++) {
      // The hash of the words joined by spaces, as the 4-gram reads (words never hold a space).
      let h1 = 0x811c9dc5
      let h2 = 0x9747b28c
      for (let w = first; w < first + SHINGLE_WORDS; w++) {
        const word = words[w] ?? ""
        for (let c = 0; c <= word.length; c++) {
          const code = c < word.length ? word.charCodeAt(c) : SEPARATOR
          h1 = Math.imul(h1 ^ code, FNV_PRIME)
          h2 = Math.imul(h2 ^ code, MURMUR_M)
          h2 ^= h2 >>> 15
        }
      }
      this.push(h1 >>> 0, ((h2 >>> ARTICLE_BITS) << ARTICLE_BITS | article) >>> 0)
    }
    return ADDED
  }

  /**
   * Sorts the entries, then calls `visit` once per 4-gram held by at least two and at most
   * `maxHolders` articles, with their numbers (ascending, each once); returns how many distinct 4-grams
   * each article holds (by article number). The index is then emptied (its memory freed).
   */
  shared(articles: number, maxHolders: number, visit: (holders: ReadonlyArray<number>) => void): Uint32Array {
    const sizes = new Uint32Array(articles)
    const entries = this.entries.subarray(0, this.length).sort()
    const halves = this.halves
    const holders: Array<number> = []
    let held = 0
    const flush = () => {
      if (held >= 2 && held <= maxHolders) visit(holders)
      holders.length = 0
      held = 0
    }
    for (let at = 0; at < entries.length; at++) {
      const low = halves[2 * at + LOW]!
      const high = halves[2 * at + HIGH]!
      const previousLow = at > 0 ? halves[2 * (at - 1) + LOW]! : 0
      const previousHigh = at > 0 ? halves[2 * (at - 1) + HIGH]! : 0
      // The same 4-gram twice in one article counts once.
      if (at > 0 && low === previousLow && high === previousHigh) continue
      if (at > 0 && (high !== previousHigh || low >>> ARTICLE_BITS !== previousLow >>> ARTICLE_BITS)) flush()
      const article = low & ARTICLE_MASK
      sizes[article] = (sizes[article] ?? 0) + 1
      held++
      if (held <= maxHolders) holders.push(article)
    }
    flush()
    this.entries = new BigUint64Array(0)
    this.halves = new Uint32Array(this.entries.buffer)
    this.length = 0
    return sizes
  }

  private push(high: number, low: number): void {
    if (this.length === this.entries.length) {
      const grown = new BigUint64Array(Math.max(INITIAL_ENTRIES, this.entries.length * 2))
      grown.set(this.entries)
      this.entries = grown
      this.halves = new Uint32Array(grown.buffer)
    }
    this.halves[2 * this.length + LOW] = low
    this.halves[2 * this.length + HIGH] = high
    this.length++
  }
}
