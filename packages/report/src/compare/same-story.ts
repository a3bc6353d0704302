import type { Claim, Relation } from "@crosscheck/claims"
import { Result } from "effect"
import { relationFingerprint, relationId } from "./relation-identity.js"
import { UnionFind } from "./union-find.js"
import { pushTo } from "./multimap.js"
import { ShingleIndex, type TooManyArticlesError } from "./shingle-index.js"

/** What cross-referencing needs to know of an article. */
export interface ArticleRef {
  readonly id: string
  readonly contentHash: string
  readonly title?: string
}

/** What finding republished stories reads of a claim: where it is and what it quotes (a store row, not a decoded claim). */
export type ClaimQuote = Pick<Claim, "id" | "article" | "quote">

/** Republished stories: one duplicate relation per article pair, and which articles are one source. */
export interface SameStories {
  readonly relations: ReadonlyArray<Relation>
  /** The representative article of the story an article belongs to: corroboration counts sources, not copies. */
  readonly sourceOf: (article: string) => string
}

/** A passage shared by more articles than this is boilerplate, not evidence of a copy. */
const MAX_SHARING_ARTICLES = 8
/** Two articles are near-identical when this share of the larger one's quoted shingles appears in the other… */
const NEAR_IDENTICAL_SHARE = 0.6
/** …or this share, when their titles are the same. */
const SAME_TITLE_SHARE = 0.3
/** And never on fewer shared shingles than this (two short quotes of a common statement). */
const MIN_SHARED_SHINGLES = 8

const STORY_KEY = "story"

const normaliseTitle = (title: string | undefined): string => (title ?? "").toLowerCase().replace(/\s+/g, " ").trim()

const pairKey = (a: string, b: string): string => (a < b ? `${a}\n${b}` : `${b}\n${a}`)

/** Article pairs with identical text. */
const identicalPairs = (articles: ReadonlyArray<ArticleRef>): Map<string, string> => {
  const byHash = new Map<string, Array<string>>()
  for (const article of articles) pushTo(byHash, article.contentHash, article.id)
  const reasons = new Map<string, string>()
  for (const [hash, ids] of byHash) {
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const [a, b] = [ids[i] ?? "", ids[j] ?? ""]
        if (a !== b) reasons.set(pairKey(a, b), `identical text (sha256 ${hash.slice(0, 12)}…)`)
      }
    }
  }
  return reasons
}

/**
 * Article pairs whose quoted passages nearly all coincide: the same story republished with other
 * page furniture or light edits. Pairs come from shared shingles (near-linear), not all pairs.
 */
const nearIdenticalPairs = (shingles: ShingleIndex, ids: ReadonlyArray<string>, articles: ReadonlyArray<ArticleRef>): Map<string, string> => {
  // Each pair of article numbers as one number: the smaller times the count, plus the larger.
  const shared = new Map<number, number>()
  const sizes = shingles.shared(ids.length, MAX_SHARING_ARTICLES, (holders) => {
    for (let i = 0; i < holders.length; i++) {
      for (let j = i + 1; j < holders.length; j++) {
        const pair = (holders[i] ?? 0) * ids.length + (holders[j] ?? 0)
        shared.set(pair, (shared.get(pair) ?? 0) + 1)
      }
    }
  })
  const titles = new Map(articles.map((a) => [a.id, normaliseTitle(a.title)]))
  const reasons = new Map<string, string>()
  for (const [pair, count] of shared) {
    const [first, second] = [Math.floor(pair / ids.length), pair % ids.length]
    const [a, b] = [ids[first] ?? "", ids[second] ?? ""]
    const larger = Math.max(sizes[first] ?? 0, sizes[second] ?? 0)
    const share = count / larger
    const sameTitle = titles.get(a) !== "" && titles.get(a) === titles.get(b)
    if (count >= MIN_SHARED_SHINGLES && share >= (sameTitle ? SAME_TITLE_SHARE : NEAR_IDENTICAL_SHARE)) {
      const percent = Math.round(share * 100)
      reasons.set(pairKey(a, b), `near-identical text: ${percent}% of the quoted passages are the same${sameTitle ? ", under the same title" : ""}`)
    }
  }
  return reasons
}

/**
 * The duplicate relation of each pair of republished articles, one at a time as they are read. What
 * it keeps (every article's claims' ids and title, the pairs' reasons) goes once they are all read.
 */
