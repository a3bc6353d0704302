import type BetterSqlite3 from "better-sqlite3"
import { latestMigration } from "./migrations/index.js"

/**
 * SQLite's `application_id` header field marks a file as crosscheck's ("CxCk"), so that `file(1)`
 * and this module can tell it from any other SQLite database. Databases written before the mark
 * existed are recognised by their migrations table.
 */
export const CROSSCHECK_APPLICATION_ID = 0x4378436b

/** kysely's bookkeeping table: which migrations a database has run. */
export const MIGRATION_TABLE = "kysely_migration"

/** What a file given as `--db` holds, read without writing a byte to it. */
export type DatabaseIdentity =
  /** No schema at all (a new or zero-length file): crosscheck may create its own. */
  | { readonly _tag: "Empty" }
  /** crosscheck's, at migration `applied` (null: the migrations table exists but is empty). */
  | { readonly _tag: "Crosscheck"; readonly applied: string | null; readonly marked: boolean }
  /** Anything else: never written to. */
  | { readonly _tag: "Foreign"; readonly reason: string }

const hex = (id: number) => `0x${(id >>> 0).toString(16).padStart(8, "0")}`

/** Migration names crosscheck has released or may release: `0001-initial`, `0003-…`. */
const OUR_MIGRATION_NAME = /^\d{4}-[a-z0-9-]+$/

/** Reads the header fields and the schema; throws what SQLite throws (not a database, corrupt). */
export const identifyDatabase = (database: BetterSqlite3.Database): DatabaseIdentity => {
  const applicationId = database.pragma("application_id", { simple: true }) as number
  const userVersion = database.pragma("user_version", { simple: true }) as number
  const tables = database.prepare("select name from sqlite_master where type = 'table'").pluck().all() as Array<string>
  if (applicationId !== 0 && applicationId !== CROSSCHECK_APPLICATION_ID) {
    return { _tag: "Foreign", reason: `not a crosscheck database (another program's: application_id ${hex(applicationId)})` }
  }
  if (userVersion !== 0) {
    return { _tag: "Foreign", reason: `not a crosscheck database (user_version ${userVersion}, crosscheck never sets it)` }
  }
  if (tables.length === 0) {
    return applicationId === 0
      ? { _tag: "Empty" }
      : { _tag: "Crosscheck", applied: null, marked: true }
  }
  if (!tables.includes(MIGRATION_TABLE)) {
    return { _tag: "Foreign", reason: "not a crosscheck database (it has tables, but no migrations table)" }
  }
  const names = database.prepare(`select name from ${MIGRATION_TABLE} order by name`).pluck().all() as Array<string>
  return identifyByMigrations(names, applicationId === CROSSCHECK_APPLICATION_ID)
}

/** crosscheck's database at its last migration, unless it ran one crosscheck never named (sorted names). */
export const identifyByMigrations = (names: ReadonlyArray<string>, marked: boolean): DatabaseIdentity => {
  const strange = names.find((name) => !OUR_MIGRATION_NAME.test(name))
  if (strange !== undefined) {
    return { _tag: "Foreign", reason: `not a crosscheck database (it ran a migration named '${strange}')` }
  }
  return { _tag: "Crosscheck", applied: names.at(-1) ?? null, marked }
}

/** Why this crosscheck cannot use a database of ours, if it cannot: one written by a newer version. */
export const schemaTooNew = (applied: string | null): string | undefined =>
  applied !== null && applied > latestMigration
    ? `written by a newer crosscheck (schema ${applied}, this one knows up to ${latestMigration})`
    : undefined

/** A read-only open cannot migrate: say so now rather than fail later on a missing view. */
export const schemaTooOld = (applied: string | null): string | undefined =>
  applied === null || applied < latestMigration
    ? `written by an older crosscheck (schema ${applied ?? "none"}, this one needs ${latestMigration}); ` +
      "open it once for writing (crosscheck run) to migrate it"
    : undefined
