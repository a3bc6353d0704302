import { isoWeekday } from "../calendar.js"
import { offsetDate, type Resolved, resolveWeekday, shiftPeriod, type CalendarUnit } from "../anchor.js"
import { readAmountModifier, readCount, readPositionModifier } from "../read-words.js"
import { alternation, lookup, NAMED_DAY_PREFIXES, NAMED_DAY_SUFFIXES, PARTS_OF_DAY, UNIT_WORDS, WEEKDAYS } from "../time-words.js"
import { AMOUNT_MODIFIER, compile, COUNT, POSITION_MODIFIER, RELATION, UNIT, WEEKDAY, WORD_END, WORD_START, YEAR } from "../timex-patterns.js"
import { before, makeDraft, type RuleContext, type ShiftUnit, spanOf, type TimexRule } from "../timex-rule.js"

const WEEKDAY_TRIGGERS = Object.keys(WEEKDAYS).map((w) => w.toLowerCase())
const PART = String.raw`(?<part>morning|afternoon|evening|night)`

const withPart = (resolved: Resolved, part: string | undefined): Resolved =>
  part === undefined || resolved.value.includes("X")
    ? resolved
    : { ...resolved, value: `${resolved.value}T${PARTS_OF_DAY[part.toLowerCase()]!}`, why: `${resolved.why}; the ${part.toLowerCase()}` }

/** "Black Friday", "Super Tuesday", "Sheffield Wednesday": a name, not a day. */
const NAME_BEFORE = new RegExp(`(?:^|[^A-Za-z])(?:${alternation(NAMED_DAY_PREFIXES)})\\s+$`)
/** "The Sunday Times", "Saturday Night Live". */
const NAME_AFTER = new RegExp(`^\\s+(?:${alternation(NAMED_DAY_SUFFIXES)})(?![A-Za-z])`)

