import type { RunSummary } from "../run-pipeline.js"

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`

/** The few lines `crosscheck run` prints: what was read, what was found, where the reports are. */
export const formatRunSummary = (summary: RunSummary): string => {
  const { articles, findings } = summary
  const lines = [
    `crosscheck: ${plural(articles.seen, "article")} (${articles.extracted} extracted, ${articles.unchanged} unchanged, ` +
    `${articles.removed.length} removed, ${articles.failed} failed), ${plural(summary.claims, "claim")} stored`,
    `findings: ${plural(findings.contradiction, "contradiction")}, ${plural(findings.revision, "revision")}, ${plural(findings.overlap, "overlap")}, ` +
    `${plural(findings.duplicate, "duplicate")}, ${plural(findings.timeline, "timeline")}` +
    (summary.suppressed > 0 ? ` (${summary.suppressed} suppressed by the baseline)` : "") +
    (summary.staleBaseline > 0 ? `; ${plural(summary.staleBaseline, "stale baseline entry")}` : "")
  ]
  if (summary.settingsChanged !== undefined) {
    const { articles: reextracted, before, now } = summary.settingsChanged
    lines.push(
      `settings changed: stored with ${before.join(", ")}, now ${now}; re-extracted ${plural(reextracted, "article")}`
    )
  }
  const uncompared = summary.uncompared.reduce((sum, { claims }) => sum + claims, 0)
  if (uncompared > 0) {
    const why = summary.uncompared.map(({ description, claims }) => `${description}: ${claims}`).join("; ")
    lines.push(`not compared: ${plural(uncompared, "claim")} (${why})`)
  }
  if (articles.removed.length > 0) lines.push(`removed from the corpus: ${articles.removed.join(", ")}`)
  if (summary.reportFiles.length > 0) {
    const kept = summary.reportsKept.length === 0
      ? ""
      : summary.reportsKept.length === summary.reportFiles.length
      ? " (unchanged: nothing changed since the last run, so they are still valid)"
      : ` (${summary.reportsKept.join(", ")} unchanged: nothing changed since the last run)`
    lines.push(`reports: ${summary.reportFiles.join(", ")}${kept}`)
  }
  return lines.join("\n")
}
