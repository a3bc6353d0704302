import type { Claim, Quantity } from "@crosscheck/claims"
import { figureStanding, type ResolvedFigure, type UncomparedReason } from "./figure-contestability.js"
import { holderKey } from "./firm-identity.js"
import { MIRRORED_MEASURES, SIGNED_ASPECTS, SWAPPABLE_MEASURES } from "./figure-rules.js"
import { EVENT_FAMILIES } from "./predicate-rules.js"
import { figurePeriodOf, type Period, periodOf, yearOf } from "./time-period.js"

/**
 * Where a claim is comparable.
 *
 * - `value` claims (a figure) compare under `key`, built only from the figure's identity fields:
 *   measure, holder and counterpart (canonicalised: A's surplus with B is B's deficit with A),
 *   item, aspect (a level, an absolute or a percentage change), the kind of figure (money,
 *   percent, count) and the exact period — a quarter is never compared with a year, January–April
 *   never with the full year; a firm's ticker is left out (firm-identity.ts tells firms of one name
 *   apart). `series` is the key without the period, the ticker kept: one series over different
 *   periods makes a timeline. Basis, status and source are compared pairwise (compare-group.ts).
 * - `event` claims compare under `key`: event kind, actors, place and year; cross-referencing
 *   then clusters dates that lie a few days apart within it, so visits in different years never meet.
 *   Events with no known year (XXXX-06-09) keep their literal time in the key, and those with no
 *   time at all the year they were asserted in ("undated, asserted 2016").
 */
export interface ComparisonKey {
  readonly family: "value" | "event"
  readonly key: string
  /** The key without the time part. */
  readonly series: string
  readonly period: Period
  /** For signed measures: holder and counterpart were swapped, so the value's sign is flipped. */
  readonly flipped: boolean
  /**
   * Whether a difference under this key is a finding. Not when the time is too loose to pin one
   * fact down (an event dated only to the year or longer), nor for a figure hedged or dated only by
   * its article's day. Such claims can still corroborate one another.
   */
  readonly conclusive: boolean
  /** Whether the time is unknown to the year (an undated event): findings on it are low-confidence. */
  readonly looseTime: boolean
  /** A figure's resolved identity (value claims only). */
  readonly figure?: ResolvedFigure
  /** For a flow stated from its other end (B's imports from A as A's exports to B). */
  readonly mirrored: boolean
}

/** An event dated more loosely than this many days ("in 2018") is no occurrence that dates can contradict. */
const MAX_EVENT_SPAN_DAYS = 31

const isConclusiveEvent = (period: Period, timed: boolean): boolean =>
  period.dated ? period.last - period.first <= MAX_EVENT_SPAN_DAYS : timed

/** What kind of figure it is: figures of different kinds never compare (percent vs money). */
const figureClass = (value: Quantity): string =>
  value.kind === "measure" ? `measure:${value.dimension ?? value.unit}` : value.kind

/** Whose figure, against whom: the canonical direction of a bilateral figure. */
interface Parties {
  readonly measure: string
  readonly parties: string
  readonly flipped: boolean
  readonly mirrored: boolean
}

const WORLD = "world"

const partiesOf = (figure: ResolvedFigure, key: (id: string) => string): Parties => {
  const { measure, aspect } = figure
  const holder = key(figure.holder)
  const counterpart = figure.counterpart === undefined ? undefined : key(figure.counterpart)
  // A figure with the world is the holder's total, the same quantity as one naming no partner.
  if (counterpart === undefined || counterpart === WORLD || counterpart === holder) {
    return { measure, parties: `${holder}>${counterpart === WORLD ? "-" : (counterpart ?? "-")}`, flipped: false, mirrored: false }
  }
  const mirror = MIRRORED_MEASURES.get(measure)
  if (mirror !== undefined) return { measure: mirror, parties: `${counterpart}>${holder}`, flipped: false, mirrored: true }
  const swap = SWAPPABLE_MEASURES.get(measure)
  if (swap === undefined || holder < counterpart) return { measure, parties: `${holder}>${counterpart}`, flipped: false, mirrored: false }
  return { measure, parties: `${counterpart}>${holder}`, flipped: swap === "signed" && SIGNED_ASPECTS.has(aspect), mirrored: false }
}

const canonicalItem = (item: string | undefined): string => item?.toLowerCase().replace(/\s+/g, " ").trim() || "-"

const eventKey = (claim: Claim): ComparisonKey | UncomparedReason => {
  const parties = [...new Set(claim.subjects)].sort()
  if (parties.length === 0) return "no_actors"
  const period = periodOf(claim.time, claim.assertedAt)
  const predicate = EVENT_FAMILIES.get(claim.predicate) ?? claim.predicate
  const series = [predicate, parties.join(","), `at:${claim.place ?? "?"}`].join("|")
  const time = period.dated ? String(yearOf(period.first)) : period.label
  return {
    family: "event",
    key: `${series}|${time}`,
    series,
    period,
    flipped: false,
    conclusive: isConclusiveEvent(period, claim.time !== undefined),
    looseTime: !period.dated,
    mirrored: false
  }
}

const figureKey = (claim: Claim): ComparisonKey | UncomparedReason => {
  const standing = figureStanding(claim)
  if (!standing.comparable || claim.value === undefined) return standing.comparable ? "no_value" : standing.reason
  const { figure, conclusive } = standing
  const { measure, parties, flipped, mirrored } = partiesOf(figure, holderKey)
  const rest = [canonicalItem(figure.item), figure.aspect, figureClass(claim.value)]
  const period = figurePeriodOf(figure.period.value)
  const key = [measure, parties, ...rest, period.label].join("|")
  // A series is one firm's: two firms of one name (their tickers differ) make two timelines.
  const own = partiesOf(figure, (id) => id)
  const series = [own.measure, own.parties, ...rest].join("|")
  return { family: "value", key, series, period, flipped, conclusive, looseTime: false, figure, mirrored }
}

/** The comparison key of a claim, or why it is never compared. */
export const comparisonKeyOrReason = (claim: Claim): ComparisonKey | UncomparedReason =>
  claim.kind === "event" ? eventKey(claim) : figureKey(claim)

/** The comparison key of a claim, or undefined when it is never compared. */
export const comparisonKeyOf = (claim: Claim): ComparisonKey | undefined => {
  const key = comparisonKeyOrReason(claim)
  return typeof key === "string" ? undefined : key
}

/** A claim with its comparison key, computed once. */
export interface KeyedClaim {
  readonly claim: Claim
  readonly key: ComparisonKey
}
