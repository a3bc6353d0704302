import { findSameStories, orderRelations, relateClaims, STANDING_RULES } from "@crosscheck/report"
import type { Relation } from "@crosscheck/claims"
import { Context, Effect, Layer, Stream } from "effect"
import { StoreReader } from "../store/store-reader.js"
import { StoreWriter } from "../store/store-writer.js"
import type { StoreError } from "../store/store-error.js"
import type { ArticleSummary } from "../store/store-records.js"

/** Claims whose outdated comparison standing is worked out again at a time. */
const PAGE = 2000

/** The store as cross-referenced: the articles it read, and the relations it made of the claims. */
export interface CrossReferenced {
  readonly articles: ReadonlyArray<ArticleSummary>
  readonly relations: ReadonlyArray<Relation>
}

/**
 * Cross-reference: relates every stored claim to every other, then replaces the stored relations in
 * one transaction. It always works from the whole store, so an incremental run gives exactly what a
 * run from scratch gives; but never holds the whole store: republished stories are found from each
 * claim's quote alone, then the claims are read and compared one comparison partition at a time
 * (every comparison key and timeline series lies within one), so memory grows with the largest
 * partition and the relations found, not with the corpus.
 */
export class CrossReferencer extends Context.Service<CrossReferencer, {
  crossReferenceAll(): Effect.Effect<CrossReferenced, StoreError>
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
          // Every read below sees one moment of the store, though other runs write meanwhile (PostgreSQL).
          const { articles, found } = yield* store.inSnapshot(Effect.fnUntraced(function*(snapshot) {
            const articles = yield* snapshot.loadArticleSummaries()
            const stories = findSameStories(yield* snapshot.loadClaimQuotes(), articles)
            const found: Array<Relation> = [...stories.relations]
            yield* snapshot.claimsByPartition().pipe(
              Stream.runForEach((claims) => Effect.sync(() => found.push(...relateClaims(claims, stories.sourceOf).relations)))
            )
            return { articles, found }
          }))
          const relations = orderRelations(found)
          yield* writer.replaceRelations(relations)
          return { articles, relations }
        })
      })
    })
  )
}
