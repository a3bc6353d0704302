import type BetterSqlite3 from "better-sqlite3"
import { Effect } from "effect"
import type { QueryResult } from "./store-records.js"
import { reasonOf, StoreError } from "./store-error.js"

export const READ_ONLY_REFUSAL = "crosscheck query only runs statements that read (SELECT, WITH … SELECT, read-only PRAGMA)"

/**
 * The PRAGMAs whose argument names what to read (`PRAGMA table_info(claims)`); any other PRAGMA
 * given a value, `= v` or `(v)`, sets something, if only on the connection (`busy_timeout`,
 * `wal_autocheckpoint`), which SQLite still calls a reading statement.
 */
const PRAGMAS_READING_AN_ARGUMENT: ReadonlySet<string> = new Set([
  "table_info", "table_xinfo", "table_list", "index_info", "index_xinfo", "index_list", "foreign_key_list",
  "foreign_key_check", "integrity_check", "quick_check"
])

/** Comments and leading space go before looking at a statement's first words. */
const COMMENTS = /--[^\n]*|\/\*[\s\S]*?(?:\*\/|$)/g
const PRAGMA_WITH_VALUE = /^\s*pragma\s+(?:[\w"`[\]]+\s*\.\s*)?["`[]?(\w+)["`\]]?\s*([=(])/i

/** Why a statement SQLite calls reading is refused all the same, if it is. */
const settingPragma = (source: string): string | undefined => {
  const match = PRAGMA_WITH_VALUE.exec(source.replace(COMMENTS, " "))
  const name = match?.[1]?.toLowerCase()
  if (name === undefined) return undefined
  return match?.[2] === "(" && PRAGMAS_READING_AN_ARGUMENT.has(name) ? undefined : `PRAGMA ${name} with a value`
}

/**
 * Runs one statement that only reads, on a connection that is already read-only (`readonly` open
 * and `query_only`). Refusing whatever SQLite does not call a reading, non-writing statement also
 * keeps out ATTACH, VACUUM INTO, temporary tables, transaction control and PRAGMA assignments,
 * with a message that says why; several statements in one are refused by better-sqlite3.
 */
export const readOnlyQuery = (
  database: BetterSqlite3.Database,
  path: string,
  source: string
): Effect.Effect<QueryResult, StoreError> =>
  Effect.gen(function*() {
    const fail = (reason: string, cause?: unknown) =>
      new StoreError({ path, reason, ...(cause === undefined ? {} : { cause }) })
    const statement = yield* Effect.try({
      try: () => database.prepare(source),
      catch: (cause) => fail(`cannot run the query: ${reasonOf(cause)}`, cause)
    })
    const setting = settingPragma(source)
    if (!statement.reader || !statement.readonly || setting !== undefined) {
      const words = source.replace(COMMENTS, " ").trim().split(/\s+/, 2).join(" ")
      return yield* fail(`${READ_ONLY_REFUSAL}; refused: ${setting ?? `${words} …`}`)
    }
    return yield* Effect.try({
      try: () => ({
        columns: statement.columns().map((column) => column.name),
        rows: statement.raw(true).all() as ReadonlyArray<ReadonlyArray<unknown>>
      }),
      catch: (cause) => fail(`query failed: ${reasonOf(cause)}`, cause)
    })
  })
