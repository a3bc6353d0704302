import { isoWeekday } from "../calendar.js"
import { offsetDate, type Resolved, resolveWeekday, shiftPeriod, type CalendarUnit } from "../anchor.js"
import { readAmountModifier, readCount, readPositionModifier } from "../read-words.js"
import { lookup, PARTS_OF_DAY, UNIT_WORDS, WEEKDAYS } from "../time-words.js"
import { AMOUNT_MODIFIER, compile, COUNT, POSITION_MODIFIER, RELATION, UNIT, WEEKDAY, WORD_END, WORD_START } from "../timex-patterns.js"
import { before, makeDraft, type RuleContext, spanOf, type TimexRule } from "../timex-rule.js"

const WEEKDAY_TRIGGERS = Object.keys(WEEKDAYS).map((w) => w.toLowerCase())
const PART = String.raw`(?<part>morning|afternoon|evening|night)`

const withPart = (resolved: Resolved, part: string | undefined): Resolved =>
  part === undefined || resolved.value.includes("X")
    ? resolved
    : { ...resolved, value: `${resolved.value}T${PARTS_OF_DAY[part.toLowerCase()]!}`, why: `${resolved.why}; the ${part.toLowerCase()}` }

const NAME_BEFORE = /(?<![.!?:;"“]\s*)(?<=[\p{L},]\s+)\p{Lu}\p{Ll}+\s+$/u

/** "Friday", "last Friday", "on Friday evening": resolved by tense against the reference date. */
const weekday: TimexRule = {
  name: "weekday",
  triggers: WEEKDAY_TRIGGERS,
  lookback: 1,
  pattern: compile(String.raw`${WORD_START}(?:(?<rel>${RELATION})\s+)?(?<weekday>${WEEKDAY})(?:\s+${PART})?${WORD_END}`),
  resolve: (match, context) => {
    const g = match.groups!
    const [start, end] = spanOf(match)!
    // "Sheffield Wednesday", "Black Friday", "Super Tuesday": a name, not a day.
    if (g["rel"] === undefined && NAME_BEFORE.test(before(context.text, start))) return undefined
    const written = g["rel"]?.toLowerCase()
    const rel = written === "past" || written === "previous" ? "last" : written === "coming" ? "next" : (written as "last" | "next" | "this" | undefined)
    const resolved = resolveWeekday(context.anchor, WEEKDAYS[g["weekday"]!]!, rel, context.tenseAt(start))
    return [makeDraft(context, start, end, g["part"] === undefined ? "DATE" : "TIME", withPart(resolved, g["part"]))]
  }
}

const DEICTIC_DAYS: Readonly<Record<string, { readonly offset: number; readonly part?: string }>> = {
  today: { offset: 0 }, yesterday: { offset: -1 }, tomorrow: { offset: 1 }, tonight: { offset: 0, part: "night" },
  "the day before yesterday": { offset: -2 }, "the day after tomorrow": { offset: 2 },
  "last night": { offset: -1, part: "night" }, "this morning": { offset: 0, part: "morning" },
  "this afternoon": { offset: 0, part: "afternoon" }, "this evening": { offset: 0, part: "evening" }
}

/** "yesterday", "tomorrow morning", "this evening", "last night". */
const deicticDay: TimexRule = {
  name: "deictic-day",
  triggers: ["today", "yesterday", "tomorrow", "tonight", "night", "morning", "afternoon", "evening"],
  lookback: 3,
  pattern: compile(String.raw`${WORD_START}(?<word>today|yesterday|tomorrow|tonight|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))(?:\s+${PART})?${WORD_END}`, "i"),
  resolve: (match, context) => {
    const g = match.groups!
    const [start, end] = spanOf(match)!
    const day = lookup(DEICTIC_DAYS, g["word"]!)!
    const part = g["part"] ?? day.part
    return [makeDraft(context, start, end, part === undefined ? "DATE" : "TIME", withPart(shiftPeriod(context.anchor, "day", day.offset), part))]
  }
}

const OFFSETS: Readonly<Record<string, number>> = {
  last: -1, previous: -1, past: -1, next: 1, coming: 1, following: 1, this: 0, current: 0
}

/** "last week", "next month", "earlier this year", "late last year", "the previous year", "this weekend", "over the weekend". */
const relativePeriod: TimexRule = {
  name: "relative-period",
  triggers: ["week", "weekend", "month", "year", "quarter", "decade", "century"],
  lookback: 7,
  pattern: compile(
    String.raw`${WORD_START}(?:(?<pos>${POSITION_MODIFIER})[\s-]+)?(?:(?<side>earlier|later)\s+)?(?:(?<the>the)\s+)?(?:(?<rel>last|next|this|previous|past|coming|following|current)\s+)?(?<unit>week|weekend|month|year|quarter|decade|century)${WORD_END}`,
    "i"
  ),
  resolve: (match, context) => {
    const g = match.groups!
    const [start, end] = spanOf(match)!
    const unit = g["unit"]!.toLowerCase() as CalendarUnit
    const rel = g["rel"]?.toLowerCase()
    const mod = readPositionModifier(g["pos"])
    if (rel === undefined) {
      if (g["the"] === undefined) return undefined
      if (unit === "weekend") return [makeDraft(context, start, end, "DATE", nearestWeekend(context, start), { mod })]
      // "by the end of the year" is the reference year; a bare "the year" depends on the narrative.
      if (mod === undefined || g["side"] !== undefined) return undefined
      return [makeDraft(context, start, end, "DATE", shiftPeriod(context.anchor, unit, 0), { mod })]
    }
    // "the past year", "the next month" are durations, read by the duration rule.
    if (g["the"] !== undefined && (rel === "past" || rel === "last" || rel === "next" || rel === "coming")) return undefined
    return [makeDraft(context, start, end, "DATE", shiftPeriod(context.anchor, unit, OFFSETS[rel]!), { mod })]
  }
}

const nearestWeekend = (context: RuleContext, at: number): Resolved => {
  const tense = context.tenseAt(at)
  const day = context.anchor.day
  if (day === undefined) return shiftPeriod(context.anchor, "weekend", 0)
  const isoDay = isoWeekday(day)
  // Past: the weekend just gone (this week's if it is the weekend); future: the coming one.
  const offset = tense === "future" || isoDay >= 6 ? 0 : -1
  const resolved = shiftPeriod(context.anchor, "weekend", offset)
  return { ...resolved, why: `${offset === 0 ? "the weekend of the week of" : "the weekend before"} ${context.anchor.label} (${tense === "none" ? "no tense cue" : `${tense} tense`})` }
}

const AGO_UNITS: Readonly<Record<string, "day" | "week" | "month" | "year" | "decade">> = {
  second: "day", minute: "day", hour: "day", day: "day", week: "week", fortnight: "week", month: "month", year: "year", decade: "decade", century: "year"
}

/** "two years ago", "less than a month ago", "three days from now". */
const ago: TimexRule = {
  name: "ago",
  triggers: ["ago", "now", "hence"],
  lookback: 8,
  pattern: compile(String.raw`${WORD_START}(?:(?<mod>${AMOUNT_MODIFIER})\s+)?(?<count>${COUNT})[\s-]+(?<unit>${UNIT})\s+(?<dir>ago|from\s+now|hence)${WORD_END}`, "i"),
  resolve: (match, context) => {
    const g = match.groups!
    const [start, end] = spanOf(match)!
    const unitWord = UNIT_WORDS[g["unit"]!.toLowerCase()]!
    const sign = g["dir"]!.toLowerCase() === "ago" ? -1 : 1
    const count = readCount(g["count"]!)
    const mod = readAmountModifier(g["mod"])
    if (count === undefined) {
      const value = sign < 0 ? "PAST_REF" : "FUTURE_REF"
      return [makeDraft(context, start, end, "DATE", { value, why: `an unspecified time ${sign < 0 ? "before" : "after"} the reference date` }, { mod })]
    }
    const factor = unitWord === "fortnight" ? 2 : unitWord === "century" ? 100 : 1
    const resolved = offsetDate(context.anchor, AGO_UNITS[unitWord]!, sign * count * factor)
    return [makeDraft(context, start, end, "DATE", resolved, { mod })]
  }
}

export const relativeDateRules: ReadonlyArray<TimexRule> = [weekday, deicticDay, relativePeriod, ago]
