import { type Currency, currencyCodeTable, currencySymbolTable } from "./currencies.js"
import { type Amount, type FigureContext, followedBy, matchCurrencyAfter, sentenceMentions, textOf } from "./figure-reading.js"
import { type Lexeme, numericValue } from "./lexemes.js"
import { letterScales, parseWordNumber, scaleWords, several, vagueAmounts } from "./numerals.js"
import { matchLongest } from "./phrase-table.js"
import { tokenIndexFrom } from "./token-lookup.js"
import { fractionAt } from "./wire-fractions.js"

/** Step: the numerals of a figure — digits or words, a scale, a range of two, or a vague amount. */

export interface Numeral {
  readonly value: number
  readonly precision: number
  readonly next: number
  readonly numeric: boolean
}

const AND_A_HALF: ReadonlyArray<string> = ["and", "a", "half"]

/** A numeral in digits or words, with an optional "and a half" ("five and a half months"). */
export const parseNumeral = (lexemes: ReadonlyArray<Lexeme>, j: number): Numeral | undefined => {
  const l = lexemes[j]
  if (l === undefined) return undefined
  let numeral: Numeral
  if (l.kind === "number") {
    const { value, precision } = numericValue(l.text)
    numeral = { value, precision, next: j + 1, numeric: true }
    // wire copy's fractions: "off 1/4", "7-3/4 pct" (a whole number, a hyphen, a fraction, no spaces)
    const alone = fractionAt(lexemes, j)
    const glued = lexemes[j + 1]?.lower === "-" && lexemes[j + 1]!.glued && lexemes[j + 2]?.glued === true
    const mixed = alone === undefined && glued && Number.isInteger(value) ? fractionAt(lexemes, j + 2) : undefined
    const fraction = alone ?? mixed
    if (fraction !== undefined) {
      numeral = { value: (mixed === undefined ? 0 : value) + fraction.value, precision: 1 / fraction.denominator, next: fraction.next, numeric: true }
    }
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

const isPluralNounAt = (ctx: FigureContext, l: Lexeme | undefined): boolean => {
  if (l === undefined || l.kind !== "word") return false
  const token = ctx.analysis.tokens[tokenIndexFrom(ctx.analysis.tokens, l.start)]
  return token !== undefined && token.start === l.start && token.pos === "NOUN" && token.text.endsWith("s")
}

interface Scale {
  readonly factor: number
  readonly next: number
  readonly word: string
}

/** "billion", "bn", "mln" always; "m", "bn", "k" glued to money; "m" before a counted noun ("10m people"). */
export const parseScale = (ctx: FigureContext, j: number, currency: Currency | undefined): Scale | undefined => {
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

const RANGE_SEPARATORS: ReadonlySet<string> = new Set(["-", "to", "or"])
/** Units a range may write after both its ends: "between 3% and 3.5%". */
const PERCENT_AT_EACH_END: ReadonlySet<string> = new Set(["%", "pct", "percent"])

/** Verbs of change: "fell 11,000 to 813,200" moves between two figures; it is no range. */
const CHANGE_VERBS: ReadonlySet<string> = new Set([
  "rose", "rise", "rising", "risen", "rises", "fell", "fall", "falling", "fallen", "falls",
  "grew", "grow", "grown", "growing", "increase", "increased", "increasing", "decrease", "decreased", "decreasing",
  "cut", "cuts", "cutting", "dropped", "drop", "drops", "dropping", "climbed", "climb", "jumped", "jump",
  "slipped", "slip", "decline", "declined", "declining", "raise", "raised", "raising", "lowered", "lower",
  "reduce", "reduced", "reducing", "soared", "slumped", "plunged", "surged", "gained", "lost", "up", "down"
])

/**
 * A "to" range is written between figures of a size ("200 to 300 people"), not after a verb of change. After "by" its
 * ends are close ("cut profits by $3.8m to $4.9m"); far apart they are a change and the level it reached ("cut the
 * deficit by about $37 billion to $134 billion").
 */
const isToRange = (lexemes: ReadonlyArray<Lexeme>, j: number, low: number, high: number): boolean =>
  high <= low * (changedBy(lexemes, j) ? BY_RANGE_SPREAD : 10) && !CHANGE_VERBS.has(lexemes[j - 1]?.lower ?? "") && !CHANGE_VERBS.has(lexemes[j - 2]?.lower ?? "")
/** How many times its low end a range after "by" may reach. */
const BY_RANGE_SPREAD = 2
/** "by" among the words right before the numeral, past a qualifier and currency ("by about $37 billion"). */
const changedBy = (lexemes: ReadonlyArray<Lexeme>, j: number): boolean => lexemes.slice(Math.max(0, j - 3), j).some((l) => l.lower === "by")

/** A numeral with its scale, or a range of two ("$5-6 billion", "between 5 and 6", "two or three"). */
export const parseAmount = (ctx: FigureContext, j: number, currency: Currency | undefined, betweenOpen: boolean): Amount | undefined => {
  const lexemes = ctx.lexemes
  const first = parseNumeral(lexemes, j)
  if (first === undefined) return undefined
  const scale = parseScale(ctx, first.next, currency)
  let next = scale?.next ?? first.next
  const notes: Array<string> = scale === undefined ? [] : [`${scale.word} = ${scale.factor}`]
  // "between 3% and 3.5%", "3 pct to 3.5 pct": a percent written after each end is the range's one unit, read after the second.
  const repeated = PERCENT_AT_EACH_END.has(lexemes[next]?.lower ?? "") ? lexemes[next]!.lower : undefined
  const separator = lexemes[repeated === undefined ? next : next + 1]
  const openedByFrom = lexemes[j - 1]?.lower === "from" || lexemes[j - 2]?.lower === "from"
  const separates =
    separator !== undefined &&
    ((betweenOpen && separator.lower === "and") || (!betweenOpen && RANGE_SEPARATORS.has(separator.lower) && !(openedByFrom && separator.lower === "to")))
  if (separates) {
    let k = repeated === undefined ? next + 1 : next + 2
    const secondCurrency = matchLongest([currencySymbolTable, currencyCodeTable], lexemes, k)
    if (secondCurrency !== undefined && currency !== undefined && secondCurrency.value.code === currency.code) k = secondCurrency.next
    const second = parseNumeral(lexemes, k)
    // "or" joins only words ("two or three"); "5 or 6" are two figures offered
    const joinable =
      second !== undefined && (separator.lower !== "or" || (!first.numeric && !second.numeric)) && (repeated === undefined || lexemes[second.next]?.lower === repeated)
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

/** A vague amount: "dozens of", "several", "several hundred". */
export const parseVague = (ctx: FigureContext, j: number): Amount | undefined => {
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
