import type { KeyedClaim } from "./comparison-key.js"
import { compareEvents } from "./compare-events.js"
import { compareValues } from "./compare-values.js"
import { figureCompatibility, revisionBetween } from "./figure-compatibility.js"
import { formatNumber } from "./format-value.js"
import { valueMagnitude } from "./severity.js"

/**
 * The outcome of comparing two claims under one key: agreement (`exact` when both state the same
 * bounded figure or the same dates, not merely compatible ones), a difference (with its magnitude
 * 0..1; `revision` says why it is a revision rather than a disagreement; not `conclusive` when the
 * claims are too loosely identified to disagree), or nothing to say.
 */
export type PairOutcome =
  | { readonly agree: true; readonly detail: string; readonly exact: boolean }
  | {
      readonly agree: false
      readonly detail: string
      readonly magnitude: number
      /** How far apart, to pick the closest of several differences (relative gap, or day magnitude). */
      readonly distance: number
      readonly conclusive: boolean
      readonly revision?: string
    }
  | undefined

const percent = new Intl.NumberFormat("en-US", { style: "percent", maximumSignificantDigits: 2 })

const compareFigures = (a: KeyedClaim, b: KeyedClaim): PairOutcome => {
  if (a.claim.value === undefined || b.claim.value === undefined) return undefined
  const compatibility = figureCompatibility(a.key, b.key)
  if (compatibility === "incomparable") return undefined
  const result = compareValues({ value: a.claim.value, flipped: a.key.flipped }, { value: b.claim.value, flipped: b.key.flipped })
  if (result.verdict === "incomparable") return undefined
  const via = result.via === undefined ? "" : ` (${result.via})`
  if (result.verdict === "agree") {
    // "More than 70,000" or "up to 30,000" is compatible with many figures, but confirms none.
    if (result.openEnded > 0) return undefined
    return { agree: true, detail: `the figures agree within their qualifiers and precision${via}`, exact: true }
  }
  const gap = result.gap === Number.MIN_VALUE ? "only at a shared bound" : `by ${formatNumber(result.gap)} (${percent.format(result.relative)})`
  const revision = revisionBetween(a.key, b.key)
  return {
    agree: false,
    detail: `the figures differ ${gap}${via}`,
    magnitude: valueMagnitude(result.relative),
    distance: result.relative,
    conclusive: compatibility === "conclusive" && a.key.conclusive && b.key.conclusive,
    ...(revision === undefined ? {} : { revision })
  }
}

/** Compares two claims that share a comparison key. */
export const comparePair = (a: KeyedClaim, b: KeyedClaim): PairOutcome => {
  if (a.key.family === "value") return compareFigures(a, b)
  const result = compareEvents(a.claim, b.claim)
  switch (result.verdict) {
    case "unrelated":
      return undefined
    case "differ":
      return { agree: false, detail: result.detail, magnitude: result.magnitude, distance: result.magnitude, conclusive: a.key.conclusive && b.key.conclusive }
    default:
      return { agree: true, detail: result.detail, exact: result.verdict === "same" }
  }
}
