import type { Claim, Relation } from "@crosscheck/claims"
import { Effect, Result, Stream } from "effect"
import { relationFingerprint, relationId } from "./relation-identity.js"
import { IDENTICAL_TEXT, nearIdenticalReason, reasonText, RepublishedPairs } from "./republished-pairs.js"
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

/** Candidate pairs whose titles are read at a time, and pairs whose relations are made at a time. */
const PAGE = 2000

const normaliseTitle = (title: string | undefined): string => (title ?? "").toLowerCase().replace(/\s+/g, " ").trim()

/** What a duplicate relation names of an article, read back when it is made rather than held: */
export interface RepublishedArticle {
  readonly contentHash: string
  readonly title?: string
  /** Its claims' ids. */
  readonly claims: ReadonlyArray<string>
}

/**
 * Where the finder reads what it does not hold: the titles of the articles of candidate pairs (the
 * untitled left out), then what the duplicate relations of these articles name. Either may fail (`E`).
 */
export interface StoryLookup<E> {
  readonly titles: (ids: ReadonlyArray<string>) => Effect.Effect<ReadonlyMap<string, string>, E>
  readonly articles: (ids: ReadonlyArray<string>) => Effect.Effect<ReadonlyMap<string, RepublishedArticle>, E>
}

/** Republished stories as the finder gives them: the duplicate relations, a page at a time as they are made, and who stands for whom. */
export interface FoundStories<E> {
  readonly relations: Stream.Stream<ReadonlyArray<Relation>, E>
  readonly sourceOf: SameStories["sourceOf"]
}

/**
 * Near-identical candidate pairs: pairs of articles whose quoted passages share enough 4-grams that
 * they are copies under any title (each pair's share of the larger one's 4-grams, in the order found).
 * Pairs come from shared 4-grams (near-linear), not all pairs.
 */
const nearIdenticalCandidates = (shingles: ShingleIndex, articles: number): Map<number, number> => {
  // Each pair of article numbers as one number: the smaller times the count, plus the larger.
  const shared = new Map<number, number>()
  const sizes = shingles.shared(articles, MAX_SHARING_ARTICLES, (holders) => {
    for (let i = 0; i < holders.length; i++) {
      for (let j = i + 1; j < holders.length; j++) {
        const pair = (holders[i] ?? 0) * articles + (holders[j] ?? 0)
        shared.set(pair, (shared.get(pair) ?? 0) + 1)
      }
    }
  })
  const candidates = new Map<number, number>()
  for (const [pair, count] of shared) {
    const larger = Math.max(sizes[Math.floor(pair / articles)] ?? 0, sizes[pair % articles] ?? 0)
    const share = count / larger
    if (count >= MIN_SHARED_SHINGLES && share >= SAME_TITLE_SHARE) candidates.set(pair, share)
  }
  return candidates
}

/**
 * Stories published twice, found from the articles' quotes given one at a time, so that no quote is
 * kept: the articles are numbered in corpus order (`addArticle`, each before its quotes), each quote's
 * 4-grams go into a `ShingleIndex` under its article's number. `finish` finds the pairs, keeps them as
 * numbers (`RepublishedPairs`), and reads back what it needs of their articles only when it needs it
 * (`StoryLookup`): held per article is its id alone.
 */
export class SameStoryFinder {
  private readonly ids: Array<string> = []
  private readonly shingles = new ShingleIndex()

  /**
   * `known`: how many of the articles numbered first are the corpus's (the in-memory path numbers
   * articles its claims name but no list does after them); all of them, unless told.
   */
  constructor(private readonly known = Number.POSITIVE_INFINITY) {}

  /** Numbers the next article in corpus order; returns its number. */
  addArticle(id: string): number {
    this.ids.push(id)
    return this.ids.length - 1
  }

  /** Adds one quote of article number `article`; fails, its quote left out, past the articles the index tells apart (`MAX_INDEXED_ARTICLES`). */
  add(article: number, quote: string): Result.Result<void, TooManyArticlesError> {
    return this.shingles.add(article, quote)
  }

  /**
   * Finds the pairs once every quote is added: near-identical ones from the shared 4-grams (the titles
   * of candidates read a page at a time), then the identical texts (`identical`: groups of article
   * numbers with one content hash, each in corpus order, groups in order of their first article).
   */
  finish<E>(identical: Iterable<ReadonlyArray<number>>, lookup: StoryLookup<E>): Effect.Effect<FoundStories<E>, E> {
    const { ids, known, shingles } = this
    return Effect.gen(function*() {
      const pairs = new RepublishedPairs(ids.length)
      const candidates = nearIdenticalCandidates(shingles, ids.length)
      yield* Stream.fromIterable(candidates, { chunkSize: PAGE }).pipe(
        Stream.chunks,
        Stream.runForEach((page) =>
          Effect.map(lookup.titles(distinctIds(page.flatMap(([pair]) => pairArticles(pair, ids)))), (titles) => {
            for (const [pair, share] of page) {
              const [first, second] = [Math.floor(pair / ids.length), pair % ids.length]
              const title = normaliseTitle(titles.get(ids[first] ?? ""))
              const sameTitle = title !== "" && title === normaliseTitle(titles.get(ids[second] ?? ""))
              if (share >= (sameTitle ? SAME_TITLE_SHARE : NEAR_IDENTICAL_SHARE)) {
                pairs.set(first, second, nearIdenticalReason(Math.round(share * 100), sameTitle))
              }
            }
          })
        )
      )
      candidates.clear()
      for (const group of identical) {
        for (let i = 0; i < group.length; i++) {
          for (let j = i + 1; j < group.length; j++) {
            const [a = 0, b = 0] = [group[i], group[j]]
            if (a !== b) pairs.set(Math.min(a, b), Math.max(a, b), IDENTICAL_TEXT)
          }
        }
      }
      return { relations: duplicateRelations(pairs, ids, lookup), sourceOf: storySources(pairs, ids, known) }
    })
  }
}

