import { crossReference } from "@crosscheck/report"
import type { Claim, Relation } from "@crosscheck/claims"
import { Context, Effect, Layer } from "effect"
import { StoreReader } from "../store/store-reader.js"
import { StoreWriter } from "../store/store-writer.js"
import type { StoreError } from "../store/store-error.js"
import type { ArticleSummary } from "../store/store-records.js"

/** The store as cross-referenced: what it read, decoded once, and the relations it made of it. */
export interface CrossReferenced {
  readonly claims: ReadonlyArray<Claim>
  readonly articles: ReadonlyArray<ArticleSummary>
  readonly relations: ReadonlyArray<Relation>
}

/**
 * Cross-reference: relates every stored claim to every other through comparison keys, then
 * replaces the stored relations in one transaction. It always works from the whole store, so an
 * incremental run gives exactly what a run from scratch gives.
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
          const claims = yield* store.loadClaims()
          const articles = yield* store.loadArticleSummaries()
          const relations = crossReference(claims, articles)
          yield* writer.replaceRelations(relations)
          return { claims, articles, relations }
        })
      })
    })
  )
}
