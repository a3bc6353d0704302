import type { Claim } from "@crosscheck/claims"
import { comparisonKeyOrReason } from "./comparison-key.js"
import { UNCOMPARED_REASONS, type UncomparedReason } from "./figure-contestability.js"

export { UNCOMPARED_REASONS, type UncomparedReason } from "./figure-contestability.js"

/** How many claims were never compared, for one reason. */
export interface UncomparedCount {
  readonly reason: UncomparedReason
  readonly description: string
  readonly claims: number
}

const REASON_ORDER = Object.keys(UNCOMPARED_REASONS) as ReadonlyArray<UncomparedReason>

/** The claims no comparison looked at, counted by why (each claim once), in the reasons' order; reasons with no claim left out. */
export const uncomparedCounts = (claims: ReadonlyArray<Claim>): ReadonlyArray<UncomparedCount> => {
  const counts = new Map<UncomparedReason, number>()
  for (const claim of claims) {
    const key = comparisonKeyOrReason(claim)
    if (typeof key === "string") counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return uncomparedList((reason) => counts.get(reason) ?? 0)
}

/** The counts of claims never compared, by reason, as the report lists them (counted elsewhere, e.g. recorded by a run). */
export const uncomparedList = (claimsFor: (reason: UncomparedReason) => number): ReadonlyArray<UncomparedCount> =>
  REASON_ORDER.flatMap((reason) => {
    const n = claimsFor(reason)
    return n === 0 ? [] : [{ reason, description: UNCOMPARED_REASONS[reason], claims: n }]
  })
