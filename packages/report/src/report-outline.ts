import type { Claim, Relation, RelationType } from "@crosscheck/claims/model"
import type {
  ClaimContext,
  ClaimTally,
  Finding,
  ReportArticle,
  ReportArticleInput,
  ReportData,
  ReportInput
} from "./report-data.js"
import { rankRelations, type RankedClaim, severityOf } from "./rank-findings.js"

/**
 * A report without its claims and their contexts: what every renderer needs whole (the counts, the
 * ranked findings, the articles), and the order of the claims they quote. The claims themselves
 * are loaded a page at a time while a report is written, so a report of any size never holds
 * every claim and every quoted text at once.
 */

/** What ordering the report's claims reads of one: its id, article and where its quote starts. */
export interface ClaimRef {
  readonly id: string
  readonly article: string
  readonly span: { readonly start: number }
}

/** What a report reads of a claim before any is loaded whole: where it is, and what ranking weighs. */
export type OutlineClaim = ClaimRef & RankedClaim

export interface ReportOutline extends Omit<ReportData, "claims" | "contexts"> {
  /** The claims the findings reference, in the report's order (`claims` and `contexts` of report.json). */
  readonly claimRefs: ReadonlyArray<ClaimRef>
}

export interface OutlineInput extends Omit<ReportInput, "claims" | "tally"> {
  /** At least the claims the findings reference, by id (others are left out). */
  readonly claims: ReadonlyMap<string, OutlineClaim>
  readonly tally: ClaimTally
}

/** What report.html's entity filter reads of a claim: its subjects, place, and its figure's holder and counterpart. */
export interface ClaimFacets {
  readonly subjects: ReadonlyArray<string>
  readonly place?: string | undefined
  readonly figure?: { readonly holder?: string | undefined; readonly counterpart?: string | undefined } | undefined
}

/**
 * A page of claims a renderer asks for, in the order it lists them: the claims decoded, their
 * contexts, their facets, each only when it shows them.
 */
export interface ClaimPage {
  readonly ids: ReadonlyArray<string>
  readonly claims: boolean
  readonly contexts: boolean
  readonly facets: boolean
}

/** A page of claims as loaded: those stored, with what was asked for of them. */
export interface QuotedClaims {
  readonly claims: ReadonlyMap<string, Claim>
  readonly contexts: ReadonlyMap<string, ClaimContext>
  readonly facets: ReadonlyMap<string, ClaimFacets>
}

export const noClaims: QuotedClaims = { claims: new Map(), contexts: new Map(), facets: new Map() }

/**
 * What a renderer yields: text, or a page of claims it needs next. Whoever drives it answers a page
 * with the claims loaded (`next(quoted)`) before asking for more, so state a renderer keeps between
 * pages is only what it chooses to (counts, a list's first items).
 */
export type ReportPiece = string | ClaimPage

export type ReportPieces = Generator<ReportPiece, void, QuotedClaims>

/** The claims of `page`, from whoever drives the renderer. */
export function* loadClaims(page: ClaimPage): Generator<ReportPiece, QuotedClaims, QuotedClaims> {
  return yield page
}

/** Each id once, in the order first named. */
export const distinctClaimIds = (relations: ReadonlyArray<Relation>): ReadonlyArray<string> => [
  ...new Set(relations.flatMap((relation) => relation.claims))
]

export const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

const compareClaims = (a: ClaimRef, b: ClaimRef): number =>
  byString(a.article, b.article) || a.span.start - b.span.start || byString(a.id, b.id)

/** The findings by type (contradictions by severity, from the relations given: all of them), or as `counted` when given. */
const countFindings = (active: ReadonlyArray<Relation>, counted: Readonly<Record<RelationType, number>> | undefined) => {
  const contradictions = { high: 0, medium: 0, low: 0 }
  const byType: Record<RelationType, number> = { contradiction: 0, revision: 0, overlap: 0, duplicate: 0, timeline: 0 }
  for (const relation of active) {
    byType[relation.type] += 1
    if (relation.type === "contradiction") contradictions[severityOf(relation)] += 1
  }
  const total = counted ?? byType
  return { contradictions, overlaps: total.overlap, revisions: total.revision, duplicates: total.duplicate, timelines: total.timeline }
}

const reportArticle = ({ id, path, metadata, referenceDate }: ReportArticleInput): ReportArticle => ({
  id,
  path,
  ...(metadata.title === undefined ? {} : { title: metadata.title }),
  ...(metadata.outlet === undefined ? {} : { outlet: metadata.outlet }),
  ...(metadata.url === undefined ? {} : { url: metadata.url }),
  ...(metadata.published === undefined ? {} : { published: metadata.published }),
  referenceDate
})

/**
 * Orders and counts the report: the findings ranked (from what ranking reads of their claims), the
 * claims they reference in report order, the articles, baseline entries and unreadable articles
 * sorted. Pure: the caller supplies `generatedAt`.
 */
export const makeReportOutline = (input: OutlineInput): ReportOutline => {
  const ranked = rankRelations((relation) => relation.claims.flatMap((id) => input.claims.get(id) ?? []))
  const findings: ReadonlyArray<Finding> = [
    ...input.active.map((relation) => ({ relation, status: "new" as const })),
    ...input.suppressed.map((relation) => ({ relation, status: "suppressed" as const }))
  ].sort((a, b) => ranked(a.relation, b.relation) || byString(a.status, b.status))
  const claimRefs = distinctClaimIds(findings.map((finding) => finding.relation))
    .flatMap((id): ReadonlyArray<ClaimRef> => {
      const claim = input.claims.get(id)
      return claim === undefined ? [] : [{ id, article: claim.article, span: { start: claim.span.start } }]
    })
    .sort(compareClaims)
  return {
    schemaVersion: 1,
    generatedAt: input.generatedAt,
    tool: input.tool,
    corpus: input.corpus,
    counts: {
      articles: input.tally.articles ?? input.articles.length,
      claims: input.tally.claims,
      ...countFindings(input.active, input.tally.active),
      suppressed: input.suppressed.length,
      staleBaseline: input.stale.length,
      uncompared: input.tally.uncompared
    },
    articles: input.articles.map(reportArticle).sort((a, b) => byString(a.id, b.id)),
    claimRefs,
    findings,
    staleBaseline: [...input.stale].sort((a, b) => byString(a.fingerprint, b.fingerprint)),
    unreadable: [...(input.unreadable ?? [])].sort((a, b) => byString(a.path, b.path))
  }
}

/** A whole report's outline: the report without its claims and contexts, which `quotedFrom` serves. */
export const outlineOf = ({ claims, contexts: _contexts, ...rest }: ReportData): ReportOutline => ({
  ...rest,
  claimRefs: claims.map((claim) => ({ id: claim.id, article: claim.article, span: { start: claim.span.start } }))
})

/** Serves pages of a whole report's claims and contexts, from memory. */
export const quotedFrom = (data: ReportData): (page: ClaimPage) => QuotedClaims => {
  const claims = new Map(data.claims.map((claim) => [claim.id, claim]))
  const contexts = new Map(data.contexts.map((context) => [context.claim, context]))
  const some = <A>(wanted: boolean, from: ReadonlyMap<string, A>, ids: ReadonlyArray<string>): ReadonlyMap<string, A> =>
    wanted
      ? new Map(ids.flatMap((id) => {
        const found = from.get(id)
        return found === undefined ? [] : [[id, found] as const]
      }))
      : new Map()
  return (page) => ({
    claims: some(page.claims, claims, page.ids),
    contexts: some(page.contexts, contexts, page.ids),
    facets: some(page.facets, claims, page.ids)
  })
}
