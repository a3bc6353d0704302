import type { Qualifier, QuantityKind, ValueInterval } from "../model/quantity.js"
import type { Analysis } from "../nlp/analyze.js"
import { sentenceAt } from "../nlp/analyze.js"
import { type Currency, currenciesAlsoMass, currencyCodeTable, currencyNameTable, currencySymbolTable, gluedSubunitTable } from "./currencies.js"
import { type Lexeme, numericValue } from "./lexemes.js"
import {
  fractionDenominators,
  letterScales,
  ordinalSuffixes,
  ordinalWords,
  parseWordNumber,
  scaleWords,
  several,
  smallNumbers,
  vagueAmounts
} from "./numerals.js"
import { matchLongest } from "./phrase-table.js"
import { qualifiedInterval, qualifierAfter, qualifierBefore, rangeInterval, rangeOpeners, vagueInterval } from "./qualifiers.js"
import { tidyNumber } from "./tidy-number.js"
import { tokenIndexFrom } from "./token-lookup.js"
import {
  applyUnit,
  calendarUnits,
  percentTable,
  ratePeriodTable,
  type UnitDef,
  unitGluedSymbolTable,
  unitNameTable,
  unitSymbolTable
} from "./units.js"

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

interface Numeral {
  readonly value: number
  readonly precision: number
  readonly next: number
  readonly numeric: boolean
}

const AND_A_HALF: ReadonlyArray<string> = ["and", "a", "half"]

const followedBy = (lexemes: ReadonlyArray<Lexeme>, j: number, words: ReadonlyArray<string>): boolean => {
  for (let k = 0; k < words.length; k++) if (lexemes[j + k]?.lower !== words[k]) return false
  return true
}

/** A numeral in digits or words, with an optional "and a half" ("five and a half months"). */
const parseNumeral = (lexemes: ReadonlyArray<Lexeme>, j: number): Numeral | undefined => {
  const l = lexemes[j]
  if (l === undefined) return undefined
  let numeral: Numeral
  if (l.kind === "number") {
    const { value, precision } = numericValue(l.text)
    numeral = { value, precision, next: j + 1, numeric: true }
  } else {
    const words = parseWordNumber(lexemes, j)
    if (words === undefined) return undefined
    numeral = { value: words.value, precision: words.precision, next: words.next, numeric: false }
  }
  if (!followedBy(lexemes, numeral.next, AND_A_HALF)) return numeral
  return { value: numeral.value + 0.5, precision: Math.min(numeral.precision, 0.5), next: numeral.next + AND_A_HALF.length, numeric: numeral.numeric }
}

const METRE_CONTEXT =
  /\b(?:tall|high|long|deep|wide|height|depth|length|distance|altitude|elevation|sprint|hurdles|freestyle|relay|breaststroke|backstroke|butterfly|medley|metres?|meters?|feet|ft|swim\w*|race|runner|athletics|olympics?|games|final|heats?|medal)\b/i

/** Whether the sentence around offset `at` says something matching `pattern`. */
const sentenceMentions = (ctx: FigureContext, at: number, pattern: RegExp): boolean => {
  const sentence = sentenceAt(ctx.analysis, at)
  return sentence !== undefined && pattern.test(ctx.analysis.text.slice(sentence.start, sentence.end))
}

const isPluralNounAt = (ctx: FigureContext, l: Lexeme | undefined): boolean => {
  if (l === undefined || l.kind !== "word") return false
  const token = ctx.analysis.tokens[tokenIndexFrom(ctx.analysis.tokens, l.start)]
  return token !== undefined && token.start === l.start && token.pos === "NOUN" && token.text.endsWith("s")
}

const matchCurrencyAfter = (lexemes: ReadonlyArray<Lexeme>, j: number) =>
  matchLongest([currencyNameTable, currencyCodeTable], lexemes, j)

interface Scale {
  readonly factor: number
  readonly next: number
  readonly word: string
}

/** "billion", "bn", "mln" always; "m", "bn", "k" glued to money; "m" before a counted noun ("10m people"). */
const parseScale = (ctx: FigureContext, j: number, currency: Currency | undefined): Scale | undefined => {
  const l = ctx.lexemes[j]
  if (l === undefined || l.kind !== "word") return undefined
  const word = scaleWords.get(l.lower)
  if (word !== undefined) return { factor: word, next: j + 1, word: l.text }
  const letter = letterScales.get(l.lower)
  if (letter === undefined) return undefined
  const moneyAround = currency !== undefined || matchCurrencyAfter(ctx.lexemes, j + 1) !== undefined
  // "10m people", "viewers rose to 5.3m": British copy writes millions so; metres come with talk of size or sport
  const millionCount = l.lower === "m" && (isPluralNounAt(ctx, ctx.lexemes[j + 1]) || !sentenceMentions(ctx, l.start, METRE_CONTEXT))
  return moneyAround || millionCount ? { factor: letter, next: j + 1, word: l.text } : undefined
}