/** "Friday", "last Friday", "on Friday evening": resolved by tense against the reference date. */
const weekday: TimexRule = {
  name: "weekday",
  triggers: WEEKDAY_TRIGGERS,
  lookback: 4,
  pattern: compile(String.raw`${WORD_START}(?:(?<pos>${POSITION_MODIFIER})\s+)?(?:(?<rel>${RELATION})\s+)?(?<weekday>${WEEKDAY})(?:\s+${PART})?${WORD_END}`),
  resolve: (match, context) => {
    const g = match.groups!
    const [start, end] = spanOf(match)!
    if (g["rel"] === undefined && g["pos"] === undefined && (NAME_BEFORE.test(before(context.text, start)) || NAME_AFTER.test(context.text.slice(end, end + 20))))
      return undefined
    const written = g["rel"]?.toLowerCase()
    const rel = written === "past" || written === "previous" ? "last" : written === "coming" ? "next" : (written as "last" | "next" | "this" | undefined)
    const resolved = resolveWeekday(context.anchor, WEEKDAYS[g["weekday"]!]!, rel, context.tenseAt(start))
    return [makeDraft(context, start, end, g["part"] === undefined ? "DATE" : "TIME", withPart(resolved, g["part"]), { mod: readPositionModifier(g["pos"]) })]
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
  lookback: 5,
  pattern: compile(String.raw`${WORD_START}(?:(?<pos>early|late)\s+)?(?<word>today|yesterday|tomorrow|tonight|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))(?:\s+${PART})?${WORD_END}`, "i"),
  resolve: (match, context) => {
    const g = match.groups!
    const [start, end] = spanOf(match)!
    const day = lookup(DEICTIC_DAYS, g["word"]!)!
    const part = g["part"] ?? day.part
    const mod = readPositionModifier(g["pos"])
    return [makeDraft(context, start, end, part === undefined ? "DATE" : "TIME", withPart(shiftPeriod(context.anchor, "day", day.offset), part), { mod })]
  }
}

/** "through the night", "overnight": the night of the day named before, else the last night (past) or tonight. */
const night: TimexRule = {
  name: "night",
  triggers: ["night", "overnight"],
  lookback: 1,
  pattern: compile(String.raw`(?<=(?:^|[^A-Za-z])(?:through|throughout|during|into|all|for)\s+)the\s+night${WORD_END}|${WORD_START}overnight${WORD_END}`, "i"),
  resolve: (match, context) => {
    const [start, end] = spanOf(match)!
    // "overnight rates", "an overnight stay": an adjective.
    if (context.tokenFrom(end)?.pos === "NOUN") return undefined
    const day = shiftPeriod(context.anchor, "day", context.tenseAt(start) === "past" ? -1 : 0)
    return [makeDraft(context, start, end, "TIME", withPart(day, "night"), { anaphor: { kind: "day", time: "NI" } })]
  }
}

/** "the rest of the year", "the remainder of this month": the current period, to its end. */
const restOfPeriod: TimexRule = {
  name: "rest-of-period",
  triggers: ["year", "month", "week", "quarter", "season"],
  lookback: 5,
  pattern: compile(String.raw`${WORD_START}the\s+(?:rest|remainder)\s+of\s+(?:the|this)\s+(?<unit>year|month|week|quarter)${WORD_END}`, "i"),
  resolve: (match, context) => {
    const [start, end] = spanOf(match)!
    const unit = match.groups!["unit"]!.toLowerCase() as CalendarUnit
    return [makeDraft(context, start, end, "DATE", shiftPeriod(context.anchor, unit, 0), { mod: "END" })]
  }
}

/** Units "the previous …" and "the … before" are read for against the narrative's last date. */
const NEIGHBOUR_UNITS = { year: "year", quarter: "quarter", month: "month", week: "week", day: "day" } as const

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
    // "the past year", "the next month" are durations, read by the duration rule; "the previous year" follows the narrative (neighbourUnit).
    if (g["the"] !== undefined && (rel === "past" || rel === "last" || rel === "next" || rel === "coming" || ((rel === "previous" || rel === "following") && unit in NEIGHBOUR_UNITS)))
      return undefined
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

/** How far "ago" and "earlier" reach, at the unit's own granularity ("two weeks ago" is a week, "a year earlier" a year). */
const SHIFT_UNITS: Readonly<Record<string, "day" | "week" | "month" | "year" | "decade">> = {
  day: "day", week: "week", fortnight: "week", month: "month", quarter: "month", year: "year", decade: "decade", century: "decade"
}
const SHIFT_FACTOR: Readonly<Record<string, number>> = { fortnight: 2, quarter: 3, century: 10 }

/** Whole weeks and months stay at their granularity; fractions and decades fall back to a day or a year. */
const shiftFromReference = (context: RuleContext, unit: "day" | "week" | "month" | "year" | "decade", count: number): Resolved =>
  Number.isInteger(count) && unit !== "decade" ? shiftPeriod(context.anchor, unit, count) : offsetDate(context.anchor, unit, count)

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
    // Hours and minutes ago are still the reference day.
    const unit = SHIFT_UNITS[unitWord]
    const n = unit === undefined ? 0 : sign * count * (SHIFT_FACTOR[unitWord] ?? 1)
    const resolved = shiftFromReference(context, unit ?? "day", n)
    // "sales in October rose 3% from a year ago": the year-earlier October, when the sentence names one.
    const anaphor = unit === "year" && Number.isInteger(n) ? { kind: "shift" as const, unit, count: n, scope: "sentence" as const } : undefined
    return [makeDraft(context, start, end, "DATE", resolved, { mod, anaphor })]
  }
}

/** "a year earlier", "two weeks later", "three days before.": moved from the last date the text named. */
const earlierLater: TimexRule = {
  name: "earlier-later",
  triggers: ["earlier", "later", "before", "after"],
  lookback: 6,
  pattern: compile(String.raw`${WORD_START}(?<count>${COUNT})[\s-]+(?<unit>${UNIT})\s+(?:(?<dir>earlier|later)${WORD_END}|(?<dir2>before|after)(?=\s*[.,;:)]))`, "i"),
  resolve: (match, context) => {
    const g = match.groups!
    const unitWord = UNIT_WORDS[g["unit"]!.toLowerCase()]!
    const unit = SHIFT_UNITS[unitWord]
    const count = readCount(g["count"]!)
    if (unit === undefined || count === undefined || !Number.isInteger(count)) return undefined
    const [start, end] = spanOf(match)!
    const sign = /^(?:earlier|before)$/i.test(g["dir"] ?? g["dir2"]!) ? -1 : 1
    const n = sign * count * (SHIFT_FACTOR[unitWord] ?? 1)
    return [makeDraft(context, start, end, "DATE", shiftFromReference(context, unit, n), { anaphor: { kind: "shift", unit, count: n, scope: "document" } })]
  }
}

