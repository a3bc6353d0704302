import type { KeyedClaim } from "./comparison-key.js"

/** Plain code-unit order, the same on every platform and locale. */
export const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Claims by article, then id: the order relations list and explain them in. */
export const byArticleThenId = (a: KeyedClaim, b: KeyedClaim): number =>
  compareStrings(a.claim.article, b.claim.article) || compareStrings(a.claim.id, b.claim.id)
