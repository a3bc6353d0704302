import { Effect } from "effect"
import type pg from "pg"
import { reasonOf, StoreError } from "../store-error.js"
import type { QueryResult } from "../store-records.js"
import { READ_ONLY_REFUSAL } from "../read-only-query.js"

/** PostgreSQL's codes for a statement a read-only transaction or the extended protocol will not run. */
const REFUSED_CODES = new Set([
  "25006", // read_only_sql_transaction: INSERT, UPDATE, DELETE, DDL, …
  "42601" // syntax_error, which is also "cannot insert multiple commands into a prepared statement"
])

const codeOf = (cause: unknown) =>
  cause instanceof Error ? (cause as { readonly code?: unknown }).code : undefined

/**
 * Runs one statement that only reads: inside a READ ONLY transaction that is always rolled back, with
 * the extended protocol (one statement, no `COMMIT; …` escaping the transaction).
 */
export const postgresReadOnlyQuery = (pool: pg.Pool, name: string, source: string): Effect.Effect<QueryResult, StoreError> => {
  const fail = (reason: string, cause: unknown) => new StoreError({ path: name, reason, cause })
  return Effect.acquireUseRelease(
    Effect.tryPromise({ try: () => pool.connect(), catch: (cause) => fail(`cannot connect: ${reasonOf(cause)}`, cause) }),
    (client) =>
      Effect.tryPromise({
        try: async () => {
          await client.query("begin transaction read only")
          // `queryMode` (pg ≥ 8.11) is missing from @types/pg: the extended protocol runs one statement only.
          const query: pg.QueryArrayConfig & { readonly queryMode: "extended" } = {
            text: source,
            rowMode: "array",
            queryMode: "extended"
          }
          const result = await client.query(query)
          return {
            columns: result.fields.map((field) => field.name),
            rows: result.rows as ReadonlyArray<ReadonlyArray<unknown>>
          }
        },
        catch: (cause) =>
          REFUSED_CODES.has(String(codeOf(cause))) && /read-only|multiple commands/.test(reasonOf(cause))
            ? fail(`${READ_ONLY_REFUSAL}; refused: ${source.trim().split(/\s+/, 2).join(" ")} … (${reasonOf(cause)})`, cause)
            : fail(`query failed: ${reasonOf(cause)}`, cause)
      }),
    (client) => Effect.promise(() => client.query("rollback").then(() => client.release(), (error: Error) => client.release(error)))
  )
}
