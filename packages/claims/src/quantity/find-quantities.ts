import type { Quantity } from "../model/quantity.js"
import type { Timex } from "../model/time.js"
import type { Analysis, NerEntity, Token } from "../nlp/analyze.js"
import { isBareDollar } from "./currencies.js"
import { findIdentifiers, type Identifier, isIdentifierAt } from "./identifiers.js"
import { type Lexeme, lexemesOf } from "./lexemes.js"
import { type Figure, type FigureContext, parseFigureAt } from "./parse-figure.js"
import { disjointSpans, firstOverlapping, firstStartingFrom, type SpanLike } from "../nlp/sorted-spans.js"
import { tidyNumber } from "./tidy-number.js"
import { countedNoun } from "./token-lookup.js"
import { calendarUnits } from "./units.js"
import { MONTH_ANY } from "../time/timex-patterns.js"

type Equivalent = Quantity["equivalents"][number]

type Span = SpanLike

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end

const overlapping = <S extends Span>(sorted: ReadonlyArray<S>, span: Span): S | undefined => firstOverlapping(sorted, span.start, span.end)

const BRACKETS: ReadonlyMap<string, string> = new Map([
  ["(", ")"],
  ["[", "]"]
])

/** Plural nouns a year before them dates, not counts: "1986 earnings exclude …", "1987 sales". */
const YEAR_MODIFIED_NOUNS: ReadonlySet<string> = new Set([
  "earnings", "profits", "sales", "revenues", "losses", "results", "figures", "levels", "prices", "taxes", "accounts", "exports", "imports", "forecasts", "estimates"
])
const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "since", "by", "from", "until", "till", "of", "the", "before", "after", "during", "to", "s"])
const HINT_TYPES: ReadonlySet<string> = new Set(["MONEY", "PERCENT", "CARDINAL", "ORDINAL"])

interface Reading {
  readonly figure: Figure
  readonly span: Span
  readonly equivalents: ReadonlyArray<Equivalent>
  readonly noun: string | undefined
  /** Lexeme index where scanning resumes. */
  readonly resume: number
}

const spanOf = (lexemes: ReadonlyArray<Lexeme>, first: number, next: number): Span => ({
  start: lexemes[first]!.start,
  end: lexemes[next - 1]!.end
})

/**
 * Fits a figure around the time expressions: a figure whose numerals are part of one is the time
 * module's ("two hours", "the first quarter"); one that only runs into one ("38 bcm a year", when
 * "a year" is a timex) ends where the time expression begins.
 */
const fitAroundTimexes = (lexemes: ReadonlyArray<Lexeme>, figure: Figure, timeSpans: ReadonlyArray<Span>): Span | undefined => {
  const numerals = spanOf(lexemes, figure.numeralFirst, figure.numeralNext)
  if (overlapping(timeSpans, numerals) !== undefined) return undefined
  let first = figure.first
  let next = figure.next
  for (;;) {
    const timex = overlapping(timeSpans, spanOf(lexemes, first, next))
    if (timex === undefined) return spanOf(lexemes, first, next)
    if (timex.start >= numerals.end) while (next > figure.numeralNext && lexemes[next - 1]!.end > timex.start) next--
    else while (first < figure.numeralFirst && lexemes[first]!.start < timex.end) first++
    if (overlaps(spanOf(lexemes, first, next), timex)) return undefined
  }
}

const RESTATEMENT_SEPARATORS: ReadonlySet<string> = new Set([";", ",", "/"])

/**
 * A parenthetical restatement in other units: "$1.13bn (£600m)", "2,802 kilometers (1,741 miles)",
 * "59.2 trillion rupiah ($6.58bn; £3.5bn)". All or nothing: a bracket holding anything else is no restatement.
 */
const readEquivalents = (
  ctx: FigureContext,
  figure: Figure,
  identifiers: ReadonlyArray<Identifier>,
  timeSpans: ReadonlyArray<Span>
): { readonly equivalents: ReadonlyArray<Equivalent>; readonly next: number } | undefined => {
  const lexemes = ctx.lexemes
  const close = BRACKETS.get(lexemes[figure.next]?.lower ?? "")
  if (close === undefined || (figure.kind !== "money" && figure.kind !== "measure")) return undefined
  const equivalents: Array<Equivalent> = []
  let k = figure.next + 1
  for (;;) {
    const inner = parseFigureAt(ctx, k)
    if (inner === undefined || inner.kind !== figure.kind || (figure.kind === "measure" && inner.dimension !== figure.dimension)) return undefined
    const span = spanOf(lexemes, inner.first, inner.next)
    if (isIdentifierAt(identifiers, span.start, span.end) || overlapping(timeSpans, span) !== undefined) return undefined
    equivalents.push({ ...span, text: ctx.analysis.text.slice(span.start, span.end), value: inner.value, unit: inner.unit })
    const after = lexemes[inner.next]?.lower
    if (after === close) return { equivalents, next: inner.next + 1 }
    if (after === undefined || !RESTATEMENT_SEPARATORS.has(after)) return undefined
    k = inner.next + 1
  }
}

/** A month's name right before a number: "last March 31" (a date the rules read as "last March"). */
const MONTH_BEFORE = new RegExp(`${MONTH_ANY}[ \\t]+$`)
const MAX_DAY = 31

