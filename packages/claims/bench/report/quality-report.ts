import type { GoldDocument, GoldGroup } from "../gold/gold-annotation.js"
import { type Scores, scoresOf } from "../score/counts.js"
import type { ClaimLike } from "../score/score-claims.js"
import { type DocumentScores, type Measure, measures, sumScores } from "../score/score-document.js"

/** The groups the report shows: the three parts of the gold set, and seeds and texts together. */
export type ReportGroup = GoldGroup | "positive"

export interface GroupReport {
  readonly documents: number
  readonly measures: { readonly [M in Measure]: Scores }
  /** Of the time expressions matched by overlap, the share with the right value. */
  readonly timexValueAccuracy: number
}

/** One document's errors, in words, for whoever improves the extractors. */
export interface DocumentReport {
  readonly file: string
  readonly group: GoldGroup
  readonly timexes: {
    readonly missed: ReadonlyArray<string>
    readonly spurious: ReadonlyArray<string>
    readonly wrongValue: ReadonlyArray<string>
    readonly otherSpan: ReadonlyArray<string>
  }
  readonly quantities: {
    readonly missed: ReadonlyArray<string>
    readonly spurious: ReadonlyArray<string>
    readonly wrongValue: ReadonlyArray<string>
  }
  readonly claims: {
    readonly missed: ReadonlyArray<string>
    readonly spurious: ReadonlyArray<string>
    readonly wrongParties: ReadonlyArray<string>
  }
}

export interface QualityReport {
  readonly groups: { readonly [G in ReportGroup]: GroupReport }
  readonly documents: ReadonlyArray<DocumentReport>
}

export interface ScoredDocument {
  readonly document: GoldDocument
  readonly scores: DocumentScores
}

const groupReport = (scored: ReadonlyArray<ScoredDocument>): GroupReport => {
  const sums = sumScores(scored.map((s) => s.scores))
  const scores = Object.fromEntries(measures.map((m) => [m, scoresOf(sums[m])])) as { [M in Measure]: Scores }
  return {
    documents: sums.documents,
    measures: scores,
    timexValueAccuracy: sums.timexRelaxed.tp === 0 ? 1 : sums.timexValue.tp / sums.timexRelaxed.tp
  }
}

const parties = (claim: ClaimLike): string =>
  `(${claim.subjects.join(", ")})${claim.place === undefined ? "" : ` in ${claim.place}`}`

const describeClaim = (claim: ClaimLike): string => {
  const value = claim.value === undefined ? "" : ` = ${claim.value.value} ${claim.value.unit}`
  const time = claim.time === undefined ? "" : ` @ ${claim.time.start}..${claim.time.end}`
  return `${claim.predicate}${parties(claim)}${value}${time} — "${claim.quote}"`
}

const documentReport = ({ document, scores }: ScoredDocument): DocumentReport => ({
  file: document.annotation.file,
  group: document.group,
  timexes: {
    missed: scores.timexes.missed.map((t) => `"${t.text}" ${t.value}`),
    spurious: scores.timexes.spurious.map((t) => `"${t.text}" ${t.value}`),
    wrongValue: scores.timexes.wrongValue.map((w) => `"${w.gold.text}" ${w.predicted.value}, gold ${w.gold.value}`),
    otherSpan: scores.timexes.otherSpan.map((w) => `"${w.predicted.text}", gold "${w.gold.text}"`)
  },
  quantities: {
    missed: scores.quantities.missed.map((q) => `"${q.text}" ${q.value} ${q.unit}`),
    spurious: scores.quantities.spurious.map((q) => `"${q.text}" ${q.value} ${q.unit}`),
    wrongValue: scores.quantities.wrongValue.map(
      (w) => `"${w.gold.text}" ${w.predicted.value} ${w.predicted.unit}, gold ${w.gold.value} ${w.gold.unit}`
    )
  },
  claims: {
    missed: scores.claims.missed.map(describeClaim),
    spurious: scores.claims.spurious.map(describeClaim),
    wrongParties: scores.claims.wrongParties.map(
      (w) => `${w.gold.predicate}${parties(w.predicted)}, gold ${parties(w.gold)} — "${w.gold.quote}"`
    )
  }
})

export const makeQualityReport = (scored: ReadonlyArray<ScoredDocument>): QualityReport => {
  const inGroup = (group: GoldGroup) => scored.filter((s) => s.document.group === group)
  return {
    groups: {
      seeds: groupReport(inGroup("seeds")),
      texts: groupReport(inGroup("texts")),
      positive: groupReport(scored.filter((s) => s.document.group !== "negative")),
      negative: groupReport(inGroup("negative"))
    },
    documents: scored.map(documentReport)
  }
}
