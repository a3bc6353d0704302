import { type ArticleRef, relateClaims, SameStoryFinder, STANDING_RULES, type TooManyArticlesError } from "@crosscheck/report"
import { Context, Effect, Layer, Result, Stream } from "effect"
import type { AddRelations } from "../store/pending-relations.js"
import { StoreReader, type StoreReaderService } from "../store/store-reader.js"
import { StoreWriter } from "../store/store-writer.js"
import type { StoreError } from "../store/store-error.js"

/** Claims whose outdated comparison standing is worked out again at a time; republished stories' relations made at a time. */
const PAGE = 2000

/** The store as cross-referenced: how many relations it stored. */
export interface CrossReferenced {
  readonly relations: number
}

/**
 * Adds the relations of the stories published twice, found from every claim's quote read a page at
 * a time (each kept only as hashes of its 4-grams), and returns which article stands for each story.
 */
const addRepublishedStories = Effect.fnUntraced(function*(
  snapshot: StoreReaderService,
  articles: ReadonlyArray<ArticleRef>,
  add: AddRelations
) {
  const finder = new SameStoryFinder(articles)
  yield* snapshot.claimQuotes().pipe(Stream.runForEachArray((quotes) =>
    Effect.suspend(() => {
      for (const quote of quotes) {
        const added = finder.add(quote)
        if (Result.isFailure(added)) return Effect.fail(added.failure)
      }
      return Effect.void
    })
  ))
  const { relations, sourceOf } = finder.finish()
  // Made one at a time as they are written.
  yield* Stream.fromIterable(relations, { chunkSize: PAGE }).pipe(Stream.runForEachArray(add))
  return sourceOf
})

/**
 * Cross-reference: relates every stored claim to every other, and replaces the stored relations with
 * what it found, all at once. It always works from the whole store, so an incremental run gives
 * exactly what a run from scratch gives; but never holds the whole store, nor the relations:
 * republished stories are found from each claim's quote alone, then the claims are read and compared
 * one comparison partition at a time (every comparison key and timeline series lies within one), each
 * partition's relations written as it is done; so memory grows with the largest partition and what is
 * kept of each article while republished stories are found (its id, content hash and title, its
 * claims' ids, its quotes' 4-gram hashes; then only which articles are copies of which), not with the
 * texts, the claims or the relations.
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
            const sourceOf = yield* addRepublishedStories(snapshot, yield* snapshot.loadArticleRefs(), add)
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
