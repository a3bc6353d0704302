import type { RunSummary } from "../../run-pipeline.js"
import type { CheckedFinding } from "./checked-findings.js"
import type { FailOn } from "./fail-on.js"

/**
 * `--format json`: the run on stdout as one JSON document — what was read, every new
 * contradiction and overlap with its id, fingerprint and located quotes, and whether it fails the
 * run; the articles that could not be read; where the reports are.
 */
export const renderJsonOutput = (
  summary: RunSummary,
  checked: ReadonlyArray<CheckedFinding>,
  failOn: FailOn
): string =>
  JSON.stringify(
    {
      articles: { ...summary.articles },
      claims: summary.claims,
      findings: summary.findings,
      suppressed: summary.suppressed,
      staleBaseline: summary.staleBaseline,
      failOn: failOn.text,
      failing: checked.filter((finding) => finding.fails).length,
      results: checked.map(({ fails, quotes, relation }) => ({
        id: relation.id,
        fingerprint: relation.fingerprint,
        type: relation.type,
        ...(relation.severity === undefined ? {} : { severity: relation.severity }),
        key: relation.key,
        fails,
        quotes: quotes.map(({ location, ...quote }) => ({ ...quote, ...location }))
      })),
      unreadable: summary.failures,
      reports: summary.reportFiles
    },
    null,
    2
  )
