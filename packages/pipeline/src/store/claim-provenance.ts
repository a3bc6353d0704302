import type { SqliteExecutor } from "./sqlite-executor.js"
import type { ClaimProvenance, RelatedClaim } from "./store-records.js"
import { decodeClaim, decodeRelation, storedArticle } from "./stored-rows.js"

/** A claim, its article, its relations and where each other claim in them comes from; undefined if no such claim. */
export const readClaimProvenance = (executor: SqliteExecutor, claimId: string): ClaimProvenance | undefined => {
  const { builder } = executor
  const claimRow = executor.first(builder.selectFrom("claims").select("data").where("id", "=", claimId))
  if (claimRow === undefined) return undefined
  const claim = decodeClaim(claimRow.data)
  const articleRow = executor.first(builder.selectFrom("articles").selectAll().where("id", "=", claim.article))
  if (articleRow === undefined) throw new Error(`claim ${claimId} has no article ${claim.article}`)
  const relations = executor.all(
    builder.selectFrom("relations").select("data").where("id", "in", (eb) =>
      eb.selectFrom("relation_claims").select("relation_id").where("claim_id", "=", claimId)).orderBy("id")
  ).map((row) => decodeRelation(row.data))
  const otherIds = [...new Set(relations.flatMap((relation) => relation.claims))].filter((id) => id !== claimId)
  const others = new Map<string, RelatedClaim>(
    otherIds.length === 0 ? [] : executor.all(
      builder.selectFrom("claims_flat").select(["id", "article_id", "article_title", "quote"]).where("id", "in", otherIds)
    ).map((row) => [row.id, {
      claimId: row.id,
      articleId: row.article_id,
      articleTitle: row.article_title ?? undefined,
      quote: row.quote
    }])
  )
  return {
    claim,
    article: storedArticle(articleRow),
    relations: relations.map((relation) => ({
      relation,
      others: relation.claims.flatMap((id) => others.get(id) ?? [])
    }))
  }
}
