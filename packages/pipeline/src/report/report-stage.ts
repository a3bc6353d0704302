import { ACTIONABLE_TYPES, EXTRACTOR_VERSION } from "@crosscheck/claims/model"
import {
  applyBaseline,
  baselineOf,
  type ClaimPage,
  contextOf,
  makeReportData,
  makeReportOutline,
  type OutlineClaim,
  type ReportData,
  type ReportOutline,
  type ReportPieces,
  uncomparedList,
  type UnreadableArticle
} from "@crosscheck/report"
import { Clock, Context, DateTime, Effect, FileSystem, Layer, Option, Path, Schema, Stream } from "effect"
import { StoreReader } from "../store/store-reader.js"
import type { StoreError } from "../store/store-error.js"
import type { ArticleSummary } from "../store/store-records.js"
import { CROSSCHECK_VERSION } from "../version.js"
import { type BaselineFileError, readBaselineFile, writeBaselineFile } from "./baseline-file.js"
import { fileErrorReason, replaceFile } from "./replace-file.js"
import { REPORT_FILE_NAMES } from "./report-files.js"

export const ReportFormat = Schema.Literals(["md", "html", "json"])
export type ReportFormat = typeof ReportFormat.Type

/**
 * Each report is written as it is made, in parts, the claims it quotes loaded a page at a time:
 * none is ever held whole beside the data. The renderers are loaded only when a report is rendered
 * (a rerun that keeps its reports loads none).
 */
const renderers = Effect.promise(() => import("@crosscheck/report/render")).pipe(
  Effect.map(({ htmlPieces, jsonPieces, markdownPieces, reportParts }) => ({
    reportParts,
    pieces: { md: (outline) => markdownPieces(outline), html: htmlPieces, json: jsonPieces } satisfies Record<
      ReportFormat,
      (outline: ReportOutline) => ReportPieces
    >
  }))
)

export class ReportError extends Schema.TaggedError<ReportError>()("ReportError", {
  path: Schema.String,
  reason: Schema.String,
  /** What was thrown or failed underneath, kept for a debugger or a log; the message stays one line. */
  cause: Schema.optionalKey(Schema.Defect())
}) {
  override get message() {
    return `${this.path}: ${this.reason}`
  }
}

export interface ReportRequest {
  readonly corpus: string
  readonly outDir: string
  readonly formats: ReadonlyArray<ReportFormat>
  /** A baseline of accepted findings to suppress. */
  readonly baseline?: string | undefined
  /** Write every current finding into the baseline file instead of reading it. */
  readonly updateBaseline?: boolean | undefined
  /**
   * Nothing the reports show has changed since this moment (ISO 8601): a report file written since
   * is still valid and is kept as it is; one missing (or older) is rendered.
   */
  readonly keepSince?: string | undefined
  /** Articles this run could not read; else those the store's runs could not read (`StoreReader.unreadableArticles`). */
  readonly unreadable?: ReadonlyArray<UnreadableArticle> | undefined
}

export interface ReportOutcome {
  /**
   * What a run prints of the reports: every count and article, the actionable findings
   * (`ACTIONABLE_TYPES`, in the reports' order) with their claims; no contexts.
   */
  readonly data: ReportData
  readonly files: ReadonlyArray<string>
  /** The report files that were still valid and were not rendered again. */
  readonly kept: ReadonlyArray<string>
}

/**
 * Report: renders the consistency reports from the store alone (so `crosscheck report` can
 * re-render without a run), after applying the baseline of accepted findings.
 */
