import BetterSqlite3 from "better-sqlite3"
import { Effect, type Scope } from "effect"
import { Migrator } from "kysely"
import { existsSync } from "node:fs"
import { latestMigration, migrationProvider } from "./migrations/index.js"
import { makeSqliteExecutor, type SqliteExecutor } from "./sqlite-executor.js"
import type { StoreConfig } from "./store-config.js"
import { reasonOf, StoreError } from "./store-error.js"

/** How long a statement waits for another connection's write lock before failing with SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5000

/** WAL pages between automatic checkpoints (SQLite's default is 1,000). */
const WAL_CHECKPOINT_PAGES = 10_000

/** kysely's bookkeeping table: which migrations a database has run. */
const MIGRATION_TABLE = "kysely_migration"

/**
 * Opens the database for the lifetime of the scope. A writing open creates the file, switches it
 * to WAL (readers never block the writer) and runs the pending migrations; a read-only open needs
 * an existing, fully migrated file and sets `query_only`.
 */
export const openDatabase = (config: StoreConfig): Effect.Effect<SqliteExecutor, StoreError, Scope.Scope> => {
  const { path, readOnly = false } = config
  const fail = (reason: string) => new StoreError({ path, reason })
  const attempt = <A>(what: string, body: () => A) =>
    Effect.try({ try: body, catch: (cause) => fail(`${what}: ${reasonOf(cause)}`) })

  const open = Effect.gen(function*() {
    if (readOnly && !existsSync(path)) {
      return yield* fail("no such database file (a run creates it: crosscheck run <corpus> --db <path>)")
    }
    return yield* attempt("cannot open", () => {
      const database = new BetterSqlite3(path, { readonly: readOnly, fileMustExist: readOnly })
      database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
      database.pragma("foreign_keys = ON")
      if (readOnly) {
        database.pragma("query_only = ON")
      } else {
        database.pragma("journal_mode = WAL")
        // With WAL, NORMAL loses no committed transaction on a process crash (only on power loss).
        database.pragma("synchronous = NORMAL")
        // A run writes every article's text (and its full-text index) once: checkpointing the WAL
        // every 10,000 pages (~40 MB) rather than every 1,000 spares most of the checkpoints' syncs,
        // which took half the run's store time. Commits stay as durable; the WAL is emptied on close.
        database.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`)
      }
      return database
    })
  })

  return Effect.gen(function*() {
    const database = yield* Effect.acquireRelease(open, (database) => Effect.sync(() => database.close()))
    const executor = makeSqliteExecutor(database)
    const applied = yield* attempt("cannot read the schema version", () => appliedMigration(database))
    if (applied !== undefined && applied !== null && applied > latestMigration) {
      return yield* fail(`written by a newer crosscheck (schema ${applied}, this one knows up to ${latestMigration})`)
    }
    if (applied === undefined && (yield* attempt("cannot list tables", () => hasTables(database)))) {
      return yield* fail("not a crosscheck database (it has tables, but no migrations table); give another --db path")
    }
    if (readOnly) {
      const problem = readOnlySchemaProblem(applied)
      if (problem !== undefined) return yield* fail(problem)
    } else {
      const { error, results } = yield* Effect.tryPromise({
        try: () => new Migrator({ db: executor.builder, provider: migrationProvider }).migrateToLatest(),
        catch: (cause) => fail(`migration failed: ${reasonOf(cause)}`)
      })
      if (error !== undefined) {
        const failed = results?.find((result) => result.status === "Error")?.migrationName
        return yield* fail(`${failed === undefined ? "migration" : `migration ${failed}`} failed: ${reasonOf(error)}`)
      }
    }
    return executor
  })
}

/** The newest migration a database has run; undefined when it has no migrations table at all. */
const appliedMigration = (database: BetterSqlite3.Database): string | null | undefined => {
  const table = database
    .prepare("select 1 from sqlite_master where type = 'table' and name = ?")
    .get(MIGRATION_TABLE)
  if (table === undefined) return undefined
  const row = database.prepare(`select max(name) as name from ${MIGRATION_TABLE}`).get() as { name: string | null }
  return row.name
}

/** Whether the file already holds tables: a writing open must not add crosscheck's to someone else's database. */
const hasTables = (database: BetterSqlite3.Database): boolean =>
  database.prepare("select 1 from sqlite_master where type = 'table' limit 1").get() !== undefined

/** A read-only open cannot migrate: say so now rather than fail later on a missing view. */
const readOnlySchemaProblem = (applied: string | null | undefined): string | undefined => {
  if (applied === undefined || applied === null || applied < latestMigration) {
    return `written by an older crosscheck (schema ${applied ?? "none"}, this one needs ${latestMigration}); ` +
      "open it once for writing (crosscheck run) to migrate it"
  }
  return undefined
}
