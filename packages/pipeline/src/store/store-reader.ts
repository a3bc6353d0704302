import type { Claim, Relation } from "@crosscheck/claims"
import { Context, Effect, Layer, Option } from "effect"
import { claimFilterQuery } from "./claim-filter-query.js"
import { readClaimProvenance } from "./claim-provenance.js"
import type { ClaimsFlatView } from "./database-schema.js"
import { openDatabase } from "./open-database.js"
import { readOnlyQuery } from "./read-only-query.js"
import type { SqliteExecutor } from "./sqlite-executor.js"
import { type StoreError, storeAttempt } from "./store-error.js"
import type {
  ArticleFingerprint,
  ArticleSummary,
  ClaimFilter,
  ClaimProvenance,
  QueryResult,
  RunRecord,
  StoredArticle
} from "./store-records.js"
import { articleSummary, decodeClaim, decodeRelation, runRecord, storedArticle } from "./stored-rows.js"

export interface StoreReaderService {
  readonly storedFingerprint: (articleId: string) => Effect.Effect<Option.Option<ArticleFingerprint>, StoreError>
  readonly storedArticleIds: () => Effect.Effect<ReadonlyArray<string>, StoreError>
  readonly loadClaims: () => Effect.Effect<ReadonlyArray<Claim>, StoreError>
  readonly countClaims: () => Effect.Effect<number, StoreError>
  /** Articles with their texts (for reports). */
  readonly loadArticles: () => Effect.Effect<ReadonlyArray<StoredArticle>, StoreError>
  /** Articles without their texts (for cross-referencing and exports). */
  readonly loadArticleSummaries: () => Effect.Effect<ReadonlyArray<ArticleSummary>, StoreError>
  /** The texts of these articles only: reports quote a few articles, not the whole corpus. */
  readonly loadArticleTexts: (ids: ReadonlyArray<string>) => Effect.Effect<ReadonlyMap<string, string>, StoreError>
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

/**
 * Reading the SQLite claims store (kysely over better-sqlite3). `StoreReader.layer` opens the file
 * read-only and provides nothing else, so a command that only reads cannot write by type;
 * `StoreWriter.layer` provides a reader over its own connection too.
 */
export class StoreReader extends Context.Service<StoreReader, StoreReaderService>()(
  "@crosscheck/pipeline/store/StoreReader"
) {
  /** A read-only open of an existing, fully migrated database (no migrations, no lock). */
  static readonly layer = (path: string): Layer.Layer<StoreReader, StoreError> =>
    Layer.effect(
      StoreReader,
      Effect.map(openDatabase({ path, readOnly: true }), (executor) => makeStoreReader(path, executor))
    )
}

const SUMMARY_COLUMNS = [
  "id", "path", "format", "title", "outlet", "url", "published", "reference_date", "reference_basis",
  "reference_why", "content_hash", "extractor", "extracted_at", "run_id"
] as const

/** The reader's methods over an open connection (the writer's, on a writing open). */
export const makeStoreReader = (path: string, executor: SqliteExecutor): StoreReader["Service"] => {
  const { builder } = executor
  const attempt = storeAttempt(path)
  return StoreReader.of({
    storedFingerprint: Effect.fn("StoreReader.storedFingerprint")(function*(articleId: string) {
      return yield* attempt(`cannot read article ${articleId}`, () =>
        Option.fromNullishOr(executor.first(
          builder.selectFrom("articles").select(["content_hash as contentHash", "extractor"]).where("id", "=", articleId)
        )))
    }),
    storedArticleIds: Effect.fn("StoreReader.storedArticleIds")(function*() {
      return yield* attempt("cannot list articles", () =>
        executor.all(builder.selectFrom("articles").select("id").orderBy("id")).map((row) => row.id))
    }),
    loadClaims: Effect.fn("StoreReader.loadClaims")(function*() {
      return yield* attempt("cannot load claims", () =>
        executor.all(builder.selectFrom("claims").select("data").orderBy("article_id").orderBy("span_start").orderBy("id"))
          .map((row) => decodeClaim(row.data)))
    }),
    countClaims: Effect.fn("StoreReader.countClaims")(function*() {
      return yield* attempt("cannot count claims", () =>
        executor.first(builder.selectFrom("claims").select((eb) => eb.fn.countAll<number>().as("n")))?.n ?? 0)
    }),
    loadArticles: Effect.fn("StoreReader.loadArticles")(function*() {
      return yield* attempt("cannot load articles", () =>
        executor.all(builder.selectFrom("articles").selectAll().orderBy("id")).map(storedArticle))
    }),
    loadArticleSummaries: Effect.fn("StoreReader.loadArticleSummaries")(function*() {
      return yield* attempt("cannot load articles", () =>
        executor.all(builder.selectFrom("articles").select(SUMMARY_COLUMNS).orderBy("id")).map(articleSummary))
    }),
    loadArticleTexts: Effect.fn("StoreReader.loadArticleTexts")(function*(ids: ReadonlyArray<string>) {
      return yield* attempt("cannot load article texts", () => {
        const texts = new Map<string, string>()
        // SQLite binds at most 32766 parameters per statement.
        for (let at = 0; at < ids.length; at += 10_000) {
          const rows = executor.all(
            builder.selectFrom("articles").select(["id", "text"]).where("id", "in", ids.slice(at, at + 10_000))
          )
          for (const row of rows) texts.set(row.id, row.text)
        }
        return texts
      })
    }),
    loadRelations: Effect.fn("StoreReader.loadRelations")(function*() {
      return yield* attempt("cannot load relations", () =>
        executor.all(builder.selectFrom("relations").select("data").orderBy("id")).map((row) => decodeRelation(row.data)))
    }),
    lastRuns: Effect.fn("StoreReader.lastRuns")(function*(n: number) {
      return yield* attempt("cannot read runs", () =>
        executor.all(builder.selectFrom("runs").selectAll().orderBy("id", "desc").limit(n)).map(runRecord))
    }),
    findClaims: Effect.fn("StoreReader.findClaims")(function*(filter: ClaimFilter) {
      return yield* attempt("cannot find claims", () => executor.all(claimFilterQuery(builder, filter)))
    }),
    claimProvenance: Effect.fn("StoreReader.claimProvenance")(function*(claimId: string) {
      return yield* attempt(`cannot read claim ${claimId}`, () =>
        Option.fromUndefinedOr(readClaimProvenance(executor, claimId)))
    }),
    // Always a connection of its own, opened read-only, whatever this store was opened for.
    queryReadOnly: Effect.fn("StoreReader.queryReadOnly")(function*(source: string) {
      return yield* Effect.scoped(
        Effect.flatMap(openDatabase({ path, readOnly: true }), (reader) => readOnlyQuery(reader.database, path, source))
      )
    })
  })
}
