import type { Claim, Relation } from "@crosscheck/claims"
import { ACTIONABLE_TYPES, oneLine } from "@crosscheck/claims/model"
import type { Finding, ReportData } from "@crosscheck/report"
import type { FailOn } from "./fail-on.js"
import { type QuoteLocation, quoteLocation } from "./quote-location.js"

/** One side of a finding: the claim, where its quote is, and the value it gives. */
export interface FindingQuote {
  readonly claim: string
  readonly article: string
  readonly location: QuoteLocation
  readonly quote: string
  /** The figure or date as written ("more than $200 billion", "between June 9 and 10"). */
  readonly value: string
}

/** A finding as CI reports it: whether it fails the run, and its quotes located in the corpus files. */
export interface CheckedFinding {
  readonly relation: Relation
  readonly status: Finding["status"]
  readonly fails: boolean
  readonly quotes: ReadonlyArray<FindingQuote>
}


export const valueAsWritten = (claim: Claim): string => claim.value?.text ?? claim.time?.text ?? claim.quote

/**
 * The new contradictions and overlaps of a run, failing ones first (in the report's order: worst
 * first), each with its quotes located. `texts` holds the text of every article they quote.
 */
export const checkFindings = (
  data: ReportData,
  failOn: FailOn,
  texts: ReadonlyMap<string, string>
): ReadonlyArray<CheckedFinding> => {
  const claims = new Map(data.claims.map((claim) => [claim.id, claim]))
  const paths = new Map(data.articles.map((article) => [article.id, article.path]))
  const checked = data.findings
    .filter((finding) => finding.status === "new" && ACTIONABLE_TYPES.has(finding.relation.type))
    .map((finding): CheckedFinding => ({
      relation: finding.relation,
      status: finding.status,
      fails: failOn.fails(finding.relation),
      quotes: finding.relation.claims.flatMap((id) => {
        const claim = claims.get(id)
        if (claim === undefined) return []
        return [{
          claim: claim.id,
          article: claim.article,
          location: quoteLocation(paths.get(claim.article) ?? claim.article, claim, texts.get(claim.article)),
          quote: claim.quote,
          value: valueAsWritten(claim)
        }]
      })
    }))
  return [...checked.filter((finding) => finding.fails), ...checked.filter((finding) => !finding.fails)]
}

/** `a.txt:12:5`, or `corpus.jsonl:12` — the form editors and terminals turn into links. */
export const locationText = (location: QuoteLocation): string =>
  `${location.file}:${location.line}${location.column === undefined ? "" : `:${location.column}`}`

/** `high contradiction` — the word a reader scans for first. */
export const findingLabel = (relation: Relation): string =>
  relation.type === "contradiction" ? `${relation.severity ?? "low"} contradiction` : relation.type

/**
 * One line per finding, as linters print them: severity, key, each article with the value it
 * gives, then the id (for `crosscheck show`) and the fingerprint (what a baseline accepts).
 */
export const findingLine = (finding: CheckedFinding): string =>
  [
    findingLabel(finding.relation),
    finding.relation.key,
    finding.quotes.map((quote) => `${locationText(quote.location)} "${oneLine(quote.value)}"`)
      .join(finding.relation.type === "contradiction" ? " ≠ " : " = "),
    `${finding.relation.id} ${finding.relation.fingerprint}`
  ].join("  ")
