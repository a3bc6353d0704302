import type { Claim } from "@crosscheck/claims"
import { formatNumber, formatQuantity } from "../compare/format-value.js"
import { claimDifference } from "../rank-findings.js"
import { claimPeriod, claimSummary, claimValue } from "./describe-claim.js"

/**
 * A finding's verdict, read before its explanation: what each side states where they differ (the
 * figures, else the periods, else the whole reading) and by how much, in one line:
 * "180 billion USD vs more than 200 billion USD · 20 billion USD apart (10%)".
 */
export interface Verdict {
  /** What each side states, distinct, in the claims' order. */
  readonly sides: ReadonlyArray<string>
  /** How far apart they are, when it can be measured: "20 billion USD apart (10%)", "1 day apart". */
  readonly size: string | undefined
}

const distinct = (texts: ReadonlyArray<string | undefined>): ReadonlyArray<string> => [
  ...new Set(texts.filter((text): text is string => text !== undefined))
]

const percent = (relative: number): string => (relative > 0 && relative < 0.005 ? "<1%" : `${Math.round(relative * 100)}%`)

/** A figure the size of the gap, in the sides' unit when they share one (as a claim's value is written). */
const gapOf = (claims: ReadonlyArray<Claim>, gap: number): string => {
  const quantities = claims.flatMap((claim) => claim.value ?? [])
  const [first] = quantities
  const shared = first !== undefined && quantities.every((q) => q.kind === first.kind && q.unit === first.unit)
  return shared ? formatQuantity({ ...first, value: gap, qualifier: "exact" }, false) : formatNumber(gap)
}

const sizeOf = (claims: ReadonlyArray<Claim>, byValue: boolean): string | undefined => {
  const difference = claimDifference(claims)
  if (difference === undefined) return undefined
  if (difference.by === "value") {
    if (!byValue || difference.high === difference.low) return undefined
    return `${gapOf(claims, difference.high - difference.low)} apart (${percent(difference.relative)})`
  }
  return difference.days === 0 ? undefined : `${formatNumber(difference.days)} day${difference.days === 1 ? "" : "s"} apart`
}

export const verdictOf = (claims: ReadonlyArray<Claim>): Verdict => {
  const values = distinct(claims.map(claimValue))
  if (values.length >= 2) return { sides: values, size: sizeOf(claims, true) }
  const periods = distinct(claims.map(claimPeriod))
  if (periods.length >= 2) return { sides: periods, size: sizeOf(claims, false) }
  return { sides: distinct(claims.map(claimSummary)), size: undefined }
}

/** The verdict as plain text, each renderer escaping it: "A vs B · 20 billion USD apart (10%)". */
export const verdictText = (verdict: Verdict): string =>
  [verdict.sides.join(" vs "), verdict.size].filter((part) => part !== undefined).join(" · ")
