import { StoreReader } from "../../src/store/store-reader.js"
import { assert, describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { inspect, populate, readWrite, tempDbPath, withReader, withStore } from "./store-test-kit.js"

const WRITES = [
  "INSERT INTO runs (started_at, status, version, extractor, corpus) VALUES ('x', 'running', 'x', 'x', 'x')",
  "UPDATE claims SET quote = 'changed'",
  "DELETE FROM claims",
  "DROP TABLE claims",
  "ATTACH DATABASE ':memory:' AS other",
  "PRAGMA user_version = 7",
  "PRAGMA journal_mode = DELETE",
  "PRAGMA query_only = OFF",
  "CREATE TEMP TABLE scratch (x)",
  "VACUUM",
  "BEGIN"
]

describe("queryReadOnly", () => {
  it.effect("returns the columns and rows of a reading statement", () => {
    const path = tempDbPath()
    return withStore(path, populate).pipe(
      Effect.andThen(withReader(path, Effect.gen(function*() {
        const store = yield* StoreReader
        const result = yield* store.queryReadOnly(
          "SELECT a.id, c.id FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.kind = 'event' ORDER BY c.id"
        )
        assert.deepStrictEqual(result.columns, ["id", "id"])
        assert.deepStrictEqual(result.rows, [["a-tass.txt", "c-a-visit"], ["b-bbc.txt", "c-b-visit"]])
        const empty = yield* store.queryReadOnly("SELECT id, quote FROM claims WHERE 0")
        assert.deepStrictEqual(empty, { columns: ["id", "quote"], rows: [] })
      })))
    )
  })

  it.effect("refuses every statement that could write, and changes nothing", () => {
    const path = tempDbPath()
    return withStore(path, Effect.gen(function*() {
      yield* populate
      const store = yield* readWrite
      for (const statement of WRITES) {
        const error = yield* Effect.flip(store.queryReadOnly(statement))
        assert.strictEqual(error._tag, "StoreError", statement)
        assert.include(error.message, path)
        assert.include(error.message, "only runs statements that read")
      }
      const twoStatements = yield* Effect.flip(store.queryReadOnly("SELECT 1; DELETE FROM claims"))
      assert.include(twoStatements.message, "cannot run the query")
    })).pipe(Effect.tap(() =>
      Effect.sync(() =>
        inspect(path, (db) => {
          expect(db.prepare("select count(*) from claims").pluck().get()).toBe(7)
          expect(db.prepare("select count(*) from runs").pluck().get()).toBe(2)
          expect(db.pragma("user_version", { simple: true })).toBe(0)
          expect(db.pragma("journal_mode", { simple: true })).toBe("wal")
        })
      )
    ))
  })

  it.effect("reports SQL errors with the database path", () => {
    const path = tempDbPath()
    return withStore(path, Effect.gen(function*() {
      const store = yield* readWrite
      const error = yield* Effect.flip(store.queryReadOnly("SELECT nope FROM claims"))
      assert.include(error.message, path)
      assert.include(error.message, "no such column: nope")
    }))
  })
})
