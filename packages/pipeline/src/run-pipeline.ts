import { EXTRACTOR_VERSION, type RelationType } from "@crosscheck/claims/model"
import type { ReportCounts, ReportData } from "@crosscheck/report"
import type { Article } from "@crosscheck/claims/model"
import { type Array as Arr, Effect, Layer, Predicate, Stream } from "effect"
import type { ArticleSource } from "./read/article-source.js"
import { ArticleReadError, CorpusError } from "./read/corpus-error.js"
import { CorpusDiscovery } from "./discover/discover-corpus.js"
import type { RunOutputs } from "./discover/run-outputs.js"
import { inShard, type Shard, shardKey, sourceInShard } from "./discover/shard.js"
import { ArticleReader, inlineArticle } from "./read/read-article.js"
import { CrossReferencer } from "./cross-reference/cross-reference-stage.js"
import { defaultJobs, ExtractPool } from "./extract/extract-pool.js"
import type { ExtractorOptions } from "./extract/extract-settings.js"
import { uncomparedRunCounts } from "./cross-reference/recorded-uncompared.js"
import { type ReportFormat, ReportWriter } from "./report/report-stage.js"
import { endedIfUnfinished } from "./store/run-lifecycle.js"
import { StoreReader } from "./store/store-reader.js"
import type { RunCounts, UnreadableRecord } from "./store/store-records.js"
import { sameMetadata } from "./store/stored-rows.js"
import { StoreWriter } from "./store/store-writer.js"
import { CROSSCHECK_VERSION } from "./version.js"

export interface RunOptions {
  readonly corpus: string
  readonly outDir: string
  readonly formats: ReadonlyArray<ReportFormat>
  readonly baseline?: string | undefined
  readonly updateBaseline?: boolean | undefined
  /** gitignore-style patterns of corpus files that are not articles (crosscheck.config.json). */
  readonly ignore?: ReadonlyArray<string> | undefined
  /** What this run writes (its reports, its database), never read as articles wherever it is. */
  readonly outputs?: RunOutputs | undefined
  /** Called with how many articles were just done with (stored, unchanged or failed): the CLI's progress line. */
  readonly onArticles?: ((count: number) => Effect.Effect<void>) | undefined
}

/** What `storeCorpus` needs: the corpus, and optionally the shard of it this run takes. */
export interface StoreCorpusOptions extends Pick<RunOptions, "corpus" | "ignore" | "outputs" | "onArticles"> {
  /** Only this share of the articles (a stable hash of their ids); removals are limited to it too. */
  readonly shard?: Shard | undefined
}

/** What storing a corpus (or a shard of it) did. */
export interface StoreSummary {
  readonly runId: number
  readonly articles: RunSummary["articles"]
  readonly claims: number
  readonly failures: ReadonlyArray<ArticleFailure>
  readonly settingsChanged: RunSummary["settingsChanged"]
}

/** An article that could not be processed: the run reports it and goes on with the rest. */
export interface ArticleFailure {
  readonly path: string
  readonly reason: string
}

export interface RunSummary {
  readonly runId: number
  readonly articles: {
    readonly seen: number
    readonly extracted: number
    readonly unchanged: number
    readonly removed: ReadonlyArray<string>
    readonly failed: number
  }
  readonly claims: number
  readonly findings: Readonly<Record<RelationType, number>>
  /** Claims never compared with any other, by why: what the run did not check. */
  readonly uncompared: ReportCounts["uncompared"]
  readonly suppressed: number
  readonly staleBaseline: number
  readonly failures: ReadonlyArray<ArticleFailure>
  /**
   * Articles whose text was unchanged but which were extracted again because the extractor or its
   * settings changed: the extractor ids they had been stored with, and the current one.
   */
  readonly settingsChanged:
    | { readonly before: ReadonlyArray<string>; readonly now: string; readonly articles: number }
    | undefined
  readonly reportFiles: ReadonlyArray<string>
  /** The report files still valid from the last run (nothing changed since), not rendered again. */
  readonly reportsKept: ReadonlyArray<string>
  /** What the reports were rendered from: the CLI's formats read the findings from it. */
  readonly report: ReportData
}

/** What an article that could not be processed is stored with besides its failure (`UnreadableRecord`). */
type FailedEntry = Omit<UnreadableRecord, "path" | "reason">

/** Articles written per transaction, at most, and how long a batch waits to fill before it is written anyway. */
const BATCH_ARTICLES = 500
const BATCH_WINDOW = "1 second"

