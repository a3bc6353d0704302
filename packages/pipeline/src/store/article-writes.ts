import type { Article, Extraction, FurnitureRegion, Relation } from "@crosscheck/claims"
import {
  articleRow,
  claimEntityRows,
  claimRow,
  claimTimeRow,
  quantityRows,
  relationClaimRows,
  relationRow,
  timexRows
} from "./model-rows.js"
import type { SqliteExecutor } from "./sqlite-executor.js"

/**
 * The store's writes, each one transaction (synchronous: nothing can interleave). They throw on
 * failure, and the transaction is rolled back; `ClaimStore` turns that into a `StoreError`.
 */

/** Deletes the relations that involve any claim of the article: they were found on claims about to go. */
const deleteRelationsOf = (executor: SqliteExecutor, articleId: string) =>
  executor.run(
    executor.builder.deleteFrom("relations").where("id", "in", (eb) =>
      eb.selectFrom("relation_claims").select("relation_id").where("claim_id", "in", (inner) =>
        inner.selectFrom("claims").select("id").where("article_id", "=", articleId)))
  )

/** Deleting the article row cascades to its claims, timexes, quantities and their rows. */
const deleteArticle = (executor: SqliteExecutor, articleId: string) => {
  deleteRelationsOf(executor, articleId)
  executor.run(executor.builder.deleteFrom("articles").where("id", "=", articleId))
}

export const writeArticle = (
  executor: SqliteExecutor,
  write: {
    readonly article: Article
    readonly furniture: ReadonlyArray<FurnitureRegion>
    readonly extraction: Extraction
    readonly runId: number
    readonly extractedAt: string
  }
): void => {
  const { article, extraction, runId } = write
  executor.transaction(() => {
    const run = executor.first(
      executor.builder.selectFrom("runs").select(["id", "extractor"]).where("id", "=", runId)
    )
    if (run === undefined) throw new Error(`no run ${runId} (start one with startRun)`)
    const foreign = extraction.article !== article.id
      ? extraction.article
      : extraction.claims.find((claim) => claim.article !== article.id)?.article
    if (foreign !== undefined) throw new Error(`its extraction holds claims of article ${foreign}`)
    deleteArticle(executor, article.id)
    executor.insert("articles", [articleRow(article, write.furniture, extraction, run, write.extractedAt)])
    executor.insert("claims", extraction.claims.map(claimRow))
    executor.insert("claim_entities", extraction.claims.flatMap(claimEntityRows))
    executor.insert("claim_times", extraction.claims.flatMap((claim) => claimTimeRow(claim) ?? []))
    executor.insert("timexes", timexRows(extraction))
    executor.insert("quantities", quantityRows(extraction))
  })
}

export const deleteArticles = (executor: SqliteExecutor, ids: ReadonlyArray<string>): void =>
  executor.transaction(() => {
    for (const id of ids) deleteArticle(executor, id)
  })

export const writeRelations = (executor: SqliteExecutor, relations: ReadonlyArray<Relation>): void =>
  executor.transaction(() => {
    executor.run(executor.builder.deleteFrom("relations"))
    executor.insert("relations", relations.map(relationRow))
    executor.insert("relation_claims", relations.flatMap(relationClaimRows))
  })
