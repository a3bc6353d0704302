import type { Article, Claim, Extraction, FurnitureRegion } from "@crosscheck/claims"
import { Console, Context, Effect, Layer } from "effect"
import { hostname } from "node:os"
import {
  deleteArticles,
  dropPendingRelations,
  openPendingRelations,
  swapInPendingRelations,
  writeArticles,
  writePendingRelations,
  writeStandings,
  writeUnreadable
} from "./article-writes.js"
import { openDatabase } from "./open-database.js"
import { type AddRelations, type RelationsReplaced, replaceRelationsAsFound } from "./pending-relations.js"
import { isPostgresUrl, postgresStore } from "./postgres/postgres-url.js"
import type { SqliteExecutor } from "./sqlite-executor.js"
import { cannotSave, StoreBusyError, type StoreError, storeAttempt } from "./store-error.js"
import { makeSqliteReader, StoreReader, type StoreReaderService } from "./store-reader.js"
import type { ArticleWrite, RunOutcome, RunReplay, UnreadableRecord } from "./store-records.js"
import type { Shard } from "../discover/shard.js"
import { endedIfUnfinished, nowIso, type RunEnd, runLifecycle } from "./run-lifecycle.js"
import { acquireWriterLock, releaseWriterLock, type RunStart } from "./writer-lock.js"
import { recordRunReplay } from "./run-replays.js"

/** What a run is recorded with when it starts: the corpus it reads, and crosscheck's and the extractor's versions. */
export type RunDescription = Omit<RunStart, "startedAt">

export interface StoreWriterService {
  /** Records a run and takes the single-writer lock (a stale lock from a dead process is recovered). */
  readonly startRun: (run: RunDescription) => Effect.Effect<number, StoreError | StoreBusyError>
  /**
   * `body` as the store's only writer. On SQLite, under the single-writer lock `startRun` takes (a
   * `run` or another holder refused, a stale lock recovered), recorded as a run of its own that ends
   * as `body` does (completed with the counts and errors `completed` makes of its result, failed, or interrupted) and frees the lock
   * however it ends. On PostgreSQL, where many writers share the store and there is no writer lock,
   * `body` as it is (cross-referencing there reads one snapshot and swaps under its own lock).
   */
  readonly asSoleWriter: <A, E, R>(
    run: RunDescription,
    body: Effect.Effect<A, E, R>,
    completed: (result: A) => Omit<RunOutcome, "status">
  ) => Effect.Effect<A, E | StoreError | StoreBusyError, R>
  /** Records how the run ended and releases the lock. */
  readonly finishRun: (runId: number, outcome: RunOutcome) => Effect.Effect<void, StoreError>
  /**
   * Records what a no-change rerun of this completed run prints, replacing any earlier record —
   * only while nothing else has written to the store since the run started (see `recordRunReplay`).
   * A PostgreSQL store records nothing: only SQLite stores are replayed.
   */
  readonly recordReplay: (replay: RunReplay) => Effect.Effect<void, StoreError>
  /** Ends the run as interrupted (Ctrl-C): every saved article is complete, the lock is released. */
  readonly markInterrupted: (runId: number) => Effect.Effect<void, StoreError>
  /** Replaces the article and everything extracted from it, in one transaction. */
  readonly saveArticle: (
    article: Article,
    furniture: ReadonlyArray<FurnitureRegion>,
    extraction: Extraction,
    runId: number
  ) => Effect.Effect<void, StoreError>
  /**
   * Replaces each article and everything extracted from it, the whole batch in one transaction
   * (committed whole or not at all: a killed run loses at most this batch).
   */
  readonly saveArticles: (articles: ReadonlyArray<ArticleWrite>, runId: number) => Effect.Effect<void, StoreError>
  /** Removes articles with their claims and every relation touching them, in one transaction. */
  readonly removeArticles: (ids: ReadonlyArray<string>) => Effect.Effect<void, StoreError>
  /**
   * Records the articles the run `runId`, done reading its share of the corpus (`shard`, else all of
   * it), could not read, in place of those stored for that share (see `unreadableReplacement`).
   */
  readonly recordUnreadable: (
    runId: number,
    shard: Shard | undefined,
    unreadable: ReadonlyArray<UnreadableRecord>
  ) => Effect.Effect<void, StoreError>
  /** Stores these claims' comparison standing as the current rules work it out, in one transaction. */
  readonly saveStandings: (claims: ReadonlyArray<Claim>) => Effect.Effect<void, StoreError>
  /**
   * Replaces all relations with those `find` adds as it finds them, reading the store through
   * `snapshot` (one moment of it: see `StoreReader.inSnapshot`): each batch is written as it comes
   * (nothing held until the end), and the stored relations replaced in one short transaction only
   * once `find` succeeds, so a failed or killed cross-reference leaves the previous ones. A relation
   * naming a claim another run has since removed is left out. On PostgreSQL, relations stored
   * meanwhile by a cross-reference that read a later moment of the store are left in place instead
   * (`superseded`), and the store says so on stderr. What `find` returned, and the relations stored.
   */
  readonly replaceRelationsAsFound: <A, E, R>(
    find: (add: AddRelations, snapshot: StoreReaderService) => Effect.Effect<A, E, R>
  ) => Effect.Effect<RelationsReplaced<A>, E | StoreError, R>
}

