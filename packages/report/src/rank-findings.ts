import { type Relation, type RelationType, type Severity, timexInterval } from "@crosscheck/claims/model"

/**
 * The order a reviewer reads findings in, before any list is cut: the type (contradictions first),
 * the severity, then the size of the difference, the number of articles, and how sure the
 * reading of the claims is; the key and id last, so the order is total and stable.
 */

const TYPE_RANK: Readonly<Record<RelationType, number>> = { contradiction: 0, revision: 1, overlap: 2, duplicate: 3, timeline: 4 }
const SEVERITY_RANK: Readonly<Record<Severity, number>> = { high: 0, medium: 1, low: 2 }

/** A contradiction without a severity is counted and shown as low. */
export const severityOf = (relation: Relation): Severity => relation.severity ?? "low"

const DAY_MILLIS = 86_400_000
/** Days apart at which two dates count as fully different (as a relative difference of 1). */
const DAYS_FOR_FULL_DIFFERENCE = 30

const dayNumber = (value: string | undefined): number | undefined => {
  const interval = value === undefined ? undefined : timexInterval(value)
  return interval === undefined ? undefined : Date.parse(interval.first) / DAY_MILLIS
}

/** What ranking reads of a claim: its figure, the start of its time scope, and how sure its reading is. */
export interface RankedClaim {
  readonly value?: { readonly value: number } | undefined
  readonly time?: { readonly start: string } | undefined
  readonly confidence: number
}

/** How far apart a finding's claims are: their figures (lowest, highest, relative difference), else days between their starts. */
export type ClaimDifference =
  | { readonly by: "value"; readonly low: number; readonly high: number; readonly relative: number }
  | { readonly by: "days"; readonly days: number }

/** The claims' difference: by figure when two or more state one, else by date; undefined when neither can be measured. */
export const claimDifference = (claims: ReadonlyArray<RankedClaim>): ClaimDifference | undefined => {
  const values = claims.flatMap((claim) => claim.value === undefined ? [] : [claim.value.value])
  if (values.length >= 2) {
    const low = Math.min(...values)
    const high = Math.max(...values)
    const scale = Math.max(Math.abs(low), Math.abs(high))
    return { by: "value", low, high, relative: scale === 0 ? 0 : (high - low) / scale }
  }
  const days = claims.flatMap((claim) => dayNumber(claim.time?.start) ?? [])
  return days.length < 2 ? undefined : { by: "days", days: Math.max(...days) - Math.min(...days) }
}

/**
 * How far apart the claims are, 0..1: the relative difference of their figures, else how many
 * days apart their dates start (a month or more counts as 1); 0 when they cannot be measured.
 */
export const differenceSize = (claims: ReadonlyArray<RankedClaim>): number => {
  const difference = claimDifference(claims)
  if (difference === undefined) return 0
  return difference.by === "value"
    ? Math.min(1, difference.relative)
    : Math.min(1, difference.days / DAYS_FOR_FULL_DIFFERENCE)
}

/** The least sure of the claims' readings: a finding is as sure as its weakest side. */
export const readingConfidence = (claims: ReadonlyArray<RankedClaim>): number =>
  claims.length === 0 ? 0 : Math.min(...claims.map((claim) => claim.confidence))

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** What a finding is ranked by beyond its own fields, worked out once from its claims. */
export interface FindingWeight {
  readonly difference: number
  readonly confidence: number
}

export const findingWeight = (claims: ReadonlyArray<RankedClaim>): FindingWeight => ({
  difference: differenceSize(claims),
  confidence: readingConfidence(claims)
})

/** A comparator of relations in reading order, given each one's weight. */
export const compareRanked = (weight: (relation: Relation) => FindingWeight) => (a: Relation, b: Relation): number =>
  TYPE_RANK[a.type] - TYPE_RANK[b.type] ||
  (a.type === "contradiction" && b.type === "contradiction"
    ? SEVERITY_RANK[severityOf(a)] - SEVERITY_RANK[severityOf(b)]
    : 0) ||
  weight(b).difference - weight(a).difference ||
  b.articles.length - a.articles.length ||
  weight(b).confidence - weight(a).confidence ||
  byString(a.key, b.key) ||
  byString(a.id, b.id)

/** A comparator of relations in reading order; `claimsOf` gives a relation's claims (each relation's weighed once). */
export const rankRelations = (claimsOf: (relation: Relation) => ReadonlyArray<RankedClaim>) => {
  const weights = new Map<string, FindingWeight>()
  return compareRanked((relation) => {
    let known = weights.get(relation.id)
    if (known === undefined) {
      known = findingWeight(claimsOf(relation))
      weights.set(relation.id, known)
    }
    return known
  })
}
