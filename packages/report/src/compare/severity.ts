import type { Claim, Modality, Severity } from "@crosscheck/claims"

/** How firmly each modality asserts: a plan or a hedge can turn out otherwise without anyone being wrong. */
const MODALITY_CERTAINTY: Readonly<Record<Modality, number>> = {
  reported: 1,
  negated: 1,
  planned: 0.7,
  quoted_opinion: 0.6,
  hedged: 0.5
}

const HIGH = 0.6
const MEDIUM = 0.3

/** How certain a reading is: extraction confidence times the firmness of its modality. */
export const certaintyOf = (claim: Claim): number => claim.confidence * MODALITY_CERTAINTY[claim.modality]

/**
 * The severity of a contradiction: how far apart the readings are (`magnitude`, 0..1) times how
 * certain the less certain reading is. Findings on claims with no known year stay low.
 */
export const severityOf = (magnitude: number, a: Claim, b: Claim, lowConfidence: boolean): Severity => {
  const score = magnitude * Math.min(certaintyOf(a), certaintyOf(b))
  if (lowConfidence) return "low"
  return score >= HIGH ? "high" : score >= MEDIUM ? "medium" : "low"
}

/** A relative gap between figures as a magnitude: 1% is slight, 5% notable, 25% and more is as far as it gets. */
export const valueMagnitude = (relative: number): number => Math.min(1, Math.sqrt(relative / 0.25))

/** A gap between dates as a magnitude: one day is slight, three days as far as one event's dates go. */
export const dayMagnitude = (days: number): number => Math.min(1, 0.4 * days)
