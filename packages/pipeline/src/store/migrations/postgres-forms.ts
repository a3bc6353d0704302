import { type Kysely, type Migration, sql } from "kysely"
import { claimsFlatView, queryIndexes, timelineView } from "./0002-views-and-search.js"
import { entitiesTable, pairedRelationView, valueText } from "./0003-entities-and-datasette.js"

/**
 * Migrations 0002 and 0003 in PostgreSQL's SQL, to the same schema: the same indexes, views and
 * columns. Only what PostgreSQL spells differently is here: full-text search is a stored `tsvector`
 * column with a GIN index (`claims.quote_search`, `articles.search`) instead of FTS5 tables; JSON
 * arrays (stored as text in both) are read with `jsonb_array_elements_text`; a float is worded with
 * `::text` (shortest exact digits) instead of `printf('%.15g')`.
 */

const subjectList = (subjects: string) =>
  `(select string_agg(s.value, ',' order by s.n) from jsonb_array_elements_text(${subjects}::jsonb) with ordinality s(value, n))`

export const pgValueText = (c: string) => valueText(c, (amount, unit) => `${amount}::text || ' ' || coalesce(${unit}, '')`)

const run = (statements: ReadonlyArray<string>): Migration => ({
  async up(db: Kysely<any>) {
    for (const statement of statements) await sql.raw(statement).execute(db)
  }
})

/** 0002: indexes, `claims_flat`, `timeline`, and the searchable text (contradictions/overlaps come with 0003's columns). */
export const postgresViewsAndSearch = run([
  ...queryIndexes,
  claimsFlatView,
  timelineView(subjectList),
  `alter table claims add column quote_search tsvector generated always as (to_tsvector('english', quote)) stored`,
  `create index claims_quote_search on claims using gin (quote_search)`,
  `alter table articles add column search tsvector
    generated always as (to_tsvector('english', coalesce(title, '') || ' ' || text)) stored`,
  `create index articles_search on articles using gin (search)`
])

/**
 * 0003: the entities table claim_entities links to, and the paired views. No PostgreSQL store
 * predates this release, so there are no older entity ids to back-fill.
 */
export const postgresEntities = run([
  entitiesTable,
  `alter table claim_entities add constraint claim_entities_entity_fk foreign key (entity_id) references entities(id)`,
  `create index entities_type on entities(type, name)`,
  pairedRelationView("contradictions", "contradiction", pgValueText),
  // OVERLAPS is an operator in PostgreSQL: the view's name is quoted, here and in queries.
  pairedRelationView(`"overlaps"`, "overlap", pgValueText)
])
