import { Console, Context, Effect, type Scope } from "effect"
import type { Kysely } from "kysely"
import type { Database } from "../database-schema.js"
import { nowIso, runLifecycle } from "../run-lifecycle.js"
import { cannotSave, decodeStoredRows, type StoreError } from "../store-error.js"
import type { QueryRunner } from "../query-runner.js"
import { makeStoreReader, StoreReader } from "../store-reader.js"
import { StoreWriter } from "../store-writer.js"
import { openPostgres, postgresAttempt, type PostgresConnection } from "./open-postgres.js"
import { postgresReadOnlyQuery } from "./postgres-read-only-query.js"
import { runLockSession } from "./postgres-run-locks.js"
import {
  connectPendingRelations,
  deleteArticlesPostgres,
  writeArticlesPostgres,
  writeStandingsPostgres,
  writeUnreadablePostgres
} from "./postgres-writes.js"
import { replaceRelationsAsFound } from "../pending-relations.js"

/** PostgreSQL's codes for a transaction it aborted to let another go on: run it again. */
const RETRYABLE = new Set(["40P01", "40001"])
const RETRIES = 5

const retryable = (error: StoreError) => {
  const code = error.cause instanceof Error ? (error.cause as { readonly code?: unknown }).code : undefined
  return RETRYABLE.has(String(code))
}

/** A reader whose queries run on `builder`: the pool, or one transaction's connection. */
const readerOn = (connection: PostgresConnection, builder: Kysely<Database>, inSnapshot?: StoreReader["Service"]["inSnapshot"]) => {
  const attempt = postgresAttempt(connection.name)
  const runner: QueryRunner = {
    dialect: "postgres",
    all: (what, query) => attempt(what, () => builder.executeQuery(query).then((result) => result.rows)),
    first: (what, query) => attempt(what, () => builder.executeQuery(query).then((result) => result.rows[0])),
    decode: decodeStoredRows(connection.name)
  }
  return makeStoreReader({
    builder,
    runner,
    queryReadOnly: (source) => postgresReadOnlyQuery(connection.pool, connection.name, source),
    ...(inSnapshot !== undefined ? { inSnapshot } : {})
  })
}

/**
 * The reader over the pool. Its snapshot reads hold one connection in a repeatable-read, read-only
 * transaction, so they see the store as it was at their first query while other runs commit.
 */
const makeReader = (connection: PostgresConnection) => {
  const attempt = postgresAttempt(connection.name)
  return readerOn(connection, connection.builder, (read) =>
    Effect.acquireUseRelease(
      attempt("cannot open a snapshot of the store", () =>
        connection.builder.startTransaction().setIsolationLevel("repeatable read").setAccessMode("read only").execute()),
      (transaction) => read(readerOn(connection, transaction)),
      // Nothing was written: ending it either way is the same.
      (transaction) => attempt("cannot close a snapshot of the store", () => transaction.rollback().execute()).pipe(Effect.ignore)
    ))
}

/** The reader over a read-only PostgreSQL pool (every session `default_transaction_read_only`). */
export const openPostgresReader = (url: string): Effect.Effect<StoreReader["Service"], StoreError, Scope.Scope> =>
  Effect.map(openPostgres(url, { readOnly: true }), makeReader)

/**
 * The writer and a reader over one PostgreSQL pool. Runs are rows, not a lock: any number of runs
 * write at once, each article in its own transaction (see postgres-writes.ts for the locks); each
 * run holds an advisory lock while it lives, so the next run marks one left `running` by a killed
 * process as interrupted (postgres-run-locks.ts).
 */
