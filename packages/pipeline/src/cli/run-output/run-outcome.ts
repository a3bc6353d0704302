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

/**
 * Prints a run's outcome in the chosen format and fails with its exit status: unreadable articles
 * are input errors (exit 2) even though the run went on with the rest; failing findings exit 1.
 * `crosscheck run` and `crosscheck crossref` end the same way.
 */
export const printRunOutcome = Effect.fn("printRunOutcome")(function*(
  summary: RunSummary,
  checked: ReadonlyArray<CheckedFinding>,
  failOn: FailOn,
  options: { readonly format: typeof RUN_FORMATS[number]; readonly quiet: boolean }
) {
  switch (options.format) {
    case "text": {
      const text = renderTextOutput(summary, checked, failOn, { quiet: options.quiet })
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
  if (summary.failures.length > 0) {
    return yield* new CommandFailed({ message: `${summary.failures.length} article(s) could not be processed` })
  }
  const failing = checked.filter((finding) => finding.fails).length
  if (failing > 0) return yield* new FindingsAtThreshold({ count: failing, threshold: failOn.text })
})
