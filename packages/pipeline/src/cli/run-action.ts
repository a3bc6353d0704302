import { Console, Effect, type Layer, Option } from "effect"
import { pipelineLayer, runPipeline, runShard } from "../run-pipeline.js"
import { CommandFailed } from "./exit-status.js"
import { parseFailOn } from "./run-output/fail-on.js"
import { checkRunFindings, printRunOutcome } from "./run-output/run-outcome.js"
import { printShardOutcome } from "./run-output/shard-outcome.js"
import { loadConfig } from "../config/load-config.js"
import { CorpusDiscovery } from "../discover/discover-corpus.js"
import type { RunOutputs } from "../discover/run-outputs.js"
import { DEFAULT_OUT_DIR } from "../report/report-files.js"
import { isPostgresUrl } from "../store/database-location.js"
import { makeRunProgress, progressWanted } from "./run-progress.js"
import { DEFAULT_DB } from "./shared-flags.js"
import { planReplay, recordReplay } from "./run-replay.js"
import type { RunInput } from "./run-command.js"

export const runAction = Effect.fn("runCommand")(function*(input: RunInput) {
  const { config } = yield* loadConfig({ explicit: Option.getOrUndefined(input.config), corpus: input.corpus })
  // Flags win over the configuration file, which wins over the defaults.
  const baseline = Option.getOrUndefined(input.baseline) ?? config.baseline
  if (input.updateBaseline && baseline === undefined) {
    return yield* new CommandFailed({ message: "--update-baseline needs --baseline FILE: the file to write" })
  }
  const failOn = Option.getOrElse(
    input.failOn,
    () => Option.getOrElse(parseFailOn(config.failOn ?? "none"), () => ({ text: "none", fails: () => false }))
  )
  const db = Option.getOrUndefined(input.db) ?? config.db ?? DEFAULT_DB
  const gazetteer = Option.getOrUndefined(input.gazetteer) ?? config.gazetteer
  const outDir = Option.getOrUndefined(input.out) ?? config.out ?? DEFAULT_OUT_DIR
  // Never articles, even in the corpus (`crosscheck run .` writes both there by default).
  const outputs: RunOutputs = { outDir, db: isPostgresUrl(db) ? undefined : db }
  // Before anything is read: a replay of this run must match what it read.
  const replayPlan = yield* planReplay({ input, db, outputs, baseline, gazetteer })
  const showProgress = progressWanted(input.quiet)
  // Counted first so the progress line can say how long is left; only when it is shown.
  const total = showProgress
    ? yield* Effect.gen(function*() {
      const discovery = yield* CorpusDiscovery
      return yield* discovery.count(input.corpus, { ignore: config.ignore ?? [], outputs })
    }).pipe(Effect.provide(CorpusDiscovery.layer), Effect.orElseSucceed(() => undefined))
    : undefined
  const progress = yield* makeRunProgress({ show: showProgress, total })
  const layer = pipelineLayer({
    db,
    gazetteer,
    notEntities: config.notEntities,
    disabledKinds: config.disabled?.kinds,
    disabledPredicates: config.disabled?.predicates,
    jobs: Option.getOrUndefined(input.jobs)
  })
  const inStore = <A, E>(effect: Effect.Effect<A, E, Layer.Success<typeof layer>>) =>
    effect.pipe(
      Effect.provide(layer),
      Effect.ensuring(progress.clear),
      Effect.onInterrupt(() =>
        Console.error(
          `crosscheck: interrupted after ${progress.done()} article(s); what was stored is kept and the run is recorded as interrupted — run again to go on`
        )
      )
    )
  if (Option.isSome(input.shard)) {
    const shard = input.shard.value
    const stored = yield* inStore(
      runShard({ onArticles: progress.articles, corpus: input.corpus, ignore: config.ignore, outputs, shard })
    )
    return yield* printShardOutcome(stored, shard, { format: input.format, quiet: input.quiet })
  }
  const { checked, summary } = yield* inStore(Effect.gen(function*() {
    const summary = yield* runPipeline({
      onArticles: progress.articles,
      corpus: input.corpus,
      outDir,
      formats: ["md", "html", "json"],
      baseline,
      updateBaseline: input.updateBaseline,
      ignore: config.ignore,
      outputs
    })
    const checked = yield* checkRunFindings(summary, failOn)
    if (replayPlan !== undefined) {
      yield* recordReplay(replayPlan, summary, checked, failOn, { format: input.format, quiet: input.quiet })
    }
    return { summary, checked }
  }))

  return yield* printRunOutcome(summary, checked, failOn, { format: input.format, quiet: input.quiet })
})
