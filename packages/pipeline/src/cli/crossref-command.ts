import { Command, Flag } from "effect/cli"
import { FAIL_ON_CHOICES, failOnError, parseFailOn } from "./run-output/fail-on.js"
import { RUN_FORMATS } from "./run-output/run-formats.js"
import { DEFAULT_OUT_DIR } from "../report/report-files.js"
import { dbFlag } from "./shared-flags.js"
import { lazyAction } from "./lazy-action.js"

const crossrefFlags = {
  db: dbFlag,
  out: Flag.String("out").pipe(
    Flag.withDescription("Where to write report.md, report.html and report.json"),
    Flag.withDefault(DEFAULT_OUT_DIR)
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
}
export type CrossrefInput = Command.Command.Config.Infer<typeof crossrefFlags>

export const crossrefCommand = Command.make(
  "crossref",
  crossrefFlags,
  lazyAction(() => import("./crossref-action.js").then((module) => module.crossrefAction))
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
