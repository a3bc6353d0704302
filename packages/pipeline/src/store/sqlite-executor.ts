import type BetterSqlite3 from "better-sqlite3"
import { type Compilable, type Insertable, Kysely, sql, SqliteDialect } from "kysely"
import type { Database } from "./database-schema.js"
import type { PendingTables } from "./pending-relations.js"
import type { QueryRunner } from "./query-runner.js"
import { decodeStoredRows, storeAttempt } from "./store-error.js"

/**
 * Queries are built and typed with kysely, and run synchronously on better-sqlite3. Synchronous
 * transactions are what makes the store crash-safe and simple: a whole article is written between
 * two turns of the event loop, so an interrupt (Ctrl-C) can only fall between articles, and
 * `BEGIN IMMEDIATE` is available for the writer lock.
 */
export interface SqliteExecutor {
  readonly database: BetterSqlite3.Database
  /** The query builder (never executed through kysely's async driver outside migrations). */
  readonly builder: Kysely<Database>
  readonly all: <R>(query: Compilable<R>) => ReadonlyArray<R>
  readonly first: <R>(query: Compilable<R>) => R | undefined
  /** Runs a writing statement; the number of rows it changed. */
  readonly run: (query: Compilable<unknown>) => number
  /** Inserts rows, all with the same columns (into a store table or a pending one); the statement is built once per table and column list. */
  readonly insert: <T extends keyof InsertableTables>(table: T, rows: ReadonlyArray<Insertable<InsertableTables[T]>>) => void
  /** Runs `body` in one transaction; `immediate` takes the write lock at BEGIN. */
  readonly transaction: <A>(body: () => A, mode?: "deferred" | "immediate") => A
  /**
   * Prepares a query of fixed shape, built once with stand-in values: the statement then runs with
   * the real values, in the same order, without kysely compiling the query again on every call.
   */
  readonly prepareOnce: (query: Compilable<unknown>) => BetterSqlite3.Statement
}

type InsertableTables = Database & PendingTables

/** Distinct statements are few; the bound only guards against `IN (…)` lists of every length. */
const STATEMENT_CACHE_LIMIT = 256

export const makeSqliteExecutor = (database: BetterSqlite3.Database): SqliteExecutor => {
  const builder = new Kysely<Database>({ dialect: new SqliteDialect({ database }) })
  const statements = new Map<string, BetterSqlite3.Statement>()
  const prepare = (query: Compilable<unknown>) => {
    const compiled = query.compile()
    let statement = statements.get(compiled.sql)
    if (statement === undefined) {
      if (statements.size >= STATEMENT_CACHE_LIMIT) statements.clear()
      statement = database.prepare(compiled.sql)
      statements.set(compiled.sql, statement)
    }
    return { statement, parameters: compiled.parameters as ReadonlyArray<unknown> }
  }
  // Building an INSERT with kysely costs more than running it: the statement is built once per
  // table and column list, with named parameters, so each row binds as it is (no array per row).
  const inserts = new Map<string, BetterSqlite3.Statement>()
  const insertStatement = (table: keyof InsertableTables, columns: ReadonlyArray<string>) => {
    const key = `${table}(${columns.join(",")})`
    let insert = inserts.get(key)
    if (insert === undefined) {
      const named = Object.fromEntries(columns.map((column) => [column, sql.raw(`@${column}`)]))
      insert = database.prepare(builder.withTables<PendingTables>().insertInto(table).values(named as never).compile().sql)
      inserts.set(key, insert)
    }
    return insert
  }
  return {
    database,
    builder,
    all: <R>(query: Compilable<R>) => {
      const { parameters, statement } = prepare(query)
      return statement.all(...parameters) as ReadonlyArray<R>
    },
    first: <R>(query: Compilable<R>) => {
      const { parameters, statement } = prepare(query)
      return statement.get(...parameters) as R | undefined
    },
    run: (query) => {
      const { parameters, statement } = prepare(query)
      return statement.run(...parameters).changes
    },
    insert: (table, rows) => {
      const first = rows[0]
      if (first === undefined) return
      // Every row of one call has the first row's columns (the row builders make them so).
      const statement = insertStatement(table, Object.keys(first))
      for (const row of rows) statement.run(row)
    },
    transaction: (body, mode = "deferred") => database.transaction(body)[mode](),
    prepareOnce: (query) => database.prepare(query.compile().sql)
  }
}

/** The reader's view of a SQLite connection: each query runs synchronously, failures name the file. */
export const sqliteRunner = (path: string, executor: SqliteExecutor): QueryRunner => {
  const attempt = storeAttempt(path)
  return {
    dialect: "sqlite",
    all: (what, query) => attempt(what, () => executor.all(query)),
    first: (what, query) => attempt(what, () => executor.first(query)),
    decode: decodeStoredRows(path)
  }
}
