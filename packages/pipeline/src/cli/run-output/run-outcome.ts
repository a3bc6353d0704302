import { ACTIONABLE_TYPES } from "@crosscheck/claims/model"
import { Console, Effect } from "effect"
import type { RunSummary } from "../../run-pipeline.js"
import { StoreReader } from "../../store/store-reader.js"
import { CommandFailed, FindingsAtThreshold } from "../exit-status.js"
import { type CheckedFinding, checkFindings } from "./checked-findings.js"
import type { FailOn } from "./fail-on.js"
import { renderGithubOutput } from "./github-output.js"
import { renderJsonOutput } from "./json-output.js"
import { renderSarifOutput } from "./sarif-output.js"
import { renderTextOutput } from "./text-output.js"
import type { RUN_FORMATS } from "./run-formats.js"

/** The run's new findings checked against the threshold, with the texts of the articles they quote (those findings' only). */
export const checkRunFindings = Effect.fn("checkRunFindings")(function*(summary: RunSummary, failOn: FailOn) {
  const store = yield* StoreReader
  const quoted = summary.report.findings.flatMap((finding) =>
    finding.status === "new" && ACTIONABLE_TYPES.has(finding.relation.type) ? finding.relation.articles : []
  )
  const texts = yield* store.loadArticleTexts([...new Set(quoted)])
  return checkFindings(summary.report, failOn, texts)
})

/** A run's outcome as printed: stdout's lines, stderr's, and the exit status the run fails with. */
export interface RenderedOutcome {
  readonly stdout: ReadonlyArray<string>
  readonly stderr: ReadonlyArray<string>
  readonly failure: CommandFailed | FindingsAtThreshold | undefined
}

/**
 * A run's outcome in the chosen format, and its exit status: unreadable articles are input errors
 * (exit 2) even though the run went on with the rest; failing findings exit 1.
 */
export const renderRunOutcome = (
  summary: RunSummary,
  checked: ReadonlyArray<CheckedFinding>,
  failOn: FailOn,
  options: { readonly format: typeof RUN_FORMATS[number]; readonly quiet: boolean }
): RenderedOutcome => {
  const printed = options.format === "text"
    ? renderTextOutput(summary, checked, failOn, { quiet: options.quiet })
    : options.format === "json"
    ? renderJsonOutput(summary, checked, failOn)
    : options.format === "github"
    ? renderGithubOutput(summary, checked)
    : renderSarifOutput(checked)
  const failing = checked.filter((finding) => finding.fails).length
  return {
    // Only the text format may have nothing to say (`--quiet`, nothing failing).
    stdout: options.format === "text" && printed === "" ? [] : [printed],
    stderr: summary.failures.map((failure) => `crosscheck: ${failure.path}: ${failure.reason}`),
    failure: summary.failures.length > 0
      ? new CommandFailed({ message: `${summary.failures.length} article(s) could not be processed` })
      : failing > 0
      ? new FindingsAtThreshold({ count: failing, threshold: failOn.text })
      : undefined
  }
}

/**
 * Prints a run's outcome (see `renderRunOutcome`) and fails with its exit status. `crosscheck run`
 * and `crosscheck crossref` end the same way.
 */
export const printRunOutcome = Effect.fn("printRunOutcome")(function*(
  summary: RunSummary,
  checked: ReadonlyArray<CheckedFinding>,
  failOn: FailOn,
  options: { readonly format: typeof RUN_FORMATS[number]; readonly quiet: boolean }
) {
  const outcome = renderRunOutcome(summary, checked, failOn, options)
  for (const line of outcome.stdout) yield* Console.log(line)
  for (const line of outcome.stderr) yield* Console.error(line)
  if (outcome.failure !== undefined) return yield* outcome.failure
})
