import type { GoldTimex } from "../gold/gold-annotation.js"

/** A TIMEX3 as both the gold file and the tagger give it: span, type, value, optional mod. */
export interface ScoredTimex extends GoldTimex {
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

/** A timex as the error listing shows it: its text, type, value and mod. */
export const showTimex = (t: ScoredTimex) => `'${t.text}' ${t.type} ${t.value}${t.mod === undefined ? "" : ` ${t.mod}`}`

/** The sentence-sized window around a span, for the error listing. */
const contextOf = (text: string, t: ScoredTimex) =>
  text.slice(Math.max(0, t.start - 60), Math.min(text.length, t.end + 40)).replace(/\s+/g, " ")

/** One document's misses, spurious timexes, span and value differences, a line each. */
export const errorLines = (doc: { readonly file: string; readonly dct: string }, text: string, alignment: DocumentAlignment): ReadonlyArray<string> => [
  ...alignment.missed.map((g) => `MISSED   ${doc.file} (DCT ${doc.dct}) ${showTimex(g)} … ${contextOf(text, g)}`),
  ...alignment.spurious.map((s) => `SPURIOUS ${doc.file} (DCT ${doc.dct}) ${showTimex(s)} … ${contextOf(text, s)}`),
  ...alignment.pairs
    .filter((p) => p.gold.start !== p.system.start || p.gold.end !== p.system.end)
    .map((p) => `SPAN     ${doc.file} gold '${p.gold.text}' ≠ got '${p.system.text}'`),
  ...alignment.pairs
    .filter((p) => p.gold.value !== p.system.value || p.gold.type !== p.system.type)
    .map(
      (p) =>
        `VALUE    ${doc.file} (DCT ${doc.dct}) gold ${showTimex(p.gold)} ≠ got ${showTimex(p.system)} … ${contextOf(text, p.gold)}\n         [${p.system.derivation ?? ""}]`
    )
]

const pct = (x: number) => (x * 100).toFixed(1).padStart(5)

/** The TempEval-3 scores as a small table. */
export const formatScores = (title: string, s: TempEvalScores): string =>
  [
    `${title}: ${s.gold} gold TIMEX3, ${s.system} found`,
    `                 P      R      F1`,
    `strict span   ${pct(s.strict.p)}  ${pct(s.strict.r)}  ${pct(s.strict.f1)}`,
    `relaxed span  ${pct(s.relaxed.p)}  ${pct(s.relaxed.r)}  ${pct(s.relaxed.f1)}`,
    `type   accuracy ${pct(s.typeAccuracy)}   F1 ${pct(s.typeF1)}`,
    `value  accuracy ${pct(s.valueAccuracy)}   F1 ${pct(s.valueF1)}`,
    `mod    accuracy ${pct(s.modAccuracy)}   (not part of TempEval-3's score)`
  ].join("\n")
