import type { Quantity } from "@crosscheck/claims"

/**
 * The interval of values a written figure stands for, with its qualifier and its precision:
 * "more than US$200 billion" is (200e9, ∞); "$24.5 billion" is [24.45e9, 24.55e9) because it was
 * rounded to 0.1 billion; "30 deals" is exactly 30.
 */
export interface NumericInterval {
  readonly low: number
  readonly high: number
  readonly lowInclusive: boolean
  readonly highInclusive: boolean
}

/** Rounding never widens a figure by more than this share of itself, whatever `precision` says. */
const MAX_ROUNDING_SHARE = 0.05

/** Whole-number counts ("30 deals") are exact: only rounded figures ("1.2 million") widen. */
const isExactCount = (q: Quantity): boolean => (q.kind === "count" || q.kind === "ordinal") && q.precision <= 1

/**
 * Half a unit of the last written digit toward zero (inclusive: "20.0 mln" stands for 19,950,000
 * rounded half up), just under half a unit away from zero (exclusive), so that adjacent rounded
 * figures (1.8% and 1.9%) never meet through floating-point error (1.8 + 0.05 > 1.9 − 0.05).
 */
const HALF_UNIT = 0.5
const JUST_UNDER_HALF_UNIT = 0.5 * (1 - 1e-9)

const halfPrecision = (q: Quantity, share: number): number =>
  isExactCount(q) ? 0 : Math.min(Math.abs(q.precision) * share, Math.abs(q.value) * MAX_ROUNDING_SHARE)

/** The interval the quantity module read, widened by half the figure's precision at each finite bound. */
export const quantityInterval = (q: Quantity): NumericInterval => {
  const { low, high, lowInclusive, highInclusive } = q.interval
  const [lowHalf, highHalf] = q.value >= 0
    ? [halfPrecision(q, HALF_UNIT), halfPrecision(q, JUST_UNDER_HALF_UNIT)]
    : [halfPrecision(q, JUST_UNDER_HALF_UNIT), halfPrecision(q, HALF_UNIT)]
  const unbounded = low === null && high === null
  // An exact figure with no bounds recorded still stands for itself.
  const lo = unbounded ? q.value : low
  const hi = unbounded ? q.value : high
  const rounded = lowHalf > 0
  return {
    low: lo === null ? Number.NEGATIVE_INFINITY : lo - lowHalf,
    high: hi === null ? Number.POSITIVE_INFINITY : hi + highHalf,
    lowInclusive: rounded ? q.value >= 0 : unbounded || lowInclusive,
    highInclusive: rounded ? q.value < 0 : unbounded || highInclusive
  }
}

/**
 * The interval of a figure that may have been cut short rather than rounded: writers often drop
 * the last digits ("169 bn" for 169.8 bn), so a coarser figure stands for half a unit below it up
 * to a whole unit beyond it (away from zero), still capped at a small share of itself. Only exact
 * figures: a qualifier already says how the figure relates to the amount.
 */
export const truncatedInterval = (q: Quantity): NumericInterval => {
  const rounded = quantityInterval(q)
  if (q.qualifier !== "exact" || isExactCount(q)) return rounded
  const unit = halfPrecision(q, 1)
  return q.value >= 0
    ? { ...rounded, high: q.value + unit, highInclusive: false }
    : { ...rounded, low: q.value - unit, lowInclusive: false }
}

/** The interval with its sign flipped: A's surplus of (200, ∞) is B's deficit of (−∞, −200). */
export const negateInterval = (i: NumericInterval): NumericInterval => ({
  low: -i.high,
  high: -i.low,
  lowInclusive: i.highInclusive,
  highInclusive: i.lowInclusive
})

/** The interval scaled by a factor > 0 (a conversion to an equivalent unit). */
export const scaleInterval = (i: NumericInterval, factor: number): NumericInterval => ({
  ...i,
  low: i.low * factor,
  high: i.high * factor
})

/** The interval widened by `slack` on each side. */
export const widenInterval = (i: NumericInterval, slack: number): NumericInterval => ({
  ...i,
  low: i.low - slack,
  high: i.high + slack
})

/**
 * The distance between two intervals: 0 when they share a value. Intervals that touch at a bound
 * one of them excludes ("more than 30" and "30") are apart by the smallest positive number.
 */
export const intervalGap = (a: NumericInterval, b: NumericInterval): number => {
  const [left, right] = a.low <= b.low ? [a, b] : [b, a]
  if (right.low < left.high) return 0
  if (right.low === left.high) return right.lowInclusive && left.highInclusive ? 0 : Number.MIN_VALUE
  return right.low - left.high
}
