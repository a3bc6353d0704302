import type { Claim, Relation } from "@crosscheck/claims"
import { relationFingerprint, relationId } from "./relation-identity.js"
import { UnionFind } from "./union-find.js"
import { pushTo } from "./multimap.js"

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
/** Words per shingle: long enough that shared shingles mean shared sentences. */
const SHINGLE_WORDS = 4
/** Two articles are near-identical when this share of the larger one's quoted shingles appears in the other… */
const NEAR_IDENTICAL_SHARE = 0.6
/** …or this share, when their titles are the same. */
const SAME_TITLE_SHARE = 0.3
/** And never on fewer shared shingles than this (two short quotes of a common statement). */
const MIN_SHARED_SHINGLES = 8

const STORY_KEY = "story"

const WORD = /[\p{L}\p{N}]+/gu

/** The word 4-grams of a text, lower-cased: robust to quote boundaries and spacing. */
const shinglesOf = (text: string, into: Set<string>): void => {
  const words = text.toLowerCase().match(WORD) ?? []
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) into.add(words.slice(i, i + SHINGLE_WORDS).join(" "))
}

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
const nearIdenticalPairs = (claims: ReadonlyArray<ClaimQuote>, articles: ReadonlyArray<ArticleRef>): Map<string, string> => {
  const shinglesOfArticle = new Map<string, Set<string>>()
  for (const claim of claims) {
    const shingles = shinglesOfArticle.get(claim.article) ?? new Set<string>()
    shinglesOf(claim.quote, shingles)
    shinglesOfArticle.set(claim.article, shingles)
  }
  const holders = new Map<string, Array<string>>()
  for (const [article, shingles] of shinglesOfArticle) for (const shingle of shingles) pushTo(holders, shingle, article)
  const shared = new Map<string, number>()
  for (const ids of holders.values()) {
    if (ids.length < 2 || ids.length > MAX_SHARING_ARTICLES) continue
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const pair = pairKey(ids[i] ?? "", ids[j] ?? "")
        shared.set(pair, (shared.get(pair) ?? 0) + 1)
      }
    }
  }
  const titles = new Map(articles.map((a) => [a.id, normaliseTitle(a.title)]))
  const reasons = new Map<string, string>()
  for (const [pair, count] of shared) {
    const [a = "", b = ""] = pair.split("\n")
    const larger = Math.max(shinglesOfArticle.get(a)?.size ?? 0, shinglesOfArticle.get(b)?.size ?? 0)
    const share = count / larger
    const sameTitle = titles.get(a) !== "" && titles.get(a) === titles.get(b)
    if (count >= MIN_SHARED_SHINGLES && share >= (sameTitle ? SAME_TITLE_SHARE : NEAR_IDENTICAL_SHARE)) {
      const percent = Math.round(share * 100)
      reasons.set(pair, `near-identical text: ${percent}% of the quoted passages are the same${sameTitle ? ", under the same title" : ""}`)
    }
  }
  return reasons
}

/**
 * Stories published twice: identical text (same content hash) or near-identical (nearly all
 * quoted passages the same). Near-linear: pairs come from shared hashes and shared passages,
 * never from all pairs of articles.
 */
export const findSameStories = (claims: ReadonlyArray<ClaimQuote>, articles: ReadonlyArray<ArticleRef>): SameStories => {
  const reasons = nearIdenticalPairs(claims, articles)
  for (const [pair, reason] of identicalPairs(articles)) reasons.set(pair, reason)
  const titles = new Map(articles.map((a) => [a.id, a.title]))
  const claimsOf = new Map<string, Array<string>>()
  for (const claim of claims) pushTo(claimsOf, claim.article, claim.id)
  const stories = new UnionFind()
  const relations: Array<Relation> = []
  for (const [pair, reason] of reasons) {
    const [a = "", b = ""] = pair.split("\n")
    stories.union(a, b)
    const named = (id: string): string => (titles.get(id) === undefined ? id : `${id} ("${titles.get(id)}")`)
    const claims = [...(claimsOf.get(a) ?? []), ...(claimsOf.get(b) ?? [])].sort()
    relations.push({
      id: relationId("duplicate", claims, [a, b]),
      type: "duplicate",
      claims,
      articles: [a, b],
      key: STORY_KEY,
      explanation: `articles ${named(a)} and ${named(b)} are the same story published twice: ${reason}`,
      fingerprint: relationFingerprint("duplicate", STORY_KEY, [a, b], [])
    })
  }
  // The copy that comes first in the corpus stands for its story (the original, as corpora list
  // it), not whichever id happens to sort first.
  const representative = new Map<string, string>()
  for (const { id } of articles) {
    const root = stories.find(id)
    if (!representative.has(root)) representative.set(root, id)
  }
  return {
    relations,
    sourceOf: (article) => {
      const root = stories.find(article)
      return representative.get(root) ?? root
    }
  }
}
