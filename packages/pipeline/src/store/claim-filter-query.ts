import { type Kysely, sql } from "kysely"
import type { Database } from "./database-schema.js"
import type { StoreDialect } from "./query-runner.js"
import type { ClaimFilter } from "./store-records.js"

/** An FTS5 phrase: the user's words matched in order, whatever characters they contain. */
const ftsPhrase = (text: string): string => `"${text.replaceAll("\"", "\"\"")}"`

/** Claims whose quote holds the phrase: FTS5 on SQLite, the `quote_search` tsvector (GIN) on PostgreSQL. */
const quoteMatches = (dialect: StoreDialect, text: string) =>
  dialect === "sqlite"
    ? sql<boolean>`id in (select claims.id from claims_fts
      join claims on claims.rowid = claims_fts.rowid where claims_fts match ${ftsPhrase(text)})`
    : sql<boolean>`id in (select claims.id from claims where quote_search @@ phraseto_tsquery('english', ${text}))`

/**
 * The `claims_flat` rows a filter selects, in time order (claims without a time scope last). Every
 * value is a bound parameter.
 */
export const claimFilterQuery = (builder: Kysely<Database>, dialect: StoreDialect, filter: ClaimFilter) => {
  let query = builder.selectFrom("claims_flat").selectAll()
  if (filter.kind !== undefined) query = query.where("kind", "=", filter.kind)
  if (filter.article !== undefined) query = query.where("article_id", "=", filter.article)
  if (filter.entity !== undefined) {
    const entity = filter.entity
    query = query.where("id", "in", (eb) =>
      eb.selectFrom("claim_entities").select("claim_id").where("entity_id", "=", entity))
  }
  if (filter.from !== undefined) query = query.where("last_day", ">=", filter.from)
  if (filter.to !== undefined) query = query.where("first_day", "<=", filter.to)
  if (filter.text !== undefined) {
    query = query.where(quoteMatches(dialect, filter.text))
  }
  return query
    .orderBy("first_day", (order) => order.asc().nullsLast())
    .orderBy("article_id")
    .orderBy("id")
}