/**
 * Articles given to each extraction worker ahead of the one it is extracting. Writing a batch holds
 * the main thread for a few hundred milliseconds (a worker extracts about a hundred articles a
 * second), and no article is handed out meanwhile: with two per worker, the workers sat idle for a
 * fifth of the run, each batch's write long. The articles are kilobytes; a queue this long outlasts
 * a batch's write.
 */
const ARTICLES_QUEUED_PER_WORKER = 64

/**
 * Discover → read → clean + extract (on the worker pool) → store, articles stored in batches (each
 * batch one transaction, so an interrupted run never leaves half an article), then remove what left
 * the corpus (of the shard's share, when sharded). Records the run; does not cross-reference.
 */
export const storeCorpus = Effect.fn("storeCorpus")(function*<A, E, R>(
  options: StoreCorpusOptions,
  andThen: (stored: StoreSummary) => Effect.Effect<A, E, R>,
  counts: (a: A) => Readonly<Record<string, number>>
) {
  const discovery = yield* CorpusDiscovery
  const reader = yield* ArticleReader
  const pool = yield* ExtractPool
  const store = yield* StoreReader
  const writer = yield* StoreWriter
  const shard = options.shard
  // Entries of the whole corpus (every shard's) that name an article, readable or not.
  let articlesInCorpus = 0

  // The configuration's extraction settings are part of what the stored claims were extracted with.
  const extractorId = pool.configKey === "" ? EXTRACTOR_VERSION : `${EXTRACTOR_VERSION}+config.${pool.configKey}`
  const runId = yield* writer.startRun({ corpus: options.corpus, version: CROSSCHECK_VERSION, extractor: extractorId })
  const seen = new Set<string>()
  const failures: Array<ArticleFailure> = []
  // The same failures as the store keeps them: with the article's id, and what puts them in a shard.
  const unreadable: Array<UnreadableRecord> = []
  let discovered = 0
  let extracted = 0
  let unchanged = 0
  // Extractor ids stored with articles whose text is unchanged, and how many of those were re-extracted.
  const outdatedExtractors = new Set<string>()
  let reextracted = 0

  const reextracting = new Set<string>()
  const onArticles = options.onArticles ?? (() => Effect.void)
  // One query for every stored fingerprint, not one per article.
  const fingerprints = yield* store.storedFingerprints()

  /** Counts a discovered source and marks its id seen; the error when another entry had the id. */
  const discover = (source: ArticleSource): ArticleReadError | undefined => {
    discovered++
    // A refused entry (a FIFO, a link outside the corpus) keeps what is stored for it too.
    if (source._tag === "Invalid" && source.id !== undefined) seen.add(source.id)
    if (source._tag === "Invalid") return undefined
    if (seen.has(source.id)) return new ArticleReadError({ path: source.path, reason: `duplicate article id '${source.id}'` })
    // Marked before reading: an article that cannot be read this time keeps what is stored for it.
    seen.add(source.id)
    return undefined
  }

  /** The article, or undefined when what is stored for it is up to date. */
  const changed = (article: Article): Article | undefined => {
    const stored = fingerprints.get(article.id)
    // The same text read with other metadata (a corrected `published` date) is a changed article.
    const sameInput = stored !== undefined && stored.contentHash === article.contentHash &&
      sameMetadata(stored.metadata, article.metadata)
    if (sameInput && stored.extractor === extractorId) {
      unchanged++
      return undefined
    }
    if (sameInput) {
      outdatedExtractors.add(stored.extractor)
      reextracting.add(article.id)
    }
    return article
  }

  /** Where a failure on this entry is stored: its article's id, when it has one, and what puts it in a shard. */
  const entryOf = (source: ArticleSource | Article): FailedEntry =>
    ({ article: source.id, shardKey: "_tag" in source ? shardKey(source) : source.id })

  /** Reads the article; undefined when what is stored for it is up to date. */
  const readChanged = Effect.fn("runPipeline.readChanged")(function*(source: ArticleSource) {
    const duplicate = discover(source)
    if (duplicate !== undefined) return yield* duplicate
    return changed(yield* reader.read(source))
  })

  /**
   * A JSONL line read without an effect per line: a rerun of a large corpus reads most articles
   * only to find them unchanged. The article to extract, or undefined (unchanged, or a failure reported).
   */
  const readInlineChanged = (source: Extract<ArticleSource, { readonly _tag: "Inline" }>): Article | undefined => {
    const read = discover(source) ?? inlineArticle(source)
    if (read instanceof ArticleReadError) return reportFailure(entryOf(source))(read)
    return changed(read)
  }

  /** A chunk of sources read: the articles to extract, undefined where there is none; progress told once per chunk. */
  const readChunk = (chunk: Arr.NonEmptyReadonlyArray<ArticleSource>) =>
    Effect.gen(function*() {
      const readOne = (source: ArticleSource) =>
        source._tag === "Inline"
          ? Effect.succeed(readInlineChanged(source))
          : readChanged(source).pipe(Effect.catchTag("ArticleReadError", failed(entryOf(source))))
      const [first, ...rest] = chunk
      const read: Arr.NonEmptyArray<Article | undefined> = [yield* readOne(first)]
      for (const source of rest) read.push(source._tag === "Inline" ? readInlineChanged(source) : yield* readOne(source))
      // Unchanged or unreadable, an article is done with; one to extract is counted once extracted.
      const done = read.filter((article) => article === undefined).length
      if (done > 0) yield* onArticles(done)
      return read
    })

  // Collected, not logged: the caller reports them (the CLI on stderr, after the summary).
  const reportFailure = (entry: FailedEntry) => (failure: ArticleFailure): undefined => {
    failures.push(failure)
    unreadable.push({ path: failure.path, reason: failure.reason, ...entry })
    return undefined
  }

  const failed = (entry: FailedEntry) => (failure: ArticleFailure) => Effect.sync(() => reportFailure(entry)(failure))

  const run = Effect.gen(function*() {
    yield* discovery.discover(options.corpus, { ignore: options.ignore ?? [], outputs: options.outputs }).pipe(
      Stream.tap((source) =>
        Effect.sync(() => {
          if (source._tag !== "Invalid" || source.id !== undefined) articlesInCorpus++
        })
      ),
      Stream.filter((source) => shard === undefined || sourceInShard(source, shard)),
      Stream.mapArrayEffect(readChunk),
      Stream.filter(Predicate.isNotUndefined),
      // Each worker has a queue of articles waiting (ARTICLES_QUEUED_PER_WORKER) while it extracts
      // one; the corpus order is kept.
      Stream.mapEffect(
        (article) =>
          pool.extract(article).pipe(
            Effect.catchTags({ CleanError: failed(entryOf(article)), ExtractError: failed(entryOf(article)) }),
            Effect.tap(() => onArticles(1))
          ),
        { concurrency: pool.jobs * ARTICLES_QUEUED_PER_WORKER }
      ),
      Stream.filter(Predicate.isNotUndefined),
      // Many articles per transaction: one commit (one WAL sync, one full-text index flush) per
      // batch. A run stopped part-way loses at most the batch not yet written; the next run redoes it.
      Stream.groupedWithin(BATCH_ARTICLES, BATCH_WINDOW),
      Stream.runForEach((batch) =>
        writer.saveArticles(batch, runId).pipe(Effect.tap(() =>
          Effect.sync(() => {
            extracted += batch.length
            reextracted += batch.filter((write) => reextracting.has(write.article.id)).length
          })
        ))
      )
    )
    // Every article is extracted: cross-referencing and the reports run without the threads and their models.
    yield* pool.release
    // A corpus with no articles at all (in any shard) is far likelier a wrong path or a failed
    // checkout than the wish to empty the store: refuse it, and change nothing.
    if (articlesInCorpus === 0) {
      return yield* new CorpusError({ path: options.corpus, reason: "no articles found in the corpus; the store was left as it was" })
    }
    // What was stored when the run began (its fingerprints) and is no longer in the corpus: an article
    // another run stores meanwhile is that run's to keep.
    const removed = [...fingerprints.keys()].filter((id) => !seen.has(id) && (shard === undefined || inShard(id, shard))).sort()
    yield* writer.removeArticles(removed)
    // What this run could not read replaces what the store kept of its share's: the reports of a
    // `crossref` after every shard's run list them all.
    yield* writer.recordUnreadable(runId, shard, unreadable)
    const articles = { seen: discovered, extracted, unchanged, removed, failed: failures.length }
    const settingsChanged = outdatedExtractors.size === 0
      ? undefined
      : { before: [...outdatedExtractors].sort(), now: extractorId, articles: reextracted }
    const result = yield* andThen({ runId, articles, claims: yield* store.countClaims(), failures, settingsChanged })
    yield* writer.finishRun(runId, {
      status: "completed",
      counts: { ...articles, removed: removed.length, ...counts(result) },
      errors: failures
    })
    return result
  })

  return yield* run.pipe(endedIfUnfinished(writer.finishRun, runId, () => ({ counts: { extracted, unchanged }, errors: failures })))
})

