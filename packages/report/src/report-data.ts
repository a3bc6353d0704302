import {
  ArticleMetadata,
  IsoDay,
  Claim,
  ReferenceDate,
  Relation,
  RelationType
} from "@crosscheck/claims/model"
import { Schema } from "effect"
import { UNCOMPARED_REASONS, type UncomparedReason, uncomparedCounts } from "./compare/uncompared.js"
import { makeReportOutline } from "./report-outline.js"

/**
 * The data every renderer reads, and the documented, stable schema of report.json
 * (docs/report-json.md, docs/report.schema.json). Bump `schemaVersion` on any breaking change.
 */

const Count = Schema.Int.check(Schema.isGreaterThanOrEqualTo(0))

export const ReportTool = Schema.Struct({
  name: Schema.String.annotate({ description: "The tool's name (\"crosscheck\")." }),
  version: Schema.String.annotate({ description: "The tool's version." }),
  extractor: Schema.String.annotate({ description: "The extractor version that produced the claims." })
})
export type ReportTool = typeof ReportTool.Type

export const ReportCounts = Schema.Struct({
  articles: Count.annotate({ description: "Articles read." }),
  claims: Count.annotate({ description: "Claims extracted from all articles (not only those in `claims`)." }),
  contradictions: Schema.Struct({ high: Count, medium: Count, low: Count }).annotate({
    description: "New (not suppressed) contradictions by severity."
  }),
  overlaps: Count.annotate({ description: "New overlap (corroboration) findings." }),
  revisions: Count.annotate({ description: "New revision findings: a preliminary or first-reported figure later revised or restated." }),
  duplicates: Count.annotate({ description: "New duplicate findings." }),
  timelines: Count.annotate({ description: "New timeline findings." }),
  suppressed: Count.annotate({ description: "Findings the baseline accepted." }),
  staleBaseline: Count.annotate({ description: "Baseline entries that no longer match any finding." }),
  uncompared: Schema.Array(
    Schema.Struct({
      reason: Schema.Literals(Object.keys(UNCOMPARED_REASONS) as [UncomparedReason, ...Array<UncomparedReason>]),
      description: Schema.String,
      claims: Count
    })
  ).annotate({
    description: "Claims never compared with any other, by why (each claim once, under the first reason that applies): what was not checked."
  })
})
export type ReportCounts = typeof ReportCounts.Type

export const ReportArticle = Schema.Struct({
  id: Schema.String,
  path: Schema.String,
  title: Schema.optionalKey(Schema.String),
  outlet: Schema.optionalKey(Schema.String),
  url: Schema.optionalKey(Schema.String),
  published: Schema.optionalKey(IsoDay),
  referenceDate: ReferenceDate
})
export type ReportArticle = typeof ReportArticle.Type

export const FindingStatus = Schema.Literals(["new", "suppressed"])
export type FindingStatus = typeof FindingStatus.Type

export const Finding = Schema.Struct({ relation: Relation, status: FindingStatus })
export type Finding = typeof Finding.Type

/** A baseline entry that matched no finding of this run: the finding it accepted is gone. */
export const StaleBaselineEntry = Schema.Struct({
  fingerprint: Schema.String,
  type: RelationType,
  key: Schema.String,
  articles: Schema.Array(Schema.String)
})
export type StaleBaselineEntry = typeof StaleBaselineEntry.Type

/** An article that could not be read or extracted: where it is and why. */
export const UnreadableArticle = Schema.Struct({
  path: Schema.String.annotate({ description: "Where it was read from (a file, or `corpus.jsonl#LINE`)." }),
  reason: Schema.String.annotate({ description: "Why it could not be read, in words." })
})
export type UnreadableArticle = typeof UnreadableArticle.Type

/** A claim's quote in its context: `before + quote + after` is one contiguous slice of the article text. */
export const ClaimContext = Schema.Struct({
  claim: Schema.String.annotate({ description: "The claim id." }),
  article: Schema.String.annotate({ description: "The article id." }),
  before: Schema.String,
  quote: Schema.String,
  after: Schema.String
})
export type ClaimContext = typeof ClaimContext.Type

export const ReportData = Schema.Struct({
  schemaVersion: Schema.Literal(1),
  generatedAt: Schema.String.annotate({ description: "When the report was made, ISO 8601 (UTC)." }),
  tool: ReportTool,
  corpus: Schema.String.annotate({ description: "The corpus the report covers, as given (directory, manifest or .jsonl path)." }),
  counts: ReportCounts,
  articles: Schema.Array(ReportArticle),
  claims: Schema.Array(Claim).annotate({ description: "The claims the findings reference (timelines included)." }),
  findings: Schema.Array(Finding),
  staleBaseline: Schema.Array(StaleBaselineEntry),
  unreadable: Schema.Array(UnreadableArticle).annotate({
    description: "Articles of the corpus that could not be read or extracted this run, with the reason: the findings do not cover them."
  }),
  contexts: Schema.Array(ClaimContext).annotate({ description: "One per claim in `claims`, in the same order." })
})
export type ReportData = typeof ReportData.Type

