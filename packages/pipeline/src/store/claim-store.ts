import type { Article, Claim, Extraction, FurnitureRegion, Relation } from "@crosscheck/claims"
import { Context, DateTime, Effect, Layer, Option, Ref } from "effect"
import { hostname } from "node:os"
import { deleteArticles, writeArticle, writeRelations } from "./article-writes.js"
import { claimFilterQuery } from "./claim-filter-query.js"
import { readClaimProvenance } from "./claim-provenance.js"
import type { ClaimsFlatView } from "./database-schema.js"
import { openDatabase } from "./open-database.js"
import { readOnlyQuery } from "./read-only-query.js"
import type { SqliteExecutor } from "./sqlite-executor.js"
import type { StoreConfig } from "./store-config.js"
import { reasonOf, StoreBusyError, StoreError } from "./store-error.js"
import type {
  ArticleFingerprint,
  ArticleSummary,
  ClaimFilter,
  ClaimProvenance,
  QueryResult,
  RunOutcome,
  RunRecord,
  StoredArticle
} from "./store-records.js"
import { articleSummary, decodeClaim, decodeRelation, runRecord, storedArticle } from "./stored-rows.js"
import { acquireWriterLock, releaseWriterLock } from "./writer-lock.js"

export interface ClaimStoreService {
  /** Records a run and takes the single-writer lock (a stale lock from a dead process is recovered). */
  readonly startRun: (
    run: { readonly corpus: string; readonly version: string; readonly extractor: string }
  ) => Effect.Effect<number, StoreError | StoreBusyError>
  /** Records how the run ended and releases the lock. */
  readonly finishRun: (runId: number, outcome: RunOutcome) => Effect.Effect<void, StoreError>
  /** Ends the run as interrupted (Ctrl-C): every saved article is complete, the lock is released. */
  readonly markInterrupted: (runId: number) => Effect.Effect<void, StoreError>
  readonly storedFingerprint: (articleId: string) => Effect.Effect<Option.Option<ArticleFingerprint>, StoreError>
  readonly storedArticleIds: () => Effect.Effect<ReadonlyArray<string>, StoreError>
  /** Replaces the article and everything extracted from it, in one transaction. */
  readonly saveArticle: (
    article: Article,
    furniture: ReadonlyArray<FurnitureRegion>,
    extraction: Extraction,
    runId: number
  ) => Effect.Effect<void, StoreError>
  /** Removes articles with their claims and every relation touching them, in one transaction. */
  readonly removeArticles: (ids: ReadonlyArray<string>) => Effect.Effect<void, StoreError>
  readonly loadClaims: () => Effect.Effect<ReadonlyArray<Claim>, StoreError>
  readonly countClaims: () => Effect.Effect<number, StoreError>
  /** Articles with their texts (for reports). */
  readonly loadArticles: () => Effect.Effect<ReadonlyArray<StoredArticle>, StoreError>
  /** Articles without their texts (for cross-referencing and exports). */
  readonly loadArticleSummaries: () => Effect.Effect<ReadonlyArray<ArticleSummary>, StoreError>
  /** The texts of these articles only: reports quote a few articles, not the whole corpus. */
  readonly loadArticleTexts: (ids: ReadonlyArray<string>) => Effect.Effect<ReadonlyMap<string, string>, StoreError>
  /** Replaces all relations, in one transaction. */
  readonly replaceRelations: (relations: ReadonlyArray<Relation>) => Effect.Effect<void, StoreError>
  readonly loadRelations: () => Effect.Effect<ReadonlyArray<Relation>, StoreError>
  /** The newest runs first. */
  readonly lastRuns: (n: number) => Effect.Effect<ReadonlyArray<RunRecord>, StoreError>
  /** `crosscheck claims`: rows of `claims_flat`, filtered with bound parameters. */
  readonly findClaims: (filter: ClaimFilter) => Effect.Effect<ReadonlyArray<ClaimsFlatView>, StoreError>
  /** `crosscheck show`: a claim, its article, its relations and the other claims in them. */
  readonly claimProvenance: (claimId: string) => Effect.Effect<Option.Option<ClaimProvenance>, StoreError>
  /** `crosscheck query`: one reading statement on a separate read-only connection. */
  readonly queryReadOnly: (sql: string) => Effect.Effect<QueryResult, StoreError>
}

/** The SQLite claims store (kysely over better-sqlite3). */
export class ClaimStore extends Context.Service<ClaimStore, ClaimStoreService>()(
  "@crosscheck/pipeline/store/ClaimStore"
) {
  static readonly layer = (config: StoreConfig): Layer.Layer<ClaimStore, StoreError> =>
    Layer.effect(
      ClaimStore,
      Effect.gen(function*() {
        const executor = yield* openDatabase(config)
        const { closeOpenRun, service } = makeClaimStore(config.path, executor)
        // A run still open when the store closes (an interrupt the caller did not handle) ends as
        // interrupted, so the lock never outlives the process that held it.
        yield* Effect.addFinalizer(() => closeOpenRun)
        return ClaimStore.of(service)
      })
    )
}

const SUMMARY_COLUMNS = [
  "id", "path", "format", "title", "outlet", "url", "published", "reference_date", "reference_basis",
  "reference_why", "content_hash", "extractor", "extracted_at", "run_id"
] as const

const nowIso = Effect.map(DateTime.now, DateTime.formatIso)

