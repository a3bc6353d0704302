import type { Migration, MigrationProvider } from "kysely"
import { initial } from "./0001-initial.js"
import { viewsAndSearch } from "./0002-views-and-search.js"
import { entitiesAndDatasette } from "./0003-entities-and-datasette.js"
import { figureIdentity } from "./0004-figure-identity.js"

/** Every migration, by name; names sort in the order they run. Append, never edit a released one. */
export const migrations: Readonly<Record<string, Migration>> = {
  "0001-initial": initial,
  "0002-views-and-search": viewsAndSearch,
  "0003-entities-and-datasette": entitiesAndDatasette,
  "0004-figure-identity": figureIdentity
}

/** The newest migration: a read-only open checks the database has reached it. */
export const latestMigration = Object.keys(migrations).sort().at(-1) ?? ""

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations)
}
