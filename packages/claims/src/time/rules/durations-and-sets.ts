import { readAmountModifier, readCount, readMonth } from "../read-words.js"
import { FREQUENCY_WORDS, SEASONS, UNIT_DURATION, UNIT_WORDS, VAGUE_DESIGNATOR, WEEKDAYS, type DurationUnit } from "../time-words.js"
import { AMOUNT_MODIFIER, compile, COUNT, MONTH_NAME, SEASON, UNIT, WEEKDAY, WORD_END, WORD_START } from "../timex-patterns.js"
import { before, makeDraft, spanOf, type TimexRule } from "../timex-rule.js"
import { formatDuration, formatTimexValue } from "../timex-value.js"

/** The ISO duration of `count` units; an unknown count gives X ("hours" → PTXH, "decades" → PXDE). */
const durationValue = (count: number | undefined, unit: DurationUnit): string => {
  const { designator, time, factor } = UNIT_DURATION[unit]
  if (count === undefined) return formatDuration(undefined, VAGUE_DESIGNATOR[unit] ?? designator, time)
  const n = count * factor
  // Fractions of an hour or minute read better one unit down: half an hour → PT30M.
  if (time && !Number.isInteger(n) && unit !== "second") return formatDuration(n * 60, unit === "hour" ? "M" : "S", true)
  return formatDuration(n, designator, time)
}

const unitOf = (written: string): DurationUnit => UNIT_WORDS[written.toLowerCase()]!
const isPlural = (written: string): boolean => /s$/i.test(written)
const ONE = /^(?:a|an|one)$/i

/** "over" means "more than" after these ("for over a year", "in over five years"); elsewhere it is "across". */
const OVER_AS_MORE_THAN = /(?:^|[^\p{L}])(?:for|in|of|after|within|just|than|lasted|took|spent|taken|by|since)\s+$/iu

/**
 * "Quarters" is a length of time only when counted off as one ("the past two quarters", "several
 * quarters", "three consecutive quarters"): "three quarters of the vote" and "rose three quarters"
 * are fractions.
 */
const isQuarterLength = (g: Record<string, string | undefined>, count: number | undefined, after: string): boolean => {
  if (g["count"] === undefined || count === 1) return false
  if (count === undefined) return true
  return /^\s+of\b/i.test(after) ? false : g["span"] !== undefined || g["run"] !== undefined
}

const AGE_AFTER = /^[\s-]+old\b/i

/** "39 minutes", "two decades", "a two-day stop", "more than two years", "the nine months", "the past few years". */
const duration: TimexRule = {
  name: "duration",
  triggers: Object.keys(UNIT_WORDS),
  lookback: 8,
  pattern: compile(
    String.raw`${WORD_START}(?:(?<the>the|The)\s+(?:(?<span>past|last|next|coming|previous|first|final|following|latest)\s+)?)?(?:(?<mod>${AMOUNT_MODIFIER})\s+)?(?:(?<count>${COUNT})[\s-]+(?:(?<run>consecutive|straight|successive|full|whole)\s+)?)?(?<unit>${UNIT})${WORD_END}(?<compound>-(?!long${WORD_END}|old${WORD_END})[A-Za-z])?`,
    "i"
  ),
  resolve: (match, context) => {
    const g = match.groups!
    // "a day-care center", "year-end": a compound noun, not a length of time.
    if (g["compound"] !== undefined) return undefined
    const written = g["count"]
    if (written === undefined && g["span"] === undefined) return undefined
    const unitWord = g["unit"]!
    const unit = unitOf(unitWord)
    // "a second referendum" is an ordinal, not one second.
    if (unit === "second" && written !== undefined && ONE.test(written)) return undefined
    const count = written === undefined ? (isPlural(unitWord) ? undefined : 1) : readCount(written)
    if (count === 0) return undefined
    if (unit === "quarter" && !isQuarterLength(g, count, context.text.slice(spanOf(match)![1]))) return undefined
    // "Mr. Reupke, 52 years old", "a 136-year-old institution": an age, which TimeML does not mark.
    if (AGE_AFTER.test(context.text.slice(spanOf(match, "unit")![1], spanOf(match, "unit")![1] + 8))) return undefined
    const [matchStart] = spanOf(match)!
    const end = spanOf(match, "unit")![1]
    // "rose 5% over five years": "over" is the preposition, not "more than".
    const preposition = g["mod"]?.toLowerCase() === "over" && g["span"] === undefined && !OVER_AS_MORE_THAN.test(before(context.text, matchStart))
    // "the two-year contract": a hyphened length modifies the noun after it, which "the" belongs to.
    const adjective = g["the"] !== undefined && g["span"] === undefined && written !== undefined && /-$/.test(context.text.slice(spanOf(match, "count")![1], spanOf(match, "unit")![0]))
    const start = preposition || adjective ? spanOf(match, "count")![0] : matchStart
    const value = durationValue(count, unit)
    return [makeDraft(context, start, end, "DURATION", { value, why: count === undefined ? "a duration of unstated length" : `${count} ${unit}(s)` }, { mod: preposition ? undefined : readAmountModifier(g["mod"]) })]
  }
}