const makeClaimStore = (path: string, executor: SqliteExecutor) => {
  const { builder } = executor
  const openRun = Ref.makeUnsafe<Option.Option<number>>(Option.none())

  /** Runs synchronous database work; anything thrown becomes a StoreError naming the file. */
  const attempt = <A>(what: string, body: () => A): Effect.Effect<A, StoreError> =>
    Effect.try({ try: body, catch: (cause) => new StoreError({ path, reason: `${what}: ${reasonOf(cause)}` }) })

  const endRun = (runId: number, set: { status: RunOutcome["status"]; counts?: string; errors?: string }) =>
    Effect.gen(function*() {
      const finishedAt = yield* nowIso
      yield* attempt(`cannot end run ${runId}`, () =>
        executor.transaction(() => {
          executor.run(builder.updateTable("runs").set({ ...set, finished_at: finishedAt }).where("id", "=", runId))
          releaseWriterLock(executor, runId)
        }))
      yield* Ref.update(openRun, (open) => Option.contains(open, runId) ? Option.none() : open)
    })

  const startRun: ClaimStoreService["startRun"] = Effect.fn("ClaimStore.startRun")(function*(run) {
    const startedAt = yield* nowIso
    const lock = yield* attempt("cannot start a run", () =>
      acquireWriterLock(executor, { ...run, startedAt }, { pid: process.pid, host: hostname() }))
    if (lock._tag === "Busy") return yield* new StoreBusyError({ path, ...lock.holder })
    const stale = lock.recoveredFrom
    if (stale !== undefined) {
      yield* Effect.logWarning(
        `recovered the writer lock of run ${stale.runId} (pid ${stale.pid}, started ${stale.startedAt}), ` +
          "whose process is gone; that run is marked interrupted"
      )
    }
    yield* Ref.set(openRun, Option.some(lock.runId))
    return lock.runId
  })

  const markInterrupted: ClaimStoreService["markInterrupted"] = (runId) => endRun(runId, { status: "interrupted" })

  const service: ClaimStoreService = {
    startRun,
    finishRun: (runId, outcome) =>
      endRun(runId, { status: outcome.status, counts: JSON.stringify(outcome.counts), errors: JSON.stringify(outcome.errors) }),
    markInterrupted,
    storedFingerprint: (articleId) =>
      attempt(`cannot read article ${articleId}`, () =>
        Option.fromNullishOr(executor.first(
          builder.selectFrom("articles").select(["content_hash as contentHash", "extractor"]).where("id", "=", articleId)
        ))),
    storedArticleIds: () =>
      attempt("cannot list articles", () =>
        executor.all(builder.selectFrom("articles").select("id").orderBy("id")).map((row) => row.id)),
    saveArticle: Effect.fn("ClaimStore.saveArticle")(function*(article, furniture, extraction, runId) {
      const extractedAt = yield* nowIso
      yield* attempt(`cannot save article ${article.id}`, () =>
        writeArticle(executor, { article, furniture, extraction, runId, extractedAt }))
    }),
    removeArticles: (ids) => attempt(`cannot remove ${ids.length} articles`, () => deleteArticles(executor, ids)),
    loadClaims: () =>
      attempt("cannot load claims", () =>
        executor.all(builder.selectFrom("claims").select("data").orderBy("article_id").orderBy("span_start").orderBy("id"))
          .map((row) => decodeClaim(row.data))),
    countClaims: () =>
      attempt("cannot count claims", () =>
        executor.first(builder.selectFrom("claims").select((eb) => eb.fn.countAll<number>().as("n")))?.n ?? 0),
    loadArticles: () =>
      attempt("cannot load articles", () =>
        executor.all(builder.selectFrom("articles").selectAll().orderBy("id")).map(storedArticle)),
    loadArticleSummaries: () =>
      attempt("cannot load articles", () =>
        executor.all(builder.selectFrom("articles").select(SUMMARY_COLUMNS).orderBy("id")).map(articleSummary)),
    loadArticleTexts: (ids) =>
      attempt("cannot load article texts", () => {
        const texts = new Map<string, string>()
        // SQLite binds at most 32766 parameters per statement.
        for (let at = 0; at < ids.length; at += 10_000) {
          const rows = executor.all(
            builder.selectFrom("articles").select(["id", "text"]).where("id", "in", ids.slice(at, at + 10_000))
          )
          for (const row of rows) texts.set(row.id, row.text)
        }
        return texts
      }),
    replaceRelations: (relations) =>
      attempt(`cannot store ${relations.length} relations`, () => writeRelations(executor, relations)),
    loadRelations: () =>
      attempt("cannot load relations", () =>
        executor.all(builder.selectFrom("relations").select("data").orderBy("id")).map((row) => decodeRelation(row.data))),
    lastRuns: (n) =>
      attempt("cannot read runs", () =>
        executor.all(builder.selectFrom("runs").selectAll().orderBy("id", "desc").limit(n)).map(runRecord)),
    findClaims: (filter) => attempt("cannot find claims", () => executor.all(claimFilterQuery(builder, filter))),
    claimProvenance: (claimId) =>
      attempt(`cannot read claim ${claimId}`, () => Option.fromUndefinedOr(readClaimProvenance(executor, claimId))),
    // Always a connection of its own, opened read-only, whatever this store was opened for.
    queryReadOnly: (source) =>
      Effect.scoped(
        Effect.flatMap(openDatabase({ path, readOnly: true }), (reader) => readOnlyQuery(reader.database, path, source))
      )
  }

  const closeOpenRun = Effect.flatMap(Ref.get(openRun), (open) =>
    Option.match(open, {
      onNone: () => Effect.void,
      onSome: (runId) => markInterrupted(runId).pipe(Effect.catch((error) => Effect.logError(error.message)))
    }))

  return { service, closeOpenRun }
}
