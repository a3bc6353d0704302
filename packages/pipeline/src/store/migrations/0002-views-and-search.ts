import { type Kysely, type Migration, sql } from "kysely"

/** A claim's normalised value in words: "200000000000 USD", else its time scope ("2018-06-09/2018-06-10"). */
const valueText = (c: string): string => `case
    when ${c}.value_amount is not null then printf('%.15g %s', ${c}.value_amount, ${c}.value_unit)
    when ${c}.time_start is not null then
      case when ${c}.time_end = ${c}.time_start then ${c}.time_start else ${c}.time_start || '/' || ${c}.time_end end
  end`

/** Relations of one type with their claims paired side by side (every pair, for relations of three or more). */
const pairedRelationView = (name: string, type: string): string => `
create view ${name} as
select r.id as relation_id, r.severity, r.key,
  ca.article_id as article_a, ca.quote as quote_a, ${valueText("ca")} as value_a,
  cb.article_id as article_b, cb.quote as quote_b, ${valueText("cb")} as value_b,
  r.explanation, ca.id as claim_a, cb.id as claim_b
from relations r
join relation_claims ra on ra.relation_id = r.id
join relation_claims rb on rb.relation_id = r.id and ra.claim_id < rb.claim_id
join claims ca on ca.id = ra.claim_id
join claims cb on cb.id = rb.claim_id
where r.type = '${type}'`

/** External-content FTS5 over `table`'s `columns`, kept in sync by triggers (also on cascaded deletes). */
const fullTextIndex = (table: string, columns: ReadonlyArray<string>): ReadonlyArray<string> => {
  const index = `${table}_fts`
  const list = columns.join(", ")
  const values = (row: "new" | "old") => columns.map((column) => `${row}.${column}`).join(", ")
  return [
    `create virtual table ${index} using fts5(${list}, content='${table}', content_rowid='rowid',
      tokenize='porter unicode61 remove_diacritics 2')`,
    `create trigger ${index}_insert after insert on ${table} begin
      insert into ${index}(rowid, ${list}) values (new.rowid, ${values("new")});
    end`,
    `create trigger ${index}_delete after delete on ${table} begin
      insert into ${index}(${index}, rowid, ${list}) values ('delete', old.rowid, ${values("old")});
    end`,
    `create trigger ${index}_update after update of ${list} on ${table} begin
      insert into ${index}(${index}, rowid, ${list}) values ('delete', old.rowid, ${values("old")});
      insert into ${index}(rowid, ${list}) values (new.rowid, ${values("new")});
    end`,
    // Index whatever an older version already stored.
    `insert into ${index}(${index}) values ('rebuild')`
  ]
}

/** The indexes the documented queries use (the same SQL in both dialects). */
export const queryIndexes: ReadonlyArray<string> = [
  `create index claims_article on claims(article_id)`,
  `create index claims_predicate on claims(predicate, time_start)`,
  `create index claims_kind on claims(kind)`,
  `create index claim_entities_entity on claim_entities(entity_id, role)`,
  `create index claim_times_days on claim_times(first_day, last_day)`,
  `create index relation_claims_claim on relation_claims(claim_id)`,
  `create index relations_type on relations(type, severity)`,
  `create index articles_run on articles(run_id)`
]

/** `claims_flat` as first released (plain SQL, the same in both dialects). */
export const claimsFlatView = `create view claims_flat as
  select c.id, c.article_id, a.title as article_title, coalesce(a.published, a.reference_date) as article_date,
    c.kind, c.predicate, c.subjects, c.place, c.object,
    c.value_amount, c.value_unit, c.value_kind, c.value_qualifier, c.value_low, c.value_high,
    c.time_start, c.time_end, t.first_day, t.last_day,
    c.asserted_at, c.modality, c.attribution, c.quote, c.confidence
  from claims c
  join articles a on a.id = c.article_id
  left join claim_times t on t.claim_id = c.id`

/** `timeline`, given how the dialect lists a claim's subjects (a JSON array) as "a,b". */
export const timelineView = (subjectList: (column: string) => string) => `create view timeline as
  select c.predicate || coalesce(' ' || ${subjectList("c.subjects")}, '') as metric,
    c.predicate, c.subjects, c.time_start as period_start, c.time_end as period_end, t.first_day, t.last_day,
    c.value_amount as value, c.value_unit as unit, c.value_qualifier as qualifier,
    c.article_id, a.title as article_title, coalesce(a.published, a.reference_date) as article_date,
    c.quote, c.id as claim_id
  from claims c
  join articles a on a.id = c.article_id
  left join claim_times t on t.claim_id = c.id
  where c.value_amount is not null and c.time_start is not null`

const statements: ReadonlyArray<string> = [
  ...queryIndexes,
  claimsFlatView,
  pairedRelationView("contradictions", "contradiction"),
  pairedRelationView("overlaps", "overlap"),
  timelineView((subjects) => `(select group_concat(s.value, ',') from json_each(${subjects}) s)`),
  ...fullTextIndex("articles", ["title", "text"]),
  ...fullTextIndex("claims", ["quote"])
]

/** Views, full-text search and the indexes the documented queries use. */
export const viewsAndSearch: Migration = {
  async up(db: Kysely<any>) {
    for (const statement of statements) await sql.raw(statement).execute(db)
  }
}
