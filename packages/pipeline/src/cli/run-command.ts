import { Console, Effect, type Layer, Option } from "effect"
import { Argument, Command, Flag } from "effect/cli"
import { parseShard } from "../discover/shard.js"
import { pipelineLayer, runPipeline, runShard } from "../run-pipeline.js"
import { CommandFailed } from "./exit-status.js"
import { FAIL_ON_CHOICES, failOnError, parseFailOn } from "./run-output/fail-on.js"
import { checkRunFindings, printRunOutcome, RUN_FORMATS } from "./run-output/run-outcome.js"
import { printShardOutcome } from "./run-output/shard-outcome.js"
import { loadConfig } from "../config/load-config.js"
import { CorpusDiscovery } from "../discover/discover-corpus.js"
import { makeRunProgress, progressWanted } from "./run-progress.js"
import { CONFIG_FILE_NAME } from "../config/run-config.js"
import { DEFAULT_DB, optionalDbFlag } from "./shared-flags.js"

export { RUN_FORMATS }

export const runCommand = Command.make(
  "run",
  {
    corpus: Argument.String("corpus").pipe(
      Argument.withDescription("A directory of .txt, .md and .html articles (with an optional manifest.json), or a .jsonl file")
    ),
    config: Flag.String("config").pipe(
      Flag.withDescription(`A configuration file (default: ${CONFIG_FILE_NAME} in the working directory, else in the corpus root)`),
      Flag.optional
    ),
    db: optionalDbFlag,
    out: Flag.String("out").pipe(
      Flag.withDescription("Where to write report.md, report.html and report.json (default crosscheck-report)"),
      Flag.optional
    ),
    failOn: Flag.String("fail-on").pipe(
      Flag.withDescription(
        `Exit with code 1 when new findings at or above this threshold are not in the baseline: ${FAIL_ON_CHOICES.join(", ")}`
      ),
      Flag.filterMap(parseFailOn, failOnError),
      Flag.optional
    ),
    format: Flag.Literals("format", RUN_FORMATS).pipe(
      Flag.withDescription(
        "How to print the outcome: text (failing findings, then the summary), json (on stdout), github (workflow annotations), sarif (SARIF 2.1.0 on stdout)"
      ),
      Flag.withDefault("text")
    ),
    quiet: Flag.Boolean("quiet").pipe(
      Flag.withAlias("q"),
      Flag.withDescription("Print only the findings that fail the run (and errors)"),
      Flag.withDefault(false)
    ),
    baseline: Flag.String("baseline").pipe(
      Flag.withDescription("A JSON file of accepted findings: they are suppressed, and counted in the reports"),
      Flag.optional
    ),
    updateBaseline: Flag.Boolean("update-baseline").pipe(
      Flag.withDescription("Write every current finding into the --baseline file"),
      Flag.withDefault(false)
    ),
    jobs: Flag.Int("jobs").pipe(
      Flag.withAlias("j"),
      Flag.filter((jobs) => jobs >= 1, (jobs) => `--jobs: ${jobs} is not a number of workers; expected 1 or more`),
      Flag.withDescription("How many articles to extract at once, each on its own worker thread (default: one per core)"),
      Flag.optional
    ),
    gazetteer: Flag.String("gazetteer").pipe(
      Flag.withDescription("A JSON gazetteer that adds entities to (or overrides) the built-in one"),
      Flag.optional
    ),
    shard: Flag.String("shard").pipe(
      Flag.withDescription(
        "Extract and store only share i of n of the articles (by a stable hash of their ids), then stop: " +
          "after every shard, crosscheck crossref cross-references the store and writes the reports"
      ),
      Flag.filterMap(
        (text) => Option.fromUndefinedOr(parseShard(text)),
        (text) => `--shard ${text}: expected i/n with 1 <= i <= n, as in --shard 2/4`
      ),
      Flag.optional
    )
  },
  Effect.fn("runCommand")(function*(input) {
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
    const showProgress = progressWanted(input.quiet)
    // Counted first so the progress line can say how long is left; only when it is shown.
    const total = showProgress
      ? yield* Effect.gen(function*() {
        const discovery = yield* CorpusDiscovery
        return yield* discovery.count(input.corpus, { ignore: config.ignore ?? [] })
      }).pipe(Effect.provide(CorpusDiscovery.layer), Effect.orElseSucceed(() => undefined))
      : undefined
    const progress = yield* makeRunProgress({ show: showProgress, total })
    const layer = pipelineLayer({
      db,
      gazetteer: Option.getOrUndefined(input.gazetteer) ?? config.gazetteer,
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
      const stored = yield* inStore(runShard({ onArticle: progress.article, corpus: input.corpus, ignore: config.ignore, shard }))
      return yield* printShardOutcome(stored, shard, { format: input.format, quiet: input.quiet })
    }
    const { checked, summary } = yield* inStore(Effect.gen(function*() {
      const summary = yield* runPipeline({
        onArticle: progress.article,
        corpus: input.corpus,
        outDir: Option.getOrUndefined(input.out) ?? config.out ?? "crosscheck-report",
        formats: ["md", "html", "json"],
        baseline,
        updateBaseline: input.updateBaseline,
        ignore: config.ignore
      })
      return { summary, checked: yield* checkRunFindings(summary, failOn) }
    }))

    return yield* printRunOutcome(summary, checked, failOn, { format: input.format, quiet: input.quiet })
  })
).pipe(
  Command.withDescription(
    "Run the whole pipeline: discover → read → clean → extract → store → cross-reference → report"
  ),
  Command.withExamples([
    { command: "crosscheck run fixtures/seeds", description: "Extract, cross-reference and report on a corpus" },
    {
      command: "crosscheck run corpus/ --fail-on contradiction:high --baseline crosscheck-baseline.json",
      description: "Gate CI on new high-severity contradictions"
    },
    { command: "crosscheck run corpus/ --format sarif > crosscheck.sarif", description: "SARIF for code scanning" }
  ])
)
