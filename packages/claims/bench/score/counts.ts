/** True positives, false positives and false negatives of one comparison. */
export interface Counts {
  readonly tp: number
  readonly fp: number
  readonly fn: number
}

export interface Scores extends Counts {
  readonly precision: number
  readonly recall: number
  readonly f1: number
}

export const noCounts: Counts = { tp: 0, fp: 0, fn: 0 }

export const addCounts = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn })

/** Counts from `matched` pairs out of `predicted` and `gold` items. */
export const countsOf = (matched: number, predicted: number, gold: number): Counts => ({
  tp: matched,
  fp: predicted - matched,
  fn: gold - matched
})

/** Precision, recall and F1; with nothing predicted precision is 1, with nothing to find recall is 1. */
export const scoresOf = (counts: Counts): Scores => {
  const precision = counts.tp + counts.fp === 0 ? 1 : counts.tp / (counts.tp + counts.fp)
  const recall = counts.tp + counts.fn === 0 ? 1 : counts.tp / (counts.tp + counts.fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { ...counts, precision, recall, f1 }
}
