import { type Kysely, type Migration, sql } from "kysely"

/** A claim's figure identity as columns (`Claim.figure`), so SQL can group the same quantity. */
const figureColumns: ReadonlyArray<readonly [string, "text" | "integer"]> = [
  ["figure_holder", "text"],
  ["figure_measure", "text"],
  ["figure_item", "text"],
  ["figure_counterpart", "text"],
  ["figure_period", "text"],
  ["figure_period_origin", "text"],
  ["figure_period_prior", "integer"],
  ["figure_basis", "text"],
  ["figure_source", "text"],
  ["figure_status", "text"],
  ["figure_aspect", "text"],
  ["figure_unresolved", "text"]
]

/** `claims_flat` as migration 0002 made it, with the figure identity after the quote's columns. */
const claimsFlat = `create view claims_flat as
  select c.id, c.article_id, a.title as article_title, coalesce(a.published, a.reference_date) as article_date,
    c.kind, c.predicate, c.subjects, c.place, c.object,
    c.value_amount, c.value_unit, c.value_kind, c.value_qualifier, c.value_low, c.value_high,
    c.time_start, c.time_end, t.first_day, t.last_day,
    c.asserted_at, c.modality, c.attribution, c.quote, c.confidence,
    c.figure_holder as holder, c.figure_measure as measure, c.figure_item as item,
    c.figure_counterpart as counterpart, c.figure_period as period, c.figure_period_prior as period_prior,
    c.figure_status as status, c.figure_aspect as aspect, c.figure_unresolved as unresolved
  from claims c
  join articles a on a.id = c.article_id
  left join claim_times t on t.claim_id = c.id`

/**
 * Figure identity columns on `claims`, an index for grouping the same quantity, and `claims_flat`
 * with them. Older rows get nulls; their extractor version differs, so the next run re-extracts them.
 */
export const figureIdentity: Migration = {
  async up(db: Kysely<any>) {
    for (const [name, type] of figureColumns) await db.schema.alterTable("claims").addColumn(name, type).execute()
    await sql.raw(`create index claims_figure on claims(figure_measure, figure_holder, figure_period)`).execute(db)
    await sql.raw(`drop view claims_flat`).execute(db)
    await sql.raw(claimsFlat).execute(db)
  }
}
