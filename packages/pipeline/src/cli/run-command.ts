import { Option } from "effect"
import { Argument, Command, Flag } from "effect/cli"
import { CONFIG_FILE_NAME } from "../config/run-config.js"
import { parseShard } from "../discover/shard.js"
import { DEFAULT_OUT_DIR } from "../report/report-files.js"
import { FAIL_ON_CHOICES, failOnError, parseFailOn } from "./run-output/fail-on.js"
import { RUN_FORMATS } from "./run-output/run-formats.js"
import { optionalDbFlag } from "./shared-flags.js"
import { lazyAction } from "./lazy-action.js"

const runFlags = {
  corpus: Argument.String("corpus").pipe(
    Argument.withDescription("A directory of .txt, .md and .html articles (with an optional manifest.json), or a .jsonl file")
  ),
  config: Flag.String("config").pipe(
    Flag.withDescription(`A configuration file (default: ${CONFIG_FILE_NAME} in the working directory, else in the corpus root)`),
    Flag.optional
  ),
  db: optionalDbFlag,
  out: Flag.String("out").pipe(
    Flag.withDescription(`Where to write report.md, report.html and report.json (default ${DEFAULT_OUT_DIR})`),
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
}
export type RunInput = Command.Command.Config.Infer<typeof runFlags>

export const runCommand = Command.make(
  "run",
  runFlags,
  lazyAction(() => import("./run-action.js").then((module) => module.runAction))
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
