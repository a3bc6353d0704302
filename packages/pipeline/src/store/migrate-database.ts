import { Console, Effect } from "effect"
import { Migrator } from "kysely"
import { CROSSCHECK_APPLICATION_ID, identifyDatabase, schemaTooNew } from "./database-identity.js"
import { latestMigration, migrationProvider } from "./migrations/index.js"
import type { SqliteExecutor } from "./sqlite-executor.js"
import { reasonOf, storeAttempt, StoreError } from "./store-error.js"

/**
 * Brings a database opened for writing to the latest schema. The file is identified before a byte
 * is written (someone else's SQLite file is refused untouched), then identified again and migrated
 * inside one `BEGIN IMMEDIATE` transaction: two runs starting at once on a new file are serialised
 * by SQLite, and the second finds the schema the first committed. The transaction also marks the
 * file as crosscheck's (`application_id`). A store an older crosscheck wrote is said to be migrated,
 * in one line on stderr (stdout may be a run's JSON or SARIF): `crossref` and `run` change it.
 */
export const migrateDatabase = (
  executor: SqliteExecutor,
  path: string
): Effect.Effect<void, StoreError> => {
  const { database } = executor
  const fail = (reason: string, cause?: unknown) => new StoreError({ path, reason, ...(cause === undefined ? {} : { cause }) })
  const attempt = storeAttempt(path)

  /**
   * Fails on a file crosscheck must not write; whether it needs migrating or marking, and the
   * migration an existing store is at (undefined for a new file, null for none).
   */
  const check = Effect.gen(function*() {
    const identity = yield* attempt("cannot read the schema", () => identifyDatabase(database))
    if (identity._tag === "Foreign") return yield* fail(`${identity.reason}; give another --db path`)
    if (identity._tag === "Empty") return { pending: true, from: undefined }
    const tooNew = schemaTooNew(identity.applied)
    if (tooNew !== undefined) return yield* fail(tooNew)
    return { pending: identity.applied !== latestMigration || !identity.marked, from: identity.applied }
  })

  const migrate = Effect.gen(function*() {
    const { pending, from } = yield* check
    if (!pending) return
    const { error, results } = yield* Effect.tryPromise({
      // Migrations run inside the transaction opened here, not in kysely's own.
      try: () =>
        new Migrator({ db: executor.builder, provider: migrationProvider, disableTransactions: true }).migrateToLatest(),
      catch: (cause) => fail(`migration failed: ${reasonOf(cause)}`, cause)
    })
    if (error !== undefined) {
      const failed = results?.find((result) => result.status === "Error")?.migrationName
      return yield* fail(`${failed === undefined ? "migration" : `migration ${failed}`} failed: ${reasonOf(error)}`, error)
    }
    yield* attempt("cannot mark the file as crosscheck's", () =>
      database.pragma(`application_id = ${CROSSCHECK_APPLICATION_ID}`))
    yield* attempt("cannot commit the migration", () => database.exec("COMMIT"))
    if (from !== undefined && from !== latestMigration) {
      yield* Console.error(`crosscheck: database ${path}: migrated from schema ${from ?? "none"} to ${latestMigration}`)
    }
  })

  return Effect.gen(function*() {
    if (!(yield* check).pending) return
    yield* Effect.acquireUseRelease(
      attempt("cannot write", () => database.exec("BEGIN IMMEDIATE")),
      () => migrate,
      () => Effect.sync(() => database.inTransaction && database.exec("ROLLBACK"))
    )
  })
}
