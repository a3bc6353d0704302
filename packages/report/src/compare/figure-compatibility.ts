import type { ComparisonKey } from "./comparison-key.js"
import { BASIS_GROUPS, PROVISIONAL_STATUSES } from "./figure-rules.js"

/**
 * What two figures under one key can say of each other, from the identity fields the key leaves
 * out: nothing (`incomparable`: different bases of one kind, or a mirrored flow from different
 * sources), agreement only (`inconclusive`: a basis stated on one side only, or bases of
 * different kinds), or agreement and disagreement alike (`conclusive`).
 */
export type Compatibility = "incomparable" | "inconclusive" | "conclusive"

const basisCompatibility = (a: string | undefined, b: string | undefined): Compatibility => {
  if (a === b) return "conclusive"
  if (a === undefined || b === undefined) return "inconclusive"
  const [groupA, groupB] = [BASIS_GROUPS.get(a), BASIS_GROUPS.get(b)]
  return groupA !== undefined && groupA === groupB ? "incomparable" : "inconclusive"
}

const sourceEntity = (key: ComparisonKey): string | undefined => key.figure?.source?.entity

export const figureCompatibility = (a: ComparisonKey, b: ComparisonKey): Compatibility => {
  if (a.mirrored !== b.mirrored) {
    const source = sourceEntity(a)
    if (source === undefined || source !== sourceEntity(b)) return "incomparable"
  }
  return basisCompatibility(a.figure?.basis, b.figure?.basis)
}

/**
 * Why two different readings of one figure are a revision rather than a disagreement, or
 * undefined: a preliminary reading against a revised or final one, or a period's figure as first
 * reported against the same period restated as the prior-period figure of a later report.
 */
export const revisionBetween = (a: ComparisonKey, b: ComparisonKey): string | undefined => {
  const [fa, fb] = [a.figure, b.figure]
  if (fa === undefined || fb === undefined) return undefined
  if (fa.status !== fb.status && (PROVISIONAL_STATUSES.has(fa.status) || PROVISIONAL_STATUSES.has(fb.status))) {
    return `a ${fa.status} and a ${fb.status} reading of the same figure`
  }
  if (fa.period.prior !== fb.period.prior) return "the figure as reported for its period and as restated a period later beside a newer one"
  return undefined
}
