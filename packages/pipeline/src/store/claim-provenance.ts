import { Effect } from "effect"
import type { Kysely } from "kysely"
import type { Database } from "./database-schema.js"
import type { QueryRunner } from "./query-runner.js"
import type { ClaimProvenance, RelatedClaim } from "./store-records.js"
import { decodeClaim, decodeRelation, storedArticle } from "./stored-rows.js"

/** A claim, its article, its relations and where each other claim in them comes from; undefined if no such claim. */
export const readClaimProvenance = Effect.fn("readClaimProvenance")(function*(
  runner: QueryRunner,
  builder: Kysely<Database>,
  claimId: string
) {
  const what = `cannot read claim ${claimId}`
  const claimRow = yield* runner.first(what, builder.selectFrom("claims").select("data").where("id", "=", claimId))
  if (claimRow === undefined) return undefined
  const claim = (yield* runner.decode("a stored claim is not a valid claim", [claimRow], (row) => decodeClaim(row.data)))[0]!
  const articleRow = yield* runner.first(what, builder.selectFrom("articles").selectAll().where("id", "=", claim.article))
  if (articleRow === undefined) return yield* Effect.die(new Error(`claim ${claimId} has no article ${claim.article}`))
  const relationRows = (yield* runner.all(
    what,
    builder.selectFrom("relations").select("data").where("id", "in", (eb) =>
      eb.selectFrom("relation_claims").select("relation_id").where("claim_id", "=", claimId)).orderBy("id")
  ))
  const relations = yield* runner.decode("a stored relation is not a valid relation", relationRows, (row) => decodeRelation(row.data))
  const otherIds = [...new Set(relations.flatMap((relation) => relation.claims))].filter((id) => id !== claimId)
  const otherRows = otherIds.length === 0 ? [] : yield* runner.all(
    what,
    builder.selectFrom("claims_flat").select(["id", "article_id", "article_title", "quote"]).where("id", "in", otherIds)
  )
  const others = new Map<string, RelatedClaim>(otherRows.map((row) => [row.id, {
    claimId: row.id,
    articleId: row.article_id,
    articleTitle: row.article_title ?? undefined,
    quote: row.quote
  }]))
  const provenance: ClaimProvenance = {
    claim,
    article: storedArticle(articleRow),
    relations: relations.map((relation) => ({
      relation,
      others: relation.claims.flatMap((id) => others.get(id) ?? [])
    }))
  }
  return provenance
})
