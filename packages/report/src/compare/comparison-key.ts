import type { Claim, Quantity } from "@crosscheck/claims"
import { DIRECTED_PREDICATES, EVENT_FAMILIES, OBJECT_SCOPED_KINDS, SIGNED_PREDICATES } from "./predicate-rules.js"
import { figureDoubt } from "./figure-contestability.js"
import { type Period, periodOf, yearOf } from "./time-period.js"

/**
 * Where a claim is comparable.
 *
 * - `value` claims (trade, deal, statistic with a figure) compare under `key`: predicate, parties,
 *   what is counted, the kind of figure, and the exact period. A January–April figure is never
 *   compared with a full-year one, a 2016 count never with a 2017 one. `series` is the key
 *   without the period: claims of one series over different periods make a timeline.
 * - `event` claims compare under `key`: event kind, actors, place and year; cross-referencing
 *   then clusters dates that lie a few days apart within it, so visits in different years never meet.
 *
 * Claims with no known year (XXXX-06-09) keep their literal time in the key, and claims with no
 * time at all the year they were asserted in ("undated, asserted 2016"): they meet only claims
 * that match them exactly: they may corroborate, and an undated figure never contradicts.
 */
export interface ComparisonKey {
  readonly family: "value" | "event"
  readonly key: string
  /** The key without the time part. */
  readonly series: string
  readonly period: Period
  /** For signed predicates: the parties were reordered, so the value's sign is flipped. */
  readonly flipped: boolean
  /**
   * Whether a difference under this key is a finding. Not when the time is too loose to pin one
   * fact down (an event dated only to the year or longer), nor for a figure that is no specific
   * fact (see `figureDoubt`). Such claims can still corroborate one another.
   */
  readonly conclusive: boolean
}

/** An event dated more loosely than this many days ("in 2018") is no occurrence that dates can contradict. */
const MAX_EVENT_SPAN_DAYS = 31

const isConclusiveEvent = (period: Period, timed: boolean): boolean =>
  period.dated ? period.last - period.first <= MAX_EVENT_SPAN_DAYS : timed

/**
 * What is counted, by its head noun: "cooperation agreements", "the agreements" and "agreement"
 * count the same thing. (English noun phrases end in their head; a plural -s is dropped.)
 */
const objectHead = (object: string): string => {
  const words = object.toLowerCase().match(/[a-z]+/g) ?? []
  return (words[words.length - 1] ?? "").replace(/(?<=[^s])s$/, "")
}

/** What kind of figure it is: figures of different kinds never compare (percent vs money). */
const figureClass = (value: Quantity): string =>
  value.kind === "measure" ? `measure:${value.dimension ?? value.unit}` : value.kind

const orderedParties = (claim: Claim): { readonly parties: ReadonlyArray<string>; readonly flipped: boolean } => {
  const unique = [...new Set(claim.subjects)]
  if (DIRECTED_PREDICATES.has(claim.predicate)) return { parties: unique, flipped: false }
  const sorted = [...unique].sort()
  const flipped = SIGNED_PREDICATES.has(claim.predicate) && unique.length === 2 && unique[0] !== sorted[0]
  return { parties: sorted, flipped }
}

/**
 * A count read from vague words ("a number of agreements", "several contracts") states no figure
 * to check. The claims package marks them by id (`isVagueCount` in claim/synthetic-quantity.ts,
 * not exported yet): `count@<offset>`.
 */
const isVagueCount = (value: Quantity): boolean => value.id.startsWith("count@")

/** The comparison key of a claim, or undefined when it holds nothing to compare (a deal with no figure). */
export const comparisonKeyOf = (claim: Claim): ComparisonKey | undefined => {
  const period = periodOf(claim.time, claim.assertedAt)
  const { parties, flipped } = orderedParties(claim)
  // A claim about no one in particular ("a deal worth $8bn") has no identity to compare under.
  if (parties.length === 0) return undefined
  const timed = claim.time !== undefined
  if (claim.kind === "event") {
    const predicate = EVENT_FAMILIES.get(claim.predicate) ?? claim.predicate
    const series = [predicate, parties.join(","), `at:${claim.place ?? "?"}`].join("|")
    const time = period.dated ? String(yearOf(period.first)) : period.label
    return { family: "event", key: `${series}|${time}`, series, period, flipped: false, conclusive: isConclusiveEvent(period, timed) }
  }
  if (claim.value === undefined || isVagueCount(claim.value)) return undefined
  const object =
    OBJECT_SCOPED_KINDS.has(claim.kind) && claim.object !== undefined ? [objectHead(claim.object)] : []
  const series = [claim.predicate, parties.join(","), ...object, figureClass(claim.value)].join("|")
  return { family: "value", key: `${series}|${period.label}`, series, period, flipped, conclusive: figureDoubt(claim, period) === undefined }
}

/** A claim with its comparison key, computed once. */
export interface KeyedClaim {
  readonly claim: Claim
  readonly key: ComparisonKey
}
