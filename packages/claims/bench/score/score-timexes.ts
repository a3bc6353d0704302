import { type Counts, countsOf } from "./counts.js"
import { matchOneToOne, unmatched } from "./match-one-to-one.js"
import { overlapLength, sameSpan, type SpanLike } from "./spans.js"

/** What the scorer reads of a time expression: the gold annotation and the extractor's Timex both fit. */
export interface TimexLike extends SpanLike {
  readonly text: string
  readonly type: string
  readonly value: string
}

export interface TimexScores {
  /** Spans identical. */
  readonly strict: Counts
  /** Spans overlapping (TempEval-3 relaxed match). */
  readonly relaxed: Counts
  /** Relaxed match with the same TIMEX3 value (TempEval-3 value F1). */
  readonly value: Counts
  /** Relaxed match with the same TIMEX3 type. */
  readonly type: Counts
  readonly missed: ReadonlyArray<TimexLike>
  readonly spurious: ReadonlyArray<TimexLike>
  readonly wrongValue: ReadonlyArray<{ readonly gold: TimexLike; readonly predicted: TimexLike }>
  /** Pairs matched by overlap whose spans differ. */
  readonly otherSpan: ReadonlyArray<{ readonly gold: TimexLike; readonly predicted: TimexLike }>
}

/** Compares the time expressions found in one document with the gold ones, TempEval-3 style. */
export const scoreTimexes = (gold: ReadonlyArray<TimexLike>, predicted: ReadonlyArray<TimexLike>): TimexScores => {
  const strict = matchOneToOne(gold, predicted, (g, p) => (sameSpan(g, p) ? 1 : 0))
  const relaxed = matchOneToOne(gold, predicted, overlapLength)
  const pairs = relaxed.map(([g, p]) => ({ gold: gold[g]!, predicted: predicted[p]! }))
  const sameValue = pairs.filter((pair) => pair.gold.value === pair.predicted.value)
  const sameType = pairs.filter((pair) => pair.gold.type === pair.predicted.type)
  return {
    strict: countsOf(strict.length, predicted.length, gold.length),
    relaxed: countsOf(relaxed.length, predicted.length, gold.length),
    value: countsOf(sameValue.length, predicted.length, gold.length),
    type: countsOf(sameType.length, predicted.length, gold.length),
    missed: unmatched(gold, relaxed.map(([g]) => g)),
    spurious: unmatched(predicted, relaxed.map(([, p]) => p)),
    wrongValue: pairs.filter((pair) => pair.gold.value !== pair.predicted.value),
    otherSpan: pairs.filter((pair) => !sameSpan(pair.gold, pair.predicted))
  }
}
