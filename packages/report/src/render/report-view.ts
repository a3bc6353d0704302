import type { Claim, Relation, Severity } from "@crosscheck/claims"
import type { ClaimContext, ReportArticle, ReportData } from "../report-data.js"
import { claimPeriodOf } from "./describe-claim.js"
import { severityOf } from "../report-data.js"

/**
 * What the renderers share: lookups by id, built once per report, and the findings grouped the way
 * every report presents them. Findings keep the order of `data.findings` (severity, then key).
 */

/** A claim with its article and context, as a report shows one side of a finding. */
export interface ClaimView {
  readonly claim: Claim
  readonly article: ReportArticle | undefined
  readonly context: ClaimContext | undefined
}

/** A fact stated alike in several articles: the overlap findings of one comparison key, merged. */
export interface Corroboration {
  readonly key: string
  readonly claims: ReadonlyArray<ClaimView>
  /** Distinct source articles: "confirmed by N sources" is their count. */
  readonly sources: ReadonlyArray<ReportArticle>
  /** The overlap findings grouped here (their ids and fingerprints are shown). */
  readonly relations: ReadonlyArray<Relation>
}

export interface ReportView {
  readonly data: ReportData
  readonly claimsOf: (relation: Relation) => ReadonlyArray<ClaimView>
  readonly article: (id: string) => ReportArticle | undefined
  readonly contradictions: Readonly<Record<Severity, ReadonlyArray<Relation>>>
  readonly corroborations: ReadonlyArray<Corroboration>
  readonly revisions: ReadonlyArray<Relation>
  readonly duplicates: ReadonlyArray<Relation>
  readonly timelines: ReadonlyArray<Relation>
  readonly suppressed: ReadonlyArray<Relation>
}

export const severities: ReadonlyArray<Severity> = ["high", "medium", "low"]

const startOf = (view: ClaimView): number => {
  const period = claimPeriodOf(view.claim)
  return period.dated ? period.first : Number.POSITIVE_INFINITY
}

/** Claims in time order (by the first day of their period; undated last), as a series reads. */
export const chronological = (views: ReadonlyArray<ClaimView>): ReadonlyArray<ClaimView> =>
  [...views].sort((a, b) => startOf(a) - startOf(b))

const distinctArticles = (views: ReadonlyArray<ClaimView>): ReadonlyArray<ReportArticle> => [
  ...new Map(
    views.flatMap((view) => (view.article === undefined ? [] : [[view.article.id, view.article] as const]))
  ).values()
]

export const viewReport = (data: ReportData): ReportView => {
  const claims = new Map(data.claims.map((claim) => [claim.id, claim]))
  const articles = new Map(data.articles.map((article) => [article.id, article]))
  const contexts = new Map(data.contexts.map((context) => [context.claim, context]))

  const claimView = (claim: Claim): ClaimView => ({
    claim,
    article: articles.get(claim.article),
    context: contexts.get(claim.id)
  })
  const claimsOf = (relation: Relation): ReadonlyArray<ClaimView> =>
    relation.claims.flatMap((id) => {
      const claim = claims.get(id)
      return claim === undefined ? [] : [claimView(claim)]
    })

  const active = data.findings.filter((finding) => finding.status === "new").map((finding) => finding.relation)
  const ofType = (type: Relation["type"]) => active.filter((relation) => relation.type === type)
  const contradictions = ofType("contradiction")

  const overlapClaims = new Map<string, Map<string, ClaimView>>()
  const overlapRelations = new Map<string, Array<Relation>>()
  for (const relation of ofType("overlap")) {
    overlapRelations.set(relation.key, [...(overlapRelations.get(relation.key) ?? []), relation])
    const byId = overlapClaims.get(relation.key) ?? new Map<string, ClaimView>()
    for (const view of claimsOf(relation)) byId.set(view.claim.id, view)
    overlapClaims.set(relation.key, byId)
  }
  // The best-confirmed facts first.
  const corroborations = [...overlapClaims]
    .map(([key, byId]) => {
      const views = [...byId.values()]
      return { key, claims: views, sources: distinctArticles(views), relations: overlapRelations.get(key) ?? [] }
    })
    .sort((a, b) => b.sources.length - a.sources.length)

  return {
    data,
    claimsOf,
    article: (id) => articles.get(id),
    contradictions: {
      high: contradictions.filter((relation) => severityOf(relation) === "high"),
      medium: contradictions.filter((relation) => severityOf(relation) === "medium"),
      low: contradictions.filter((relation) => severityOf(relation) === "low")
    },
    corroborations,
    revisions: ofType("revision"),
    duplicates: ofType("duplicate"),
    timelines: ofType("timeline"),
    suppressed: data.findings.filter((finding) => finding.status === "suppressed").map((finding) => finding.relation)
  }
}
