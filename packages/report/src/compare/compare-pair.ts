import type { KeyedClaim } from "./comparison-key.js"
import { compareEvents } from "./compare-events.js"
import { compareValues } from "./compare-values.js"
import { formatNumber } from "./format-value.js"
import { valueMagnitude } from "./severity.js"

/**
 * The outcome of comparing two claims under one key: agreement (`exact` when both state the same
 * bounded figure or the same dates, not merely compatible ones), a difference (with its magnitude
 * 0..1), or nothing to say.
 */
export type PairOutcome =
  | { readonly agree: true; readonly detail: string; readonly exact: boolean }
  /** `distance`: how far apart, to pick the closest of several differences (relative gap, or day magnitude). */
  | { readonly agree: false; readonly detail: string; readonly magnitude: number; readonly distance: number }
  | undefined

const percent = new Intl.NumberFormat("en-US", { style: "percent", maximumSignificantDigits: 2 })

const compareFigures = (a: KeyedClaim, b: KeyedClaim): PairOutcome => {
  // A negated figure ("did not reach $200 billion") bounds nothing we can compare reliably.
  if (a.claim.value === undefined || b.claim.value === undefined) return undefined
  if (a.claim.modality === "negated" || b.claim.modality === "negated") return undefined
  const result = compareValues({ value: a.claim.value, flipped: a.key.flipped }, { value: b.claim.value, flipped: b.key.flipped })
  if (result.verdict === "incomparable") return undefined
  const via = result.via === undefined ? "" : ` (${result.via})`
  if (result.verdict === "agree") {
    // "More than 70,000" and "more than 30,000" are compatible, but neither confirms the other.
    if (result.openEnded === 2) return undefined
    return { agree: true, detail: `the figures agree within their qualifiers and rounding${via}`, exact: result.openEnded === 0 }
  }
  const gap = result.gap === Number.MIN_VALUE ? "only at a shared bound" : `by ${formatNumber(result.gap)} (${percent.format(result.relative)})`
  return { agree: false, detail: `the figures differ ${gap}${via}`, magnitude: valueMagnitude(result.relative), distance: result.relative }
}

/** Compares two claims that share a comparison key. */
export const comparePair = (a: KeyedClaim, b: KeyedClaim): PairOutcome => {
  if (a.key.family === "value") return compareFigures(a, b)
  const result = compareEvents(a.claim, b.claim)
  switch (result.verdict) {
    case "unrelated":
      return undefined
    case "differ":
      return { agree: false, detail: result.detail, magnitude: result.magnitude, distance: result.magnitude }
    default:
      return { agree: true, detail: result.detail, exact: result.verdict === "same" }
  }
}
