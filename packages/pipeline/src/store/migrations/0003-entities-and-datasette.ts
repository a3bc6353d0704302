import { type Kysely, type Migration, sql } from "kysely"
import { entityTypeOfId } from "../entity-types.js"

/**
 * Querying tools' conventions: Datasette and sqlite-utils find an external-content FTS table only
 * when its SQL says `content="table"` or `content=[table]` (0002 wrote `content='table'`, which they
 * miss); an `entities` table the claims link to by foreign key; both articles' titles and dates in
 * the paired views.
 */

/** A claim's normalised value in words: "200000000000 USD", else its time scope ("2018-06-09/2018-06-10"). */
export const valueText = (c: string, amountText = (amount: string, unit: string) => `printf('%.15g %s', ${amount}, ${unit})`): string => `case
    when ${c}.value_amount is not null then ${amountText(`${c}.value_amount`, `${c}.value_unit`)}
    when ${c}.time_start is not null then
      case when ${c}.time_end = ${c}.time_start then ${c}.time_start else ${c}.time_start || '/' || ${c}.time_end end
  end`

/**
 * Relations of one type with their claims paired side by side (every pair, for relations of three or
 * more); `value` words a claim's value in the dialect.
 */
export const pairedRelationView = (name: string, type: string, value: (c: string) => string = valueText): string => `
create view ${name} as
select r.id as relation_id, r.severity, r.key,
  ca.article_id as article_a, aa.title as title_a, coalesce(aa.published, aa.reference_date) as date_a,
  ca.quote as quote_a, ${value("ca")} as value_a,
  cb.article_id as article_b, ab.title as title_b, coalesce(ab.published, ab.reference_date) as date_b,
  cb.quote as quote_b, ${value("cb")} as value_b,
  r.explanation, r.fingerprint, ca.id as claim_a, cb.id as claim_b
from relations r
join relation_claims ra on ra.relation_id = r.id
join relation_claims rb on rb.relation_id = r.id and ra.claim_id < rb.claim_id
join claims ca on ca.id = ra.claim_id
join claims cb on cb.id = rb.claim_id
join articles aa on aa.id = ca.article_id
join articles ab on ab.id = cb.article_id
where r.type = '${type}'`

/** External-content FTS5 over `table`'s `columns`, kept in sync by triggers (also on cascaded deletes). */
const fullTextIndex = (table: string, columns: ReadonlyArray<string>): ReadonlyArray<string> => {
  const index = `${table}_fts`
  const list = columns.join(", ")
  const values = (row: "new" | "old") => columns.map((column) => `${row}.${column}`).join(", ")
  return [
    `drop trigger ${index}_insert`,
    `drop trigger ${index}_delete`,
    `drop trigger ${index}_update`,
    `drop table ${index}`,
    // Double quotes: the spelling Datasette's and sqlite-utils' detection matches.
    `create virtual table ${index} using fts5(${list}, content="${table}", content_rowid="rowid",
      tokenize="porter unicode61 remove_diacritics 2")`,
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
    `insert into ${index}(${index}) values ('rebuild')`
  ]
}

/** `case` over the id's prefix (`country:RU` → country): the type of entities stored before this table existed. */
const typeOfIdSql = (column: string): string =>
  `case substr(${column}, 1, instr(${column}, ':') - 1) ${
    Object.entries(entityTypeOfId).map(([prefix, type]) => `when '${prefix}' then '${type}'`).join(" ")
  } else 'organization' end`

/** Entities by id (the same SQL in both dialects); aliases are a JSON array of strings. */
export const entitiesTable = `create table entities (
    id text primary key,
    type text not null,
    name text not null,
    aliases text not null default '[]'
  )`

const statements: ReadonlyArray<string> = [
  `drop view contradictions`,
  `drop view overlaps`,
  entitiesTable,
  // Entities of claims stored by an older version: named by their id until the article is read again.
  `insert into entities (id, type, name)
    select distinct entity_id, ${typeOfIdSql("entity_id")}, substr(entity_id, instr(entity_id, ':') + 1)
    from claim_entities`,
  // SQLite cannot add a foreign key to a table: rebuild claim_entities with one to entities.
  `create table claim_entities_new (
    claim_id text not null references claims(id) on delete cascade,
    entity_id text not null references entities(id),
    role text not null check (role in ('subject', 'place', 'source')),
    constraint claim_entities_pk primary key (claim_id, entity_id, role)
  )`,
  `insert into claim_entities_new select claim_id, entity_id, role from claim_entities`,
  `drop table claim_entities`,
  `alter table claim_entities_new rename to claim_entities`,
  `create index claim_entities_entity on claim_entities(entity_id, role)`,
  `create index entities_type on entities(type, name)`,
  pairedRelationView("contradictions", "contradiction"),
  pairedRelationView("overlaps", "overlap"),
  ...fullTextIndex("articles", ["title", "text"]),
  ...fullTextIndex("claims", ["quote"])
]

export const entitiesAndDatasette: Migration = {
  async up(db: Kysely<any>) {
    for (const statement of statements) await sql.raw(statement).execute(db)
  }
}
