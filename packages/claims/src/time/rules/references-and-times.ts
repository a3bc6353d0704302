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

/**
 * A clock time on the day named just before it, else on the reference date (joined to an adjacent
 * date by findTimexes). "around 10 a.m." is APPROX.
 */
const onNamedDay = (context: RuleContext, match: RegExpExecArray, hour: number, minute: number, why: string) => {
  const [start, end] = spanOf(match)!
  const day = shiftPeriod(context.anchor, "day", 0)
  const time = `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`
  const mod = match.groups!["approx"] === undefined ? undefined : "APPROX"
  return [
    makeDraft(context, start, end, "TIME", { ...day, value: `${day.value}T${time}`, why: `${why}, on ${day.yearOpen === true ? "an unknown day" : context.anchor.label}` }, { mod, anaphor: { kind: "day", time } })
  ]
}

const ZONE = String.raw`(?:GMT|BST|UTC|CET|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|local\s+time)${NOT_LETTER_AFTER}`
const APPROX = String.raw`(?:(?<approx>around|about|approximately|roughly|shortly\s+(?:before|after))\s+)?`

/** "10 a.m.", "3:30pm", "10.30am". */
const clockWithMeridiem: TimexRule = {
  name: "clock-meridiem",
  triggers: [NUMBER_TRIGGER],
  lookback: 2,
  pattern: compile(String.raw`${APPROX}${NUMBER_START}(?<hour>1[0-2]|0?[1-9])(?:[:.](?<minute>[0-5]\d))?\s*(?<meridiem>a\.m\.?|p\.m\.?|am|pm|AM|PM|A\.M\.|P\.M\.)(?:${WORD_END}(?:\s+${ZONE})?)`),
  resolve: (match, context) => {
    const g = match.groups!
    const pm = /^p/i.test(g["meridiem"]!)
    const hour12 = Number(g["hour"])
    const hour = (hour12 % 12) + (pm ? 12 : 0)
    return onNamedDay(context, match, hour, Number(g["minute"] ?? 0), "clock time")
  }
}

const CLOCK_CONTEXT = /(?:^|[^\p{L}])(?:at|by|from|until|till|to|before|after|around|about|since|between|and)\s+$/iu


/** Zones and the 24-hour suffixes "hrs", "h". */
const ZONE24 = String.raw`(?:${ZONE}|(?:hrs|h)${NOT_LETTER_AFTER})`

/** "at 15:30", "14:00 GMT", "2000 GMT": 24-hour times need a preposition or a time zone (else "3:1" ratios, scores, years). */
const clock24: TimexRule = {
  name: "clock-24",
  triggers: [NUMBER_TRIGGER],
  lookback: 0,
  pattern: compile(
    String.raw`${NUMBER_START}(?:(?<hour>[01]?\d|2[0-3]):(?<minute>[0-5]\d)(?<zone>\s*${ZONE24})?|(?<hour4>[01]\d|2[0-3])(?<minute4>[0-5]\d)(?<zone4>\s*${ZONE24}))${NUMBER_END}`
  ),
  resolve: (match, context) => {
    const g = match.groups!
    if (g["hour4"] !== undefined) return onNamedDay(context, match, Number(g["hour4"]), Number(g["minute4"]), "24-hour clock time")
    if (g["zone"] === undefined && !CLOCK_CONTEXT.test(before(context.text, spanOf(match)![0]))) return undefined
    return onNamedDay(context, match, Number(g["hour"]), Number(g["minute"]), "24-hour clock time")
  }
}

const AFTER_BEFORE = /(?:^|[^\p{L}])(?:after|since|from)\s+$/iu

/** "at noon", "by midnight". */
const namedTime: TimexRule = {
  name: "named-time",
  triggers: ["noon", "midday", "midnight"],
  lookback: 0,
  pattern: compile(String.raw`${WORD_START}(?<word>noon|midday|midnight)${WORD_END}`, "i"),
  resolve: (match, context) => {
    if (!CLOCK_CONTEXT.test(before(context.text, spanOf(match)![0]))) return undefined
    const word = match.groups!["word"]!.toLowerCase()
    // "by midnight" ends the day (24:00); "after midnight" opens it (00:00).
    const opens = word === "midnight" && AFTER_BEFORE.test(before(context.text, spanOf(match)![0]))
    return onNamedDay(context, match, word === "midnight" && !opens ? 24 : opens ? 0 : 12, 0, word)
  }
}

export const referenceAndTimeRules: ReadonlyArray<TimexRule> = [reference, clockWithMeridiem, clock24, namedTime]