const VAGUE_UNITS = "seconds|minutes|hours|days|weeks|months|years|decades|centuries"

/** Bare plural units after a preposition or a verb of lasting: "for hours", "could take weeks", "Hours later". */
const vagueDuration: TimexRule = {
  name: "vague-duration",
  triggers: ["seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries"],
  lookback: 0,
  pattern: compile(
    String.raw`(?:(?<=(?:^|[^A-Za-z])(?:for|within|after|over|in|lasted|last|take|takes|took|taking|spent|spend|had|have|has|wait|waited)\s+)(?<unit>${VAGUE_UNITS})|(?<unit2>${VAGUE_UNITS})(?=\s+(?:later|earlier)${WORD_END}))${WORD_END}`,
    "i"
  ),
  resolve: (match, context) => {
    const [start, end] = spanOf(match)!
    const next = context.text.slice(end, end + 12)
    // "in years past" is fine, but "in hours of talks" has a count elsewhere; "in days' time" too.
    if (/^['’]|^\s+(?:ago|old|of\s+age)/i.test(next)) return undefined
    return [makeDraft(context, start, end, "DURATION", { value: durationValue(undefined, unitOf(match.groups!["unit"] ?? match.groups!["unit2"]!)), why: "a duration of unstated length" })]
  }
}

/** "every week" → P1W, "each year", "every two years" → P2Y, "every other week" → P2W, all quant EVERY/EACH. */
const everyUnit: TimexRule = {
  name: "every-unit",
  triggers: ["every", "each"],
  lookback: 4,
  pattern: compile(String.raw`${WORD_START}(?<quant>every|each)\s+(?:(?<count>${COUNT})\s+)?(?<other>other\s+)?(?<unit>${UNIT})${WORD_END}`, "i"),
  resolve: (match, context) => {
    const g = match.groups!
    const [start, end] = spanOf(match)!
    const count = g["other"] !== undefined ? 2 : g["count"] === undefined ? 1 : readCount(g["count"])
    // "every few years" → PXY: a recurrence of unstated period.
    const value = durationValue(count, unitOf(g["unit"]!))
    return [makeDraft(context, start, end, "SET", { value, why: `once every ${count ?? "few"} ${unitOf(g["unit"]!)}(s)` }, { quant: g["quant"]!.toUpperCase() })]
  }
}

/** "every Monday" → XXXX-WXX-1, "each summer" → XXXX-SU, "every May" → XXXX-05. */
const everyNamed: TimexRule = {
  name: "every-named",
  triggers: ["every", "each"],
  lookback: 1,
  pattern: compile(String.raw`${WORD_START}(?<quant>[Ee]very|[Ee]ach)\s+(?:(?<weekday>${WEEKDAY})|(?<month>${MONTH_NAME})|(?<season>${SEASON}))${WORD_END}`),
  resolve: (match, context) => {
    const g = match.groups!
    const [start, end] = spanOf(match)!
    const value =
      g["weekday"] !== undefined ? formatTimexValue({ weekday: WEEKDAYS[g["weekday"]]! })
      : g["month"] !== undefined ? formatTimexValue({ month: readMonth(g["month"]) })
      : formatTimexValue({ season: SEASONS[g["season"]!]! })
    return [makeDraft(context, start, end, "SET", { value, why: "a recurring calendar period" }, { quant: g["quant"]!.toUpperCase() })]
  }
}

/** "annually", "weekly", "daily". */
const frequencyWord: TimexRule = {
  name: "frequency-word",
  triggers: Object.keys(FREQUENCY_WORDS),
  lookback: 0,
  pattern: compile(String.raw`${WORD_START}(?<word>${Object.keys(FREQUENCY_WORDS).join("|")})${WORD_END}`),
  resolve: (match, context) => {
    const [start, end] = spanOf(match)!
    const value = FREQUENCY_WORDS[match.groups!["word"]!]!
    return [makeDraft(context, start, end, "SET", { value, why: "a frequency adverb" }, { quant: "EVERY" })]
  }
}

const TIMES: Readonly<Record<string, number>> = { once: 1, twice: 2, thrice: 3 }

/** "twice a year" → P1Y freq 2X, "three times a week" → P1W freq 3X. */
const timesPer: TimexRule = {
  name: "times-per",
  triggers: ["once", "twice", "thrice", "times"],
  lookback: 4,
  pattern: compile(String.raw`${WORD_START}(?:(?<word>once|twice|thrice)|(?<count>${COUNT})\s+times)\s+(?:a|an|per|each|every)\s+(?<unit>${UNIT})${WORD_END}`, "i"),
  resolve: (match, context) => {
    const g = match.groups!
    const times = g["word"] !== undefined ? TIMES[g["word"].toLowerCase()] : readCount(g["count"]!)
    if (times === undefined) return undefined
    const [start, end] = spanOf(match)!
    const value = durationValue(1, unitOf(g["unit"]!))
    return [makeDraft(context, start, end, "SET", { value, why: `${times} time(s) per ${unitOf(g["unit"]!)}` }, { freq: `${times}X` })]
  }
}

/** A rate's period after an amount: "$10bn a year", "£57 a week", "2.7m barrels a day", "1.7 trillion cigarettes a year". */
const AMOUNT_BEFORE = /(?:[$£€¥]\s*\d[\d,.]*|\d[\d,.]*)\s*(?:%|per\s+cent|percent|k|m|bn|tn|million|billion|trillion)?(?:\s+\p{L}+s)?\s*$/u
/** "2.7bn a year earlier" is a date, not a rate. */
const RELATIVE_AFTER = /^\s+(?:earlier|later|ago|before|after)\b/i
const perUnit: TimexRule = {
  name: "per-unit",
  triggers: ["second", "minute", "hour", "day", "week", "month", "year", "annum"],
  lookback: 1,
  pattern: compile(String.raw`${WORD_START}(?<per>per|a|an)\s+(?<unit>second|minute|hour|day|week|month|year|annum)${WORD_END}`, "i"),
  resolve: (match, context) => {
    const g = match.groups!
    const [start, end] = spanOf(match)!
    if (g["per"]!.toLowerCase() !== "per" && (!AMOUNT_BEFORE.test(before(context.text, start, 32)) || RELATIVE_AFTER.test(context.text.slice(end, end + 10))))
      return undefined
    const unit = g["unit"]!.toLowerCase() === "annum" ? "year" : unitOf(g["unit"]!)
    return [makeDraft(context, start, end, "SET", { value: durationValue(1, unit), why: `a rate per ${unit}` })]
  }
}

export const durationAndSetRules: ReadonlyArray<TimexRule> = [timesPer, everyNamed, everyUnit, perUnit, frequencyWord, duration, vagueDuration]
