import { type Claim, type Modality, oneLine } from "@crosscheck/claims/model"
import type { KeyedClaim } from "./comparison-key.js"
import { formatPeriod, formatQuantity } from "./format-value.js"

/** How a non-plain modality is flagged after the quote. */
const MODALITY_NOTES: Readonly<Record<Modality, string>> = {
  reported: "",
  planned: " (as planned or expected)",
  hedged: " (hedged)",
  negated: " (negated)",
  quoted_opinion: " (as someone's opinion)"
}

const eventWord = (predicate: string): string => predicate.replace(/^event\./, "").replace(/_/g, " ")

/** Readings and statements are built once per claim, however many relations quote them. */
const memoised = (describe: (entry: KeyedClaim) => string): ((entry: KeyedClaim) => string) => {
  const cache = new WeakMap<KeyedClaim, string>()
  return (entry) => {
    const known = cache.get(entry)
    if (known !== undefined) return known
    const text = describe(entry)
    cache.set(entry, text)
    return text
  }
}

/** The claim's value as compared: "more than 200 billion USD for 2023", "visit 2018-06-09..2018-06-10". */
export const normalisedReading = memoised(({ claim, key }: KeyedClaim): string => {
  const dated = key.period.dated
  const when = dated ? formatPeriod(key.period) : `(${key.period.label})`
  if (key.family === "event" || claim.value === undefined) return `${eventWord(claim.predicate)} ${when}`
  const figure = key.figure
  const direction = key.flipped ? ` (stated as ${figure?.holder}'s balance with ${figure?.counterpart}: sign flipped)` : ""
  const mirrored = key.mirrored ? ` (stated as ${figure?.holder}'s imports from ${figure?.counterpart})` : ""
  const status = figure === undefined || figure.status === "actual" ? "" : ` (${figure.status})`
  const prior = figure?.period.prior === true ? " (the prior-period figure)" : ""
  return `${formatQuantity(claim.value, key.flipped)} ${dated ? "for " : ""}${when}${status}${prior}${direction}${mirrored}`
})

/** How the claim's values were read, from its derivation (falling back to its value's and time's). */
const howDerived = (claim: Claim): string => {
  const steps = claim.derivation.length > 0 ? claim.derivation : [claim.value?.derivation, claim.time?.derivation]
  const text = steps.filter((step): step is string => step !== undefined && step !== "").join("; ")
  return text === "" ? "no derivation recorded" : text
}

/** «article X says "quote" → reading (derivation)». */
export const statement = memoised(
  (entry: KeyedClaim): string =>
    `article ${entry.claim.article} says "${oneLine(entry.claim.quote)}"${MODALITY_NOTES[entry.claim.modality]} → ` +
    `${normalisedReading(entry)} (${howDerived(entry.claim)})`
)
