import { StoreReader } from "../../src/store/store-reader.js"
import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import { readFileSync } from "node:fs"
import { freshPostgresDatabase } from "../support/postgres-database.js"
import { populate, readWrite, tempDbPath, withReader, withStore } from "./store-test-kit.js"

const DOC = new URL("../../../../docs/database.md", import.meta.url)
const SQL_BLOCK = /```sql\n([\s\S]*?)```/g

const documentedQueries = [...readFileSync(DOC, "utf8").matchAll(SQL_BLOCK)].map((match) => match[1]?.trim() ?? "")

/**
 * Each documented query in PostgreSQL's SQL: the `sql postgres` block that follows it where the
 * forms differ, else the query as written.
 */
const SQL_WITH_POSTGRES_FORM = /```sql\n([\s\S]*?)```(?:\s*On PostgreSQL:\s*```sql postgres\n([\s\S]*?)```)?/g
const documentedPostgresQueries = [...readFileSync(DOC, "utf8").matchAll(SQL_WITH_POSTGRES_FORM)]
  .map((match) => (match[2] ?? match[1] ?? "").trim())

/** Every column a view is documented with, from the docs' views table. */
const documentedViewColumns = (view: string): ReadonlyArray<string> => {
  const row = readFileSync(DOC, "utf8").split("\n").find((line) => line.startsWith(`| \`${view}\``))
  const columns = row?.split("|")[3] ?? ""
  return [...columns.matchAll(/`([a-z_]+)`/g)].map((match) => match[1] ?? "")
}

describe("docs/database.md", () => {
  it("documents a dozen queries", () => {
    assert.isAtLeast(documentedQueries.length, 12)
  })

  it.effect("every documented query runs read-only and finds something in a populated database", () => {
    const path = tempDbPath()
    return withStore(path, populate).pipe(
      Effect.andThen(withReader(path, Effect.gen(function*() {
        const store = yield* StoreReader
        for (const query of documentedQueries) {
          const result = yield* store.queryReadOnly(query)
          assert.isAbove(result.rows.length, 0, query)
        }
      })))
    )
  })

  it("gives a PostgreSQL form of the queries whose SQL differs", () => {
    assert.strictEqual(documentedPostgresQueries.length, documentedQueries.length)
    assert.isAtLeast(documentedPostgresQueries.filter((query, i) => query !== documentedQueries[i]).length, 5)
  })

  it.effect("every documented query (its PostgreSQL form) runs on PostgreSQL and finds something", () =>
    Effect.gen(function*() {
      const url = yield* Effect.promise(freshPostgresDatabase)
      yield* withStore(url, populate)
      yield* withReader(url, Effect.gen(function*() {
        const store = yield* StoreReader
        for (const query of documentedPostgresQueries) {
          const result = yield* store.queryReadOnly(query)
          assert.isAbove(result.rows.length, 0, query)
        }
        for (const view of ["claims_flat", "contradictions", "timeline"]) {
          const { columns } = yield* store.queryReadOnly(`SELECT * FROM ${view} LIMIT 0`)
          assert.deepStrictEqual(columns, documentedViewColumns(view), view)
        }
        const overlaps = yield* store.queryReadOnly(`SELECT * FROM "overlaps" LIMIT 0`)
        assert.deepStrictEqual(overlaps.columns, documentedViewColumns("contradictions"))
      }))
    }))

  it.effect("the views have exactly the documented columns", () => {
    const path = tempDbPath()
    return withStore(path, Effect.gen(function*() {
      const store = yield* readWrite
      for (const view of ["claims_flat", "contradictions", "timeline"]) {
        const { columns } = yield* store.queryReadOnly(`SELECT * FROM ${view} LIMIT 0`)
        assert.deepStrictEqual(columns, documentedViewColumns(view), view)
      }
      const overlaps = yield* store.queryReadOnly("SELECT * FROM overlaps LIMIT 0")
      assert.deepStrictEqual(overlaps.columns, documentedViewColumns("contradictions"))
      const revisions = yield* store.queryReadOnly("SELECT * FROM revisions LIMIT 0")
      assert.deepStrictEqual(revisions.columns, documentedViewColumns("contradictions"))
    }))
  })
})
