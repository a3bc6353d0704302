import { Console, Effect, Option } from "effect"
import { Argument, Command, Flag } from "effect/cli"
import { pipelineLayer, runPipeline } from "../run-pipeline.js"
import { StoreReader } from "../store/store-reader.js"
import { CommandFailed, FindingsAtThreshold } from "./exit-status.js"
import { checkFindings } from "./run-output/checked-findings.js"
import { FAIL_ON_CHOICES, failOnError, parseFailOn } from "./run-output/fail-on.js"
import { renderGithubOutput } from "./run-output/github-output.js"
import { renderJsonOutput } from "./run-output/json-output.js"
import { renderSarifOutput } from "./run-output/sarif-output.js"
import { renderTextOutput } from "./run-output/text-output.js"
import { loadConfig } from "../config/load-config.js"
import { CorpusDiscovery } from "../corpus/discover-corpus.js"
import { makeRunProgress, progressWanted } from "./run-progress.js"
import { CONFIG_FILE_NAME } from "../config/run-config.js"
import { DEFAULT_DB, optionalDbFlag } from "./shared-flags.js"

export const RUN_FORMATS = ["text", "json", "github", "sarif"] as const

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
    gazetteer: Flag.String("gazetteer").pipe(
      Flag.withDescription("A JSON gazetteer that adds entities to (or overrides) the built-in one"),
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
    const { checked, summary } = yield* Effect.gen(function*() {
      const summary = yield* runPipeline({
        onArticle: progress.article,
        corpus: input.corpus,
        outDir: Option.getOrUndefined(input.out) ?? config.out ?? "crosscheck-report",
        formats: ["md", "html", "json"],
        baseline,
        updateBaseline: input.updateBaseline,
        ignore: config.ignore
      })
      const store = yield* StoreReader
      const quoted = summary.report.findings.flatMap((finding) => finding.status === "new" ? finding.relation.articles : [])
      const texts = yield* store.loadArticleTexts([...new Set(quoted)])
      return { summary, checked: checkFindings(summary.report, failOn, texts) }
    }).pipe(Effect.provide(pipelineLayer({
      db,
      gazetteer: Option.getOrUndefined(input.gazetteer) ?? config.gazetteer,
      notEntities: config.notEntities,
      disabledKinds: config.disabled?.kinds,
      disabledPredicates: config.disabled?.predicates
    })), Effect.ensuring(progress.clear), Effect.onInterrupt(() =>
      Console.error(
        `crosscheck: interrupted after ${progress.done()} article(s); what was stored is kept and the run is recorded as interrupted — run again to go on`
      )
    ))

    switch (input.format) {
      case "text": {
        const text = renderTextOutput(summary, checked, failOn, { quiet: input.quiet })
        if (text !== "") yield* Console.log(text)
        break
      }
      case "json":
        yield* Console.log(renderJsonOutput(summary, checked, failOn))
        break
      case "github":
        yield* Console.log(renderGithubOutput(summary, checked))
        break
      case "sarif":
        yield* Console.log(renderSarifOutput(checked))
        break
    }
    for (const failure of summary.failures) yield* Console.error(`crosscheck: ${failure.path}: ${failure.reason}`)
    // Unreadable articles are input errors (exit 2) even though the run went on with the rest.
    if (summary.failures.length > 0) {
      return yield* new CommandFailed({ message: `${summary.failures.length} article(s) could not be processed` })
    }
    const failing = checked.filter((finding) => finding.fails).length
    if (failing > 0) return yield* new FindingsAtThreshold({ count: failing, threshold: failOn.text })
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