function* duplicateRelations(
  reasons: ReadonlyMap<string, string>,
  articles: ReadonlyArray<ArticleRef>,
  claimsOfArticle: (id: string) => ReadonlyArray<string>
): Generator<Relation> {
  const titles = new Map(articles.map((a) => [a.id, a.title]))
  const named = (id: string): string => (titles.get(id) === undefined ? id : `${id} ("${titles.get(id)}")`)
  for (const [pair, reason] of reasons) {
    const [a = "", b = ""] = pair.split("\n")
    const claims = [...claimsOfArticle(a), ...claimsOfArticle(b)].sort()
    yield {
      id: relationId("duplicate", claims, [a, b]),
      type: "duplicate",
      claims,
      articles: [a, b],
      key: STORY_KEY,
      explanation: `articles ${named(a)} and ${named(b)} are the same story published twice: ${reason}`,
      fingerprint: relationFingerprint("duplicate", STORY_KEY, [a, b], [])
    }
  }
}

/**
 * Which article stands for the story each article belongs to: the copy that comes first in the corpus
 * (the original, as corpora list it), not whichever id happens to sort first. Only the articles of a
 * story published more than once are kept (an article of its own stands for itself): what
 * cross-referencing holds while it compares the claims, partition after partition.
 */
const storySources = (reasons: ReadonlyMap<string, string>, articles: ReadonlyArray<ArticleRef>): SameStories["sourceOf"] => {
  const stories = new UnionFind()
  for (const pair of reasons.keys()) {
    const [a = "", b = ""] = pair.split("\n")
    stories.union(a, b)
  }
  const representative = new Map<string, string>()
  for (const { id } of articles) {
    const root = stories.find(id)
    if (!representative.has(root)) representative.set(root, id)
  }
  const sources = new Map<string, string>()
  for (const [root, members] of stories.groups()) {
    for (const member of members) sources.set(member, representative.get(root) ?? root)
  }
  return (article) => sources.get(article) ?? article
}

/**
 * Stories published twice, found from the claims' quotes given one at a time (`add`), so that no
 * quote is kept: each article's quoted 4-grams go into a `ShingleIndex`, its claims' ids into a list.
 * `finish` then makes the duplicate relations one at a time, as they are read.
 */
export class SameStoryFinder {
  private readonly numbers = new Map<string, number>()
  private readonly ids: Array<string> = []
  private readonly claimsOf: Array<Array<string>> = []
  private readonly shingles = new ShingleIndex()

  constructor(private readonly articles: ReadonlyArray<ArticleRef>) {
    for (const { id } of articles) this.numberOf(id)
  }

  /** Adds one claim's quote; fails, its quote left out, once there are more articles than the index tells apart (`MAX_INDEXED_ARTICLES`). */
  add(claim: ClaimQuote): Result.Result<void, TooManyArticlesError> {
    const article = this.numberOf(claim.article)
    const added = this.shingles.add(article, claim.quote)
    if (Result.isSuccess(added)) (this.claimsOf[article] ??= []).push(claim.id)
    return added
  }

  finish(): { readonly relations: Iterable<Relation>; readonly sourceOf: SameStories["sourceOf"] } {
    const { articles, claimsOf, ids, numbers } = this
    const reasons = nearIdenticalPairs(this.shingles, ids, articles)
    for (const [pair, reason] of identicalPairs(articles)) reasons.set(pair, reason)
    const claimsOfArticle = (id: string) => claimsOf[numbers.get(id) ?? -1] ?? []
    return { relations: duplicateRelations(reasons, articles, claimsOfArticle), sourceOf: storySources(reasons, articles) }
  }

  private numberOf(article: string): number {
    let number = this.numbers.get(article)
    if (number === undefined) {
      number = this.ids.length
      this.numbers.set(article, number)
      this.ids.push(article)
    }
    return number
  }
}

/**
 * Stories published twice: identical text (same content hash) or near-identical (nearly all
 * quoted passages the same). Near-linear: pairs come from shared hashes and shared passages,
 * never from all pairs of articles.
 */
export const findSameStories = (claims: ReadonlyArray<ClaimQuote>, articles: ReadonlyArray<ArticleRef>): SameStories => {
  const finder = new SameStoryFinder(articles)
  // Every claim in memory at once: millions of articles cannot get here, yet if they did, the error says so.
  for (const claim of claims) Result.getOrThrow(finder.add(claim))
  const { relations, sourceOf } = finder.finish()
  return { relations: [...relations], sourceOf }
}
