import type { Claim, Relation, RelationType } from "@crosscheck/claims"
import type { ClaimFacets, ClaimQuote, OutlineClaim, QuotedSpan, RepublishedArticle, UncomparedReason } from "@crosscheck/report"
import { Context, Effect, Layer, Option, Stream } from "effect"
import { claimFilterQuery } from "./claim-filter-query.js"
import { readClaimProvenance } from "./claim-provenance.js"
import type { Kysely } from "kysely"
import type { ClaimsFlatView, Database } from "./database-schema.js"
import { openDatabase } from "./open-database.js"
import { isPostgresUrl, postgresStore } from "./postgres/postgres-url.js"
import type { QueryRunner } from "./query-runner.js"
import { readOnlyQuery } from "./read-only-query.js"
import { type SqliteExecutor, sqliteRunner } from "./sqlite-executor.js"
import type { StoreError } from "./store-error.js"
import type {
  ArticleFingerprint,
  ArticleSummary,
  ClaimFilter,
  ClaimProvenance,
  QueryResult,
  RunError,
  RunRecord,
  StoredArticle
} from "./store-records.js"
import { unreadableQuery } from "./unreadable-articles.js"
import {
  articleSummary,
  decodeClaim,
  decodeRelation,
  fingerprintOf,
  METADATA_COLUMNS,
  claimFacets,
  outlineClaim,
  quotedSpan,
  runRecord,
  storedArticle
} from "./stored-rows.js"

