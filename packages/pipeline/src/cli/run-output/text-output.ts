import type { RunSummary } from "../../run-pipeline.js"
import { formatRunSummary } from "../format-run-summary.js"
import { type CheckedFinding, findingLine } from "./checked-findings.js"
import type { FailOn } from "./fail-on.js"

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`

/**
 * `--format text`, as linters print: each finding that fails the run on its own line, then the
 * run's summary, then the total that decides the exit code. `--quiet` keeps only the failing lines
 * and the total.
 */
export const renderTextOutput = (
  summary: RunSummary,
  checked: ReadonlyArray<CheckedFinding>,
  failOn: FailOn,
  options: { readonly quiet: boolean }
): string => {
  const failing = checked.filter((finding) => finding.fails)
  const lines = failing.map(findingLine)
  if (!options.quiet) {
    if (lines.length > 0) lines.push("")
    lines.push(formatRunSummary(summary))
  }
  if (failing.length > 0) {
    lines.push(`✖ ${plural(failing.length, "finding")} at or above --fail-on ${failOn.text} (not in the baseline)`)
  }
  return lines.join("\n")
}
