import type { QuantityKind } from "../model/quantity.js"
import { type Currency, currenciesAlsoMass, gluedSubunitTable } from "./currencies.js"
import { type Amount, type FigureContext, matchCurrencyAfter, sentenceMentions, textOf } from "./figure-reading.js"
import type { Lexeme } from "./lexemes.js"
import { ordinalSuffixes } from "./numerals.js"
import { matchLongest } from "./phrase-table.js"
import { calendarUnits, percentTable, ratePeriodTable, type UnitDef, unitGluedSymbolTable, unitNameTable, unitSymbolTable } from "./units.js"

/** Step: what a figure is a number of — a currency, a percentage, a unit (with its rate), an ordinal suffix. */

export type Suffix =
  | { readonly kind: "money"; readonly currency: Currency; readonly next: number; readonly text: string }
  | { readonly kind: "percent"; readonly unit: string; readonly factor: number; readonly next: number; readonly text: string }
  | { readonly kind: "measure"; readonly unit: UnitDef; readonly next: number; readonly text: string }
  | { readonly kind: "ordinal"; readonly next: number }
  | { readonly kind: "calendar" }

const WEIGHT_CONTEXT = /\bweigh|\bweight|\bheav(?:y|ier|iest)\b|\blbs?\b|\bkilo/i

export const matchUnit = (lexemes: ReadonlyArray<Lexeme>, j: number) => {
  const glued = lexemes[j]?.glued === true
  return matchLongest(glued ? [unitNameTable, unitSymbolTable, unitGluedSymbolTable] : [unitNameTable, unitSymbolTable], lexemes, j)
}

/** What the figure is a number of: a currency, a percentage, a unit, an ordinal suffix, or nothing (a count). */
export const parseSuffix = (ctx: FigureContext, j: number, amount: Amount, prefixCurrency: Currency | undefined): Suffix | undefined => {
  const hasCurrency = prefixCurrency !== undefined
  const lexemes = ctx.lexemes
  const l = lexemes[j]
  if (l === undefined || l.broken) return undefined
  const hyphenated = l.lower === "-" && l.glued && lexemes[j + 1]?.glued === true
  const at = hyphenated ? j + 1 : j
  const word = lexemes[at]
  if (!hasCurrency && word !== undefined && calendarUnits.has(word.lower)) return { kind: "calendar" }
  // "a 4bn-euro hole" is money; "several billion-dollar projects" counts projects
  const hyphenCurrency = hyphenated && !hasCurrency && amount.numeric ? matchCurrencyAfter(lexemes, at) : undefined
  if (hyphenCurrency !== undefined) {
    return { kind: "money", currency: hyphenCurrency.value, next: hyphenCurrency.next, text: textOf(lexemes, at, hyphenCurrency.next) }
  }
  if (!hyphenated) {
    const percent = percentTable.match(lexemes, j)
    if (percent !== undefined) return { kind: "percent", ...percent.value, next: percent.next, text: textOf(lexemes, j, percent.next) }
    if (!hasCurrency) {
      // "billions of dollars": a partitive amount names its currency after "of"
      const named = amount.vague && l.lower === "of" ? j + 1 : j
      const currency = matchCurrencyAfter(lexemes, named)
      if (currency !== undefined) {
        const text = textOf(lexemes, named, currency.next)
        if (!(currenciesAlsoMass.has(text.toLowerCase()) && sentenceMentions(ctx, l.start, WEIGHT_CONTEXT)))
          return { kind: "money", currency: currency.value, next: currency.next, text }
      }
      const subunit = l.glued && !amount.scaled ? gluedSubunitTable.match(lexemes, j) : undefined
      if (subunit !== undefined) return { kind: "money", currency: subunit.value, next: subunit.next, text: l.text }
    }
    if (amount.numeric && !amount.scaled && !amount.range && l.glued && ordinalSuffixes.has(l.lower)) return { kind: "ordinal", next: j + 1 }
  }
  if (hasCurrency) return undefined
  const unit = matchUnit(lexemes, at)
  if (unit === undefined || isCompoundHead(lexemes, unit.next)) return undefined
  return { kind: "measure", unit: unit.value, next: unit.next, text: textOf(lexemes, at, unit.next) }
}

