import type { Claim } from "@crosscheck/claims"
import { type ComparisonKey, comparisonKeyOrReason } from "./comparison-key.js"
import type { UncomparedReason } from "./figure-contestability.js"
import { MIRRORED_MEASURES } from "./figure-rules.js"
import { holderKey } from "./firm-identity.js"

/**
 * Where a claim stands for cross-referencing, as the store records it beside the claim: the
 * partition it is compared in, or why it is never compared.
 *
 * A partition is coarser than both the comparison key and the timeline series (comparison-key.ts):
 * claims that share a key or a series always share a partition, so comparing each partition on its
 * own finds exactly the relations that comparing all claims at once finds (republished stories,
 * which span partitions, are found first, over the whole store: same-story.ts).
 * - a figure: the measure as its flow is read from either end (imports as exports), and the
 *   unordered set of its holder and counterpart by name (a firm's ticker left out);
 * - an event: its series (kind, actors, place), every year of it.
 */
export type ComparisonStanding =
  | { readonly _tag: "Compared"; readonly partition: string }
  | { readonly _tag: "Uncompared"; readonly reason: UncomparedReason }

/**
 * The rules a stored standing was worked out by. Bump it with any change to comparison keys,
 * partitions or the reasons a claim is never compared: a store's claims of other rules get their
 * standing worked out again before it is next cross-referenced, so a store gives what a fresh one does.
 * A test (standing-rules.test.ts) keeps the digest of the standings of a fixed set of real claims for
 * each number: it fails when the standings change and this number does not.
 */
export const STANDING_RULES = 2

const NO_COUNTERPART = "-"

const partitionOf = (key: ComparisonKey): string => {
  if (key.figure === undefined) return `event|${key.series}`
  const { counterpart, holder, measure } = key.figure
  const parties = [...new Set([holderKey(holder), counterpart === undefined ? NO_COUNTERPART : holderKey(counterpart)])].sort()
  return `value|${MIRRORED_MEASURES.get(measure) ?? measure}|${parties.join(",")}`
}

/** The partition a claim is compared in, or why it is never compared. */
export const comparisonStanding = (claim: Claim): ComparisonStanding => {
  const key = comparisonKeyOrReason(claim)
  return typeof key === "string" ? { _tag: "Uncompared", reason: key } : { _tag: "Compared", partition: partitionOf(key) }
}
