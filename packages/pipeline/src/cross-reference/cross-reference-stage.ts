import { relateClaims, SameStoryFinder, STANDING_RULES, type TooManyArticlesError } from "@crosscheck/report"
import { Context, Effect, Layer, Result, Stream } from "effect"
import type { AddRelations } from "../store/pending-relations.js"
import { StoreReader, type StoreReaderService } from "../store/store-reader.js"
import { StoreWriter } from "../store/store-writer.js"
import type { StoreError } from "../store/store-error.js"

/** Claims whose outdated comparison standing is worked out again at a time; articles whose quotes are read at a time. */
const PAGE = 2000

/** The store as cross-referenced: how many relations it stored. */
export interface CrossReferenced {
  readonly relations: number
}

/**
 * Adds the relations of the stories published twice and returns which article stands for each story.
 * Read a page of articles at a time: their ids (numbered in id order), their claims' quotes (each kept
 * only as hashes of its 4-grams); identical texts are found in SQL; what the relations name of their
 * articles (claims' ids, titles, content hashes) is read back a page of pairs at a time. Held per
 * article is its id alone, and per pair two numbers.
 */
const addRepublishedStories = Effect.fnUntraced(function*(snapshot: StoreReaderService, add: AddRelations) {
  const finder = new SameStoryFinder()
  // The articles of identical texts (few, but for copies), numbered as the pages below reach them.
  const identical = yield* snapshot.identicalTexts()
  const identicalNumbers = new Map(identical.map(({ id }) => [id, 0]))
  yield* snapshot.articleIdPages(PAGE).pipe(Stream.runForEach((ids) =>
    Effect.flatMap(snapshot.quotesOfArticles(ids), (quotes) =>
      Effect.suspend(() => {
        const numbers = new Map(ids.map((id) => [id, finder.addArticle(id)]))
        for (const id of ids) if (identicalNumbers.has(id)) identicalNumbers.set(id, numbers.get(id) ?? 0)
        for (const quote of quotes) {
          const added = finder.add(numbers.get(quote.article) ?? 0, quote.quote)
          if (Result.isFailure(added)) return Effect.fail(added.failure)
        }
        return Effect.void
      }))
  ))
  const groups = new Map<string, Array<number>>()
  for (const { contentHash, id } of identical) {
    const group = groups.get(contentHash)
    if (group === undefined) groups.set(contentHash, [identicalNumbers.get(id) ?? 0])
    else group.push(identicalNumbers.get(id) ?? 0)
  }
  const { relations, sourceOf } = yield* finder.finish(groups.values(), {
    titles: snapshot.articleTitles,
    articles: snapshot.republishedArticles
  })
  // Made a page of pairs at a time, as they are written.
  yield* relations.pipe(Stream.runForEach(add))
  return sourceOf
})

/**
 * Cross-reference: relates every stored claim to every other, and replaces the stored relations with
 * what it found, all at once. It always works from the whole store, so an incremental run gives
 * exactly what a run from scratch gives; but never holds the whole store, nor the relations:
 * republished stories are found from each claim's quote alone, then the claims are read and compared
 * one comparison partition at a time (every comparison key and timeline series lies within one), each
 * partition's relations written as it is done; so memory grows with the largest partition and what is
 * kept of each article while republished stories are found (its id and its quotes' 4-gram hashes, the
 * republished pairs as numbers; then only which articles are copies of which), not with the texts,
 * the titles, the claims or the relations.
 */
export class CrossReferencer extends Context.Service<CrossReferencer, {
  crossReferenceAll(): Effect.Effect<CrossReferenced, StoreError | TooManyArticlesError>
}>()("@crosscheck/pipeline/cross-reference/CrossReferencer") {
  static readonly layer = Layer.effect(
    CrossReferencer,
    Effect.gen(function*() {
      const store = yield* StoreReader
      const writer = yield* StoreWriter
      return CrossReferencer.of({
        crossReferenceAll: Effect.fn("CrossReferencer.crossReferenceAll")(function*() {
          // Claims a crosscheck of other comparison rules stored (or none) get their standing worked out again first.
          let outdated = yield* store.claimsOfOutdatedStanding(STANDING_RULES, PAGE)
          while (outdated.length > 0) {
            yield* writer.saveStandings(outdated)
            outdated = yield* store.claimsOfOutdatedStanding(STANDING_RULES, PAGE)
          }
          // Every read below sees one moment of the store (`snapshot`): on PostgreSQL, though other runs
          // write meanwhile; on SQLite, the writer lock held around this keeps every other writer out. Each
          // partition's relations are written as it is done, and swapped in once all are — on PostgreSQL,
          // unless another cross-reference that read a later moment swapped first (its relations stay).
          const { stored } = yield* writer.replaceRelationsAsFound(Effect.fnUntraced(function*(add, snapshot) {
            const sourceOf = yield* addRepublishedStories(snapshot, add)
            yield* snapshot.claimsByPartition().pipe(
              Stream.runForEach((claims) => add(relateClaims(claims, sourceOf).relations))
            )
          }))
          return { relations: stored }
        })
      })
    })
  )
}
