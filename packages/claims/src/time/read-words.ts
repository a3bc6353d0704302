import { AMOUNT_MODIFIERS, lookup, MONTH_ABBREVIATIONS, MONTHS, NUMBER_WORDS, ORDINALS, POSITION_MODIFIERS, VAGUE_COUNTS } from "./time-words.js"
import type { TimexMod } from "../model/time.js"

const VAGUE = new Set(VAGUE_COUNTS)
const AND_A_HALF = /[\s-]+and[\s-]+a[\s-]+half$/

/** A written count as a number: "2.5" → 2.5, "twenty-five" → 25, "two-and-a-half" → 2.5; vague ("several") → undefined. */
export const readCount = (written: string): number | undefined => {
  const phrase = written.toLowerCase().replace(/\s+/g, " ")
  if (VAGUE.has(phrase)) return undefined
  const half = AND_A_HALF.exec(phrase)
  if (half) {
    const whole = readCount(phrase.slice(0, half.index))
    return whole === undefined ? undefined : whole + 0.5
  }
  if (/^[\d,.]+$/.test(phrase)) return Number(phrase.replace(/,/g, ""))
  const [tens, ones] = phrase.split("-")
  const n = NUMBER_WORDS[tens!]
  return n === undefined ? undefined : n + (ones === undefined ? 0 : (NUMBER_WORDS[ones] ?? 0))
}

/** A year said aloud: "nineteen ninety-six" → 1996, "nineteen hundred" → 1900, "nineteen oh five" → 1905, "two thousand and one" → 2001. */
export const readSpokenYear = (written: string): number | undefined => {
  const words = written.toLowerCase().split(/[\s-]+/).filter((w) => w !== "and")
  if (words[0] === "two" && words[1] === "thousand") {
    const rest = words.length > 2 ? readCount(words.slice(2).join("-")) : 0
    return rest === undefined ? undefined : 2000 + rest
  }
  const hundreds = NUMBER_WORDS[words[0]!]
  if (hundreds === undefined) return undefined
  const rest = words.slice(1)
  const last =
    rest.length === 1 && rest[0] === "hundred" ? 0
    : rest[0] === "oh" && rest.length === 2 ? NUMBER_WORDS[rest[1]!]
    : readCount(rest.join("-"))
  return last === undefined ? undefined : hundreds * 100 + last
}

/** "June" / "Sept." → 9. */
export const readMonth = (written: string): number => MONTHS[written] ?? MONTH_ABBREVIATIONS[written.replace(/\s+/g, "")] ?? 0

/** "9th" → 9. */
export const readDay = (written: string): number => Number.parseInt(written, 10)

/** "fourth" / "4th" → 4. */
export const readOrdinal = (written: string): number | undefined =>
  /^\d/.test(written) ? Number.parseInt(written, 10) : ORDINALS[written.toLowerCase()]

export const readPositionModifier = (written: string | undefined): TimexMod | undefined =>
  written === undefined ? undefined : lookup(POSITION_MODIFIERS, written)

export const readAmountModifier = (written: string | undefined): TimexMod | undefined =>
  written === undefined ? undefined : lookup(AMOUNT_MODIFIERS, written)