/**
 * Cross-reference every stored claim (replacing the relations) and write the reports: the second
 * half of a run, and `crosscheck crossref` after sharded runs.
 */
export const crossReferenceAndReport = Effect.fn("crossReferenceAndReport")(function*(
  options: Pick<RunOptions, "corpus" | "outDir" | "formats" | "baseline" | "updateBaseline"> & {
    /** Nothing changed since this moment (the last completed run's start): see `unchangedSince`. */
    readonly keepSince?: string | undefined
    /** The articles the reports list as unreadable, when not this run's failures (`crossref`: those the store's runs could not read). */
    readonly unreadable?: ReadonlyArray<ArticleFailure> | undefined
  },
  stored: StoreSummary
) {
  const crossReferencer = yield* CrossReferencer
  const reportWriter = yield* ReportWriter
  const store = yield* StoreReader
  if (options.keepSince === undefined) yield* crossReferencer.crossReferenceAll()
  // The reports read the relations back from the store, in its order (as `crosscheck report` does).
  const report = yield* reportWriter.write({ ...options, unreadable: options.unreadable ?? stored.failures })
  // New findings (not accepted by the baseline), by type: counted whole even when only some were read.
  const { contradictions, duplicates, overlaps, revisions, timelines } = report.data.counts
  const findings: Record<RelationType, number> = {
    contradiction: contradictions.high + contradictions.medium + contradictions.low,
    revision: revisions,
    overlap: overlaps,
    duplicate: duplicates,
    timeline: timelines
  }
  const summary: RunSummary = {
    ...stored,
    claims: yield* store.countClaims(),
    findings,
    uncompared: report.data.counts.uncompared,
    suppressed: report.data.counts.suppressed,
    staleBaseline: report.data.counts.staleBaseline,
    reportFiles: report.files,
    reportsKept: report.kept,
    report: report.data
  }
  // Every stored relation is a finding, new or accepted by the baseline.
  return { summary, relations: Object.values(findings).reduce((a, b) => a + b, 0) + report.data.counts.suppressed }
})

