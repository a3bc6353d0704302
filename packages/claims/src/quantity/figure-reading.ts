import type { Qualifier, QuantityKind, ValueInterval } from "../model/quantity.js"
import { type Analysis, sentenceAt } from "../nlp/analyze.js"
import { currencyCodeTable, currencyNameTable } from "./currencies.js"
import type { Lexeme } from "./lexemes.js"
import { matchLongest } from "./phrase-table.js"

/** What every step of reading a figure shares: the figure it yields, the context it reads, the amount it found. */

/** A figure read from the lexemes, before ids, identifiers and time expressions are considered. */
export interface Figure {
  /** Lexeme range [first, next) of the whole figure, qualifier included. */
  readonly first: number
  readonly next: number
  /** Lexeme range of the numerals alone, which must not be part of an identifier. */
  readonly numeralFirst: number
  readonly numeralNext: number
  readonly kind: QuantityKind
  readonly value: number
  readonly unit: string
  readonly dimension: string | undefined
  readonly qualifier: Qualifier
  readonly interval: ValueInterval
  readonly precision: number
  /** True for a bare word "one", a count only when a common noun follows it. */
  readonly weak: boolean
  /** A vague amount whose "of" leads to what it counts: "dozens of protesters". */
  readonly partitive: boolean
  /** A plain integer of four digits with nothing after it: probably a year the time module missed. */
  readonly yearLike: boolean
  readonly notes: ReadonlyArray<string>
}

export interface FigureContext {
  readonly analysis: Analysis
  readonly lexemes: ReadonlyArray<Lexeme>
}

export interface Amount {
  readonly low: number
  readonly high: number
  readonly precision: number
  readonly next: number
  readonly numeralNext: number
  readonly range: boolean
  /** A vague amount ("dozens of", "several"): its value is its lower bound. */
  readonly vague: boolean
  readonly numeric: boolean
  readonly scaled: boolean
  readonly notes: ReadonlyArray<string>
}

export const followedBy = (lexemes: ReadonlyArray<Lexeme>, j: number, words: ReadonlyArray<string>): boolean => {
  for (let k = 0; k < words.length; k++) if (lexemes[j + k]?.lower !== words[k]) return false
  return true
}

/** Whether the sentence around offset `at` says something matching `pattern`. */
export const sentenceMentions = (ctx: FigureContext, at: number, pattern: RegExp): boolean => {
  const sentence = sentenceAt(ctx.analysis, at)
  return sentence !== undefined && pattern.test(ctx.analysis.text.slice(sentence.start, sentence.end))
}

export const matchCurrencyAfter = (lexemes: ReadonlyArray<Lexeme>, j: number) =>
  matchLongest([currencyNameTable, currencyCodeTable], lexemes, j)

export const textOf = (lexemes: ReadonlyArray<Lexeme>, from: number, to: number): string =>
  lexemes
    .slice(from, to)
    .map((l, k) => (k > 0 && !l.glued ? ` ${l.text}` : l.text))
    .join("")
