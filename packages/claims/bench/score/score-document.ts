import type { ClaimKind } from "@crosscheck/claims"
import type { GoldAnnotation } from "../gold/gold-annotation.js"
import { addCounts, type Counts, noCounts } from "./counts.js"
import { type ClaimLike, type ClaimScores, scoreClaims } from "./score-claims.js"
import { type QuantityLike, type QuantityScores, scoreQuantities } from "./score-quantities.js"
import { scoreTimexes, type TimexLike, type TimexScores } from "./score-timexes.js"

/** What an extractor found in one document; an Extraction fits as it is. */
export interface DocumentPrediction {
  readonly timexes: ReadonlyArray<TimexLike>
  readonly quantities: ReadonlyArray<QuantityLike>
  readonly claims: ReadonlyArray<ClaimLike>
}

export interface DocumentScores {
  readonly timexes: TimexScores
  readonly quantities: QuantityScores
  readonly claims: ClaimScores
  /** Core claim matches of each kind alone (a match never crosses kinds). */
  readonly claimsByKind: { readonly [K in ClaimKind]: Counts }
}

export const scoreDocument = (gold: GoldAnnotation, predicted: DocumentPrediction): DocumentScores => {
  const ofKind = (kind: ClaimKind) =>
    scoreClaims(
      gold.claims.filter((c) => c.kind === kind),
      predicted.claims.filter((c) => c.kind === kind)
    ).core
  return {
    timexes: scoreTimexes(gold.timexes, predicted.timexes),
    quantities: scoreQuantities(gold.quantities, predicted.quantities),
    claims: scoreClaims(gold.claims, predicted.claims),
    claimsByKind: { event: ofKind("event"), trade: ofKind("trade"), deal: ofKind("deal"), statistic: ofKind("statistic") }
  }
}

/** Every measure the benchmark reports, in table order. */
export const measures = [
  "timexStrict",
  "timexRelaxed",
  "timexValue",
  "timexType",
  "quantitySpan",
  "quantityValue",
  "claimCore",
  "claimFull",
  "claimEvent",
  "claimTrade",
  "claimDeal",
  "claimStatistic"
] as const
export type Measure = (typeof measures)[number]

/** The counts of every measure, summed over documents. */
export type SummedCounts = { readonly documents: number } & { readonly [M in Measure]: Counts }

const countsOfDocument = (s: DocumentScores): { readonly [M in Measure]: Counts } => ({
  timexStrict: s.timexes.strict,
  timexRelaxed: s.timexes.relaxed,
  timexValue: s.timexes.value,
  timexType: s.timexes.type,
  quantitySpan: s.quantities.span,
  quantityValue: s.quantities.value,
  claimCore: s.claims.core,
  claimFull: s.claims.full,
  claimEvent: s.claimsByKind.event,
  claimTrade: s.claimsByKind.trade,
  claimDeal: s.claimsByKind.deal,
  claimStatistic: s.claimsByKind.statistic
})

export const sumScores = (documents: ReadonlyArray<DocumentScores>): SummedCounts => {
  const sums = Object.fromEntries(measures.map((m) => [m, noCounts])) as Record<Measure, Counts>
  for (const document of documents) {
    const counts = countsOfDocument(document)
    for (const m of measures) sums[m] = addCounts(sums[m], counts[m])
  }
  return { documents: documents.length, ...sums }
}
