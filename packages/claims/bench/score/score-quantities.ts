import { type Counts, countsOf } from "./counts.js"
import { matchOneToOne, unmatched } from "./match-one-to-one.js"
import { overlapLength, sameNumber, type SpanLike } from "./spans.js"

/** What the scorer reads of a quantity: the gold annotation and the extractor's Quantity both fit. */
export interface QuantityLike extends SpanLike {
  readonly text: string
  readonly kind: string
  readonly value: number
  readonly unit: string
}

export interface QuantityScores {
  /** Spans overlapping. */
  readonly span: Counts
  /** Spans overlapping with the same value (in base units) and unit. */
  readonly value: Counts
  readonly missed: ReadonlyArray<QuantityLike>
  readonly spurious: ReadonlyArray<QuantityLike>
  readonly wrongValue: ReadonlyArray<{ readonly gold: QuantityLike; readonly predicted: QuantityLike }>
}

const sameFigure = (a: QuantityLike, b: QuantityLike): boolean => a.unit === b.unit && sameNumber(a.value, b.value)

/** Compares the quantities found in one document with the gold ones. */
export const scoreQuantities = (gold: ReadonlyArray<QuantityLike>, predicted: ReadonlyArray<QuantityLike>): QuantityScores => {
  const matches = matchOneToOne(gold, predicted, overlapLength)
  const pairs = matches.map(([g, p]) => ({ gold: gold[g]!, predicted: predicted[p]! }))
  const right = pairs.filter((pair) => sameFigure(pair.gold, pair.predicted))
  return {
    span: countsOf(matches.length, predicted.length, gold.length),
    value: countsOf(right.length, predicted.length, gold.length),
    missed: unmatched(gold, matches.map(([g]) => g)),
    spurious: unmatched(predicted, matches.map(([, p]) => p)),
    wrongValue: pairs.filter((pair) => !sameFigure(pair.gold, pair.predicted))
  }
}
