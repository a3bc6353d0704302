import type { Claim, Relation, Severity } from "@crosscheck/claims"
import type { ClaimContext, ReportArticle } from "../report-data.js"
import { type ClaimPage, distinctClaimIds, type QuotedClaims, type ReportOutline } from "../report-outline.js"
import { claimPeriodOf } from "./describe-claim.js"
import { severityOf } from "../report-data.js"

/**
 * What the renderers share: lookups by id, built once per report, and the findings grouped the way
 * every report presents them, from the outline alone. Findings keep the order of `outline.findings`
 * (severity, then key); their claims come with each page (`claimsOn`).
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
  /** Distinct source articles: "confirmed by N sources" is their count. */
  readonly sources: ReadonlyArray<ReportArticle>
  /** The overlap findings grouped here (their ids and fingerprints are shown). */
  readonly relations: ReadonlyArray<Relation>
}

/** A finding's claims as a page loaded them. */
export type ClaimsOf = (relation: Relation) => ReadonlyArray<ClaimView>

export interface ReportView {
  readonly outline: ReportOutline
  readonly article: (id: string) => ReportArticle | undefined
  readonly contradictions: Readonly<Record<Severity, ReadonlyArray<Relation>>>
  readonly corroborations: ReadonlyArray<Corroboration>
  readonly revisions: ReadonlyArray<Relation>
  readonly duplicates: ReadonlyArray<Relation>
  readonly timelines: ReadonlyArray<Relation>
  readonly suppressed: ReadonlyArray<Relation>
  /** The claims of a finding, from a page of them. */
  readonly claimsOn: (quoted: QuotedClaims) => ClaimsOf
}

export const severities: ReadonlyArray<Severity> = ["high", "medium", "low"]

const startOf = (view: ClaimView): number => {
  const period = claimPeriodOf(view.claim)
  return period.dated ? period.first : Number.POSITIVE_INFINITY
}

/** Claims in time order (by the first day of their period; undated last), as a series reads. */
export const chronological = (views: ReadonlyArray<ClaimView>): ReadonlyArray<ClaimView> =>
  [...views].sort((a, b) => startOf(a) - startOf(b))

/** A corroborated fact's claims: each once, in the order its findings name them. */
export const corroborationClaims = (item: Corroboration, claimsOf: ClaimsOf): ReadonlyArray<ClaimView> => [
  ...new Map(item.relations.flatMap((relation) => claimsOf(relation).map((view) => [view.claim.id, view] as const))).values()
]

/** The page of claims these findings name, with what is asked for of them (the claims themselves unless told). */
export const claimPage = (
  relations: ReadonlyArray<Relation>,
  wanted: { readonly claims?: boolean; readonly contexts?: boolean; readonly facets?: boolean }
): ClaimPage => ({
  ids: distinctClaimIds(relations),
  claims: wanted.claims ?? true,
  contexts: wanted.contexts ?? false,
  facets: wanted.facets ?? false
})

export const viewReport = (outline: ReportOutline): ReportView => {
  const articles = new Map(outline.articles.map((article) => [article.id, article]))
  const claimArticles = new Map(outline.claimRefs.map((ref) => [ref.id, ref.article]))

  const claimsOn = (quoted: QuotedClaims): ClaimsOf => (relation) =>
    relation.claims.flatMap((id) => {
      const claim = quoted.claims.get(id)
      return claim === undefined ? [] : [{ claim, article: articles.get(claim.article), context: quoted.contexts.get(id) }]
    })

  const active = outline.findings.filter((finding) => finding.status === "new").map((finding) => finding.relation)
  const ofType = (type: Relation["type"]) => active.filter((relation) => relation.type === type)
  const contradictions = ofType("contradiction")

  const overlapRelations = new Map<string, Array<Relation>>()
  for (const relation of ofType("overlap")) overlapRelations.set(relation.key, [...(overlapRelations.get(relation.key) ?? []), relation])
  // The sources of a fact: the articles of its claims, each once, in the order its findings name them.
  const sourcesOf = (relations: ReadonlyArray<Relation>): ReadonlyArray<ReportArticle> => [
    ...new Map(relations.flatMap((relation) =>
      relation.claims.flatMap((id) => {
        const articleId = claimArticles.get(id)
        const article = articleId === undefined ? undefined : articles.get(articleId)
        return article === undefined ? [] : [[article.id, article] as const]
      })
    )).values()
  ]
  // The best-confirmed facts first.
  const corroborations = [...overlapRelations]
    .map(([key, relations]) => ({ key, sources: sourcesOf(relations), relations }))
    .sort((a, b) => b.sources.length - a.sources.length)

  return {
    outline,
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
    suppressed: outline.findings.filter((finding) => finding.status === "suppressed").map((finding) => finding.relation),
    claimsOn
  }
}
