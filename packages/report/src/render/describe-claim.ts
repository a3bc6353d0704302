import { type Claim, referenceBasis, writtenReference } from "@crosscheck/claims/model"
import { formatQuantity } from "../compare/format-value.js"
import { figurePeriodOf, type Period, periodOf } from "../compare/time-period.js"
import type { ReportArticle } from "../report-data.js"

// The words every renderer uses for a claim, an article and a comparison key: plain text, escaped by each renderer.

/** The claim's normalised value ("more than 200 billion USD"), or undefined when it states none. */
export const claimValue = (claim: Claim): string | undefined =>
  claim.value === undefined ? undefined : formatQuantity(claim.value, false)

/** The period a claim is about, as every report shows and charts it: a figure's period, else the claim's time scope. */
export const claimPeriodOf = (claim: Claim): Period =>
  claim.figure?.period !== undefined ? figurePeriodOf(claim.figure.period.value) : periodOf(claim.time)

/** A figure's period, else the claim's time scope, as a canonical period ("2023", "2018-06-09..2018-06-10"), or undefined. */
export const claimPeriod = (claim: Claim): string | undefined =>
  claim.figure?.period === undefined && claim.time === undefined ? undefined : claimPeriodOf(claim).label

/** A figure's status when it is not a plain actual ("preliminary", "revised", "forecast"), and a prior-period figure. */
const figureStatus = (claim: Claim): string | undefined => {
  const figure = claim.figure
  if (figure === undefined) return undefined
  const words = [...(figure.status === "actual" ? [] : [figure.status]), ...(figure.period?.prior === true ? ["prior period"] : [])]
  return words.length === 0 ? undefined : words.join(", ")
}

/** How the claim's values were read, in plain words. */
export const howRead = (claim: Claim): ReadonlyArray<string> =>
  claim.derivation.length > 0
    ? claim.derivation
    : [claim.value?.derivation, claim.time?.derivation].filter((line): line is string => line !== undefined && line !== "")

/** "planned", "hedged", …: said when a claim is not a plain reported fact. */
export const claimModality = (claim: Claim): string | undefined =>
  claim.modality === "reported" ? undefined : claim.modality.replace("_", " ")

/**
 * How the claim reads once normalised, on one line: "more than 200 billion USD · 2023 · planned".
 * Reports show it under the comparison key, which already names the predicate; a claim with neither
 * value nor time reads as its predicate.
 */
export const claimSummary = (claim: Claim): string => {
  const parts = [claimValue(claim), claimPeriod(claim), figureStatus(claim), claimModality(claim)].filter((part) => part !== undefined)
  return parts.length === 0 ? predicateLabel(claim.predicate) : parts.join(" · ")
}

/** "trade.volume" → "trade volume", "event.state_visit" → "event: state visit". */
export const predicateLabel = (predicate: string): string => {
  const [kind, ...rest] = predicate.split(".")
  const name = rest.join(" ").replaceAll("_", " ")
  return kind === "event" ? `event: ${name}` : `${kind ?? ""} ${name}`.trim()
}

/** A comparison key for reading: its parts joined with " · ". */
export const keyLabel = (key: string): string => key.split("|").filter((part) => part !== "").join(" · ")

/** The article's title, else its path. */
export const articleName = (article: ReportArticle): string => article.title ?? article.id

/** A short name for an article as a source: its outlet, else its title or path, cut to `max` characters. */
export const sourceName = (article: ReportArticle, max = 28): string => {
  const name = article.outlet ?? articleName(article)
  return name.length <= max ? name : `${name.slice(0, max - 1).trimEnd()}…`
}

/** "published 2018-06-09", else the reference date and its basis. */
export const articleDate = (article: ReportArticle): string | undefined =>
  article.published !== undefined
    ? `published ${article.published}`
    : article.referenceDate._tag === "Unknown"
      ? undefined
      : `written ${writtenReference(article.referenceDate)} (${referenceBasis(article.referenceDate)})`

/** The claim's sentence split around its quote, cut from the context (which always holds the whole sentence). */
export const quotedSentence = (
  claim: Claim,
  context: { readonly before: string; readonly quote: string; readonly after: string }
): { readonly before: string; readonly quote: string; readonly after: string } => {
  const windowStart = claim.span.start - context.before.length
  return {
    before: context.before.slice(Math.max(0, claim.sentence.start - windowStart)),
    quote: context.quote,
    after: context.after.slice(0, Math.max(0, claim.sentence.end - claim.span.end))
  }
}
