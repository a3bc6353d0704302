import { type Counts, countsOf } from "./counts.js"
import { matchOneToOne, unmatched } from "./match-one-to-one.js"
import { sameNumber } from "./spans.js"
import { scopesOverlap } from "./time-interval.js"
import type { GoldClaim } from "../gold/gold-annotation.js"

/** What the scorer reads of a claim: the gold annotation's shape, which the extractor's Claim also fits. */
export type ClaimLike = GoldClaim

export interface ClaimScores {
  /** Same kind and predicate, the gold value (if any) and a time scope overlapping the gold one (if any). */
  readonly core: Counts
  /** Core, plus the same subjects (as a set) and the gold place (if any). */
  readonly full: Counts
  readonly missed: ReadonlyArray<ClaimLike>
  readonly spurious: ReadonlyArray<ClaimLike>
  /** Pairs that agree on the core but not on subjects or place. */
  readonly wrongParties: ReadonlyArray<{ readonly gold: ClaimLike; readonly predicted: ClaimLike }>
}

/** A balance stated the other way round ("B's deficit with A") is the same fact with the sign flipped. */
const BALANCE = "trade.balance"

const reversed = (gold: ClaimLike, predicted: ClaimLike): boolean =>
  gold.subjects.length === 2 &&
  predicted.subjects.length === 2 &&
  gold.subjects[0] === predicted.subjects[1] &&
  gold.subjects[1] === predicted.subjects[0]

const valueMatches = (gold: ClaimLike, predicted: ClaimLike): boolean => {
  if (gold.value === undefined) return true
  if (predicted.value === undefined || predicted.value.unit !== gold.value.unit) return false
  const sign = gold.predicate === BALANCE && reversed(gold, predicted) ? -1 : 1
  return sameNumber(gold.value.value, sign * predicted.value.value)
}

const timeMatches = (gold: ClaimLike, predicted: ClaimLike): boolean =>
  gold.time === undefined || (predicted.time !== undefined && scopesOverlap(gold.time, predicted.time))

const coreMatch = (gold: ClaimLike, predicted: ClaimLike): boolean =>
  gold.kind === predicted.kind && gold.predicate === predicted.predicate && valueMatches(gold, predicted) && timeMatches(gold, predicted)

const sameSubjects = (gold: ClaimLike, predicted: ClaimLike): boolean => {
  const a = new Set(gold.subjects)
  const b = new Set(predicted.subjects)
  return a.size === b.size && [...a].every((s) => b.has(s))
}

const fullMatch = (gold: ClaimLike, predicted: ClaimLike): boolean =>
  coreMatch(gold, predicted) && sameSubjects(gold, predicted) && (gold.place === undefined || gold.place === predicted.place)

/**
 * Compares the claims of one document with the gold ones. Claims are matched on content, not on
 * position: an article states a fact once however often it repeats it.
 */
export const scoreClaims = (gold: ReadonlyArray<ClaimLike>, predicted: ReadonlyArray<ClaimLike>): ClaimScores => {
  // A pair that also agrees on subjects is preferred, so that "core" matching does not steal the
  // prediction a "full" match needs.
  const core = matchOneToOne(gold, predicted, (g, p) => (fullMatch(g, p) ? 2 : coreMatch(g, p) ? 1 : 0))
  const full = matchOneToOne(gold, predicted, (g, p) => (fullMatch(g, p) ? 1 : 0))
  return {
    core: countsOf(core.length, predicted.length, gold.length),
    full: countsOf(full.length, predicted.length, gold.length),
    missed: unmatched(gold, core.map(([g]) => g)),
    spurious: unmatched(predicted, core.map(([, p]) => p)),
    wrongParties: core
      .map(([g, p]) => ({ gold: gold[g]!, predicted: predicted[p]! }))
      .filter((pair) => !fullMatch(pair.gold, pair.predicted))
  }
}
