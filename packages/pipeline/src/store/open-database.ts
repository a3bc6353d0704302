import BetterSqlite3 from "better-sqlite3"
import { Effect, Schedule, type Scope } from "effect"
import { statSync } from "node:fs"
import { dirname, resolve } from "node:path"
import { pathToFileURL } from "node:url"
import { identifyDatabase, schemaTooNew, schemaTooOld } from "./database-identity.js"
import { migrateDatabase } from "./migrate-database.js"
import { makeSqliteExecutor, type SqliteExecutor } from "./sqlite-executor.js"
import type { StoreConfig } from "./store-config.js"
import { reasonOf, sqliteCodeOf, storeAttempt, StoreError } from "./store-error.js"

// better-sqlite3 reads this once, when its addon loads (at the first open): URI file names are
// how a read-only open asks for `immutable=1`. Only names starting with "file:" are URIs, and
// `sqlitePath` keeps a user's relative path of that shape a plain path.
process.env["SQLITE_USE_URI"] ??= "1"

/** How long a statement waits for another connection's write lock before failing with SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5000

/** WAL pages between automatic checkpoints (SQLite's default is 1,000). */
const WAL_CHECKPOINT_PAGES = 10_000
/** How often, and how far apart, a refused switch to WAL is tried again (each try waits the busy timeout first). */
const WAL_RETRIES = 5
const WAL_RETRY_SPACING = "100 millis"

/**
 * A reader of a WAL database must create or write its `-shm` file. In a read-only directory (or
 * on read-only media) it cannot, and SQLite says so with these codes; nobody can be writing there
 * either, so the file is then opened `immutable`: no locks, no `-shm`, no `-wal`.
 */
const NEEDS_IMMUTABLE = ["SQLITE_READONLY", "SQLITE_CANTOPEN"]

const sqlitePath = (path: string) => path.startsWith("file:") ? `./${path}` : path

const immutableUri = (path: string) => `${pathToFileURL(resolve(path)).href}?immutable=1`

/** Why `path` cannot be a database file at all, read from the file system before SQLite sees it. */
const pathProblem = (path: string, readOnly: boolean): string | undefined => {
  const stat = statSync(path, { throwIfNoEntry: false })
  if (stat?.isDirectory() === true) return "is a directory, not a database file; give a file path with --db"
  if (stat !== undefined && !stat.isFile()) return "is not a regular file; give a database file path with --db"
  if (stat === undefined && readOnly) {
    return "no such database file (a run creates it: crosscheck run <corpus> --db <path>)"
  }
  if (stat === undefined && statSync(dirname(resolve(path)), { throwIfNoEntry: false })?.isDirectory() !== true) {
    return `its directory ${dirname(path)} does not exist`
  }
  return undefined
}

/** Opens and reads the schema once, so that a file SQLite cannot read fails here, closed. */
const openReadOnly = (path: string, immutable: boolean) =>
  Effect.try({
    try: () => new BetterSqlite3(immutable ? immutableUri(path) : sqlitePath(path), { readonly: true, fileMustExist: true }),
    catch: (cause) => cause
  }).pipe(
    Effect.tap((database) =>
      Effect.try({ try: () => identifyDatabase(database), catch: (cause) => cause }).pipe(
        Effect.onError(() => Effect.sync(() => database.close()))
      )
    )
  )

/**
 * Opens the database for the lifetime of the scope. A writing open creates the file, runs the
 * pending migrations (refusing, before writing anything, a file that is not crosscheck's) and
 * switches it to WAL (readers never block the writer); a read-only open needs an existing, fully
 * migrated file, sets `query_only`, and works on read-only directories and media.
 */
export const openDatabase = (config: StoreConfig): Effect.Effect<SqliteExecutor, StoreError, Scope.Scope> => {
  const { path, readOnly = false } = config
  const fail = (reason: string) => new StoreError({ path, reason })
  const attempt = storeAttempt(path)

  const openReader = openReadOnly(path, false).pipe(
    Effect.catchIf(
      (cause) => NEEDS_IMMUTABLE.some((code) => sqliteCodeOf(cause)?.startsWith(code) === true),
      () => openReadOnly(path, true)
    ),
    Effect.mapError((cause) => new StoreError({ path, reason: `cannot open: ${reasonOf(cause)}`, cause })),
    Effect.tap((database) => attempt("cannot open", () => database.pragma("query_only = ON")))
  )

  const openWriter = attempt("cannot open", () => new BetterSqlite3(sqlitePath(path)))

  return Effect.gen(function*() {
    const problem = yield* attempt("cannot open", () => pathProblem(path, readOnly))
    if (problem !== undefined) return yield* fail(problem)
    const database = yield* Effect.acquireRelease(
      readOnly ? openReader : openWriter,
      (database) => Effect.sync(() => database.close())
    )
    yield* attempt("cannot open", () => {
      database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
      database.pragma("foreign_keys = ON")
    })
    const executor = makeSqliteExecutor(database)
    if (readOnly) {
      const identity = yield* attempt("cannot read the schema", () => identifyDatabase(database))
      if (identity._tag === "Foreign") return yield* fail(identity.reason)
      const applied = identity._tag === "Empty" ? null : identity.applied
      const problem = schemaTooNew(applied) ?? schemaTooOld(applied)
      if (problem !== undefined) return yield* fail(problem)
      return executor
    }
    yield* migrateDatabase(executor, path)
    // Switching a new file to WAL takes an exclusive lock that SQLite may refuse at once, without
    // waiting, while another run opening the same new file holds a shared one: try again, briefly.
    yield* attempt("cannot switch to WAL", () => database.pragma("journal_mode = WAL")).pipe(
      Effect.retry({ while: (error) => sqliteCodeOf(error.cause)?.startsWith("SQLITE_BUSY") === true, schedule: Schedule.spaced(WAL_RETRY_SPACING), times: WAL_RETRIES })
    )
    yield* attempt("cannot switch to WAL", () => {
      // With WAL, NORMAL loses no committed transaction on a process crash (only on power loss).
      database.pragma("synchronous = NORMAL")
      // A run writes every article's text (and its full-text index) once: checkpointing the WAL
      // every 10,000 pages (~40 MB) rather than every 1,000 spares most of the checkpoints' syncs,
      // which took half the run's store time. Commits stay as durable; the WAL is emptied on close.
      database.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`)
    })
    return executor
  })
}