/** A bare whole number of 31 or less right after a month's name is the day of a date, no count. */
const isDayOfMonth = (text: string, figure: Figure, numerals: Span): boolean =>
  figure.kind === "count" && Number.isInteger(figure.value) && figure.value >= 1 && figure.value <= MAX_DAY && MONTH_BEFORE.test(text.slice(Math.max(0, numerals.start - 16), numerals.start))

/** Counts need evidence they count something: a bare "one" needs a common noun, a bare four-digit number is a year. */
const isPlausibleCount = (lexemes: ReadonlyArray<Lexeme>, figure: Figure, nounToken: Token | undefined): boolean => {
  if (figure.kind !== "count") return true
  const noun = nounToken?.normal
  if (noun !== undefined && calendarUnits.has(noun)) return false
  if (figure.weak && nounToken?.pos !== "NOUN") return false
  if (figure.yearLike && figure.value >= 1800 && figure.value <= 2100) {
    const before = lexemes[figure.first - 1]?.lower ?? ""
    return noun !== undefined && noun.endsWith("s") && !YEAR_PREPOSITIONS.has(before) && !YEAR_MODIFIED_NOUNS.has(noun)
  }
  return true
}

const derivationOf = (text: string, reading: Reading, hint: NerEntity | undefined): string => {
  const f = reading.figure
  const parts = [
    ...f.notes,
    `${f.kind} ${tidyNumber(f.value)} ${f.unit}`,
    ...(reading.noun === undefined ? [] : [`counts '${reading.noun}'`]),
    ...reading.equivalents.map((e) => `restated as '${e.text}' (${tidyNumber(e.value)} ${e.unit})`),
    ...(hint === undefined ? [] : [`wink: ${hint.type}`])
  ]
  return `'${text}': ${parts.join("; ")}`
}

/**
 * Money, percentages, counts, ordinals and measures in the analysed text, in text order with ids
 * q1, q2, …: values in base units, qualifiers as intervals, precision as written. Never overlaps a
 * time expression or an identifier ("B-1B", "tail number 168998", "won 2-0").
 */
export const findQuantities = (analysis: Analysis, timexes: ReadonlyArray<Timex>): ReadonlyArray<Quantity> => {
  const lexemes = lexemesOf(analysis.text)
  const ctx: FigureContext = { analysis, lexemes }
  const identifiers = findIdentifiers(analysis)
  const timeSpans = disjointSpans(timexes)
  const hints = analysis.entities.filter((e) => HINT_TYPES.has(e.type))
  const readings: Array<Reading> = []
  let i = 0
  while (i < lexemes.length) {
    const reading = read(ctx, i, identifiers, timeSpans)
    if (reading === undefined) i++
    else {
      readings.push(reading)
      i = reading.resume
    }
  }
  // The dollar the text last named: "7.15 billion N.Z. Dlrs in January from 7.20 billion dlrs" is New Zealand's twice.
  let namedDollar: string | undefined
  return readings.map((reading, k): Quantity => {
    const f = reading.figure
    const text = analysis.text.slice(reading.span.start, reading.span.end)
    const hint = overlapping(hints, spanOf(lexemes, f.numeralFirst, f.numeralNext))
    const bare = f.kind === "money" && f.unit === "USD" && isBareDollar(text)
    if (f.kind === "money" && DOLLARS.has(f.unit) && !bare) namedDollar = f.unit
    const unit = bare && namedDollar !== undefined ? namedDollar : f.unit
    const notes = unit === f.unit ? [] : [`'dlrs' → ${unit}: the dollar the text last named`]
    return {
      id: `q${k + 1}`,
      start: reading.span.start,
      end: reading.span.end,
      text,
      kind: f.kind,
      value: f.value,
      unit,
      ...(f.dimension === undefined ? {} : { dimension: f.dimension }),
      qualifier: f.qualifier,
      interval: f.interval,
      precision: f.precision,
      equivalents: reading.equivalents,
      derivation: [derivationOf(text, reading, hint), ...notes].join("; ")
    }
  })
}

/** The dollars a text may name: a bare "dlrs" is the one it last named. */
const DOLLARS: ReadonlySet<string> = new Set(["USD", "AUD", "CAD", "NZD", "HKD", "SGD", "TWD"])

const read = (
  ctx: FigureContext,
  i: number,
  identifiers: ReadonlyArray<Identifier>,
  timeSpans: ReadonlyArray<Span>
): Reading | undefined => {
  const lexemes = ctx.lexemes
  const figure = parseFigureAt(ctx, i)
  if (figure === undefined) return undefined
  const numerals = spanOf(lexemes, figure.numeralFirst, figure.numeralNext)
  if (isIdentifierAt(identifiers, numerals.start, numerals.end)) return undefined
  const span = fitAroundTimexes(lexemes, figure, timeSpans)
  if (span === undefined || isDayOfMonth(ctx.analysis.text, figure, numerals)) return undefined
  const nextTimex = firstStartingFrom(timeSpans, span.end)
  const nounToken = figure.kind === "count" ? countedNoun(ctx.analysis.tokens, span.end, nextTimex?.start ?? Infinity, figure.partitive) : undefined
  const noun = nounToken?.normal
  if (!isPlausibleCount(lexemes, figure, nounToken)) return undefined
  const restated = readEquivalents(ctx, figure, identifiers, timeSpans)
  return { figure, span, equivalents: restated?.equivalents ?? [], noun, resume: restated?.next ?? figure.next }
}
