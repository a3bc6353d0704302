import { Effect, Layer, Option } from "effect"
import { Command, Flag } from "effect/cli"
import { crossReferenceAndReport } from "../run-pipeline.js"
import { CrossReferencer } from "../cross-reference/cross-reference-stage.js"
import { ReportWriter } from "../report/report-stage.js"
import { StoreReader } from "../store/store-reader.js"
import { StoreWriter } from "../store/store-writer.js"
import { CommandFailed } from "./exit-status.js"
import { FAIL_ON_CHOICES, failOnError, parseFailOn } from "./run-output/fail-on.js"
import { checkRunFindings, printRunOutcome, RUN_FORMATS } from "./run-output/run-outcome.js"
import { dbFlag } from "./shared-flags.js"

/**
 * `crosscheck crossref`: the second half of a run, over whatever the store holds (typically after
 * `crosscheck run --shard i/n` jobs): cross-reference every stored claim, write the reports, and
 * exit as `run` does (1 on failing findings).
 */
export const crossrefCommand = Command.make(
  "crossref",
  {
    db: dbFlag,
    out: Flag.String("out").pipe(
      Flag.withDescription("Where to write report.md, report.html and report.json"),
      Flag.withDefault("crosscheck-report")
    ),
    failOn: Flag.String("fail-on").pipe(
      Flag.withDescription(
        `Exit with code 1 when new findings at or above this threshold are not in the baseline: ${FAIL_ON_CHOICES.join(", ")}`
      ),
      Flag.filterMap(parseFailOn, failOnError),
      Flag.optional
    ),
    baseline: Flag.String("baseline").pipe(
      Flag.withDescription("A JSON file of accepted findings: they are suppressed, and counted in the reports"),
      Flag.optional
    ),
    format: Flag.Literals("format", RUN_FORMATS).pipe(
      Flag.withDescription("How to print the outcome: text, json, github or sarif (as crosscheck run)"),
      Flag.withDefault("text")
    ),
    quiet: Flag.Boolean("quiet").pipe(
      Flag.withAlias("q"),
      Flag.withDescription("Print only the findings that fail (and errors)"),
      Flag.withDefault(false)
    )
  },
  Effect.fn("crossrefCommand")(function*(input) {
    const failOn = Option.getOrElse(input.failOn, () => ({ text: "none", fails: () => false }))
    const { checked, summary } = yield* Effect.gen(function*() {
      const store = yield* StoreReader
      const last = (yield* store.lastRuns(1))[0]
      if (last === undefined) {
        return yield* new CommandFailed({ message: `${input.db} holds no run yet: store a corpus first (crosscheck run <corpus> --shard i/n)` })
      }
      const stored = (yield* store.storedArticleIds()).length
      const { summary } = yield* crossReferenceAndReport(
        { corpus: last.corpus, outDir: input.out, formats: ["md", "html", "json"], baseline: Option.getOrUndefined(input.baseline) },
        {
          runId: last.id,
          articles: { seen: stored, extracted: 0, unchanged: stored, removed: [], failed: 0 },
          claims: 0,
          failures: [],
          settingsChanged: undefined
        }
      )
      return { summary, checked: yield* checkRunFindings(summary, failOn) }
    }).pipe(
      Effect.provide(
        Layer.mergeAll(CrossReferencer.layer, ReportWriter.layer).pipe(Layer.provideMerge(StoreWriter.layer(input.db)))
      )
    )
    return yield* printRunOutcome(summary, checked, failOn, { format: input.format, quiet: input.quiet })
  })
).pipe(
  Command.withDescription(
    "Cross-reference everything in the store and write the reports (after sharded runs: crosscheck run <corpus> --shard i/n)"
  ),
  Command.withExamples([
    {
      command: "crosscheck crossref --db postgres://crosscheck@db/news --fail-on contradiction:high",
      description: "After every shard's run, find the contradictions across the whole store"
    }
  ])
)
