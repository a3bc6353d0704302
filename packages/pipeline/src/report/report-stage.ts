import { EXTRACTOR_VERSION, type RelationType } from "@crosscheck/claims/model"
import {
  applyBaseline,
  baselineOf,
  makeReportData,
  type ReportData,
  uncomparedList,
  type UnreadableArticle
} from "@crosscheck/report"
import { Clock, Context, DateTime, Effect, FileSystem, Layer, Option, Path, Schema } from "effect"
import { StoreReader } from "../store/store-reader.js"
import type { StoreError } from "../store/store-error.js"
import { CROSSCHECK_VERSION } from "../version.js"
import { type BaselineFileError, readBaselineFile, writeBaselineFile } from "./baseline-file.js"
import { fileErrorReason, replaceFile } from "./replace-file.js"

export const ReportFormat = Schema.Literals(["md", "html", "json"])
export type ReportFormat = typeof ReportFormat.Type

const FILE_NAMES: Record<ReportFormat, string> = { md: "report.md", html: "report.html", json: "report.json" }
/**
 * Each report is written as it is made, in parts: none is ever held whole beside the data. The
 * renderers are loaded only when a report is rendered (a rerun that keeps its reports loads none).
 */
const renderers = Effect.promise(async (): Promise<Record<ReportFormat, (data: ReportData) => Iterable<string>>> => {
  const { renderHtmlParts, renderJsonParts, renderMarkdownParts } = await import("@crosscheck/report/render")
  return { md: renderMarkdownParts, html: renderHtmlParts, json: renderJsonParts }
})

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
  /** Articles this run could not read; else those of the last run recorded in the store. */
  readonly unreadable?: ReadonlyArray<UnreadableArticle> | undefined
}

export interface ReportOutcome {
  readonly data: ReportData
  readonly files: ReadonlyArray<string>
  /** The report files that were still valid and were not rendered again. */
  readonly kept: ReadonlyArray<string>
}

const GATING: ReadonlySet<RelationType> = new Set(["contradiction", "overlap"])

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

      const writeFile = (file: string, content: Iterable<string>) =>
        replaceFile(file, content).pipe(
          Effect.provideService(FileSystem.FileSystem, fs),
          Effect.provideService(Path.Path, path),
          Effect.mapError((error) => new ReportError({ path: file, reason: `cannot write: ${fileErrorReason(error)}`, cause: error }))
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

      const write = Effect.fn("ReportWriter.write")(function*(request: ReportRequest) {
        const summaries = yield* store.loadArticleSummaries()
        const relations = yield* store.loadRelations()
        // Only the claims findings name are read and decoded; the rest are counted in SQL.
        const claims = yield* store.loadClaimsById([...new Set(relations.flatMap((relation) => relation.claims))])
        const uncompared = yield* store.countUncompared()
        const tally = { claims: yield* store.countClaims(), uncompared: uncomparedList((reason) => uncompared.get(reason) ?? 0) }
        // Only the articles that findings quote are read back with their texts.
        const quoted = new Set(relations.flatMap((relation) => relation.articles))
        const texts = yield* store.loadArticleTexts([...quoted])
        const articles = summaries.map(({ id, outlet, path, published, referenceDate, title, url }) => ({
          id,
          path,
          referenceDate,
          metadata: {
            ...(title === undefined ? {} : { title }),
            ...(published === undefined ? {} : { published }),
            ...(outlet === undefined ? {} : { outlet }),
            ...(url === undefined ? {} : { url })
          },
          text: texts.get(id)
        }))
        const files: Array<string> = []
        let baseline = request.baseline === undefined ? undefined : yield* baselineFile(readBaselineFile(request.baseline))
        if (request.baseline !== undefined && request.updateBaseline === true) {
          // Only findings that can fail a run are worth accepting.
          baseline = baselineOf(relations.filter((relation) => GATING.has(relation.type)))
          yield* baselineFile(writeBaselineFile(request.baseline, baseline))
          files.push(request.baseline)
        }
        const { active, stale, suppressed } = applyBaseline(relations, baseline ?? { version: 1, entries: [] })
        const data = makeReportData({
          generatedAt: DateTime.formatIso(yield* DateTime.now),
          corpus: request.corpus,
          tool: { name: "crosscheck", version: CROSSCHECK_VERSION, extractor: EXTRACTOR_VERSION },
          articles,
          claims,
          tally,
          active,
          suppressed,
          stale,
          unreadable: request.unreadable ?? (yield* store.lastRuns(1))[0]?.errors ?? []
        })
        yield* fs.makeDirectory(request.outDir, { recursive: true }).pipe(
          Effect.mapError((error) =>
            new ReportError({ path: request.outDir, reason: `cannot create the directory: ${fileErrorReason(error)}`, cause: error })
          )
        )
        const kept: Array<string> = []
        for (const format of request.formats) {
          const file = path.join(request.outDir, FILE_NAMES[format])
          files.push(file)
          if (request.keepSince !== undefined && (yield* writtenSince(file, request.keepSince))) {
            // Marked as confirmed by this run, so that the next unchanged run keeps it too.
            const now = (yield* Clock.currentTimeMillis) / 1000 // a number is in seconds (node:fs)
            const confirmed = yield* fs.utimes(file, now, now).pipe(Effect.as(true), Effect.orElseSucceed(() => false))
            if (confirmed) {
              kept.push(file)
              continue
            }
          }
          yield* writeFile(file, (yield* renderers)[format](data))
        }
        return { data, files, kept }
      })

      return ReportWriter.of({ write })
    })
  )
}