export interface StoreReaderService {
  readonly storedFingerprint: (articleId: string) => Effect.Effect<Option.Option<ArticleFingerprint>, StoreError>
  /** Every stored article's fingerprint, by id, in one query (what an incremental run compares against). */
  readonly storedFingerprints: () => Effect.Effect<ReadonlyMap<string, ArticleFingerprint>, StoreError>
  readonly storedArticleIds: () => Effect.Effect<ReadonlyArray<string>, StoreError>
  readonly loadClaims: () => Effect.Effect<ReadonlyArray<Claim>, StoreError>
  /** These claims only (those findings reference), in no particular order; ids not stored are left out. */
  readonly loadClaimsById: (ids: ReadonlyArray<string>) => Effect.Effect<ReadonlyArray<Claim>, StoreError>
  /** Where these claims' quotes and sentences are, and the quotes, from their columns (none decoded); ids not stored are left out. */
  readonly loadQuotedSpans: (ids: ReadonlyArray<string>) => Effect.Effect<ReadonlyArray<QuotedSpan>, StoreError>
  /** What report.html's entity filter reads of these claims, from their columns (none decoded), by id; ids not stored are left out. */
  readonly loadClaimFacets: (ids: ReadonlyArray<string>) => Effect.Effect<ReadonlyArray<readonly [string, ClaimFacets]>, StoreError>
  readonly countClaims: () => Effect.Effect<number, StoreError>
  /** The id, article and quote (not decoded claims) of these articles' claims: what finding republished stories reads, a page of articles at a time. */
  readonly quotesOfArticles: (articleIds: ReadonlyArray<string>) => Effect.Effect<ReadonlyArray<ClaimQuote>, StoreError>
  /**
   * What a report ranks and orders every claim by, from its columns (no claim decoded), in pages in
   * id order (keyset-paginated): no more than a page at once.
   */
  readonly claimOutlines: (pageSize?: number) => Stream.Stream<ReadonlyArray<OutlineClaim>, StoreError>
  /**
   * The claims cross-referencing compares, one comparison partition at a time (read in pages in
   * `(partition, id)` order, keyset-paginated): no more than a page and one partition decoded at once.
   */
  readonly claimsByPartition: (pageSize?: number) => Stream.Stream<ReadonlyArray<Claim>, StoreError>
  /**
   * Up to `limit` claims whose comparison standing was worked out by other rules than `rules` (the
   * current `STANDING_RULES`), or not at all: stored by another crosscheck, to be worked out again.
   */
  readonly claimsOfOutdatedStanding: (rules: number, limit: number) => Effect.Effect<ReadonlyArray<Claim>, StoreError>
  /** How many claims are never compared, by why (claims stored with a reason only). */
  readonly countUncompared: () => Effect.Effect<ReadonlyMap<UncomparedReason, number>, StoreError>
  /** Articles with their texts (for reports). */
  readonly loadArticles: () => Effect.Effect<ReadonlyArray<StoredArticle>, StoreError>
  /** Articles without their texts (for reports and exports): every one, or these only. */
  readonly loadArticleSummaries: (ids?: ReadonlyArray<string>) => Effect.Effect<ReadonlyArray<ArticleSummary>, StoreError>
  readonly countArticles: () => Effect.Effect<number, StoreError>
  /** Every article's id, in id order (the corpus's order to cross-referencing), in pages (keyset-paginated): no more than a page at once. */
  readonly articleIdPages: (pageSize?: number) => Stream.Stream<ReadonlyArray<string>, StoreError>
  /** The articles whose text another has too (the same content hash), in id order: identical texts, found in SQL. */
  readonly identicalTexts: () => Effect.Effect<ReadonlyArray<{ readonly id: string; readonly contentHash: string }>, StoreError>
  /** The titles of these articles, by id (the untitled left out). */
  readonly articleTitles: (ids: ReadonlyArray<string>) => Effect.Effect<ReadonlyMap<string, string>, StoreError>
  /** What a duplicate relation names of these articles (content hash, title, claims' ids), by id. */
  readonly republishedArticles: (ids: ReadonlyArray<string>) => Effect.Effect<ReadonlyMap<string, RepublishedArticle>, StoreError>
  /** The texts of these articles only: reports quote a few articles, not the whole corpus. */
  readonly loadArticleTexts: (ids: ReadonlyArray<string>) => Effect.Effect<ReadonlyMap<string, string>, StoreError>
  /** Every relation, or those of these types only, in id order. */
  readonly loadRelations: (types?: ReadonlyArray<RelationType>) => Effect.Effect<ReadonlyArray<Relation>, StoreError>
  /** How many relations of each type are stored. */
  readonly countRelations: () => Effect.Effect<Readonly<Record<RelationType, number>>, StoreError>
  /**
   * The store's generation (migration 0008): how many writes of articles or claims PostgreSQL has
   * committed, as this reader sees them (in a snapshot, those the snapshot sees). Stays 0 on SQLite.
   */
  readonly storeGeneration: () => Effect.Effect<number, StoreError>
  /**
   * Every article the store's runs could not read (migration 0009): of each share of the corpus,
   * those its last completed run could not read; by path.
   */
  readonly unreadableArticles: () => Effect.Effect<ReadonlyArray<RunError>, StoreError>
  /** The newest runs first. */
  readonly lastRuns: (n: number) => Effect.Effect<ReadonlyArray<RunRecord>, StoreError>
  /** `crosscheck claims`: rows of `claims_flat`, filtered with bound parameters. */
  readonly findClaims: (filter: ClaimFilter) => Effect.Effect<ReadonlyArray<ClaimsFlatView>, StoreError>
  /** `crosscheck show`: a claim, its article, its relations and the other claims in them. */
  readonly claimProvenance: (claimId: string) => Effect.Effect<Option.Option<ClaimProvenance>, StoreError>
  /** `crosscheck query`: one reading statement on a separate read-only connection. */
  readonly queryReadOnly: (sql: string) => Effect.Effect<QueryResult, StoreError>
  /**
   * Runs `read` with a reader whose every query sees the store as one moment left it, though other
   * runs write meanwhile: what cross-referencing reads in many queries fits together. On PostgreSQL,
   * one repeatable-read, read-only transaction; on SQLite the writer lock admits one writer, the one
   * reading, so every read sees one state already.
   */
  readonly inSnapshot: <A, E, R>(read: (reader: StoreReaderService) => Effect.Effect<A, E, R>) => Effect.Effect<A, E | StoreError, R>
}

/**
 * Reading the claims store (kysely over better-sqlite3, or over a PostgreSQL pool). `StoreReader.layer`
 * opens the database read-only and provides nothing else, so a command that only reads cannot write
 * by type; `StoreWriter.layer` provides a reader over its own connection too.
 */