/** Writing the SQLite claims store: runs, the single-writer lock, articles and relations. */
export class StoreWriter extends Context.Service<StoreWriter, StoreWriterService>()(
  "@crosscheck/pipeline/store/StoreWriter"
) {
  /**
   * A writing open (the file created and migrated if need be), providing the writer and a reader
   * over the same connection; a `postgres://` URL opens the PostgreSQL store (no writer lock).
   */
  static readonly layer = (path: string): Layer.Layer<StoreWriter | StoreReader, StoreError> =>
    isPostgresUrl(path) ? Layer.effectContext(Effect.flatMap(postgresStore, (postgres) => postgres.openPostgresStore(path))) : Layer.effectContext(
      Effect.gen(function*() {
        const executor = yield* openDatabase({ path })
        const reader = makeSqliteReader(path, executor)
        const { closeOpenRun, writer } = makeStoreWriter(path, executor, reader)
        // A run still open when the store closes (an interrupt the caller did not handle) ends as
        // interrupted, so the lock never outlives the process that held it.
        yield* Effect.addFinalizer(() => closeOpenRun)
        return Context.make(StoreWriter, writer).pipe(Context.add(StoreReader, reader))
      })
    )
}

const makeStoreWriter = (path: string, executor: SqliteExecutor, reader: StoreReaderService) => {
  const { builder } = executor
  const attempt = storeAttempt(path)
  const runs = runLifecycle((runId: number, end: RunEnd) =>
    attempt(`cannot end run ${runId}`, () =>
      executor.transaction(() => {
        executor.run(builder.updateTable("runs").set(end).where("id", "=", runId))
        releaseWriterLock(executor, runId)
      })))

  // SQLite's data_version when each run of this writer started: it moves when another connection commits.
  const dataVersionAtStart = new Map<number, number>()
  const dataVersion = () => executor.database.pragma("data_version", { simple: true }) as number

  const startRun = Effect.fn("StoreWriter.startRun")(function*(run: RunDescription) {
    const startedAt = yield* nowIso
    // Read before the lock is taken: a commit by anyone else from here on moves it.
    const since = yield* attempt("cannot start a run", dataVersion)
    const lock = yield* attempt("cannot start a run", () =>
      acquireWriterLock(executor, { ...run, startedAt }, { pid: process.pid, host: hostname() }))
    if (lock._tag === "Busy") return yield* new StoreBusyError({ path, ...lock.holder })
    const stale = lock.recoveredFrom
    if (stale !== undefined) {
      // On stderr, one line: stdout may be the run's JSON or SARIF.
      yield* Console.error(
        `crosscheck: database ${path}: recovered the writer lock of run ${stale.runId} (pid ${stale.pid}, started ${stale.startedAt}), ` +
          "whose process is gone; that run is marked interrupted"
      )
    }
    yield* runs.opened(lock.runId)
    dataVersionAtStart.set(lock.runId, since)
    return lock.runId
  })

  const writer = StoreWriter.of({
    startRun,
    asSoleWriter: Effect.fnUntraced(function*<A, E, R>(
      run: RunDescription,
      body: Effect.Effect<A, E, R>,
      completed: (result: A) => Omit<RunOutcome, "status">
    ) {
      const runId = yield* startRun(run)
      const result = yield* body.pipe(endedIfUnfinished(runs.finishRun, runId, () => ({ counts: {}, errors: [] })))
      yield* runs.finishRun(runId, { status: "completed", ...completed(result) })
      return result
    }),
    finishRun: runs.finishRun,
    recordReplay: Effect.fn("StoreWriter.recordReplay")(function*(replay: RunReplay) {
      const since = dataVersionAtStart.get(replay.runId)
      if (since === undefined) return
      yield* attempt(`cannot record run ${replay.runId} for replay`, () => recordRunReplay(executor, replay, since))
    }),
    markInterrupted: runs.markInterrupted,
    saveArticle: Effect.fn("StoreWriter.saveArticle")(function*(article, furniture, extraction, runId) {
      const extractedAt = yield* nowIso
      yield* attempt(`cannot save article ${article.id}`, () =>
        writeArticles(executor, { articles: [{ article, furniture, extraction }], runId, extractedAt }))
    }),
    saveArticles: Effect.fn("StoreWriter.saveArticles")(function*(articles, runId) {
      const extractedAt = yield* nowIso
      yield* attempt(cannotSave(articles), () =>
        writeArticles(executor, { articles, runId, extractedAt }))
    }),
    removeArticles: Effect.fn("StoreWriter.removeArticles")(function*(ids: ReadonlyArray<string>) {
      yield* attempt(`cannot remove ${ids.length} articles`, () => deleteArticles(executor, ids))
    }),
    recordUnreadable: Effect.fn("StoreWriter.recordUnreadable")(function*(runId, shard, unreadable) {
      yield* attempt("cannot record the articles that could not be read", () => writeUnreadable(executor, runId, shard, unreadable))
    }),
    saveStandings: Effect.fn("StoreWriter.saveStandings")(function*(claims: ReadonlyArray<Claim>) {
      yield* attempt(`cannot store the comparison standing of ${claims.length} claims`, () => writeStandings(executor, claims))
    }),
    replaceRelationsAsFound: replaceRelationsAsFound({
      open: attempt("cannot prepare the new relations", () => openPendingRelations(executor)),
      write: (_, relations) => attempt(`cannot store ${relations.length} relations`, () => writePendingRelations(executor, relations)),
      reader,
      // The writer lock, held from before the relations are found until after the swap, keeps every
      // other writer out: no other cross-reference can swap in between, so none is checked for.
      generationOf: () => Effect.succeed(undefined),
      swap: (pending) =>
        attempt("cannot replace the relations", () => ({ _tag: "Swapped", stored: swapInPendingRelations(executor, pending) }) as const),
      close: (pending) => attempt("cannot drop the pending relations", () => dropPendingRelations(executor, pending)).pipe(Effect.ignore)
    })
  })

  return { writer, closeOpenRun: runs.closeOpenRun }
}