const SIZE_ADJECTIVES: ReadonlySet<string> = new Set(["long", "high", "wide", "deep", "tall", "thick", "old", "plus"])

/** "one second-set outburst": a unit word that opens a hyphenated compound names no unit ("10km-long" still does). */
const isCompoundHead = (lexemes: ReadonlyArray<Lexeme>, j: number): boolean => {
  const hyphen = lexemes[j]
  const word = lexemes[j + 1]
  return hyphen?.lower === "-" && hyphen.glued && word?.kind === "word" && word.glued && !SIZE_ADJECTIVES.has(word.lower)
}

const MAX_MATERIAL_WORDS = 3

/** A rate right after the unit, or after what it measures: "barrels a day", "tonnes of LNG a year". */
const matchRate = (lexemes: ReadonlyArray<Lexeme>, j: number): { readonly value: string; readonly next: number } | undefined => {
  const direct = ratePeriodTable.match(lexemes, j)
  if (direct !== undefined || lexemes[j]?.lower !== "of") return direct
  for (let k = j + 1; k <= j + MAX_MATERIAL_WORDS && lexemes[k]?.kind === "word"; k++) {
    const rate = ratePeriodTable.match(lexemes, k + 1)
    if (rate !== undefined) return rate
  }
  return undefined
}

const COUNT_UNIT: UnitDef = { unit: "item", factor: 1, dimension: "count" }

/** The unit a figure is read in, from its currency prefix or its suffix; a count when it has neither. */
export const unitReading = (
  lexemes: ReadonlyArray<Lexeme>,
  suffix: Exclude<Suffix, { kind: "calendar" }> | undefined,
  prefixCurrency: Currency | undefined,
  next: number
): { readonly kind: QuantityKind; readonly unit: UnitDef; readonly next: number; readonly notes: ReadonlyArray<string> } => {
  const money = (c: Currency): UnitDef => ({ unit: c.code, factor: c.factor, dimension: "money" })
  if (prefixCurrency !== undefined) return { kind: "money", unit: money(prefixCurrency), next, notes: [] }
  if (suffix === undefined) return { kind: "count", unit: COUNT_UNIT, next, notes: [] }
  switch (suffix.kind) {
    case "money":
      return { kind: "money", unit: money(suffix.currency), next: suffix.next, notes: [`'${suffix.text}' → ${suffix.currency.code}`] }
    case "percent": {
      const note = `'${suffix.text}' → ${suffix.unit}${suffix.factor === 1 ? "" : ` × ${suffix.factor}`}`
      return { kind: "percent", unit: { unit: suffix.unit, factor: suffix.factor, dimension: "percent" }, next: suffix.next, notes: [note] }
    }
    case "ordinal":
      return { kind: "ordinal", unit: COUNT_UNIT, next: suffix.next, notes: ["ordinal suffix"] }
    case "measure": {
      const unit = suffix.unit
      const note = `'${suffix.text}' → ${unit.unit} × ${unit.factor}`
      // "barrels a day", "tonnes a year": stocks become flows; durations, speeds and flows already are
      const isStock = !(unit.dimension === "duration" || unit.dimension === "speed" || unit.dimension.endsWith("rate"))
      const rate = isStock ? matchRate(lexemes, suffix.next) : undefined
      if (rate === undefined) return { kind: "measure", unit, next: suffix.next, notes: [note] }
      return {
        kind: "measure",
        unit: { ...unit, unit: `${unit.unit}/${rate.value}`, dimension: `${unit.dimension}_rate` },
        next: rate.next,
        notes: [note, `'${textOf(lexemes, suffix.next, rate.next)}' → per ${rate.value}`]
      }
    }
  }
}
