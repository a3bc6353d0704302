import type { Claim } from "@crosscheck/claims"
import { dayMagnitude } from "./severity.js"
import { type DayInterval, timexDays } from "./time-period.js"

/** Dates further apart than this (in days, between the nearest ends) belong to different events. */
export const SAME_EVENT_MAX_GAP_DAYS = 3

export type EventComparison =
  | { readonly verdict: "same" | "consistent"; readonly detail: string }
  /** `magnitude` (0..1): how far apart, for the severity. */
  | { readonly verdict: "differ"; readonly detail: string; readonly magnitude: number }
  | { readonly verdict: "unrelated" }

interface EventDates {
  readonly start: DayInterval
  readonly end: DayInterval
}

const datesOf = (claim: Claim): EventDates | undefined => {
  if (claim.time === undefined) return undefined
  const start = timexDays(claim.time.start)
  const end = timexDays(claim.time.end)
  return start === undefined || end === undefined ? undefined : { start, end }
}

/** Days between two intervals: 0 when they share a day. */
const dayGap = (a: DayInterval, b: DayInterval): number => Math.max(0, a.first - b.last, b.first - a.last)

const sameDays = (a: DayInterval, b: DayInterval): boolean => a.first === b.first && a.last === b.last

const plural = (n: number): string => `${n} day${n === 1 ? "" : "s"}`

const isSingleDay = (d: EventDates): boolean => d.start.first === d.end.last

/**
 * Whether two event claims (same kind, actors and place) describe the same occurrence, and if so
 * whether their dates agree. Identical dates are the same; a coarser date containing a finer one
 * ("in June" / "June 9") is consistent, as is a single day matching a stay's start; start or end
 * dates a day or more apart are a finding. Dates too far apart are different events, never a contradiction.
 */
export const compareEvents = (a: Claim, b: Claim): EventComparison => {
  // Two denials ("the war could be illegal without a UN resolution sanctioning it") confirm no event.
  if (a.modality === "negated" && b.modality === "negated") return { verdict: "unrelated" }
  const da = datesOf(a)
  const db = datesOf(b)
  if (da === undefined || db === undefined) {
    // Open or unknown times meet only when identical (the comparison key holds them literally).
    return { verdict: "same", detail: "the same undated time" }
  }
  const spanA: DayInterval = { first: da.start.first, last: da.end.last }
  const spanB: DayInterval = { first: db.start.first, last: db.end.last }
  if (dayGap(spanA, spanB) > SAME_EVENT_MAX_GAP_DAYS) return { verdict: "unrelated" }
  if ((a.modality === "negated") !== (b.modality === "negated")) {
    return { verdict: "differ", detail: "one says it takes place, the other that it does not", magnitude: 1 }
  }
  const startGap = dayGap(da.start, db.start)
  const endGap = dayGap(da.end, db.end)
  if (startGap === 0 && endGap === 0) {
    return sameDays(da.start, db.start) && sameDays(da.end, db.end)
      ? { verdict: "same", detail: "the dates are identical" }
      : { verdict: "consistent", detail: "one date is less precise and contains the other" }
  }
  const differ = (detail: string, days: number): EventComparison => ({ verdict: "differ", detail, magnitude: dayMagnitude(days) })
  if (isSingleDay(da) && isSingleDay(db)) return differ(`dates differ by ${plural(startGap)}`, startGap)
  if (isSingleDay(da) !== isSingleDay(db)) {
    // A single day against a stay is read as its start ("arrived on Tuesday" against "March 20
    // to 22"): an arrival day says nothing of the end.
    const [day, stay] = isSingleDay(da) ? [da, db] : [db, da]
    if (startGap === 0) return { verdict: "consistent", detail: "the single day is the other's start date" }
    const after = day.start.first - stay.end.last
    return after > 0
      ? differ(`one date lies ${plural(after)} after the other's end date`, after)
      : differ(`start dates differ by ${plural(startGap)}`, startGap)
  }
  const differences = [
    ...(startGap > 0 ? [`start dates differ by ${plural(startGap)}`] : []),
    ...(endGap > 0 ? [`end dates differ by ${plural(endGap)}`] : [])
  ]
  return differ(differences.join(", "), Math.max(startGap, endGap))
}
