import type { Qualifier } from "../model/quantity.js"
import { sentenceAt } from "../nlp/analyze.js"
import { parseNumeral } from "./figure-amount.js"
import { type Amount, type Figure, type FigureContext, followedBy } from "./figure-reading.js"
import { matchUnit } from "./figure-unit.js"
import { fractionDenominators, ordinalWords, parseWordNumber, scaleWords } from "./numerals.js"
import { qualifiedInterval } from "./qualifiers.js"
import { tidyNumber } from "./tidy-number.js"
import { tokenIndexFrom } from "./token-lookup.js"
import { calendarUnits } from "./units.js"

/** Figures read whole by one rule: an ordinal word, a share ("two-thirds"), a ratio ("one in five"). */

/** A figure read whole by one rule (an ordinal word, a share, a ratio), precise to its last unit. */
export const wholeFigure = (
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
export const parseOrdinalWord = (ctx: FigureContext, i: number): Figure | undefined => {
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
export const parseFraction = (ctx: FigureContext, j: number): Share | undefined => {
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

/** "one in five adults" → 20 percent. */
export const parseRatio = (ctx: FigureContext, amount: Amount): { value: number; next: number } | undefined => {
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