export const openPostgresStore = (url: string) =>
  Effect.gen(function*() {
    const connection = yield* openPostgres(url, { readOnly: false })
    const { builder, name } = connection
    const attempt = postgresAttempt(name)
    const write = <A>(what: string, body: () => Promise<A>) =>
      attempt(what, body).pipe(Effect.retry({ while: retryable, times: RETRIES }))
    const runLocks = runLockSession(connection.pool)
    const runs = runLifecycle((runId, end) =>
      attempt(`cannot end run ${runId}`, async () => {
        await builder.updateTable("runs").set(end).where("id", "=", runId).execute()
        await runLocks.release(runId)
      }))

    const reader = makeReader(connection)
    const writer = StoreWriter.of({
      startRun: Effect.fn("StoreWriter.startRun")(function*(run) {
        const startedAt = yield* nowIso
        const runId = yield* attempt("cannot start a run", () => runLocks.start({ ...run, startedAt }))
        yield* runs.opened(runId)
        const abandoned = yield* attempt("cannot check the runs left running", () => runLocks.markAbandoned())
        if (abandoned.length > 0) {
          // On stderr, one line: stdout may be the run's JSON or SARIF.
          yield* Console.error(
            `crosscheck: database ${name}: run${abandoned.length === 1 ? "" : "s"} ${abandoned.join(", ")} ` +
              `left running by a process that is gone (its lock is free): marked interrupted`
          )
        }
        return runId
      }),
      // No writer lock to take: the cross-reference's snapshot and its swap's lock order it beside other writers (postgres-writes.ts).
      asSoleWriter: (_run, body) => body,
      finishRun: runs.finishRun,
      // Only SQLite stores are replayed (src/replay/replay-run.ts).
      recordReplay: () => Effect.void,
      markInterrupted: runs.markInterrupted,
      saveArticle: Effect.fn("StoreWriter.saveArticle")(function*(article, furniture, extraction, runId) {
        const extractedAt = yield* nowIso
        yield* write(`cannot save article ${article.id}`, () =>
          writeArticlesPostgres(builder, { articles: [{ article, furniture, extraction }], runId, extractedAt }))
      }),
      saveArticles: Effect.fn("StoreWriter.saveArticles")(function*(articles, runId) {
        const extractedAt = yield* nowIso
        yield* write(cannotSave(articles), () => writeArticlesPostgres(builder, { articles, runId, extractedAt }))
      }),
      removeArticles: Effect.fn("StoreWriter.removeArticles")(function*(ids) {
        yield* write(`cannot remove ${ids.length} articles`, () => deleteArticlesPostgres(builder, ids))
      }),
      recordUnreadable: Effect.fn("StoreWriter.recordUnreadable")(function*(runId, shard, unreadable) {
        yield* write("cannot record the articles that could not be read", () => writeUnreadablePostgres(builder, runId, shard, unreadable))
      }),
      saveStandings: Effect.fn("StoreWriter.saveStandings")(function*(claims) {
        yield* write(`cannot store the comparison standing of ${claims.length} claims`, () => writeStandingsPostgres(builder, claims))
      }),
      replaceRelationsAsFound: replaceRelationsAsFound({
        open: Effect.gen(function*() {
          const pending = yield* attempt("cannot prepare the new relations", () => connectPendingRelations(connection.pool))
          yield* attempt("cannot prepare the new relations", pending.create).pipe(Effect.onError(() => Effect.sync(pending.close)))
          return pending
        }),
        write: (pending, relations) => attempt(`cannot store ${relations.length} relations`, () => pending.write(relations)),
        reader,
        generationOf: (snapshot) => snapshot.storeGeneration(),
        swap: (pending, foundAt) =>
          write("cannot replace the relations", () => pending.swap(foundAt ?? 0)).pipe(
            Effect.tap((outcome) =>
              outcome._tag === "Swapped" ? Effect.void : Console.error(
                // On stderr, one line: stdout may be the run's JSON or SARIF. The reports read the stored relations.
                `crosscheck: database ${name}: the relations this cross-reference found were not stored: another cross-reference ` +
                  `stored relations of a later state of the store meanwhile (generation ${outcome.storedAt}, this one's ${outcome.foundAt}), ` +
                  "which stay; the reports show those"
              )
            )
          ),
        close: (pending) => Effect.sync(pending.close)
      })
    })

    // Closing the run's session frees its lock (destroyed, not returned to the pool with the lock held),
    // after a run still open when the store closes (an interrupt the caller did not handle) ends as interrupted.
    yield* Effect.addFinalizer(() => Effect.promise(runLocks.close))
    yield* Effect.addFinalizer(() => runs.closeOpenRun)
    return Context.make(StoreWriter, writer).pipe(Context.add(StoreReader, reader))
  })
