import type { Lexeme } from "./lexemes.js"
import { compilePhrases } from "./phrase-table.js"

/** Scale words written after a figure: "2.5 million", "12 mln", "£2.5bn". */
export const scaleWords: ReadonlyMap<string, number> = new Map([
  ["hundred", 1e2],
  ["thousand", 1e3],
  ["million", 1e6],
  ["mln", 1e6],
  ["mn", 1e6],
  ["billion", 1e9],
  ["bln", 1e9],
  ["bn", 1e9],
  ["trillion", 1e12],
  ["tn", 1e12],
  ["trn", 1e12],
  ["lakh", 1e5],
  ["lakhs", 1e5],
  ["crore", 1e7],
  ["crores", 1e7]
])

/**
 * One-letter scales, read as scales only beside a currency ("£600m", "$3b", "$50k") or, for "m",
 * before a counted noun ("10m people"); otherwise "m" is metres.
 */
export const letterScales: ReadonlyMap<string, number> = new Map([
  ["k", 1e3],
  ["m", 1e6],
  ["b", 1e9]
])

const ones: ReadonlyArray<string> = [
  "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"
]
const tens: ReadonlyArray<string> = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

/** Number words below a hundred: "one" … "ninety". */
export const smallNumbers: ReadonlyMap<string, number> = new Map([
  ...ones.map((w, n) => [w, n] as const),
  ...tens.map((w, k) => [w, (k + 2) * 10] as const)
])

const ordinalOnes: ReadonlyArray<string> = [
  "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
  "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"
]
const ordinalTens: ReadonlyArray<string> = ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"]

/** Ordinal words, including "twenty-first" … "ninety-ninth". */
export const ordinalWords = compilePhrases<number>([
  ...ordinalOnes.slice(1).map((w, k) => [w, k + 1] as const),
  ...ordinalTens.map((w, k) => [w, (k + 2) * 10] as const),
  ...tens.flatMap((t, k) => ordinalOnes.slice(1, 10).map((o, n) => [`${t}-${o}`, (k + 2) * 10 + n + 1] as const)),
  ["hundredth", 100],
  ["thousandth", 1000],
  ["millionth", 1e6]
])

/** Suffixes that make a numeral an ordinal when glued to it: "7th", "21st". */
export const ordinalSuffixes: ReadonlySet<string> = new Set(["st", "nd", "rd", "th"])

/** Denominators of spoken fractions: "a third of", "two-thirds", "three quarters". */
export const fractionDenominators: ReadonlyMap<string, number> = new Map([
  ["half", 2],
  ["halves", 2],
  ["third", 3],
  ["thirds", 3],
  ["quarter", 4],
  ["quarters", 4],
  ["fifth", 5],
  ["fifths", 5],
  ["sixth", 6],
  ["sixths", 6],
  ["eighth", 8],
  ["eighths", 8],
  ["tenth", 10],
  ["tenths", 10]
])

/**
 * Vague plurals that still bound a figure: "dozens of" is at least two dozen and fewer than a hundred.
 * `high` is exclusive. Chosen as the next order of magnitude that would have been worded differently.
 */
export interface VagueAmount {
  readonly low: number
  readonly high: number
}
export const vagueAmounts = compilePhrases<VagueAmount>([
  ["dozens of", { low: 24, high: 100 }],
  ["scores of", { low: 40, high: 100 }],
  ["hundreds of", { low: 200, high: 1000 }],
  ["thousands of", { low: 2000, high: 10_000 }],
  ["tens of thousands of", { low: 20_000, high: 100_000 }],
  ["hundreds of thousands of", { low: 200_000, high: 1e6 }],
  ["millions of", { low: 2e6, high: 1e7 }],
  ["tens of millions of", { low: 2e7, high: 1e8 }],
  ["hundreds of millions of", { low: 2e8, high: 1e9 }],
  ["billions of", { low: 2e9, high: 1e10 }]
])

/** "several" is three to nine: more than "a couple", fewer than would be called "a dozen" or "dozens". */
export const several = { word: "several", low: 3, high: 9 } as const

export interface ParsedNumber {
  readonly value: number
  readonly precision: number
  /** Index of the lexeme after the number. */
  readonly next: number
}

const isHyphen = (l: Lexeme | undefined): boolean => l !== undefined && l.lower === "-" && l.glued

const isScaleOrDozen = (word: string | undefined): boolean =>
  word !== undefined && (word === "dozen" || ((scaleWords.get(word) ?? 0) >= 100 && !word.endsWith("s")))

/**
 * A number written in words: "thirty-two", "two million", "a dozen", "three hundred and five",
 * "half a million". Precision is the place value of the smallest written part ("two million" → 1e6).
 */
export const parseWordNumber = (lexemes: ReadonlyArray<Lexeme>, i: number): ParsedNumber | undefined => {
  const lower = (k: number) => lexemes[k]?.lower
  let j = i
  let multiplier = 1
  // "half a million", "half a dozen"
  if (lower(i) === "half" && (lower(i + 1) === "a" || lower(i + 1) === "an") && isScaleOrDozen(lower(i + 2))) {
    multiplier = 0.5
    j = i + 1
  }
  let total = 0
  let current = 0
  let precision = 1
  let seen = false
  // "a million", "a dozen": the article stands for one
  if ((lower(j) === "a" || lower(j) === "an") && isScaleOrDozen(lower(j + 1))) {
    current = 1
    seen = true
    j++
  }
  for (; j < lexemes.length; j++) {
    const l = lexemes[j]!
    const small = l.kind === "word" ? smallNumbers.get(l.lower) : undefined
    const afterTens = current % 100 >= 20 && current % 10 === 0
    if (small !== undefined) {
      const fits = !seen || current === 0 || (current % 100 === 0 && small < 100) || (afterTens && small > 0 && small < 10)
      if (!fits) break
      current += small
      precision = small >= 20 && small % 10 === 0 ? 10 : 1
      seen = true
      continue
    }
    if (!seen) return undefined
    const nextSmall = smallNumbers.get(lower(j + 1) ?? "")
    // "thirty-two"
    if (isHyphen(l) && afterTens && nextSmall !== undefined && nextSmall > 0 && nextSmall < 10 && lexemes[j + 1]!.glued) continue
    if (l.lower === "hundred") {
      current = (current || 1) * 100
      precision *= 100
      continue
    }
    if (l.lower === "dozen") {
      current = (current || 1) * 12
      precision = 12
      j++
      break
    }
    const scale = scaleWords.get(l.lower)
    if (scale !== undefined && scale >= 1000 && !l.lower.endsWith("s")) {
      total += (current || 1) * scale
      precision *= scale
      current = 0
      continue
    }
    // "three hundred and five": "and" joins a hundred or a scale to what follows it
    if (l.lower === "and" && nextSmall !== undefined && current % 100 === 0 && total + current > 0) continue
    break
  }
  if (!seen) return undefined
  return { value: (total + current) * multiplier, precision: precision * multiplier, next: j }
}
