import { type Analysis, sentenceAt, type Token } from "../nlp/analyze.js"
import { currencyCodes } from "./currencies.js"
import { firstOverlapping } from "../nlp/sorted-spans.js"
import { letterScales, ordinalSuffixes, scaleWords, smallNumbers } from "./numerals.js"
import { toBaseUnits } from "./units.js"
import { CLOCK_TIME, DECADE } from "../time/timex-patterns.js"
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from "../time/time-words.js"
import { continuesAsFraction, isWireFraction } from "./wire-fractions.js"

/**
 * Numbers that name rather than count: model names ("B-1B", "Boeing 747"), codes ("PS026",
 * "COVID-19"), labelled numbers ("tail number 168998", "No. 10"), scores and tallies ("won 2-0"),
 * phone and version numbers, street numbers, decades and clock times.
 */
export type IdentifierKind =
  | "code"
  | "labelled_number"
  | "proper_name_number"
  | "score"
  | "phone"
  | "version"
  | "street_number"
  | "decade"
  | "clock_time"
  | "slashed"
  | "web"
  | "list_marker"
  | "long_number"

export interface Identifier {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly kind: IdentifierKind
}

const labelWords = [
  "No", "Nos", "no\\.", "number", "#", "page", "pages", "pp\\.", "section", "article", "chapter", "clause",
  "paragraph", "room", "flight", "route", "highway", "platform", "gate", "seat", "row", "version", "channel", "episode",
  "series", "volume", "vol\\.", "issue", "resolution", "model", "type", "class", "category", "amendment", "bus", "line",
  "level", "phase", "exit", "junction", "terminal", "pier", "suite", "ward", "district", "precinct", "shirt", "squad",
  "code", "ID", "PIN", "account", "reference", "ref\\."
]

// Capitalised forms ("Article 50", "Flight 370") match as well as lower-case ones.
const labelAlternation = labelWords
  .flatMap((w) => (/^[a-z]/.test(w) ? [w, w[0]!.toUpperCase() + w.slice(1)] : [w]))
  .join("|")

// "#89.7 million", "No. 5 billion": a scale after the number makes it an amount
const scaleAlternation = [...scaleWords.keys()].join("|")

// "number three" in a chart, "No. 10": ranks and labels written in words too
const numberWordAlternation = [...smallNumbers.keys()].join("|")

const patterns: ReadonlyArray<readonly [IdentifierKind, RegExp, number?]> = [
  ["web", /\bhttps?:\/\/\S+|\bwww\.\S+|\b[\w.+-]+@[\w-]+\.[\w.]+/g],
  ["phone", /(?<![\w$£€.,])(?:\+\d{1,3}[\s.-]?\(?\d{1,5}\)?(?:[\s.-]?\d{2,5}){2,4}|\(\d{2,5}\)\s?\d{3,4}[\s.-]\d{3,4}|\d{3,5}[.-]\d{3,4}[.-]\d{3,4}|0\d{2,4} \d{3,4} \d{3,4})(?![\w])/g],
  ["version", /(?<![\w.])\d+\.\d+\.\d+(?:\.\d+)*(?![\w])/g],
  ["decade", DECADE],
  ["clock_time", CLOCK_TIME],
  ["slashed", /(?<![\w./])\d+(?:\/\d+)+(?![\w/])/g],
  ["list_marker", /^[ \t]*\d{1,2}[.)](?=[ \t])/gm],
  ["long_number", /(?<![\w$£€¥₹.,])\d{7,}(?![\w])/g],
  // tennis sets: "6-1 6-2", "1-6,4-6", "6-7 (4-7) 7-5"
  ["score", /(?<![\w.-])\d{1,2}-\d{1,2}(?:\s?\(\d{1,2}-\d{1,2}\))?(?:(?:,\s?|\s)\d{1,2}-\d{1,2}(?:\s?\(\d{1,2}-\d{1,2}\))?)+(?![\w-])/g],
  // group 1 is the number after its label
  // Not before a decimal or a scale word: "#89.7 million" is pounds in the Wall Street Journal's text (`hashPound`), no label.
  ["labelled_number", new RegExp(`(?<![\\w])(?:tail number|Group of|${labelAlternation})\\.?\\s?#?\\s?(\\d[\\d-]*[A-Za-z]?|${numberWordAlternation})(?![\\w]|\\.\\d|\\s(?:${scaleAlternation})\\b)`, "g"), 1],
  ["street_number", /(?<![\w.,])(\d{1,5}[A-Za-z]?)(?:\s+[A-Z][a-z]+){1,3}\s+(?:Street|St|Avenue|Ave|Road|Rd|Lane|Boulevard|Blvd|Drive|Square|Place|Terrace|Crescent|Court|Parkway)\b/g, 1]
]