/** The two articles' ids of a pair of article numbers. */
const pairArticles = (pair: number, ids: ReadonlyArray<string>): ReadonlyArray<string> =>
  [ids[Math.floor(pair / ids.length)] ?? "", ids[pair % ids.length] ?? ""]

const distinctIds = (ids: ReadonlyArray<string>): ReadonlyArray<string> => [...new Set(ids)]

/**
 * The duplicate relation of each pair of republished articles, a page of pairs at a time: what they
 * name of their articles (claims' ids, titles, content hash) read back for that page only.
 */
const duplicateRelations = <E>(
  pairs: RepublishedPairs,
  ids: ReadonlyArray<string>,
  lookup: StoryLookup<E>
): Stream.Stream<ReadonlyArray<Relation>, E> =>
  Stream.fromIterable(pairs, { chunkSize: PAGE }).pipe(
    Stream.chunks,
    Stream.mapEffect((page) =>
      Effect.map(lookup.articles(distinctIds(page.flatMap(([first, second]) => [ids[first] ?? "", ids[second] ?? ""]))), (articles) =>
        page.map(([first, second, reason]): Relation => {
          const [x = "", y = ""] = [ids[first], ids[second]]
          const [a, b] = x < y ? [x, y] : [y, x]
          const named = (id: string): string => {
            const title = articles.get(id)?.title
            return title === undefined ? id : `${id} ("${title}")`
          }
          const claims = [...(articles.get(a)?.claims ?? []), ...(articles.get(b)?.claims ?? [])].sort()
          return {
            id: relationId("duplicate", claims, [a, b]),
            type: "duplicate",
            claims,
            articles: [a, b],
            key: STORY_KEY,
            explanation: `articles ${named(a)} and ${named(b)} are the same story published twice: ${
              reasonText(reason, articles.get(a)?.contentHash ?? "")
            }`,
            fingerprint: relationFingerprint("duplicate", STORY_KEY, [a, b], [])
          }
        }))
    )
  )

/**
 * Which article stands for the story each article belongs to: the copy that comes first in the corpus
 * (the original, as corpora list it), not whichever id happens to sort first. Only the articles of a
 * story published more than once are kept (an article of its own stands for itself): what
 * cross-referencing holds while it compares the claims, partition after partition. A story none of
 * whose articles the corpus lists (`known`) stands by its id that sorts first.
 */
const storySources = (pairs: RepublishedPairs, ids: ReadonlyArray<string>, known: number): SameStories["sourceOf"] => {
  const stories = pairs.stories()
  const unlisted = new Map<number, string>()
  for (const [article, root] of stories) {
    const id = ids[article] ?? ""
    if (root >= known && (unlisted.get(root) ?? id) >= id) unlisted.set(root, id)
  }
  const sources = new Map<string, string>()
  for (const [article, root] of stories) sources.set(ids[article] ?? "", unlisted.get(root) ?? ids[root] ?? "")
  return (article) => sources.get(article) ?? article
}

/**
 * Stories published twice: identical text (same content hash) or near-identical (nearly all
 * quoted passages the same). Near-linear: pairs come from shared hashes and shared passages,
 * never from all pairs of articles. Everything in memory, as given (the store's cross-reference
 * reads the same from the database instead, a page at a time).
 */
export const findSameStories = (claims: ReadonlyArray<ClaimQuote>, articles: ReadonlyArray<ArticleRef>): SameStories => {
  const finder = new SameStoryFinder(articles.length)
  const numbers = new Map<string, number>()
  const numberOf = (id: string): number => {
    let number = numbers.get(id)
    if (number === undefined) numbers.set(id, number = finder.addArticle(id))
    return number
  }
  for (const { id } of articles) numberOf(id)
  const claimsOf = new Map<string, Array<string>>()
  // Every claim in memory at once: millions of articles cannot get here, yet if they did, the error says so.
  for (const claim of claims) {
    Result.getOrThrow(finder.add(numberOf(claim.article), claim.quote))
    pushTo(claimsOf, claim.article, claim.id)
  }
  const byHash = new Map<string, Array<number>>()
  for (const article of articles) pushTo(byHash, article.contentHash, numberOf(article.id))
  const listed = new Map(articles.map((article) => [article.id, article]))
  const lookup: StoryLookup<never> = {
    titles: (ids) => Effect.succeed(new Map(ids.flatMap((id) => {
      const title = listed.get(id)?.title
      return title === undefined ? [] : [[id, title] as const]
    }))),
    articles: (ids) => Effect.succeed(new Map(ids.map((id) => {
      const article = listed.get(id)
      return [id, {
        contentHash: article?.contentHash ?? "",
        ...(article?.title === undefined ? {} : { title: article.title }),
        claims: claimsOf.get(id) ?? []
      }] as const
    })))
  }
  return Effect.runSync(Effect.flatMap(
    finder.finish([...byHash.values()].filter((group) => group.length > 1), lookup),
    ({ relations, sourceOf }) => Effect.map(Stream.runCollect(relations), (pages) => ({ relations: pages.flat(), sourceOf }))
  ))
}