export interface ReportArticleInput {
  readonly id: string
  readonly path: string
  readonly metadata: ArticleMetadata
  readonly referenceDate: ReferenceDate
  /** The article text as read (claim spans index it); needed only for articles that findings quote. */
  readonly text?: string | undefined
}

/** What the report counts of every claim: how many, and those never compared by why. */
export interface ClaimTally {
  readonly claims: number
  readonly uncompared: ReportCounts["uncompared"]
  /** How many articles the corpus has, when `articles` are not all of them. */
  readonly articles?: number | undefined
  /**
   * How many relations of each type the baseline did not accept, when `active` is not all of them
   * (a rerun that keeps its reports reads only the findings a run prints; the rest it counts in SQL).
   */
  readonly active?: Readonly<Record<RelationType, number>> | undefined
}

export interface ReportInput {
  readonly generatedAt: string
  readonly corpus: string
  readonly tool: ReportTool
  readonly articles: ReadonlyArray<ReportArticleInput>
  /** All claims extracted from the corpus; or, with `tally`, at least those the findings reference. */
  readonly claims: ReadonlyArray<Claim>
  /**
   * How many claims the corpus has and which were never compared, when `claims` are not all of them
   * (a rerun that keeps its reports counts them in SQL and the last run's summary, decoding none).
   */
  readonly tally?: ClaimTally | undefined
  /** Relations the baseline did not accept. */
  readonly active: ReadonlyArray<Relation>
  /** Relations the baseline accepted. */
  readonly suppressed: ReadonlyArray<Relation>
  readonly stale: ReadonlyArray<StaleBaselineEntry>
  /** Articles that could not be read this run. */
  readonly unreadable?: ReadonlyArray<UnreadableArticle> | undefined
}

/** How much article text a context shows on each side of the quote, in characters (cut at a word boundary). */
export const contextChars = 200

export { severityOf } from "./rank-findings.js"

// Where a context may start or end: at a line break, or between sentences.
const contextStart = /\n\s*|[.!?]["”’»)]*\s+/g
const contextEnd = /\s*\n|(?<=[.!?]["”’»)]*)\s/g

/**
 * The text before the quote: its sentence, plus the whole sentences or paragraphs before it that lie
 * within about `contextChars`.
 */
const textBefore = (text: string, spanStart: number, sentenceStart: number): string => {
  const from = Math.min(sentenceStart, spanStart)
  const windowStart = Math.max(0, spanStart - contextChars)
  if (windowStart >= from) return text.slice(from, spanStart)
  if (windowStart === 0) return text.slice(0, spanStart)
  const window = text.slice(windowStart, from)
  const first = window.matchAll(contextStart).next()
  const start = first.done === true ? from : windowStart + first.value.index + first.value[0].length
  return text.slice(start, spanStart)
}

/** The text after the quote: the rest of its sentence, plus whole sentences or paragraphs within about `contextChars`. */
const textAfter = (text: string, spanEnd: number, sentenceEnd: number): string => {
  const to = Math.max(sentenceEnd, spanEnd)
  const windowEnd = Math.min(text.length, spanEnd + contextChars)
  if (windowEnd <= to) return text.slice(spanEnd, to)
  if (windowEnd === text.length) return text.slice(spanEnd)
  const window = text.slice(to, windowEnd)
  let end = to
  for (const match of window.matchAll(contextEnd)) end = to + match.index
  return text.slice(spanEnd, end)
}

/** What a context reads of a claim: where its quote and sentence are, and the quote itself. */
export type QuotedSpan = Pick<Claim, "id" | "article" | "span" | "sentence" | "quote">

/** The claim's quote with its whole sentence and about `contextChars` of text either side. */
export const claimContext = (claim: QuotedSpan, text: string): ClaimContext => ({
  claim: claim.id,
  article: claim.article,
  before: textBefore(text, claim.span.start, claim.sentence.start),
  quote: text.slice(claim.span.start, claim.span.end),
  after: textAfter(text, claim.span.end, claim.sentence.end)
})

/** A claim's context, or its quote alone when its article's text was not supplied. */
export const contextOf = (claim: QuotedSpan, text: string | undefined): ClaimContext =>
  text === undefined
    ? { claim: claim.id, article: claim.article, before: "", quote: claim.quote, after: "" }
    : claimContext(claim, text)

/**
 * Assembles the report: keeps the claims the findings reference (with their contexts, sliced from the
 * article texts), orders everything deterministically, and counts. Pure: the caller supplies `generatedAt`.
 */
export const makeReportData = (input: ReportInput): ReportData => {
  const claimById = new Map(input.claims.map((claim) => [claim.id, claim]))
  const { claimRefs, ...outline } = makeReportOutline({
    ...input,
    claims: claimById,
    tally: input.tally ?? { claims: input.claims.length, uncompared: uncomparedCounts(input.claims) }
  })
  const textOf = new Map(input.articles.map((article) => [article.id, article.text]))
  const claims = claimRefs.flatMap((ref) => claimById.get(ref.id) ?? [])
  return { ...outline, claims, contexts: claims.map((claim) => contextOf(claim, textOf.get(claim.article))) }
}
