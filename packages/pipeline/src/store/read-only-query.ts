import type BetterSqlite3 from "better-sqlite3"
import { Effect } from "effect"
import type { QueryResult } from "./store-records.js"
import { reasonOf, StoreError } from "./store-error.js"

const REFUSED = "crosscheck query only runs statements that read (SELECT, WITH … SELECT, read-only PRAGMA)"

/**
 * Runs one statement that only reads, on a connection that is already read-only (`readonly` open
 * and `query_only`). Refusing whatever SQLite does not call a reading, non-writing statement also
 * keeps out ATTACH, transaction control and PRAGMA assignments, with a message that says why.
 */
export const readOnlyQuery = (
  database: BetterSqlite3.Database,
  path: string,
  source: string
): Effect.Effect<QueryResult, StoreError> =>
  Effect.gen(function*() {
  const fail = (reason: string) => new StoreError({ path, reason })
  const statement = yield* Effect.try({
    try: () => database.prepare(source),
    catch: (cause) => fail(`cannot run the query: ${reasonOf(cause)}`)
  })
  if (!statement.reader || !statement.readonly) {
    return yield* fail(`${REFUSED}; refused: ${source.trim().split(/\s+/, 2).join(" ")} …`)
  }
  return yield* Effect.try({
    try: () => ({
      columns: statement.columns().map((column) => column.name),
      rows: statement.raw(true).all() as ReadonlyArray<ReadonlyArray<unknown>>
    }),
    catch: (cause) => fail(`query failed: ${reasonOf(cause)}`)
  })
})