export class ReportWriter extends Context.Service<ReportWriter, {
  write(request: ReportRequest): Effect.Effect<ReportOutcome, ReportError | StoreError>
}>()("@crosscheck/pipeline/report/ReportWriter") {
  static readonly layer = Layer.effect(
    ReportWriter,
    Effect.gen(function*() {
      const store = yield* StoreReader
      const fs = yield* FileSystem.FileSystem
      const path = yield* Path.Path

      const baselineFile = <A, R>(effect: Effect.Effect<A, BaselineFileError, R>) =>
        effect.pipe(
          Effect.provideService(FileSystem.FileSystem, fs),
          Effect.provideService(Path.Path, path),
          Effect.mapError((error) => new ReportError({ path: error.path, reason: error.reason, cause: error }))
        )

      const writeFile = (file: string, content: Stream.Stream<string, StoreError>) =>
        replaceFile(file, content).pipe(
          Effect.provideService(FileSystem.FileSystem, fs),
          Effect.provideService(Path.Path, path),
          Effect.catchTag("PlatformError", (error) =>
            Effect.fail(new ReportError({ path: file, reason: `cannot write: ${fileErrorReason(error)}`, cause: error })))
        )

      /** Whether `file` exists and was last written at or after `since` (unreadable counts as no). */
      const writtenSince = (file: string, since: string) =>
        fs.stat(file).pipe(
          Effect.map((info) =>
            Option.match(Option.filter(info.mtime, () => info.type === "File"), {
              onNone: () => false,
              onSome: (mtime) => DateTime.toEpochMillis(DateTime.fromDateUnsafe(mtime)) >= DateTime.toEpochMillis(DateTime.makeUnsafe(since))
            })
          ),
          Effect.orElseSucceed(() => false)
        )

      /**
       * Whether `file` is still valid — written since `since`, when nothing the reports show changed —
       * and confirmed: its time set to now, so that the next unchanged run keeps it too.
       */
      const keptSince = (file: string, since: string) =>
        Effect.flatMap(writtenSince(file, since), (valid) =>
          valid
            ? Effect.flatMap(Clock.currentTimeMillis, (millis) =>
              // A number is in seconds (node:fs).
              fs.utimes(file, millis / 1000, millis / 1000).pipe(Effect.as(true), Effect.orElseSucceed(() => false)))
            : Effect.succeed(false))

      const claimTally = Effect.fn("ReportWriter.claimTally")(function*() {
        const uncompared = yield* store.countUncompared()
        return { claims: yield* store.countClaims(), uncompared: uncomparedList((reason) => uncompared.get(reason) ?? 0) }
      })

      const reportArticle = (summary: ArticleSummary, text: string | undefined) => ({
        id: summary.id,
        path: summary.path,
        referenceDate: summary.referenceDate,
        metadata: {
          ...(summary.title === undefined ? {} : { title: summary.title }),
          ...(summary.published === undefined ? {} : { published: summary.published }),
          ...(summary.outlet === undefined ? {} : { outlet: summary.outlet }),
          ...(summary.url === undefined ? {} : { url: summary.url })
        },
        text
      })

      const reportInput = Effect.fn("ReportWriter.reportInput")(function*(request: ReportRequest) {
        return {
          generatedAt: DateTime.formatIso(yield* DateTime.now),
          corpus: request.corpus,
          tool: { name: "crosscheck", version: CROSSCHECK_VERSION, extractor: EXTRACTOR_VERSION },
          unreadable: request.unreadable ?? (yield* store.unreadableArticles())
        }
      })

      /**
       * What the reports show, but the claims they quote: every article and relation, the baseline
       * applied, the findings ranked and the claims ordered from what is kept of each claim (read in
       * pages); `baselineFiles` gets the baseline file if it is rewritten.
       */
      const wholeOutline = Effect.fn("ReportWriter.wholeOutline")(function*(request: ReportRequest, baselineFiles: Array<string>) {
        const summaries = yield* store.loadArticleSummaries()
        const relations = yield* store.loadRelations()
        let baseline = request.baseline === undefined ? undefined : yield* baselineFile(readBaselineFile(request.baseline))
        if (request.baseline !== undefined && request.updateBaseline === true) {
          // Only findings that can fail a run are worth accepting.
          baseline = baselineOf(relations.filter((relation) => ACTIONABLE_TYPES.has(relation.type)))
          yield* baselineFile(writeBaselineFile(request.baseline, baseline))
          baselineFiles.push(request.baseline)
        }
        const { active, stale, suppressed } = applyBaseline(relations, baseline ?? { version: 1, entries: [] })
        const referenced = new Set(relations.flatMap((relation) => relation.claims))
        const claims = new Map<string, OutlineClaim>()
        yield* Stream.runForEach(store.claimOutlines(), (page) =>
          Effect.sync(() => {
            for (const claim of page) if (referenced.has(claim.id)) claims.set(claim.id, claim)
          }))
        const outline = makeReportOutline({
          ...(yield* reportInput(request)),
          articles: summaries.map((summary) => reportArticle(summary, undefined)),
          claims,
          tally: yield* claimTally(),
          active,
          suppressed,
          stale
        })
        // Only the articles that findings name are quoted with their texts.
        return { outline, quotedArticles: new Set(relations.flatMap((relation) => relation.articles)) }
      })

      /** The contexts of these claims, in the texts of the articles findings name (the claims' columns read, none decoded). */
      const claimContexts = Effect.fn("ReportWriter.claimContexts")(function*(ids: ReadonlyArray<string>, quotedArticles: ReadonlySet<string>) {
        const spans = yield* store.loadQuotedSpans(ids)
        const texts = yield* store.loadArticleTexts([
          ...new Set(spans.flatMap((span) => quotedArticles.has(span.article) ? [span.article] : []))
        ])
        return new Map(spans.map((span) => [span.id, contextOf(span, texts.get(span.article))]))
      })

      /** A page of the claims a report quotes: the claims decoded, their contexts, each as the page asks. */
      const quotedClaims = (quotedArticles: ReadonlySet<string>) =>
        Effect.fn("ReportWriter.quotedClaims")(function*(page: ClaimPage) {
          const claims = page.claims ? yield* store.loadClaimsById(page.ids) : []
          return {
            claims: new Map(claims.map((claim) => [claim.id, claim])),
            contexts: page.contexts ? yield* claimContexts(page.ids, quotedArticles) : new Map(),
            facets: new Map(page.facets ? yield* store.loadClaimFacets(page.ids) : [])
          }
        })

      /** What a run prints of an outline: the actionable findings with their claims (`ReportOutcome.data`). */
      const printedOf = Effect.fn("ReportWriter.printedOf")(function*({ claimRefs: _claimRefs, ...outline }: ReportOutline) {
        const findings = outline.findings.filter((finding) => ACTIONABLE_TYPES.has(finding.relation.type))
        const claims = yield* store.loadClaimsById([...new Set(findings.flatMap((finding) => finding.relation.claims))])
        return { ...outline, findings, claims, contexts: [] } satisfies ReportData
      })

      /**
       * When no report is rendered and no baseline applies: only the findings a run prints (the
       * actionable ones) with the claims and articles they name; every count is complete, from SQL.
       */
      const printedData = Effect.fn("ReportWriter.printedData")(function*(request: ReportRequest) {
        const relations = yield* store.loadRelations([...ACTIONABLE_TYPES])
        const claims = yield* store.loadClaimsById([...new Set(relations.flatMap((relation) => relation.claims))])
        const summaries = yield* store.loadArticleSummaries([...new Set(relations.flatMap((relation) => relation.articles))])
        return makeReportData({
          ...(yield* reportInput(request)),
          articles: summaries.map((summary) => reportArticle(summary, undefined)),
          claims,
          tally: { ...(yield* claimTally()), articles: yield* store.countArticles(), active: yield* store.countRelations() },
          active: relations,
          suppressed: [],
          stale: []
        })
      })

      const write = Effect.fn("ReportWriter.write")(function*(request: ReportRequest) {
        yield* fs.makeDirectory(request.outDir, { recursive: true }).pipe(
          Effect.mapError((error) =>
            new ReportError({ path: request.outDir, reason: `cannot create the directory: ${fileErrorReason(error)}`, cause: error })
          )
        )
        const targets = request.formats.map((format) => ({ format, file: path.join(request.outDir, REPORT_FILE_NAMES[format]) }))
        const since = request.keepSince
        const kept = since === undefined ? [] : yield* Effect.filter(targets, (target) => keptSince(target.file, since))
        const baselineFiles: Array<string> = []
        // Every report still valid, and no baseline: nothing is rendered, so only what a run prints is read.
        if (targets.length > 0 && kept.length === targets.length && request.baseline === undefined) {
          return { data: yield* printedData(request), files: targets.map((target) => target.file), kept: kept.map((target) => target.file) }
        }
        const { outline, quotedArticles } = yield* wholeOutline(request, baselineFiles)
        for (const target of targets) {
          if (kept.includes(target)) continue
          const { pieces, reportParts } = yield* renderers
          yield* writeFile(target.file, reportParts(pieces[target.format](outline), quotedClaims(quotedArticles)))
        }
        return { data: yield* printedOf(outline), files: [...baselineFiles, ...targets.map((target) => target.file)], kept: kept.map((target) => target.file) }
      })

      return ReportWriter.of({ write })
    })
  )
}
