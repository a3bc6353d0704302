import { oneLine } from "@crosscheck/claims/model"
import type { RunSummary } from "../../run-pipeline.js"
import { formatRunSummary } from "../format-run-summary.js"
import { type CheckedFinding, findingLabel, locationText } from "./checked-findings.js"

/** GitHub's workflow-command escaping: of the message, and (more) of a property value. */
const escapeData = (text: string): string => text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A")
const escapeProperty = (text: string): string => escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C")

/** Failing findings are errors; other contradictions warnings; overlaps notices. */
const command = (finding: CheckedFinding): "error" | "warning" | "notice" =>
  finding.fails ? "error" : finding.relation.type === "contradiction" ? "warning" : "notice"

/**
 * `--format github`: a workflow annotation on each article file at each quote's line (GitHub shows
 * them on the files and in the job's summary), then the run's summary lines for the log.
 */
export const renderGithubOutput = (summary: RunSummary, checked: ReadonlyArray<CheckedFinding>): string => {
  const annotations = checked.flatMap((finding) =>
    finding.quotes.map((quote) => {
      const others = finding.quotes.filter((other) => other !== quote)
      const { location } = quote
      const properties = [
        `file=${escapeProperty(location.file)}`,
        `line=${location.line}`,
        ...(location.endLine === undefined ? [] : [`endLine=${location.endLine}`]),
        // GitHub takes columns only within one line.
        ...(location.column === undefined || location.endLine !== location.line
          ? []
          : [`col=${location.column}`, `endColumn=${location.endColumn}`]),
        `title=${escapeProperty(`${findingLabel(finding.relation)}: ${finding.relation.key}`)}`
      ]
      const message = [
        `"${oneLine(quote.value)}" here (${oneLine(quote.quote)})`,
        ...others.map((other) => `vs "${oneLine(other.value)}" in ${locationText(other.location)} (${oneLine(other.quote)})`),
        `id ${finding.relation.id}, fingerprint ${finding.relation.fingerprint}`
      ].join("\n")
      return `::${command(finding)} ${properties.join(",")}::${escapeData(message)}`
    })
  )
  return [...annotations, formatRunSummary(summary)].join("\n")
}