interface Amount {
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

const RANGE_SEPARATORS: ReadonlySet<string> = new Set(["-", "to", "or"])

/** Verbs of change: "fell 11,000 to 813,200" moves between two figures; it is no range. */
const CHANGE_VERBS =
  /^(?:rose|rise|rising|risen|rises|fell|fall|falling|fallen|falls|grew|grow|grown|growing|increased?|increasing|decreased?|decreasing|cut|cuts|cutting|dropped|drop|drops|dropping|climbed|climb|jumped|jump|slipped|slip|declined?|declining|raised?|raising|lowered|lower|reduced?|reducing|soared|slumped|plunged|surged|gained|lost|up|down)$/

/** A "to" range is written between figures of a size ("200 to 300 people"), not after a verb of change. */
const isToRange = (lexemes: ReadonlyArray<Lexeme>, j: number, low: number, high: number): boolean =>
  high <= low * 10 && !CHANGE_VERBS.test(lexemes[j - 1]?.lower ?? "") && !CHANGE_VERBS.test(lexemes[j - 2]?.lower ?? "")

/** A numeral with its scale, or a range of two ("$5-6 billion", "between 5 and 6", "two or three"). */
const parseAmount = (ctx: FigureContext, j: number, currency: Currency | undefined, betweenOpen: boolean): Amount | undefined => {
  const lexemes = ctx.lexemes
  const first = parseNumeral(lexemes, j)
  if (first === undefined) return undefined
  const scale = parseScale(ctx, first.next, currency)
  let next = scale?.next ?? first.next
  const notes: Array<string> = scale === undefined ? [] : [`${scale.word} = ${scale.factor}`]
  const separator = lexemes[next]
  const openedByFrom = lexemes[j - 1]?.lower === "from" || lexemes[j - 2]?.lower === "from"
  const separates =
    separator !== undefined &&
    ((betweenOpen && separator.lower === "and") || (!betweenOpen && RANGE_SEPARATORS.has(separator.lower) && !(openedByFrom && separator.lower === "to")))
  if (separates) {
    let k = next + 1
    const secondCurrency = matchLongest([currencySymbolTable, currencyCodeTable], lexemes, k)
    if (secondCurrency !== undefined && currency !== undefined && secondCurrency.value.code === currency.code) k = secondCurrency.next
    const second = parseNumeral(lexemes, k)
    // "or" joins only words ("two or three"); "5 or 6" are two figures offered
    const joinable = second !== undefined && (separator.lower !== "or" || (!first.numeric && !second.numeric))
    if (joinable) {
      const secondScale = parseScale(ctx, second.next, currency)
      const lowFactor = scale?.factor ?? secondScale?.factor ?? 1
      const highFactor = secondScale?.factor ?? scale?.factor ?? 1
      const low = first.value * lowFactor
      const high = second.value * highFactor
      // the ends of a range are of a size: "$50-100,000" is not 50 to 100,000
      if (low < high && high <= low * 20 && (separator.lower !== "to" || isToRange(lexemes, j, low, high))) {
        return {
          low,
          high,
          precision: Math.min(first.precision * lowFactor, second.precision * highFactor),
          next: secondScale?.next ?? second.next,
          numeralNext: second.next,
          range: true,
          vague: false,
          numeric: first.numeric,
          scaled: scale !== undefined || secondScale !== undefined,
          notes: secondScale !== undefined && scale === undefined ? [...notes, `${secondScale.word} = ${secondScale.factor} (both ends)`] : notes
        }
      }
    }
  }
  const factor = scale?.factor ?? 1
  return {
    low: first.value * factor,
    high: first.value * factor,
    precision: first.precision * factor,
    next,
    numeralNext: first.next,
    range: false,
    vague: false,
    numeric: first.numeric,
    scaled: scale !== undefined,
    notes
  }
}

type Suffix =
  | { readonly kind: "money"; readonly currency: Currency; readonly next: number; readonly text: string }
  | { readonly kind: "percent"; readonly unit: string; readonly factor: number; readonly next: number; readonly text: string }
  | { readonly kind: "measure"; readonly unit: UnitDef; readonly next: number; readonly text: string }
  | { readonly kind: "ordinal"; readonly next: number }
  | { readonly kind: "calendar" }

const WEIGHT_CONTEXT = /\bweigh|\bweight|\bheav(?:y|ier|iest)\b|\blbs?\b|\bkilo/i

const textOf = (lexemes: ReadonlyArray<Lexeme>, from: number, to: number): string =>
  lexemes
    .slice(from, to)
    .map((l, k) => (k > 0 && !l.glued ? ` ${l.text}` : l.text))
    .join("")

const matchUnit = (lexemes: ReadonlyArray<Lexeme>, j: number) => {
  const glued = lexemes[j]?.glued === true
  return matchLongest(glued ? [unitNameTable, unitSymbolTable, unitGluedSymbolTable] : [unitNameTable, unitSymbolTable], lexemes, j)
}

/** What the figure is a number of: a currency, a percentage, a unit, an ordinal suffix, or nothing (a count). */
const parseSuffix = (ctx: FigureContext, j: number, amount: Amount, prefixCurrency: Currency | undefined): Suffix | undefined => {
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
const unitReading = (
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

/** A figure read whole by one rule (an ordinal word, a share, a ratio), precise to its last unit. */
const wholeFigure = (
  span: { readonly first: number; readonly next: number; readonly numeralFirst: number },
  kind: "ordinal" | "percent",
  value: number,
  unit: "item" | "percent" | "percentage_point",
  qualifier: Qualifier,
  notes: ReadonlyArray<string>
): Figure => ({
  ...span,
  numeralNext: span.next,
  kind,
  value,
  unit,
  dimension: undefined,
  qualifier,
  interval: qualifiedInterval(qualifier, value),
  precision: unit === "percentage_point" ? 0.01 : 1,
  weak: false,
  partitive: false,
  yearLike: false,
  notes
})

const DETERMINERS: ReadonlySet<string> = new Set(["the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "s"])
const CAPITALISED = /^[A-Z]/
const ORDINAL_IDIOMS: ReadonlySet<string> = new Set(["at first", "first of", "first-hand", "second-hand", "first hand", "second hand"])

/** "third meeting", "the fifth", "his first term": an ordinal word with a determiner before or a noun after it. */
const parseOrdinalWord = (ctx: FigureContext, i: number): Figure | undefined => {
  const lexemes = ctx.lexemes
  const m = ordinalWords.match(lexemes, i)
  if (m === undefined) return undefined
  const l = lexemes[i]!
  const before = lexemes[i - 1]
  const after = lexemes[m.next]
  if (ORDINAL_IDIOMS.has(`${before?.lower} ${l.lower}`) || ORDINAL_IDIOMS.has(`${l.lower} ${after?.lower}`)) return undefined
  if (after?.lower === "-" && after.glued && ORDINAL_IDIOMS.has(`${l.lower}-${lexemes[m.next + 1]?.lower}`)) return undefined
  const tokens = ctx.analysis.tokens
  const token = tokens[tokenIndexFrom(tokens, l.start)]
  const following = after === undefined ? undefined : tokens[tokenIndexFrom(tokens, after.start)]
  const compound = after?.lower === "-" && after.glued // "eighth-seed", "third-generation"
  const nounAfter = compound || (following !== undefined && (following.pos === "NOUN" || following.pos === "ADJ" || following.pos === "PROPN"))
  const determined = DETERMINERS.has(before?.lower ?? "")
  // "it first appeared" is an adverb; "the world's second largest" a rank, whatever the tagger says
  if ((token?.pos === "ADV" && !determined) || !(nounAfter || determined)) return undefined
  // "Credit Suisse First Boston", "the Second World War": part of a name, not a rank
  const opensSentence = sentenceAt(ctx.analysis, l.start)?.start === l.start
  if (CAPITALISED.test(l.text) && !opensSentence && after !== undefined && CAPITALISED.test(after.text)) return undefined
  return wholeFigure({ first: i, next: m.next, numeralFirst: i }, "ordinal", m.value, "item", "exact", [`ordinal word = ${m.value}`])
}

const OF_A_POINT: ReadonlyArray<string> = ["of", "a", "point"]
const OF_A_PERCENTAGE_POINT: ReadonlyArray<string> = ["of", "a", "percentage", "point"]

interface Share {
  readonly value: number
  readonly unit: "percent" | "percentage_point"
  readonly next: number
  readonly note: string
}

/** "a third of", "two-thirds", "half of": a share, read as a percentage; "a quarter of a point" is 0.25 points. */
const parseFraction = (ctx: FigureContext, j: number): Share | undefined => {
  const lexemes = ctx.lexemes
  const l = lexemes[j]
  if (l === undefined) return undefined
  if (l.lower === "half" && lexemes[j + 1]?.lower === "of") return { value: 50, unit: "percent", next: j + 1, note: "half = 50%" }
  const article = l.lower === "a" || l.lower === "an"
  const word = article ? undefined : parseWordNumber(lexemes, j)
  const numerator = article ? 1 : word?.next === j + 1 ? word.value : undefined
  if (numerator === undefined || numerator < 1 || numerator > 10) return undefined
  const hyphen = lexemes[j + 1]?.lower === "-" && lexemes[j + 1]!.glued
  const d = lexemes[hyphen ? j + 2 : j + 1]
  const denominator = d === undefined ? undefined : fractionDenominators.get(d.lower)
  if (denominator === undefined || d === undefined || numerator >= denominator) return undefined
  const singular = !d.lower.endsWith("s")
  if (singular !== (numerator === 1)) return undefined
  const next = (hyphen ? j + 2 : j + 1) + 1
  // "a third term" is an ordinal; "a third of" and "two-thirds" are shares
  if (numerator === 1 && lexemes[next]?.lower !== "of") return undefined
  const fraction = `${numerator}/${denominator}`
  for (const words of [OF_A_POINT, OF_A_PERCENTAGE_POINT]) {
    if (followedBy(lexemes, next, words)) {
      return { value: tidyNumber(numerator / denominator), unit: "percentage_point", next: next + words.length, note: `${fraction} of a point` }
    }
  }
  return { value: tidyNumber((100 * numerator) / denominator), unit: "percent", next, note: `${fraction} = ${((100 * numerator) / denominator).toFixed(2)}%` }
}

/** A vague amount: "dozens of", "several", "several hundred". */
const parseVague = (ctx: FigureContext, j: number): Amount | undefined => {
  const lexemes = ctx.lexemes
  const vague = vagueAmounts.match(lexemes, j)
  if (vague !== undefined) {
    const { low, high } = vague.value
    const phrase = textOf(lexemes, j, vague.next)
    // the figure is "dozens"; its "of" leads to what is counted
    const next = vague.next - 1
    return { low, high, precision: low / 2, next, numeralNext: next, range: true, vague: true, numeric: false, scaled: false, notes: [`'${phrase}' = [${low}, ${high})`] }
  }
  if (lexemes[j]?.lower !== several.word) return undefined
  const scaleWord = lexemes[j + 1]
  const scale = scaleWord === undefined ? undefined : scaleWords.get(scaleWord.lower)
  const factor = scale ?? 1
  const next = scale === undefined ? j + 1 : j + 2
  return {
    low: several.low * factor,
    high: several.high * factor,
    precision: factor,
    next,
    numeralNext: next,
    range: true,
    vague: true,
    numeric: false,
    scaled: scale !== undefined,
    notes: [`several = [${several.low}, ${several.high}]${scale === undefined ? "" : ` × ${factor}`}`]
  }
}

/** "one in five adults" → 20 percent. */
const parseRatio = (ctx: FigureContext, amount: Amount): { value: number; next: number } | undefined => {
  const lexemes = ctx.lexemes
  const k = amount.next
  const joiner = lexemes[k]?.lower
  const outOf = joiner === "out" && lexemes[k + 1]?.lower === "of"
  if (joiner !== "in" && !outOf) return undefined
  const second = parseNumeral(lexemes, outOf ? k + 2 : k + 1)
  if (second === undefined || amount.range || amount.scaled || !Number.isInteger(amount.low) || !Number.isInteger(second.value)) return undefined
  if (amount.low <= 0 || amount.low >= second.value || second.value > 1000) return undefined
  const after = lexemes[second.next]
  if (after !== undefined && (calendarUnits.has(after.lower) || matchUnit(lexemes, second.next) !== undefined || scaleWords.has(after.lower))) return undefined
  return { value: tidyNumber((100 * amount.low) / second.value), next: second.next }
}

const YEAR_LIKE = /^\d{4}$/

const OPENING_TABLES = [qualifierBefore, ordinalWords, vagueAmounts, currencySymbolTable, currencyCodeTable]
const firstKeysOf = (caseSensitive: boolean) =>
  OPENING_TABLES.filter((t) => t.caseSensitive === caseSensitive).flatMap((t) => [...t.firstKeys])
const OPENING_WORDS: ReadonlySet<string> = new Set(["a", "an", "half", several.word, ...rangeOpeners, ...smallNumbers.keys(), ...firstKeysOf(false)])
const OPENING_SYMBOLS: ReadonlySet<string> = new Set(firstKeysOf(true))

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

  const prefix = matchLongest([currencySymbolTable, currencyCodeTable], lexemes, j)
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
  const low = applyUnit(amount.low, unit)
  const high = applyUnit(amount.high, unit)
  const value = amount.range && !amount.vague ? tidyNumber((low + high) / 2) : low
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
    yearLike: kind === "count" && !amount.range && qualifier === "exact" && amount.numeralNext === numeralFirst + 1 && YEAR_LIKE.test(single.text),
    notes
  }
}
