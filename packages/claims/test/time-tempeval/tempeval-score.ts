/** A TIMEX3 as both the gold file and the tagger give it: span, type, value, optional mod. */
export interface ScoredTimex {
  readonly text: string
  readonly start: number
  readonly end: number
  readonly type: string
  readonly value: string
  readonly mod?: string
  /** The tagger's own account of how it reached the value (system timexes only). */
  readonly derivation?: string
}

/** One gold timex paired with the system timex that overlaps it (TempEval-3's relaxed match). */
export interface Pair {
  readonly gold: ScoredTimex
  readonly system: ScoredTimex
}

export interface DocumentAlignment {
  readonly pairs: ReadonlyArray<Pair>
  readonly missed: ReadonlyArray<ScoredTimex>
  readonly spurious: ReadonlyArray<ScoredTimex>
}

const overlap = (a: ScoredTimex, b: ScoredTimex) => Math.min(a.end, b.end) - Math.max(a.start, b.start)

/**
 * Pairs gold and system timexes one-to-one, as the TempEval-3 scorer does: a system timex matches a
 * gold one when their spans share at least one character; the largest overlaps are paired first.
 */
export const alignDocument = (gold: ReadonlyArray<ScoredTimex>, system: ReadonlyArray<ScoredTimex>): DocumentAlignment => {
  const candidates = gold
    .flatMap((g, gi) => system.map((s, si) => ({ gi, si, size: overlap(g, s) })))
    .filter((c) => c.size > 0)
    .sort((a, b) => b.size - a.size)
  const goldUsed = new Set<number>()
  const systemUsed = new Set<number>()
  const pairs: Array<{ gi: number; si: number }> = []
  for (const c of candidates) {
    if (goldUsed.has(c.gi) || systemUsed.has(c.si)) continue
    goldUsed.add(c.gi)
    systemUsed.add(c.si)
    pairs.push(c)
  }
  pairs.sort((a, b) => a.gi - b.gi)
  return {
    pairs: pairs.map(({ gi, si }) => ({ gold: gold[gi]!, system: system[si]! })),
    missed: gold.filter((_, i) => !goldUsed.has(i)),
    spurious: system.filter((_, i) => !systemUsed.has(i))
  }
}

export interface PrecisionRecall {
  readonly p: number
  readonly r: number
  readonly f1: number
}

const precisionRecall = (correct: number, system: number, gold: number): PrecisionRecall => {
  const p = system === 0 ? 0 : correct / system
  const r = gold === 0 ? 0 : correct / gold
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) }
}

export interface TempEvalScores {
  readonly gold: number
  readonly system: number
  readonly strict: PrecisionRecall
  readonly relaxed: PrecisionRecall
  /** Over relaxed matches, as TempEval-3 reports attribute accuracy. */
  readonly typeAccuracy: number
  readonly valueAccuracy: number
  readonly modAccuracy: number
  /** TempEval-3's attribute F1: relaxed F1 × attribute accuracy. */
  readonly typeF1: number
  readonly valueF1: number
}

/** TempEval-3 Task A measures over the alignments of every document. */
export const scoreAlignments = (alignments: ReadonlyArray<DocumentAlignment>): TempEvalScores => {
  const pairs = alignments.flatMap((a) => a.pairs)
  const gold = pairs.length + alignments.reduce((n, a) => n + a.missed.length, 0)
  const system = pairs.length + alignments.reduce((n, a) => n + a.spurious.length, 0)
  const share = (agree: (p: Pair) => boolean) => (pairs.length === 0 ? 0 : pairs.filter(agree).length / pairs.length)
  const strictMatches = pairs.filter((p) => p.gold.start === p.system.start && p.gold.end === p.system.end).length
  const relaxed = precisionRecall(pairs.length, system, gold)
  const typeAccuracy = share((p) => p.gold.type === p.system.type)
  const valueAccuracy = share((p) => p.gold.value === p.system.value)
  return {
    gold,
    system,
    strict: precisionRecall(strictMatches, system, gold),
    relaxed,
    typeAccuracy,
    valueAccuracy,
    modAccuracy: share((p) => (p.gold.mod ?? "") === (p.system.mod ?? "")),
    typeF1: relaxed.f1 * typeAccuracy,
    valueF1: relaxed.f1 * valueAccuracy
  }
}
