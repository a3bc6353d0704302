import type { Effect } from "effect"
import type { Compilable } from "kysely"
import type { StoreError } from "./store-error.js"

/** The SQL dialects the store speaks: SQLite embedded (the default), PostgreSQL as a shared server. */
export type StoreDialect = "sqlite" | "postgres"

/**
 * Runs kysely queries on either store: synchronously on better-sqlite3, or on a PostgreSQL pool.
 * Reading code is written once against this; a failure is a StoreError saying `what` failed.
 */
export interface QueryRunner {
  readonly dialect: StoreDialect
  readonly all: <R>(what: string, query: Compilable<R>) => Effect.Effect<ReadonlyArray<R>, StoreError>
  readonly first: <R>(what: string, query: Compilable<R>) => Effect.Effect<R | undefined, StoreError>
  /** Rows read → model values; a stored value its Schema refuses is a StoreError saying `what`. */
  readonly decode: <R, A>(what: string, rows: ReadonlyArray<R>, read: (row: R) => A) => Effect.Effect<ReadonlyArray<A>, StoreError>
}