export class StoreReader extends Context.Service<StoreReader, StoreReaderService>()(
  "@crosscheck/pipeline/store/StoreReader"
) {
  /**
   * A read-only open of an existing, fully migrated database (no migrations, no lock): a SQLite
   * file, or a `postgres://` URL.
   */
  static readonly layer = (path: string): Layer.Layer<StoreReader, StoreError> =>
    isPostgresUrl(path)
      ? Layer.effect(StoreReader, Effect.flatMap(postgresStore, (postgres) => postgres.openPostgresReader(path)))
      : Layer.effect(StoreReader, Effect.map(openDatabase({ path, readOnly: true }), (executor) => makeSqliteReader(path, executor)))
}

const SUMMARY_COLUMNS = [
  "id", "path", "format", "title", "outlet", "url", "published", "reference_date", "reference_basis",
  "reference_why", "content_hash", "extractor", "extracted_at", "run_id"
] as const

/** Claims read (and decoded) per page while cross-referencing partition by partition, unless told otherwise; quotes likewise. */
const PARTITION_PAGE = 2000

/** Where the next page of partitioned claims starts: after this claim. */
interface PartitionCursor {
  readonly partition: string
  readonly id: string
}

/**
 * What `read` gives page after page, each page the rows after the last id of the one before
 * (keyset pagination, in id order), as the elements `elements` makes of each.
 */
const pagedById = <Row extends { readonly id: string }, A>(
  pageSize: number,
  read: (after: string | undefined) => Effect.Effect<ReadonlyArray<Row>, StoreError>,
  elements: (rows: ReadonlyArray<Row>) => ReadonlyArray<A>
): Stream.Stream<A, StoreError> =>
  Stream.paginate(undefined as string | undefined, (after) =>
    Effect.map(read(after), (rows) => {
      const last = rows.at(-1)
      const next = rows.length < pageSize || last === undefined ? Option.none<string>() : Option.some(last.id)
      return [elements(rows), next] as const
    }))

/** Bound parameters per `IN (…)` list: SQLite binds at most 32766 per statement, PostgreSQL 65535. */
const IN_LIST_LIMIT = 10_000

/** What `read` gives for these ids, read in `IN (…)` lists of at most `IN_LIST_LIMIT`. */
const inLists = <A>(
  ids: ReadonlyArray<string>,
  read: (some: ReadonlyArray<string>) => Effect.Effect<ReadonlyArray<A>, StoreError>
): Effect.Effect<ReadonlyArray<A>, StoreError> =>
  Effect.map(
    Effect.forEach(Array.from({ length: Math.ceil(ids.length / IN_LIST_LIMIT) }, (_, index) => index * IN_LIST_LIMIT), (at) =>
      read(ids.slice(at, at + IN_LIST_LIMIT))),
    (lists) => lists.flat()
  )