const NEIGHBOUR_OFFSETS: Readonly<Record<string, number>> = {
  previous: -1, preceding: -1, prior: -1, before: -1, earlier: -1, following: 1, after: 1, later: 1
}

/** "the previous year", "the year before.", "the following month": the whole unit next to the last date named. */
const neighbourUnit: TimexRule = {
  name: "neighbour-unit",
  triggers: ["year", "quarter", "month", "week", "day", "before", "earlier", "after", "later"],
  lookback: 4,
  pattern: compile(
    String.raw`${WORD_START}(?:(?<pos>${POSITION_MODIFIER})[\s-]+)?the\s+(?:(?<rel>previous|preceding|prior|following)\s+(?<unit>year|quarter|month|week|day)|(?<unit2>year|quarter|month|week|day)\s+(?<dir>earlier|later|before(?=\s*[.,;:)]|\s*$)|after(?=\s*[.,;:)]|\s*$)))${WORD_END}`,
    "i"
  ),
  resolve: (match, context) => {
    const g = match.groups!
    const [start, end] = spanOf(match)!
    const unit = NEIGHBOUR_UNITS[(g["unit"] ?? g["unit2"]!).toLowerCase() as keyof typeof NEIGHBOUR_UNITS]
    const count = NEIGHBOUR_OFFSETS[(g["rel"] ?? g["dir"]!).toLowerCase()]!
    return [
      makeDraft(context, start, end, "DATE", shiftPeriod(context.anchor, unit, count), {
        mod: readPositionModifier(g["pos"]),
        anaphor: { kind: "shift", unit, count, scope: "document", wholeUnit: true }
      })
    ]
  }
}

/**
 * "the year-earlier period", "the comparable year-ago quarter", "the year ago quarter", "the same quarter", "the same
 * month of 2012", "the same period last year": the period just compared, moved back a year or into the year named.
 */
const samePeriod: TimexRule = {
  name: "same-period",
  triggers: ["period", "quarter", "month", "week"],
  lookback: 6,
  pattern: compile(String.raw`${WORD_START}the\s+(?:(?:comparable|corresponding)\s+)?(?:(?<year>year[-\s](?:earlier|ago))|same)\s+(?<unit>period|quarter|month|week)${WORD_END}(?!\s+of\s+(?!${YEAR}))(?:\s+(?:of|in)\s+(?<toYear>${YEAR})|(?<lastYear>\s+last\s+year${WORD_END})|(?=(?<ago>\s+(?:a|one)\s+year\s+(?:ago|earlier)))|)`, "i"),
  resolve: (match, context) => {
    const g = match.groups!
    const [start, end] = spanOf(match)!
    const count = g["year"] !== undefined || g["ago"] !== undefined || g["lastYear"] !== undefined ? -1 : 0
    const unitWord = g["unit"]!.toLowerCase()
    const unit: ShiftUnit = unitWord === "period" ? "quarter" : (unitWord as ShiftUnit)
    const fallback = shiftPeriod(context.anchor, count === 0 ? unit : "year", count)
    const toYear = g["toYear"] === undefined ? undefined : Number(g["toYear"])
    const granularity = unitWord === "period" ? undefined : unit
    const anaphor = { kind: "shift" as const, unit: "year" as const, count, scope: "document" as const, ...(toYear === undefined ? {} : { toYear }), ...(granularity === undefined ? {} : { granularity }) }
    return [makeDraft(context, start, end, "DATE", fallback, { anaphor })]
  }
}

export const relativeDateRules: ReadonlyArray<TimexRule> = [weekday, deicticDay, night, restOfPeriod, relativePeriod, ago, earlierLater, neighbourUnit, samePeriod]
