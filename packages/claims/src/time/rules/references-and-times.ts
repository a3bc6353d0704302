import { shiftPeriod } from "../anchor.js"
import { alternation, lookup, REFERENCE_WORDS } from "../time-words.js"
import { compile, NOT_LETTER_AFTER, NUMBER_END, NUMBER_START, WORD_END, WORD_START } from "../timex-patterns.js"
import { before, makeDraft, NUMBER_TRIGGER, type RuleContext, spanOf, type TimexRule } from "../timex-rule.js"

/** "now", "currently", "at present" → PRESENT_REF; "recently" → PAST_REF; "the future" → FUTURE_REF. */
const reference: TimexRule = {
  name: "reference",
  triggers: Object.keys(REFERENCE_WORDS).map((phrase) => phrase.split(" ").at(-1)!),
  lookback: 3,
  pattern: compile(String.raw`${WORD_START}(?<word>${alternation(Object.keys(REFERENCE_WORDS))})${WORD_END}`, "i"),
  resolve: (match, context) => {
    const [start, end] = spanOf(match)!
    const value = lookup(REFERENCE_WORDS, match.groups!["word"]!)!
    return [makeDraft(context, start, end, "DATE", { value, why: "a deictic reference to the present, past or future" })]
  }
}

/** A clock time on the reference date (joined to an adjacent date by findTimexes). */
const onReferenceDay = (context: RuleContext, start: number, end: number, hour: number, minute: number, why: string) => {
  const day = shiftPeriod(context.anchor, "day", 0)
  const time = `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`
  return [makeDraft(context, start, end, "TIME", { ...day, value: `${day.value}T${time}`, why: `${why}, on ${day.yearOpen === true ? "an unknown day" : context.anchor.label}` })]
}

/** "10 a.m.", "3:30pm", "10.30am". */
const clockWithMeridiem: TimexRule = {
  name: "clock-meridiem",
  triggers: [NUMBER_TRIGGER],
  lookback: 0,
  pattern: compile(String.raw`${NUMBER_START}(?<hour>1[0-2]|0?[1-9])(?:[:.](?<minute>[0-5]\d))?\s*(?<meridiem>a\.m\.?|p\.m\.?|am|pm|AM|PM|A\.M\.|P\.M\.)${WORD_END}`),
  resolve: (match, context) => {
    const g = match.groups!
    const [start, end] = spanOf(match)!
    const pm = /^p/i.test(g["meridiem"]!)
    const hour12 = Number(g["hour"])
    const hour = (hour12 % 12) + (pm ? 12 : 0)
    return onReferenceDay(context, start, end, hour, Number(g["minute"] ?? 0), "clock time")
  }
}

const CLOCK_CONTEXT = /(?:^|[^\p{L}])(?:at|by|from|until|till|to|before|after|around|about|since|between|and)\s+$/iu

const ZONE = String.raw`(?:GMT|BST|UTC|CET|EST|EDT|ET|PST|PDT|local\s+time|hrs|h)${NOT_LETTER_AFTER}`

/** "at 15:30", "14:00 GMT", "2000 GMT": 24-hour times need a preposition or a time zone (else "3:1" ratios, scores, years). */
const clock24: TimexRule = {
  name: "clock-24",
  triggers: [NUMBER_TRIGGER],
  lookback: 0,
  pattern: compile(
    String.raw`${NUMBER_START}(?:(?<hour>[01]?\d|2[0-3]):(?<minute>[0-5]\d)(?<zone>\s*${ZONE})?|(?<hour4>[01]\d|2[0-3])(?<minute4>[0-5]\d)(?<zone4>\s*${ZONE}))${NUMBER_END}`
  ),
  resolve: (match, context) => {
    const g = match.groups!
    const [start, end] = spanOf(match)!
    if (g["hour4"] !== undefined) return onReferenceDay(context, start, end, Number(g["hour4"]), Number(g["minute4"]), "24-hour clock time")
    if (g["zone"] === undefined && !CLOCK_CONTEXT.test(before(context.text, start))) return undefined
    return onReferenceDay(context, start, end, Number(g["hour"]), Number(g["minute"]), "24-hour clock time")
  }
}

/** "at noon", "by midnight". */
const namedTime: TimexRule = {
  name: "named-time",
  triggers: ["noon", "midday", "midnight"],
  lookback: 0,
  pattern: compile(String.raw`${WORD_START}(?<word>noon|midday|midnight)${WORD_END}`, "i"),
  resolve: (match, context) => {
    const [start, end] = spanOf(match)!
    if (!CLOCK_CONTEXT.test(before(context.text, start))) return undefined
    const word = match.groups!["word"]!.toLowerCase()
    return onReferenceDay(context, start, end, word === "midnight" ? 24 : 12, 0, word)
  }
}

export const referenceAndTimeRules: ReadonlyArray<TimexRule> = [reference, clockWithMeridiem, clock24, namedTime]
