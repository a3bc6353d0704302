import { oneLine } from "@crosscheck/claims/model"
import { Effect, Schema } from "effect"

/** Anything the store could not do; the message names the database file and the reason. */
export class StoreError extends Schema.TaggedError<StoreError>()("StoreError", {
  path: Schema.String,
  reason: Schema.String,
  /** What better-sqlite3 or kysely threw, kept for a debugger or a log; the message stays one line. */
  cause: Schema.optionalKey(Schema.Defect())
}) {
  override get message(): string {
    return `database ${this.path}: ${this.reason}`
  }
}

/** Another process holds the single-writer lock of this database. */
export class StoreBusyError extends Schema.TaggedError<StoreBusyError>()("StoreBusyError", {
  path: Schema.String,
  runId: Schema.Number,
  pid: Schema.Number,
  host: Schema.String,
  startedAt: Schema.String
}) {
  override get message(): string {
    return `another crosscheck run (pid ${this.pid} on ${this.host}, started ${this.startedAt}, run ${this.runId}) ` +
      `is writing to ${this.path}; wait for it to finish, or stop it`
  }
}

/**
 * What SQLite's terse messages mean for the user, by result code (a code matches its extended
 * codes too: `SQLITE_READONLY` covers `SQLITE_READONLY_DIRECTORY`). The first matching prefix wins.
 */
const SQLITE_HINTS: ReadonlyArray<readonly [code: string, hint: string]> = [
  ["SQLITE_FULL", "the disk is full"],
  ["SQLITE_IOERR_WRITE", "a write failed: is the disk full, or the file too large for this file system?"],
  ["SQLITE_IOERR_FSYNC", "a write failed: is the disk full?"],
  ["SQLITE_IOERR_TRUNCATE", "a write failed: is the disk full, or the file too large for this file system?"],
  ["SQLITE_READONLY", "the file or its directory is read-only"],
  ["SQLITE_CORRUPT", "the file is damaged (corrupt or truncated): restore it from a copy, or give another --db path"],
  ["SQLITE_NOTADB", "not a SQLite database: give another --db path"],
  ["SQLITE_CANTOPEN", "cannot open the file: does its directory exist, and may this user read and write there?"]
]

/** The `code` better-sqlite3 puts on its errors (`SQLITE_FULL`, `SQLITE_READONLY_DIRECTORY`, …). */
export const sqliteCodeOf = (cause: unknown): string | undefined => {
  const code = cause instanceof Error ? (cause as { readonly code?: unknown }).code : undefined
  return typeof code === "string" && code.startsWith("SQLITE_") ? code : undefined
}

/** The reason from anything thrown by better-sqlite3 or kysely, with what a SQLite error code means. */
export const reasonOf = (cause: unknown): string => {
  // one line: a Schema's message spans lines ("Missing key\n  at [\"id\"]")
  const message = oneLine(cause instanceof Error ? cause.message : String(cause))
  const code = sqliteCodeOf(cause)
  const hint = code === undefined ? undefined : SQLITE_HINTS.find(([prefix]) => code.startsWith(prefix))?.[1]
  return hint === undefined ? message : `${message} (${hint})`
}

/** Runs synchronous database work on `path`; anything thrown becomes a StoreError naming the file, with its cause. */
export const storeAttempt = (path: string) => <A>(what: string, body: () => A): Effect.Effect<A, StoreError> =>
  Effect.try({ try: body, catch: (cause) => new StoreError({ path, reason: `${what}: ${reasonOf(cause)}`, cause }) })

/** Decodes rows read from `path` with the model's Schemas; a row that is not what it should be is a StoreError naming the file, not a crash. */
export const decodeStoredRows = (path: string) =>
<R, A>(what: string, rows: ReadonlyArray<R>, read: (row: R) => A): Effect.Effect<ReadonlyArray<A>, StoreError> =>
  storeAttempt(path)(what, () => rows.map(read))

/** What a failed batch write names: the article, or how many and the first and last, so the user can find them. */
export const cannotSave = (articles: ReadonlyArray<{ readonly article: { readonly id: string } }>): string => {
  const [first] = articles
  const last = articles[articles.length - 1]
  return articles.length === 1 && first !== undefined
    ? `cannot save article ${first.article.id}`
    : `cannot save ${articles.length} articles${first !== undefined && last !== undefined ? ` (${first.article.id} … ${last.article.id})` : ""}`
}
