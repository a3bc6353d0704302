import type { Quantity, ValueInterval } from "../model/quantity.js"
import { numericValue } from "./lexemes.js"

/** How two figures relate: their intervals meet, they cannot both be right, or they measure different things. */
export type Agreement = "agree" | "contradict" | "incomparable"

/** True when two intervals share at least one value, honouring open and closed ends. */
export const intervalsOverlap = (a: ValueInterval, b: ValueInterval): boolean => {
  const below = (low: ValueInterval, high: ValueInterval): boolean =>
    // `low` lies wholly below `high` when low's upper end is under high's lower end
    low.high !== null && high.low !== null && (low.high < high.low || (low.high === high.low && !(low.highInclusive && high.lowInclusive)))
  return !below(a, b) && !below(b, a)
}

/**
 * The interval a figure stands for once rounding is allowed: each finite bound moves out by half
 * the precision it was written with ("$24.5 billion" covers 24.45–24.55 billion), and a widened
 * bound is reached.
 */
export const toleranceInterval = (interval: ValueInterval, precision: number): ValueInterval => {
  const half = Math.abs(precision) / 2
  return {
    low: interval.low === null ? null : interval.low - half,
    high: interval.high === null ? null : interval.high + half,
    lowInclusive: interval.lowInclusive || half > 0,
    highInclusive: interval.highInclusive || half > 0
  }
}

const NUMERAL = /\d[\d,]*(?:\.\d+)?/

/** A restatement's precision, read back from its text: "£600m" → 1e6, "1,741 miles" → 1609.344 m. */
const restatementPrecision = (e: Quantity["equivalents"][number]): number => {
  const numeral = NUMERAL.exec(e.text)
  if (numeral === null) return 0
  const { value, precision } = numericValue(numeral[0])
  return value === 0 ? 0 : Math.abs((precision * e.value) / value)
}

interface Reading {
  readonly interval: ValueInterval
  readonly precision: number
}

/** The figure in `unit`: its own reading, or its restatement in that unit ("$1.13bn (£600m)" read in GBP). */
const readingIn = (q: Quantity, unit: string): Reading | undefined => {
  if (q.unit === unit) return { interval: q.interval, precision: q.precision }
  const restated = q.equivalents.find((e) => e.unit === unit)
  if (restated === undefined) return undefined
  // the restatement carries the figure's qualifier: "more than $10bn (£5bn)"
  const scale = q.value === 0 ? 1 : restated.value / q.value
  const at = (v: number | null) => (v === null ? null : v * scale)
  return {
    interval: { ...q.interval, low: at(q.interval.low), high: at(q.interval.high) },
    precision: restatementPrecision(restated)
  }
}

/**
 * Compares two figures in the same kind and unit (directly or through a restatement):
 * "more than US$200 billion" agrees with "$240 billion" and contradicts "$190 billion";
 * "$24.5 billion" agrees with "24.47 billion"; "2,802 km" agrees with "1,741 miles".
 */
export const compareQuantities = (a: Quantity, b: Quantity): Agreement => {
  if (a.kind !== b.kind) return "incomparable"
  const pair =
    [a.unit, ...a.equivalents.map((e) => e.unit)]
      .map((unit) => [readingIn(a, unit), readingIn(b, unit)] as const)
      .find(([x, y]) => x !== undefined && y !== undefined) ?? []
  const [x, y] = pair
  if (x === undefined || y === undefined) return "incomparable"
  return intervalsOverlap(toleranceInterval(x.interval, x.precision), toleranceInterval(y.interval, y.precision)) ? "agree" : "contradict"
}

export const agrees = (a: Quantity, b: Quantity): boolean => compareQuantities(a, b) === "agree"
