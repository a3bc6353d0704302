import { assert, describe, expect, it } from "@effect/vitest"
import BetterSqlite3 from "better-sqlite3"
import { Effect } from "effect"
import { Kysely, Migrator, SqliteDialect } from "kysely"
import { existsSync, readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { latestMigration, migrationProvider, migrations } from "../../src/store/migrations/index.js"
import { buildCli, crosscheck } from "../support/cli.js"
import { inspect, populate, readWrite, tempDbPath, withReader, withStore } from "./store-test-kit.js"

const schemaObjects = (path: string, type: string) =>
  inspect(path, (db) => db.prepare("select name from sqlite_master where type = ? order by name").pluck().all(type))

/** Writes a database as the first released version did: migration 0001 only, with one article. */
const createAtFirstVersion = async (path: string) => {
  const database = new BetterSqlite3(path)
  const db = new Kysely<any>({ dialect: new SqliteDialect({ database }) })
  const { error } = await new Migrator({ db, provider: migrationProvider }).migrateTo("0001-initial")
  if (error !== undefined) throw error
  database.exec(`
    insert into runs (id, started_at, status, version, extractor, corpus) values (1, '2024-01-01T00:00:00Z', 'completed', '0.0.9', 'old', 'corpus');
    insert into articles (id, path, format, reference_basis, reference_why, content_hash, extractor, text, furniture, extracted_at, run_id)
      values ('old.txt', 'corpus/old.txt', 'text', 'unknown', 'no date found', 'h', 'old', 'An older article about tariffs.', '[]', '2024-01-01T00:00:00Z', 1);
  `)
  await db.destroy()
}

describe("migrations", () => {
  it.effect("create every table, view and index on an empty file", () => {
    const path = tempDbPath()
    return withStore(path, Effect.void).pipe(Effect.tap(() =>
      Effect.sync(() => {
        expect(schemaObjects(path, "view")).toEqual(["claims_flat", "contradictions", "overlaps", "revisions", "timeline"])
        expect(schemaObjects(path, "table")).toEqual(expect.arrayContaining([
          "articles", "articles_fts", "claim_entities", "claim_times", "claims", "claims_fts", "quantities",
          "relation_claims", "relations", "runs", "store_generation", "timexes", "writer_lock"
        ]))
        // One row, which only PostgreSQL's writers move on.
        expect(inspect(path, (db) => db.prepare("select * from store_generation").all()))
          .toEqual([{ id: 1, generation: 0, relations_generation: 0 }])
        expect(schemaObjects(path, "index")).toEqual(expect.arrayContaining(["claims_article", "claim_times_days"]))
        expect(inspect(path, (db) => db.prepare("select name from kysely_migration order by name").pluck().all()))
          .toEqual(Object.keys(migrations).sort())
        expect(inspect(path, (db) => db.pragma("journal_mode", { simple: true }))).toBe("wal")
      })
    ))
  })

  it.effect("bring a database written by an older version forward on open, indexing what it held", () => {
    const path = tempDbPath()
    return Effect.promise(() => createAtFirstVersion(path)).pipe(
      Effect.tap(() => Effect.sync(() => assert.deepStrictEqual(schemaObjects(path, "view"), []))),
      // A read-only open cannot migrate, and says what to do.
      Effect.andThen(Effect.flip(withReader(path, Effect.void))),
      Effect.tap((error) => Effect.sync(() => assert.include(error.message, "older crosscheck"))),
      Effect.andThen(withStore(path, Effect.gen(function*() {
        const store = yield* readWrite
        assert.deepStrictEqual(yield* store.storedArticleIds(), ["old.txt"])
      }))),
      Effect.tap(() =>
        Effect.sync(() => {
          expect(schemaObjects(path, "view")).toContain("claims_flat")
          expect(inspect(path, (db) =>
            db.prepare("select articles.id from articles_fts join articles on articles.rowid = articles_fts.rowid where articles_fts match 'tariff'")
              .pluck().all())).toEqual(["old.txt"])
        })
      )
    )
  })

  it("keep listing the articles the last run of an older version could not read: they become the store's", async () => {
    buildCli()
    const path = tempDbPath()
    await createAtFirstVersion(path)
    const errors = [{ path: "corpus/b.txt", reason: "the article is empty" }, { path: "corpus/a.txt", reason: "not UTF-8" }]
    const database = new BetterSqlite3(path)
    database.prepare("update runs set errors = ? where id = 1").run(JSON.stringify(errors))
    database.close()
    await Effect.runPromise(withStore(path, Effect.void))
    expect(inspect(path, (db) => db.prepare("select path, reason, article_id, run_id from unreadable_articles order by path").all()))
      .toEqual([...errors].reverse().map((error) => ({ ...error, article_id: null, run_id: 1 })))
    const out = join(dirname(path), "reports")
    expect(crosscheck(["report", "--db", path, "--out", out, "--format", "json"]).status).toBe(0)
    expect((JSON.parse(readFileSync(join(out, "report.json"), "utf8")) as { readonly unreadable: unknown }).unreadable)
      .toEqual([...errors].reverse())
  })

  it("crossref on a store an older version wrote says in one line that it migrated it, and only then", async () => {
    buildCli()
    const path = tempDbPath()
    await createAtFirstVersion(path)
    const out = join(dirname(path), "reports")
    const first = crosscheck(["crossref", "--db", path, "--out", out, "--quiet"])
    expect(first.status).toBe(0)
    expect(first.stderr).toBe(`crosscheck: database ${path}: migrated from schema 0001-initial to ${latestMigration}\n`)
    const again = crosscheck(["crossref", "--db", path, "--out", out, "--quiet"])
    expect(again.status).toBe(0)
    expect(again.stderr).toBe("")
  })

  it.effect("a read-only open of a missing file is a clear error that creates nothing", () => {
    const path = tempDbPath()
    return Effect.flip(withReader(path, Effect.void)).pipe(
      Effect.tap((error) =>
        Effect.sync(() => {
          assert.strictEqual(error._tag, "StoreError")
          assert.include(error.message, path)
          assert.include(error.message, "no such database file")
          assert.isFalse(existsSync(path))
        })
      )
    )
  })

  it.effect("refuse a database written by a newer version, and a database that is not crosscheck's", () => {
    const newer = tempDbPath()
    const foreign = tempDbPath()
    return withStore(newer, Effect.void).pipe(
      Effect.tap(() =>
        Effect.sync(() => {
          const db = new BetterSqlite3(newer)
          db.prepare("insert into kysely_migration (name, timestamp) values ('9999-future', 'x')").run()
          db.close()
          const other = new BetterSqlite3(foreign)
          other.exec("create table notes (text)")
          other.close()
        })
      ),
      Effect.andThen(Effect.flip(withStore(newer, Effect.void))),
      Effect.tap((error) => Effect.sync(() => assert.include(error.message, "written by a newer crosscheck (schema 9999-future"))),
      Effect.andThen(Effect.flip(withStore(foreign, Effect.void))),
      Effect.tap((error) =>
        Effect.sync(() => {
          assert.include(error.message, `database ${foreign}: not a crosscheck database`)
          expect(schemaObjects(foreign, "table")).toEqual(["notes"])
        })
      )
    )
  })

  it.effect("fill each stored claim's comparison partition, or why it is never compared, when a store from before them is opened", () => {
    const path = tempDbPath()
    type Standing = { readonly id: string; readonly comparison_partition: string | null; readonly uncompared_reason: string | null }
    const standings = () =>
      inspect(path, (db) =>
        db.prepare("select id, comparison_partition, uncompared_reason, standing_rules from claims order by id").all() as Array<Standing>)
    return withStore(path, populate).pipe(
      Effect.andThen(Effect.sync(() => {
        const written = standings()
        // Back to the store migration 0005 left: no such columns, no such index.
        const database = new BetterSqlite3(path)
        database.exec(`
          drop index claims_partition;
          drop index claims_standing_rules;
          alter table claims drop column comparison_partition;
          alter table claims drop column uncompared_reason;
          alter table claims drop column standing_rules;
          delete from kysely_migration where name = '0006-comparison-standing';
          drop table run_replays;
          delete from kysely_migration where name = '0007-run-replays';
          drop table store_generation;
          delete from kysely_migration where name = '0008-store-generation';
          drop table unreadable_articles;
          delete from kysely_migration where name = '0009-unreadable-articles';
        `)
        database.close()
        return written
      })),
      Effect.tap((written) => withStore(path, Effect.sync(() => {
        const filled = standings()
        expect(filled).toEqual(written)
        // Claims of both standings were there to fill.
        expect(written.some((row) => row.comparison_partition !== null && row.uncompared_reason === null)).toBe(true)
        expect(written.some((row) => row.comparison_partition === null && row.uncompared_reason !== null)).toBe(true)
      })))
    )
  })
})
