import { Effect, FileSystem, Option, Runtime, Stdio } from "effect"
import { resolve } from "node:path"
import { configCandidates } from "../config/config-candidates.js"
import type { RunOutputs } from "../discover/run-outputs.js"
import type { RunSummary } from "../run-pipeline.js"
import { corpusDigest, fileStamp, settingsDigest } from "../replay/replay-digests.js"
import { replayableRun } from "../replay/replayable-run.js"
import { isPostgresUrl } from "../store/database-location.js"
import { StoreWriter } from "../store/store-writer.js"
import type { CheckedFinding } from "./run-output/checked-findings.js"
import type { FailOn } from "./run-output/fail-on.js"
import { renderRunOutcome } from "./run-output/run-outcome.js"
import type { RunInput } from "./run-command.js"

/** What a run notes before it reads anything, so that its replay records the input it actually read. */
export interface ReplayPlan {
  readonly corpusDigest: string
  readonly settingsDigest: string
  readonly settingsFiles: ReadonlyArray<string>
}

/**
 * The digests a run's replay will be recorded with, taken before the run reads the corpus (a file
 * edited meanwhile then no longer matches them); none when the run is one the replay never takes
 * (src/replay/replayable-run.ts): a baseline, a shard, PostgreSQL, a command line it cannot read.
 */
export const planReplay = Effect.fn("planReplay")(function*(options: {
  readonly input: RunInput
  readonly db: string
  /** Left out of the corpus digest, as the replay leaves them out (and discovery never reads them). */
  readonly outputs: RunOutputs
  readonly baseline: string | undefined
  readonly gazetteer: string | undefined
}) {
  const { input } = options
  const argv = yield* Stdio.Stdio.use(({ args }) => args)
  const run = replayableRun(argv)
  if (
    run === undefined || run.corpus !== input.corpus || options.baseline !== undefined || input.updateBaseline ||
    Option.isSome(input.shard) || isPostgresUrl(options.db)
  ) return undefined
  const fs = yield* FileSystem.FileSystem
  const corpusIsDirectory = yield* fs.stat(run.corpus).pipe(
    Effect.map((info) => info.type === "Directory"),
    Effect.orElseSucceed(() => false)
  )
  return yield* Effect.sync((): ReplayPlan | undefined => {
    const corpus = corpusDigest(run.corpus, options.outputs)
    const files = [
      ...configCandidates({ explicit: run.config, corpus: run.corpus, corpusIsDirectory }),
      ...(options.gazetteer === undefined ? [] : [options.gazetteer])
    ].map((file) => resolve(file))
    const settings = settingsDigest({ argv, cwd: process.cwd(), db: resolve(options.db), files })
    return corpus === undefined || settings === undefined
      ? undefined
      : { corpusDigest: corpus, settingsDigest: settings, settingsFiles: files }
  })
})

/**
 * The summary a rerun prints when nothing changed since this run: every article unchanged, none
 * removed, every report kept. Only for a run with no failures (an article that failed to be read
 * or extracted would be tried again).
 */
const unchangedRerun = (summary: RunSummary): RunSummary => ({
  ...summary,
  articles: { seen: summary.articles.seen, extracted: 0, unchanged: summary.articles.seen, removed: [], failed: 0 },
  settingsChanged: undefined,
  reportsKept: summary.reportFiles
})

/**
 * Records, beside the completed run, what a rerun prints when nothing changed (exactly as the full
 * CLI prints it: the same rendering) and the digests that say nothing did; bin/crosscheck.js
 * replays it. Nothing is recorded after failures, or when a report is not there to stamp.
 */
export const recordReplay = Effect.fn("recordReplay")(function*(
  plan: ReplayPlan,
  summary: RunSummary,
  checked: ReadonlyArray<CheckedFinding>,
  failOn: FailOn,
  options: { readonly format: RunInput["format"]; readonly quiet: boolean }
) {
  if (summary.failures.length > 0) return
  const reports = summary.reportFiles.map((file) => ({ path: resolve(file), stamp: fileStamp(resolve(file)) }))
  const readable = reports.flatMap(({ path, stamp }) => stamp === undefined ? [] : [{ path, stamp }])
  if (readable.length !== reports.length) return
  const outcome = renderRunOutcome(unchangedRerun(summary), checked, failOn, options)
  // Console.log and Console.error end each line with a newline.
  const printed = (lines: ReadonlyArray<string>) => lines.map((line) => `${line}\n`).join("")
  const writer = yield* StoreWriter
  // The run itself is done: a record that cannot be written (the store busy) only means the next
  // rerun runs in full.
  yield* writer.recordReplay({
    runId: summary.runId,
    ...plan,
    reports: readable,
    stdout: printed(outcome.stdout),
    stderr: printed(outcome.stderr),
    exitCode: outcome.failure === undefined ? 0 : outcome.failure[Runtime.errorExitCode]
  }).pipe(Effect.ignore)
})
