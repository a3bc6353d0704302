import { Effect, type Scope } from "effect"
import { Kysely, Migrator, PostgresDialect, sql } from "kysely"
import pg from "pg"
import {
  identifyByMigrations,
  MIGRATION_TABLE,
  schemaTooNew,
  schemaTooOld
} from "../database-identity.js"
import type { Database } from "../database-schema.js"
import { migrationProviderFor } from "../migrations/index.js"
import { reasonOf, StoreError } from "../store-error.js"
import { redactPostgresUrl } from "./postgres-url.js"

/** An open PostgreSQL store: the query builder over a pool, and the pool for what kysely cannot say. */
export interface PostgresConnection {
  /** The URL without its password, for messages. */
  readonly name: string
  readonly builder: Kysely<Database>
  readonly pool: pg.Pool
}

/** Connections per process: a run writes one article at a time; reports read alongside. */
const POOL_SIZE = 4

/** Runs a promise of database work on `name`; a rejection becomes a StoreError saying what failed. */
export const postgresAttempt = (name: string) => <A>(what: string, body: () => Promise<A>): Effect.Effect<A, StoreError> =>
  Effect.tryPromise({
    try: body,
    catch: (cause) => new StoreError({ path: name, reason: `${what}: ${reasonOf(cause)}`, cause })
  })

/** The tables of the connection's schema, and the migrations crosscheck ran there. */
const readIdentity = (builder: Kysely<Database>) => async () => {
  const tables = await sql<{ name: string }>`select table_name as name from information_schema.tables
    where table_schema = current_schema()`.execute(builder)
  const names = tables.rows.map((row) => row.name)
  if (names.length === 0) return { _tag: "Empty" } as const
  if (!names.includes(MIGRATION_TABLE)) {
    return { _tag: "Foreign", reason: "not a crosscheck database (it has tables, but no migrations table)" } as const
  }
  const migrations = await sql<{ name: string }>`select name from ${sql.table(MIGRATION_TABLE)} order by name`.execute(builder)
  return identifyByMigrations(migrations.rows.map((row) => row.name), true)
}

/**
 * Connects to the PostgreSQL database at `url` for the lifetime of the scope. A writing open runs
 * the pending migrations (kysely holds a PostgreSQL advisory lock while it migrates, so runs starting
 * together do not race) after refusing a schema that is not crosscheck's; a read-only open needs a
 * fully migrated database and makes every session read-only.
 */
export const openPostgres = (
  url: string,
  options: { readonly readOnly: boolean }
): Effect.Effect<PostgresConnection, StoreError, Scope.Scope> => {
  const name = redactPostgresUrl(url)
  const attempt = postgresAttempt(name)
  const fail = (reason: string) => new StoreError({ path: name, reason })
  return Effect.gen(function*() {
    const pool = yield* Effect.acquireRelease(
      Effect.sync(() =>
        new pg.Pool({
          connectionString: url,
          max: POOL_SIZE,
          ...(options.readOnly ? { options: "-c default_transaction_read_only=on" } : {})
        })
      ),
      (pool) => Effect.promise(() => pool.end())
    )
    // An idle connection the server drops (a restart) must not crash the process: the next query fails instead.
    pool.on("error", () => undefined)
    const builder = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
    const identity = yield* attempt("cannot connect", readIdentity(builder))
    if (identity._tag === "Foreign") return yield* fail(`${identity.reason}; give another --db`)
    const applied = identity._tag === "Empty" ? null : identity.applied
    const tooNew = schemaTooNew(applied)
    if (tooNew !== undefined) return yield* fail(tooNew)
    if (options.readOnly) {
      const tooOld = schemaTooOld(applied)
      if (tooOld !== undefined) return yield* fail(tooOld)
    } else {
      const { error, results } = yield* attempt("migration failed", () =>
        new Migrator({ db: builder, provider: migrationProviderFor("postgres") }).migrateToLatest())
      if (error !== undefined) {
        const failed = results?.find((result) => result.status === "Error")?.migrationName
        return yield* new StoreError({
          path: name,
          reason: `${failed === undefined ? "migration" : `migration ${failed}`} failed: ${reasonOf(error)}`,
          cause: error
        })
      }
    }
    return { name, builder, pool }
  })
}