/** The reader's methods over an open connection (the writer's, on a writing open), in either dialect. */
export const makeStoreReader = (store: {
  readonly builder: Kysely<Database>
  readonly runner: QueryRunner
  readonly queryReadOnly: (sql: string) => Effect.Effect<QueryResult, StoreError>
  /** How this dialect reads one moment of the store (none: every read already does, or this reader is a snapshot's). */
  readonly inSnapshot?: StoreReaderService["inSnapshot"]
}): StoreReader["Service"] => {
  const { builder, runner } = store
  const reader: StoreReaderService = StoreReader.of({
    storedFingerprint: Effect.fn("StoreReader.storedFingerprint")(function*(articleId: string) {
      const row = yield* runner.first(
        `cannot read article ${articleId}`,
        builder.selectFrom("articles").select(["content_hash", "extractor", ...METADATA_COLUMNS]).where("id", "=", articleId)
      )
      return Option.map(Option.fromNullishOr(row), fingerprintOf)
    }),
    storedFingerprints: Effect.fn("StoreReader.storedFingerprints")(function*() {
      const rows = yield* runner.all(
        "cannot read the stored articles' fingerprints",
        builder.selectFrom("articles").select(["id", "content_hash", "extractor", ...METADATA_COLUMNS])
      )
      return new Map(rows.map((row) => [row.id, fingerprintOf(row)]))
    }),
    storedArticleIds: Effect.fn("StoreReader.storedArticleIds")(function*() {
      const rows = yield* runner.all("cannot list articles", builder.selectFrom("articles").select("id").orderBy("id"))
      return rows.map((row) => row.id)
    }),
    loadClaims: Effect.fn("StoreReader.loadClaims")(function*() {
      const rows = yield* runner.all(
        "cannot load claims",
        builder.selectFrom("claims").select("data").orderBy("article_id").orderBy("span_start").orderBy("id")
      )
      return yield* runner.decode("a stored claim is not a valid claim", rows, (row) => decodeClaim(row.data))
    }),
    loadClaimsById: Effect.fn("StoreReader.loadClaimsById")(function*(ids: ReadonlyArray<string>) {
      const claims: Array<Claim> = []
      for (let at = 0; at < ids.length; at += IN_LIST_LIMIT) {
        const rows = yield* runner.all(
          "cannot load claims",
          builder.selectFrom("claims").select("data").where("id", "in", ids.slice(at, at + IN_LIST_LIMIT))
        )
        claims.push(...(yield* runner.decode("a stored claim is not a valid claim", rows, (row) => decodeClaim(row.data))))
      }
      return claims as ReadonlyArray<Claim>
    }),
    loadQuotedSpans: (ids) =>
      inLists(ids, (some) =>
        Effect.map(
          runner.all(
            "cannot load claims",
            builder.selectFrom("claims")
              .select(["id", "article_id", "span_start", "span_end", "sentence_start", "sentence_end", "quote"])
              .where("id", "in", some)
          ),
          (rows) => rows.map(quotedSpan)
        )),
    loadClaimFacets: (ids) =>
      inLists(ids, (some) =>
        Effect.flatMap(
          runner.all(
            "cannot load claims",
            builder.selectFrom("claims").select(["id", "subjects", "place", "figure_holder", "figure_counterpart"]).where("id", "in", some)
          ),
          (rows) => runner.decode("a stored claim is not a valid claim", rows, claimFacets)
        )),
    countClaims: Effect.fn("StoreReader.countClaims")(function*() {
      // PostgreSQL's count is a bigint, which its driver hands over as a string.
      const row = yield* runner.first(
        "cannot count claims",
        builder.selectFrom("claims").select((eb) => eb.fn.countAll<number | string>().as("n"))
      )
      return Number(row?.n ?? 0)
    }),
    quotesOfArticles: (articleIds) =>
      inLists(articleIds, (some) =>
        Effect.map(
          runner.all("cannot load claims", builder.selectFrom("claims").select(["id", "article_id", "quote"]).where("article_id", "in", some)),
          (rows) => rows.map((row): ClaimQuote => ({ id: row.id, article: row.article_id, quote: row.quote }))
        )),
    claimOutlines: (pageSize = PARTITION_PAGE) =>
      pagedById(pageSize, (after) =>
        runner.all(
          "cannot load claims",
          builder.selectFrom("claims")
            .select(["id", "article_id", "span_start", "value_amount", "time_start", "confidence"])
            .$if(after !== undefined, (query) => query.where("id", ">", after!))
            .orderBy("id")
            .limit(pageSize)
        ), (rows) => [rows.map(outlineClaim)]),
    claimsByPartition: (pageSize = PARTITION_PAGE) =>
      Stream.paginate(undefined as PartitionCursor | undefined, (after) =>
        Effect.gen(function*() {
          const rows = yield* runner.all(
            "cannot load claims",
            builder.selectFrom("claims")
              .select(["comparison_partition", "id", "data"])
              .where("comparison_partition", "is not", null)
              .$if(after !== undefined, (query) =>
                query.where((eb) => eb(eb.refTuple("comparison_partition", "id"), ">", eb.tuple(after!.partition, after!.id))))
              .orderBy("comparison_partition")
              .orderBy("id")
              .limit(pageSize)
          )
          const claims = yield* runner.decode("a stored claim is not a valid claim", rows, (row) => ({
            partition: row.comparison_partition ?? "",
            claim: decodeClaim(row.data)
          }))
          const last = rows.at(-1)
          const next = rows.length < pageSize || last === undefined
            ? Option.none<PartitionCursor>()
            : Option.some({ partition: last.comparison_partition ?? "", id: last.id })
          return [claims, next] as const
        })
      ).pipe(
        Stream.groupAdjacentBy((row) => row.partition),
        Stream.map(([, rows]) => rows.map((row) => row.claim))
      ),
    claimsOfOutdatedStanding: Effect.fn("StoreReader.claimsOfOutdatedStanding")(function*(rules: number, limit: number) {
      const rows = yield* runner.all(
        "cannot load claims",
        builder.selectFrom("claims")
          .select("data")
          // Three ranges, not `<>`, so that the index finds them (none, nearly always) without a scan.
          .where((eb) =>
            eb.or([eb("standing_rules", "is", null), eb("standing_rules", "<", rules), eb("standing_rules", ">", rules)])
          )
          .limit(limit)
      )
      return yield* runner.decode("a stored claim is not a valid claim", rows, (row) => decodeClaim(row.data))
    }),
    countUncompared: Effect.fn("StoreReader.countUncompared")(function*() {
      // PostgreSQL's count is a bigint, which its driver hands over as a string.
      const rows = yield* runner.all(
        "cannot count the claims never compared",
        builder.selectFrom("claims")
          .select((eb) => ["uncompared_reason", eb.fn.countAll<number | string>().as("n")])
          .where("uncompared_reason", "is not", null)
          .groupBy("uncompared_reason")
      )
      return new Map(rows.map((row) => [row.uncompared_reason as UncomparedReason, Number(row.n)]))
    }),
    loadArticles: Effect.fn("StoreReader.loadArticles")(function*() {
      const rows = yield* runner.all("cannot load articles", builder.selectFrom("articles").selectAll().orderBy("id"))
      return yield* runner.decode("a stored article is not valid", rows, storedArticle)
    }),
    loadArticleSummaries: Effect.fn("StoreReader.loadArticleSummaries")(function*(ids?: ReadonlyArray<string>) {
      const query = builder.selectFrom("articles").select(SUMMARY_COLUMNS).orderBy("id")
      const decode = (rows: ReadonlyArray<Parameters<typeof articleSummary>[0]>) => runner.decode("a stored article is not valid", rows, articleSummary)
      if (ids === undefined) return yield* decode(yield* runner.all("cannot load articles", query))
      const summaries: Array<ArticleSummary> = []
      for (let at = 0; at < ids.length; at += IN_LIST_LIMIT) {
        summaries.push(...(yield* decode(yield* runner.all("cannot load articles", query.where("id", "in", ids.slice(at, at + IN_LIST_LIMIT))))))
      }
      return summaries as ReadonlyArray<ArticleSummary>
    }),
    countArticles: Effect.fn("StoreReader.countArticles")(function*() {
      // PostgreSQL's count is a bigint, which its driver hands over as a string.
      const row = yield* runner.first(
        "cannot count articles",
        builder.selectFrom("articles").select((eb) => eb.fn.countAll<number | string>().as("n"))
      )
      return Number(row?.n ?? 0)
    }),
    articleIdPages: (pageSize = PARTITION_PAGE) =>
      pagedById(pageSize, (after) =>
        runner.all(
          "cannot list articles",
          builder.selectFrom("articles").select("id")
            .$if(after !== undefined, (query) => query.where("id", ">", after!))
            .orderBy("id")
            .limit(pageSize)
        ), (rows) => [rows.map((row) => row.id)]),
    identicalTexts: Effect.fn("StoreReader.identicalTexts")(function*() {
      const rows = yield* runner.all(
        "cannot load articles",
        builder.selectFrom("articles").select(["id", "content_hash"])
          .where("content_hash", "in", (eb) =>
            eb.selectFrom("articles").select("content_hash").groupBy("content_hash").having((having) => having.fn.countAll(), ">", 1))
          .orderBy("id")
      )
      return rows.map((row) => ({ id: row.id, contentHash: row.content_hash }))
    }),
    articleTitles: (ids) =>
      Effect.map(
        inLists(ids, (some) =>
          runner.all("cannot load articles", builder.selectFrom("articles").select(["id", "title"]).where("id", "in", some).where("title", "is not", null))),
        (rows) => new Map(rows.map((row) => [row.id, row.title ?? ""])) as ReadonlyMap<string, string>
      ),
    republishedArticles: Effect.fn("StoreReader.republishedArticles")(function*(ids: ReadonlyArray<string>) {
      const claims = new Map<string, Array<string>>()
      for (const row of yield* inLists(ids, (some) =>
        runner.all("cannot load claims", builder.selectFrom("claims").select(["id", "article_id"]).where("article_id", "in", some)))) {
        const ofArticle = claims.get(row.article_id)
        if (ofArticle === undefined) claims.set(row.article_id, [row.id])
        else ofArticle.push(row.id)
      }
      const rows = yield* inLists(ids, (some) =>
        runner.all("cannot load articles", builder.selectFrom("articles").select(["id", "content_hash", "title"]).where("id", "in", some)))
      return new Map(rows.map((row): readonly [string, RepublishedArticle] => [row.id, {
        contentHash: row.content_hash,
        ...(row.title === null ? {} : { title: row.title }),
        claims: claims.get(row.id) ?? []
      }])) as ReadonlyMap<string, RepublishedArticle>
    }),
    loadArticleTexts: Effect.fn("StoreReader.loadArticleTexts")(function*(ids: ReadonlyArray<string>) {
      const texts = new Map<string, string>()
      for (let at = 0; at < ids.length; at += IN_LIST_LIMIT) {
        const rows = yield* runner.all(
          "cannot load article texts",
          builder.selectFrom("articles").select(["id", "text"]).where("id", "in", ids.slice(at, at + IN_LIST_LIMIT))
        )
        for (const row of rows) texts.set(row.id, row.text)
      }
      return texts as ReadonlyMap<string, string>
    }),
    loadRelations: Effect.fn("StoreReader.loadRelations")(function*(types?: ReadonlyArray<RelationType>) {
      const rows = yield* runner.all(
        "cannot load relations",
        builder.selectFrom("relations").select("data")
          .$if(types !== undefined, (query) => query.where("type", "in", types!.length === 0 ? [""] : types!))
          .orderBy("id")
      )
      return yield* runner.decode("a stored relation is not a valid relation", rows, (row) => decodeRelation(row.data))
    }),
    countRelations: Effect.fn("StoreReader.countRelations")(function*() {
      const rows = yield* runner.all(
        "cannot count relations",
        builder.selectFrom("relations").select((eb) => ["type", eb.fn.countAll<number | string>().as("n")]).groupBy("type")
      )
      const counts: Record<RelationType, number> = { contradiction: 0, revision: 0, overlap: 0, duplicate: 0, timeline: 0 }
      for (const row of rows) counts[row.type as RelationType] = Number(row.n)
      return counts as Readonly<Record<RelationType, number>>
    }),
    storeGeneration: Effect.fn("StoreReader.storeGeneration")(function*() {
      const row = yield* runner.first("cannot read the store's generation", builder.selectFrom("store_generation").select("generation"))
      // PostgreSQL's bigint comes as a string.
      return Number(row?.generation ?? 0)
    }),
    unreadableArticles: Effect.fn("StoreReader.unreadableArticles")(function*() {
      return yield* runner.all("cannot read the articles that could not be read", unreadableQuery(builder))
    }),
    lastRuns: Effect.fn("StoreReader.lastRuns")(function*(n: number) {
      const rows = yield* runner.all(
        "cannot read runs",
        builder.selectFrom("runs").selectAll().orderBy("id", "desc").limit(n)
      )
      return yield* runner.decode("a stored run is not valid", rows, runRecord)
    }),
    findClaims: Effect.fn("StoreReader.findClaims")(function*(filter: ClaimFilter) {
      return yield* runner.all("cannot find claims", claimFilterQuery(builder, runner.dialect, filter))
    }),
    claimProvenance: Effect.fn("StoreReader.claimProvenance")(function*(claimId: string) {
      return Option.fromUndefinedOr(yield* readClaimProvenance(runner, builder, claimId))
    }),
    queryReadOnly: Effect.fn("StoreReader.queryReadOnly")(function*(source: string) {
      return yield* store.queryReadOnly(source)
    }),
    inSnapshot: (read) => (store.inSnapshot ?? ((own) => own(reader)))(read)
  })
  return reader
}

/** The reader over a SQLite connection (the writer's, on a writing open). */
export const makeSqliteReader = (path: string, executor: SqliteExecutor): StoreReader["Service"] =>
  makeStoreReader({
    builder: executor.builder,
    runner: sqliteRunner(path, executor),
    // Always a connection of its own, opened read-only, whatever this store was opened for.
    queryReadOnly: (source) =>
      Effect.scoped(
        Effect.flatMap(openDatabase({ path, readOnly: true }), (reader) => readOnlyQuery(reader.database, path, source))
      )
  })
