import type { Migration, MigrationProvider } from "kysely"
import type { StoreDialect } from "../query-runner.js"
import { initial } from "./0001-initial.js"
import { viewsAndSearch } from "./0002-views-and-search.js"
import { entitiesAndDatasette } from "./0003-entities-and-datasette.js"
import { figureIdentity } from "./0004-figure-identity.js"
import { revisionsView } from "./0005-revisions-view.js"
import { comparisonStandingColumns } from "./0006-comparison-standing.js"
import { runReplays } from "./0007-run-replays.js"
import { storeGeneration } from "./0008-store-generation.js"
import { unreadableArticles } from "./0009-unreadable-articles.js"
import { postgresEntities, postgresViewsAndSearch } from "./postgres-forms.js"

/**
 * Every migration, by name, in each dialect; names sort in the order they run. Append, never edit a
 * released one. The same names run in both dialects, to the same tables, views and columns.
 */
export const migrationsFor = (dialect: StoreDialect): Readonly<Record<string, Migration>> => ({
  "0001-initial": initial(dialect),
  "0002-views-and-search": dialect === "sqlite" ? viewsAndSearch : postgresViewsAndSearch,
  "0003-entities-and-datasette": dialect === "sqlite" ? entitiesAndDatasette : postgresEntities,
  "0004-figure-identity": figureIdentity,
  "0005-revisions-view": revisionsView(dialect),
  "0006-comparison-standing": comparisonStandingColumns,
  "0007-run-replays": runReplays,
  "0008-store-generation": storeGeneration,
  "0009-unreadable-articles": unreadableArticles
})

/** The SQLite migrations (the embedded default). */
export const migrations = migrationsFor("sqlite")

/** The newest migration: a read-only open checks the database has reached it. */
export const latestMigration = Object.keys(migrations).sort().at(-1) ?? ""

export const migrationProviderFor = (dialect: StoreDialect): MigrationProvider => ({
  getMigrations: () => Promise.resolve(migrationsFor(dialect))
})

export const migrationProvider: MigrationProvider = migrationProviderFor("sqlite")
