import type { RelationType } from "@crosscheck/claims"
import { Console, Effect, Option } from "effect"
import { Argument, Command, Flag } from "effect/cli"
import { pipelineLayer, runPipeline } from "../run-pipeline.js"
import { CommandFailed, FindingsAtThreshold } from "./exit-status.js"
import { formatRunSummary } from "./format-run-summary.js"
import { dbFlag } from "./shared-flags.js"

/** Which finding types fail the run at each `--fail-on` threshold ("at or above"). */
const FAILING: Record<"contradiction" | "overlap" | "none", ReadonlyArray<RelationType>> = {
  contradiction: ["contradiction"],
  overlap: ["contradiction", "overlap"],
  none: []
}

export const runCommand = Command.make(
  "run",
  {
    corpus: Argument.String("corpus").pipe(
      Argument.withDescription("A directory of .txt, .md and .html articles (with an optional manifest.json), or a .jsonl file")
    ),
    db: dbFlag,
    out: Flag.String("out").pipe(
      Flag.withDescription("Where to write report.md, report.html and report.json"),
      Flag.withDefault("crosscheck-report")
    ),
    failOn: Flag.Literals("fail-on", ["contradiction", "overlap", "none"]).pipe(
      Flag.withDescription("Exit with code 1 when findings at or above this level are not in the baseline"),
      Flag.withDefault("none")
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
    const baseline = Option.getOrUndefined(input.baseline)
    if (input.updateBaseline && baseline === undefined) {
      return yield* new CommandFailed({ message: "--update-baseline needs --baseline FILE: the file to write" })
    }
    const summary = yield* runPipeline({
      corpus: input.corpus,
      outDir: input.out,
      formats: ["md", "html", "json"],
      baseline,
      updateBaseline: input.updateBaseline
    }).pipe(Effect.provide(pipelineLayer({ db: input.db, gazetteer: Option.getOrUndefined(input.gazetteer) })))
    yield* Console.log(formatRunSummary(summary))
    for (const failure of summary.failures) yield* Console.error(`crosscheck: ${failure.path}: ${failure.reason}`)
    // Unreadable articles are input errors (exit 2) even though the run went on with the rest.
    if (summary.failures.length > 0) {
      return yield* new CommandFailed({ message: `${summary.failures.length} article(s) could not be processed` })
    }
    const failing = FAILING[input.failOn].reduce((n, type) => n + summary.findings[type], 0)
    if (failing > 0) return yield* new FindingsAtThreshold({ count: failing, threshold: input.failOn })
  })
).pipe(
  Command.withDescription(
    "Run the whole pipeline: discover → read → clean → extract → store → cross-reference → report"
  ),
  Command.withExamples([
    { command: "crosscheck run fixtures/seeds", description: "Extract, cross-reference and report on a corpus" },
    {
      command: "crosscheck run corpus/ --fail-on contradiction --baseline crosscheck-baseline.json",
      description: "Gate CI on new contradictions"
    }
  ])
)