// addresses are rare; the address pattern is slow to fail, so only texts with one run it
const WEB_MARK = /@|www\.|https?:/

/**
 * Runs of letters and digits joined by hyphens: "B-1B", "COVID-19", "300-pound", "5-6". Only runs
 * with a digit can be identifiers: the lookahead skips the others without building a match.
 */
const CHUNK = /(?<![\w$£€¥₹.,'’-])(?=[A-Za-z0-9–-]*\d)[A-Za-z0-9]+(?:[-–][A-Za-z0-9]+)*/g
const HAS_DIGIT = /\d/
const HAS_LETTER = /[A-Za-z]/
const DIGITS = /^\d+$/
const NUMBER_THEN_LETTERS = /^(\d+)([A-Za-z]+)$/

const currencyCodeSet: ReadonlySet<string> = new Set(currencyCodes.map(([code]) => code))

/** Letters that make a figure of a number when glued to it ("600m", "5km", "7th", "50p", "30C"). */
const isFigureSuffix = (letters: string): boolean =>
  ordinalSuffixes.has(letters.toLowerCase()) ||
  scaleWords.has(letters.toLowerCase()) ||
  letterScales.has(letters.toLowerCase()) ||
  toBaseUnits(1, letters) !== undefined ||
  currencyCodeSet.has(letters) ||
  ["p", "pc", "pct", "bpd"].includes(letters.toLowerCase())

/** Words near a pair like "2-0" that make it a score or a tally rather than a range. */
const SCORE_CONTEXT =
  /\b(?:won|win|wins|winning|beat|beats|beaten|beating|lost|lose|loses|losing|defeat|defeated|defeats|drew|draw|drawn|victory|led|lead|leading|trail|trailed|trailing|scored?|scoreline|votes?|voted|voting|majority|margin|ruling|decision|verdict|aggregate|match|game|sets?|tie|final|thrashing|win-loss)\b/i

/** Up to 40 characters either side of a chunk, within its sentence. */
const chunkSurroundings = (analysis: Analysis, at: number, length: number): string => {
  const sentence = sentenceAt(analysis, at)
  const from = Math.max(sentence?.start ?? 0, at - 40)
  const to = Math.min(sentence?.end ?? analysis.text.length, at + length + 40)
  return analysis.text.slice(from, to)
}

const classifyChunk = (chunk: string, analysis: Analysis, at: number): IdentifierKind | undefined => {
  if (!HAS_DIGIT.test(chunk)) return undefined
  const parts = chunk.split(/[-–]/)
  const numeric = parts.every((p) => DIGITS.test(p))
  if (numeric) {
    if (parts.length !== 2) return parts.length > 2 ? "code" : undefined
    const [a, b] = parts as [string, string]
    const low = Number(a)
    const high = Number(b)
    // "10-2043": a range's two ends are of a size; a code's parts need not be. "737-800": a model
    // and its variant; a range rarely runs from an unround figure to a round hundred
    if (low < high && (b.startsWith("0") || b.length - a.length >= 2 || high > low * 20)) return "code"
    if (low < high && b.endsWith("00") && !/[05]$/.test(a)) return "code"
    return low >= high || SCORE_CONTEXT.test(chunkSurroundings(analysis, at, chunk.length)) ? "score" : undefined
  }
  const [head, ...rest] = parts as [string, ...Array<string>]
  // "300-pound", "12-nautical-mile", "10-year-old", "5km", "7th": a figure, not a name
  const glued = NUMBER_THEN_LETTERS.exec(head)
  const headIsFigure = DIGITS.test(head) || (glued !== null && isFigureSuffix(glued[2]!))
  if (headIsFigure && rest.every((p) => !HAS_DIGIT.test(p))) return undefined
  if (headIsFigure && rest.length > 0 && DIGITS.test(rest[0]!)) return undefined
  return HAS_LETTER.test(chunk) ? "code" : undefined
}

// Month and weekday names (undotted abbreviations too), lower-cased, from the time model's vocabulary.
const MONTHS_AND_DAYS: ReadonlySet<string> = new Set(
  [...Object.keys(MONTHS), ...Object.keys(MONTH_ABBREVIATIONS), ...Object.keys(WEEKDAYS)]
    .filter((name) => !name.endsWith("."))
    .map((name) => name.toLowerCase())
)
const PLAIN_INTEGER = /^\d+$/
const CAPITALISED = /^[A-Z]/
const NAME_POS: ReadonlySet<string> = new Set(["PROPN", "NOUN"])

const isDigitCode = (code: number): boolean => code >= 48 && code <= 57
const isCapitalCode = (code: number): boolean => code >= 65 && code <= 90

// Runs on every token: the first character settles most of them before any regex runs.
const isNameNumber = (token: Token): boolean => {
  const first = token.text.charCodeAt(0)
  if (isDigitCode(first)) return PLAIN_INTEGER.test(token.text)
  return isCapitalCode(first) && smallNumbers.has(token.normal)
}

/**
 * "Boeing 747", "Windows 10", "FTSE 100", "World War Two", "City 17": a number right after a
 * capitalised name that does not open its sentence (where every word is capitalised); and "One
 * Belt, One Road": a capitalised number word before a name.
 */
const properNameNumbers = (analysis: Analysis): Array<Identifier> => {
  const out: Array<Identifier> = []
  const tokens = analysis.tokens
  const sentenceStarts = new Set(analysis.sentences.map((s) => s.firstToken))
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!
    if (!isNameNumber(token)) continue
    // "One Belt, One Road", "Two Sessions": a capitalised number word opening a name
    const after = tokens[i + 1]
    if (!sentenceStarts.has(i) && !PLAIN_INTEGER.test(token.text) && after !== undefined && CAPITALISED.test(after.text) && after.pos === "PROPN") {
      out.push({ start: token.start, end: token.end, text: token.text, kind: "proper_name_number" })
      continue
    }
    const before = tokens[i - 1]!
    if (!NAME_POS.has(before.pos) || !CAPITALISED.test(before.text) || MONTHS_AND_DAYS.has(before.text.toLowerCase())) continue
    if (sentenceStarts.has(i - 1) || currencyCodeSet.has(before.text) || !/^\s$/.test(analysis.text.slice(before.end, token.start))) continue
    // A word opening a table row or paragraph is capitalised as a sentence's first word is: "Shr 12 cts".
    if (opensRow(analysis.text, before.start)) continue
    if (startsFigure(tokens[i + 1], analysis.text, token.end)) continue
    out.push({ start: token.start, end: token.end, text: token.text, kind: "proper_name_number" })
  }
  return out
}

/** A line break then indentation (or a blank line) right before `at`, or the text's start: a row or paragraph opens there. */
const opensRow = (text: string, at: number): boolean => {
  let k = at
  while (k > 0 && (text[k - 1] === " " || text[k - 1] === "\t")) k--
  if (k === 0) return true
  return text[k - 1] === "\n" && (k < at || text[k - 2] === "\n")
}

// What may follow a number that is still a figure ("FTSE 100 fell" names; "Apple 5%" does not).
const startsFigure = (next: Token | undefined, text: string, after: number): boolean => {
  const following = text.slice(after, after + 2)
  if (following.startsWith("%")) return true
  if (next === undefined) return false
  return scaleWords.has(next.normal) || toBaseUnits(1, next.text) !== undefined || /^(?:per|percent|pct)$/.test(next.normal)
}

/** Every identifier in the analysed text, sorted by start, overlaps merged into the first. */
export const findIdentifiers = (analysis: Analysis): ReadonlyArray<Identifier> => {
  const text = analysis.text
  const found: Array<Identifier> = []
  for (const [kind, pattern, group] of patterns) {
    if (kind === "web" && !WEB_MARK.test(text)) continue
    for (const m of text.matchAll(pattern)) {
      const value = group === undefined ? m[0] : m[group]
      if (value === undefined) continue
      const start = group === undefined ? m.index : m.index + m[0].indexOf(value)
      // "3/4", "7/8": wire copy's fractions of a price or rate, no code ("9/11", "24/7" are)
      if (kind === "slashed" && isWireFraction(value)) continue
      found.push({ start, end: start + value.length, text: value, kind })
    }
  }
  for (const m of text.matchAll(CHUNK)) {
    if (continuesAsFraction(text, m.index + m[0].length, m[0])) continue
    const kind = classifyChunk(m[0], analysis, m.index)
    if (kind !== undefined) found.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind })
  }
  found.push(...properNameNumbers(analysis))
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const merged: Array<Identifier> = []
  for (const id of found) {
    const last = merged.at(-1)
    if (last !== undefined && id.start < last.end) continue
    merged.push(id)
  }
  return merged
}

/** True when any identifier overlaps [start, end). `identifiers` must be sorted (as findIdentifiers returns them). */
export const isIdentifierAt = (identifiers: ReadonlyArray<Identifier>, start: number, end: number = start + 1): boolean =>
  firstOverlapping(identifiers, start, end) !== undefined