/** What a run that cross-referenced records of it: the claims, the relations, and the claims never compared by why. */
export const crossReferencedCounts = (
  { relations, summary }: { readonly relations: number; readonly summary: RunSummary }
): RunCounts => ({ claims: summary.claims, relations, ...uncomparedRunCounts(summary.uncompared) })

/**
 * The whole pipeline, top to bottom: store the corpus (see `storeCorpus`), then cross-reference
 * and report.
 */
export const runPipeline = Effect.fn("runPipeline")(function*(options: RunOptions) {
  const { summary } = yield* storeCorpus(
    options,
    (stored) =>
      Effect.flatMap(unchangedSince(options, stored), (unchanged) => crossReferenceAndReport({ ...options, ...unchanged }, stored)),
    crossReferencedCounts
  )
  return summary
})

/**
 * When the last run completed a cross-reference (a whole run, or a `crossref` under the writer lock)
 * over the same corpus, and since then no article and no setting changed, its relations and reports
 * are still exactly what this run would make: the moment it started (the stored relations are then
 * read back, and the reports it wrote kept; a missing one is rendered). Undefined otherwise, and
 * always with a baseline (its file may have changed).
 */
const unchangedSince = Effect.fn("unchangedSince")(function*(options: RunOptions, stored: StoreSummary) {
  if (stored.articles.extracted > 0 || stored.articles.removed.length > 0 || options.baseline !== undefined) return undefined
  const [, previous] = yield* (yield* StoreReader).lastRuns(2)
  // A shard's run (`--shard i/n`) stored articles and never related them: it records no relations.
  return previous?.status === "completed" && previous.counts.relations !== undefined && previous.corpus === options.corpus &&
      previous.version === CROSSCHECK_VERSION
    ? { keepSince: previous.startedAt }
    : undefined
})

/** A run of one shard (`--shard i/n`): it stores its share of the corpus and stops there. */
export const runShard = Effect.fn("runShard")(function*(options: StoreCorpusOptions) {
  return yield* storeCorpus(options, Effect.succeed, (stored) => ({ claims: stored.claims }))
})

/** Every stage's service, over the store at `db` (with the configuration's extraction settings; `jobs` extraction workers, one per core by default). */
export const pipelineLayer = (options: { readonly db: string; readonly jobs?: number | undefined } & ExtractorOptions) =>
  Layer.mergeAll(
    CorpusDiscovery.layer,
    ArticleReader.layer,
    ExtractPool.layer({ ...options, jobs: options.jobs ?? defaultJobs() }),
    CrossReferencer.layer,
    ReportWriter.layer
  ).pipe(Layer.provideMerge(StoreWriter.layer(options.db)))
