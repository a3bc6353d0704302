import { assert, describe, expect, it } from "@effect/vitest"
import BetterSqlite3 from "better-sqlite3"
import { Effect } from "effect"
import { Kysely, Migrator, SqliteDialect } from "kysely"
import { readFileSync } from "node:fs"
import { migrationProvider } from "../../src/store/migrations/index.js"
import { inspect, populate, tempDbPath, withStore } from "./store-test-kit.js"

/**
 * Datasette and sqlite-utils are Python and cannot be installed here, so this applies the exact
 * query sqlite-utils' `Table.detect_fts()` runs (Datasette's `detect_fts_sql` is the same three
 * LIKE patterns): an FTS table is found for `table` only when its SQL says `content="table"`,
 * `content=[table]`, or it is the table itself.
 */
const DETECT_FTS = `SELECT name FROM sqlite_master
    WHERE rootpage = 0
    AND (
        sql LIKE :like
        OR sql LIKE :like2
        OR (
            tbl_name = :table
            AND sql LIKE '%VIRTUAL TABLE%USING FTS%'
        )
    )`

const detectFts = (db: BetterSqlite3.Database, table: string): string | undefined =>
  db.prepare(DETECT_FTS).pluck().get({
    like: `%VIRTUAL TABLE%USING FTS%content="${table}"%`,
    like2: `%VIRTUAL TABLE%USING FTS%content=[${table}]%`,
    table
  }) as string | undefined

const METADATA = new URL("../../datasette/metadata.json", import.meta.url)

interface TableMetadata {
  readonly description?: string
  readonly columns?: Readonly<Record<string, string>>
  readonly fts_table?: string
  readonly hidden?: boolean
}
const metadata = JSON.parse(readFileSync(METADATA, "utf8")) as {
  readonly databases: { readonly crosscheck: { readonly tables: Readonly<Record<string, TableMetadata>> } }
}
const described = metadata.databases.crosscheck.tables

const populated = () => {
  const path = tempDbPath()
  return withStore(path, populate).pipe(Effect.as(path))
}

