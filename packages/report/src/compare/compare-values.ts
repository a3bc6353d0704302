import type { Quantity } from "@crosscheck/claims"
import { MAX_COMPARABLE_RATIO } from "./figure-rules.js"
import {
  intervalGap,
  type NumericInterval,
  negateInterval,
  quantityInterval,
  scaleInterval,
  truncatedInterval,
  widenInterval
} from "./value-interval.js"

/** A claim's figure as it enters a comparison: `flipped` when its parties were reordered (signed predicates). */
export interface ComparedValue {
  readonly value: Quantity
  readonly flipped: boolean
}

export type ValueComparison =
  | {
      readonly verdict: "agree" | "differ"
      /** How far apart the two intervals lie, in the compared unit (0 when they agree). */
      readonly gap: number
      /** The gap relative to the larger figure. */
      readonly relative: number
      /** How many of the two figures are open-ended ("more than $200 billion"): 0, 1 or 2. */
      readonly openEnded: number
      /** How the units were reconciled, when they differed ("via the equivalent '$1.5 billion'"). */
      readonly via?: string
    }
  | { readonly verdict: "incomparable"; readonly reason: string }

const oriented = (v: ComparedValue, interval: NumericInterval): NumericInterval => (v.flipped ? negateInterval(interval) : interval)

const signed = (v: ComparedValue): NumericInterval => oriented(v, quantityInterval(v.value))

const signedValue = (v: ComparedValue): number => (v.flipped ? -v.value.value : v.value.value)

/** Whether two figures (in one unit) are within an order of magnitude: further apart they state different facts. */
const withinComparableRatio = (a: number, b: number): boolean => {
  const [small, large] = [Math.abs(a), Math.abs(b)].sort((x, y) => x - y) as [number, number]
  return small === 0 ? large === 0 : large / small <= MAX_COMPARABLE_RATIO
}

/** A stated equivalent is itself rounded and converted at some rate: allow this share of slack. */
const EQUIVALENT_SLACK = 0.03

/**
 * `v` expressed in `unit` through an equivalent stated with it ("RUB 100 billion ($1.5 billion)"):
 * the whole interval scales, so the qualifier carries over.
 */
const viaEquivalent = (v: ComparedValue, unit: string): Expressed | undefined => {
  const equivalent = v.value.equivalents.find((e) => e.unit === unit)
  const factor = equivalent === undefined || v.value.value === 0 ? 0 : equivalent.value / v.value.value
  if (equivalent === undefined || !(factor > 0)) return undefined
  const value = signedValue(v) * factor
  return {
    interval: widenInterval(scaleInterval(signed(v), factor), Math.abs(value) * EQUIVALENT_SLACK),
    value,
    via: `'${v.value.text}' compared through its stated equivalent '${equivalent.text}'`
  }
}

interface Expressed {
  readonly interval: NumericInterval
  readonly value: number
  readonly via: string
}

const asWritten = (v: ComparedValue, interval = signed(v)): Expressed => ({ interval, value: signedValue(v), via: "" })

/**
 * Both figures in one unit: their own when they share it (the coarser one read as possibly cut
 * short: "169 bn" agrees with "169.8 bn"), else through either one's stated equivalent.
 */
const reconcile = (a: ComparedValue, b: ComparedValue): readonly [Expressed, Expressed] | undefined => {
  if (a.value.unit === b.value.unit) {
    const coarser = (v: ComparedValue, other: ComparedValue): Expressed =>
      asWritten(v, Math.abs(v.value.precision) > Math.abs(other.value.precision) ? oriented(v, truncatedInterval(v.value)) : signed(v))
    return [coarser(a, b), coarser(b, a)]
  }
  const aInB = viaEquivalent(a, b.value.unit)
  if (aInB !== undefined) return [aInB, asWritten(b)]
  const bInA = viaEquivalent(b, a.value.unit)
  return bInA === undefined ? undefined : [asWritten(a), bInA]
}

/**
 * Whether two figures state the same thing: they agree when the intervals they stand for
 * (qualifier and rounding included) share a value. Units convert through base units (the
 * quantity module stores metres, kilograms, …); different currencies compare only through an
 * equivalent given in the text, never through exchange rates. Figures more than an order of
 * magnitude apart ("$250" and "$200m") are two facts, never compared.
 */
export const compareValues = (a: ComparedValue, b: ComparedValue): ValueComparison => {
  const reconciled = reconcile(a, b)
  if (reconciled === undefined) {
    return { verdict: "incomparable", reason: `different units (${a.value.unit}, ${b.value.unit}) and no stated equivalent` }
  }
  const [left, right] = reconciled
  if (!withinComparableRatio(left.value, right.value)) {
    return { verdict: "incomparable", reason: `more than ${MAX_COMPARABLE_RATIO} times apart: different facts, not one fact stated differently` }
  }
  const gap = intervalGap(left.interval, right.interval)
  const scale = Math.max(Math.abs(left.value), Math.abs(right.value), Number.MIN_VALUE)
  const via = left.via + right.via
  const openEnded = [left, right].filter(({ interval }) => !Number.isFinite(interval.low) || !Number.isFinite(interval.high)).length
  return { verdict: gap === 0 ? "agree" : "differ", gap, relative: gap / scale, openEnded, ...(via === "" ? {} : { via }) }
}
