import type { Qualifier } from "../model/quantity.js"
import { isYearNumeral } from "../time/timex-patterns.js"
import { currencyCodeTable, currencySymbolTable, HASH_POUND, hashPound } from "./currencies.js"
import { parseAmount, parseVague } from "./figure-amount.js"
import { type Figure, type FigureContext, textOf } from "./figure-reading.js"
import { parseSuffix, unitReading } from "./figure-unit.js"
import type { Lexeme } from "./lexemes.js"
import { ordinalWords, several, smallNumbers, vagueAmounts } from "./numerals.js"
import { matchLongest } from "./phrase-table.js"
import { MOVED_UP_WORDS, qualifiedInterval, SUMMED_UP_WORDS, qualifierAfter, qualifierBefore, rangeInterval, rangeOpeners, vagueInterval } from "./qualifiers.js"
import { tidyNumber } from "./tidy-number.js"
import { applyUnit } from "./units.js"
import { parseFraction, parseOrdinalWord, parseRatio, wholeFigure } from "./whole-figures.js"

export type { Figure, FigureContext } from "./figure-reading.js"

const OPENING_TABLES = [qualifierBefore, ordinalWords, vagueAmounts, currencySymbolTable, currencyCodeTable]
const firstKeysOf = (caseSensitive: boolean) =>
  OPENING_TABLES.filter((t) => t.caseSensitive === caseSensitive).flatMap((t) => [...t.firstKeys])
const OPENING_WORDS: ReadonlySet<string> = new Set(["a", "an", "half", several.word, ...rangeOpeners, ...smallNumbers.keys(), ...firstKeysOf(false)])
const OPENING_SYMBOLS: ReadonlySet<string> = new Set([...firstKeysOf(true), HASH_POUND])

/** Most lexemes ("the", "said", ",") cannot begin a figure: a set lookup spares them the full grammar. */
const mayStartFigure = (l: Lexeme): boolean =>
  l.kind === "number" || l.kind === "currency" || OPENING_WORDS.has(l.lower) || OPENING_SYMBOLS.has(l.text)

/**
 * Reads the figure starting at lexeme `i`, if one does: qualifier, currency, numeral(s), scale,
 * unit, rate and trailing qualifier. Everything it reads is recorded in `notes`.
 */
export const parseFigureAt = (ctx: FigureContext, i: number): Figure | undefined => {
  const lexemes = ctx.lexemes
  const start = lexemes[i]
  if (start === undefined || !mayStartFigure(start)) return undefined
  const notes: Array<string> = []
  let j = i
  let qualifier: Qualifier = "exact"
  const before = qualifierBefore.match(lexemes, j)
  // "edged up to 1.144 billion": a change's "to", read from the figure on
  if (before !== undefined && start.lower === "up" && MOVED_UP_WORDS.has(lexemes[i - 1]?.lower ?? "")) return undefined
  // "added up to 22,201bn yen": a sum's "to" before money (read from the figure on); "add up to 500 jobs" bounds a count
  const summedUp = before !== undefined && start.lower === "up" && SUMMED_UP_WORDS.has(lexemes[i - 1]?.lower ?? "")
  if (before !== undefined) {
    qualifier = before.value
    notes.push(`'${textOf(lexemes, j, before.next)}' → ${qualifier}`)
    j = before.next
  }
  const betweenOpen = rangeOpeners.has(lexemes[j]?.lower ?? "")
  if (betweenOpen) j++

  if (qualifier === "exact" && !betweenOpen) {
    const ordinal = parseOrdinalWord(ctx, j)
    if (ordinal !== undefined) return ordinal
  }
  const fraction = betweenOpen ? undefined : parseFraction(ctx, j)
  if (fraction !== undefined) {
    return wholeFigure({ first: i, next: fraction.next, numeralFirst: j }, "percent", fraction.value, fraction.unit, qualifier, [...notes, fraction.note])
  }

  const prefix = matchLongest([currencySymbolTable, currencyCodeTable], lexemes, j) ?? hashPound(lexemes, j)
  let currency = prefix?.value
  if (prefix !== undefined) {
    notes.push(`'${textOf(lexemes, j, prefix.next)}' → ${prefix.value.code}`)
    j = prefix.next
  }
  const numeralFirst = j
  const amount = (betweenOpen ? undefined : parseVague(ctx, j)) ?? parseAmount(ctx, j, currency, betweenOpen)
  if (amount === undefined || (betweenOpen && !amount.range)) return undefined
  notes.push(...amount.notes)

  const ratio = parseRatio(ctx, amount)
  if (ratio !== undefined) {
    const note = `${amount.low} in ${(100 * amount.low) / ratio.value} = ${ratio.value.toFixed(2)}%`
    return wholeFigure({ first: i, next: ratio.next, numeralFirst }, "percent", ratio.value, "percent", qualifier, [...notes, note])
  }
  const suffix = parseSuffix(ctx, amount.next, amount, currency)
  if (suffix?.kind === "calendar") return undefined
  const reading = unitReading(lexemes, suffix, currency, amount.next)
  notes.push(...reading.notes)
  let next = reading.next
  // "2Mb", "3D", "512K": a numeral glued to letters that are no unit is a code
  const trailing = lexemes[next]
  if (trailing !== undefined && trailing.kind === "word" && trailing.glued) return undefined
  const after = qualifierAfter.match(lexemes, next)
  if (after !== undefined && qualifier === "exact") {
    qualifier = after.value
    notes.push(`'${textOf(lexemes, next, after.next)}' → ${qualifier}`)
    next = after.next
  }
  const { kind, unit } = reading
  if (summedUp && kind === "money") return undefined
  const low = applyUnit(amount.low, unit)
  const high = applyUnit(amount.high, unit)
  const value = amount.range && !amount.vague ? tidyNumber((low + high) / 2) : low
  // A numeral past what a double holds (a 10,000-digit "number") is no figure anyone can check.
  if (![low, high, value].every(Number.isFinite)) return undefined
  const interval = amount.vague ? vagueInterval(low, high) : amount.range ? rangeInterval(low, high) : qualifiedInterval(qualifier, value)
  if (amount.range && qualifier === "exact") qualifier = "approximate"
  const single = lexemes[numeralFirst]!
  return {
    first: i,
    next,
    numeralFirst,
    numeralNext: amount.numeralNext,
    kind,
    value,
    unit: unit.unit,
    dimension: kind === "measure" ? unit.dimension : undefined,
    qualifier,
    interval,
    precision: tidyNumber(Math.abs(amount.precision * unit.factor)),
    weak: kind === "count" && !amount.numeric && amount.low === 1 && single.lower === "one",
    partitive: amount.vague && lexemes[amount.next]?.lower === "of",
    yearLike: kind === "count" && !amount.range && qualifier === "exact" && amount.numeralNext === numeralFirst + 1 && isYearNumeral(single.text),
    notes
  }
}