describe("querying the database with Datasette and sqlite-utils", () => {
  it.effect("their full-text detection finds claims_fts and articles_fts, and a search narrows the rows", () =>
    populated().pipe(Effect.tap((path) =>
      Effect.sync(() =>
        inspect(path, (db) => {
          assert.strictEqual(detectFts(db, "claims"), "claims_fts")
          assert.strictEqual(detectFts(db, "articles"), "articles_fts")
          // Datasette's table search: rowid in (select rowid from <fts> where <fts> match :search).
          const all = db.prepare("select count(*) from claims").pluck().get() as number
          const found = db.prepare(
            "select count(*) from claims where rowid in (select rowid from claims_fts where claims_fts match :search)"
          ).pluck().get({ search: "visit" }) as number
          assert.isAbove(found, 0)
          assert.isBelow(found, all)
        })
      )
    )))

  it("the same detection misses content='claims', the spelling it replaced", () => {
    const db = new BetterSqlite3(":memory:")
    db.exec("create table claims (quote text); create virtual table claims_fts using fts5(quote, content='claims')")
    assert.isUndefined(detectFts(db, "claims"))
    db.close()
  })

  it.effect("claims link to an entities table by a foreign key, with names, types and aliases", () =>
    populated().pipe(Effect.tap((path) =>
      Effect.sync(() =>
        inspect(path, (db) => {
          const keys = db.prepare("select \"table\", \"from\", \"to\" from pragma_foreign_key_list('claim_entities')").all()
          expect(keys).toContainEqual({ table: "entities", from: "entity_id", to: "id" })
          assert.deepStrictEqual(db.pragma("foreign_key_check"), [])
          const unlinked = db.prepare(
            "select count(*) from claim_entities where entity_id not in (select id from entities)"
          ).pluck().get()
          assert.strictEqual(unlinked, 0)
          const orphans = db.prepare("select count(*) from entities where id not in (select entity_id from claim_entities)")
            .pluck().get()
          assert.strictEqual(orphans, 0)
          const russia = db.prepare("select type, name, aliases from entities where id = 'country:RU'").get() as {
            readonly type: string
            readonly name: string
            readonly aliases: string
          }
          assert.deepStrictEqual([russia.type, russia.name], ["country", "Russia"])
          assert.notInclude(JSON.parse(russia.aliases) as ReadonlyArray<string>, "Russia")
        })
      )
    )))

  it.effect("contradictions and overlaps carry both articles' titles and dates", () =>
    populated().pipe(Effect.tap((path) =>
      Effect.sync(() =>
        inspect(path, (db) => {
          const rows = db.prepare(
            `select c.title_a, c.date_a, c.title_b, c.date_b, a.title as expected_a, b.title as expected_b,
              coalesce(a.published, a.reference_date) as expected_date_a
            from contradictions c join articles a on a.id = c.article_a join articles b on b.id = c.article_b`
          ).all() as ReadonlyArray<Record<string, string | null>>
          assert.isAbove(rows.length, 0)
          for (const row of rows) {
            assert.strictEqual(row["title_a"], row["expected_a"])
            assert.strictEqual(row["title_b"], row["expected_b"])
            assert.strictEqual(row["date_a"], row["expected_date_a"])
            assert.isString(row["date_b"])
          }
        })
      )
    )))

  it.effect("the shipped Datasette metadata describes every table, view and column there is, and no other", () =>
    populated().pipe(Effect.tap((path) =>
      Effect.sync(() =>
        inspect(path, (db) => {
          const objects = db.prepare(
            `select name from sqlite_master where type in ('table', 'view')
              and name not like 'sqlite_%' and name not like '%_fts' and name not like '%_fts_%' order by name`
          ).pluck().all() as ReadonlyArray<string>
          assert.deepStrictEqual(Object.keys(described).sort(), [...objects])
          for (const name of objects) {
            const columns = db.prepare("select name from pragma_table_info(?)").pluck().all(name) as ReadonlyArray<string>
            const table = described[name]
            assert.isString(table?.description, name)
            assert.deepStrictEqual(Object.keys(table?.columns ?? {}), [...columns], name)
            if (table?.fts_table !== undefined) assert.strictEqual(table.fts_table, detectFts(db, name))
          }
        })
      )
    )))

  it.effect("a database written before the entities table gets one, its entities named by their ids", () => {
    const path = tempDbPath()
    return Effect.promise(async () => {
      const database = new BetterSqlite3(path)
      const db = new Kysely<any>({ dialect: new SqliteDialect({ database }) })
      const { error } = await new Migrator({ db, provider: migrationProvider }).migrateTo("0002-views-and-search")
      if (error !== undefined) throw error
      database.exec(`
        insert into runs (id, started_at, status, version, extractor, corpus) values (1, '2024-01-01T00:00:00Z', 'completed', '0.1.0', 'old', 'corpus');
        insert into articles (id, path, format, reference_basis, reference_why, content_hash, extractor, text, furniture, extracted_at, run_id)
          values ('old.txt', 'corpus/old.txt', 'text', 'unknown', 'no date', 'h', 'old', 'Putin visited Beijing.', '[]', '2024-01-01T00:00:00Z', 1);
        insert into claims (id, article_id, kind, predicate, subjects, modality, span_start, span_end, sentence_start, sentence_end, quote, confidence, extractor, data)
          values ('c1', 'old.txt', 'event', 'event.visit', '["person:vladimir-putin"]', 'reported', 0, 21, 0, 22, 'Putin visited Beijing', 0.9, 'old', '{}');
        insert into claim_entities values ('c1', 'person:vladimir-putin', 'subject'), ('c1', 'org:sco', 'place');
      `)
      await db.destroy()
    }).pipe(
      Effect.andThen(withStore(path, Effect.void)),
      Effect.tap(() =>
        Effect.sync(() =>
          inspect(path, (db) => {
            expect(db.prepare("select id, type, name from entities order by id").all()).toEqual([
              { id: "org:sco", type: "organization", name: "sco" },
              { id: "person:vladimir-putin", type: "person", name: "vladimir-putin" }
            ])
            assert.strictEqual(db.prepare("select count(*) from claim_entities").pluck().get(), 2)
            assert.strictEqual(detectFts(db, "claims"), "claims_fts")
            assert.deepStrictEqual(
              db.prepare("select rowid from claims_fts where claims_fts match 'beijing'").pluck().all(),
              [1]
            )
          })
        )
      )
    )
  })
})
