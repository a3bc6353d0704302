import { dayNumber, isoWeek, isoWeekday, isValidDay } from "../calendar.js"
import { resolveMonthDay, type Resolved } from "../anchor.js"
import { readDay, readMonth } from "../read-words.js"
import { alternation, DATE_NAMED_EVENTS, HOLIDAYS, PARTS_OF_DAY, WEEKDAYS } from "../time-words.js"
import { compile, DAY, JOINED_DIGITS, MONTH_ANY, MONTH_TRIGGERS, NUMBER_END, NUMBER_START, SAME_LINE, WEEKDAY, WORD_END, WORD_START, YEAR } from "../timex-patterns.js"
import { type Draft, makeDraft, NUMBER_TRIGGER, type RuleContext, spanOf, type TimexRule } from "../timex-rule.js"
import { formatTimexValue } from "../timex-value.js"

const PART_OF_DAY = String.raw`the\s+(?<part>morning|afternoon|evening|night)\s+of\s+`
const EVENT_AFTER = new RegExp(`^\\s+(?:${alternation(DATE_NAMED_EVENTS)})(?![A-Za-z])`, "i")
const RANGE_WORD = String.raw`(?:-|–|—|to|and|through|until|till|or|&)`

const dayValue = (context: RuleContext, at: number, month: number, day: number, year: number | undefined): Resolved | undefined => {
  if (year !== undefined)
    return isValidDay(year, month, day) ? { value: formatTimexValue({ year, month, day }), why: "explicit date" } : undefined
  if (!isValidDay(2000, month, day)) return undefined
  return resolveMonthDay(context.anchor, month, day, context.tenseAt(at))
}

const withPartOfDay = (resolved: Resolved, part: string | undefined): Resolved =>
  part === undefined || resolved.value.includes("X")
    ? resolved
    : { ...resolved, value: `${resolved.value}T${PARTS_OF_DAY[part]!}`, why: `${resolved.why}; the ${part}` }

/**
 * "Thursday, May 16" without a year: when the tense-chosen year puts May 16 on another weekday but
 * the year before or after agrees, the named weekday wins.
 */
const agreeWithWeekday = (resolved: Resolved | undefined, weekday: number | undefined, yearGuessed: boolean): Resolved | undefined => {
  if (resolved === undefined || weekday === undefined || !yearGuessed || resolved.yearOpen === true) return resolved
  const [y, m, d] = resolved.value.split("-").map(Number) as [number, number, number]
  const agrees = (year: number) => isValidDay(year, m, d) && isoWeekday({ year, month: m, day: d }) === weekday
  if (agrees(y)) return { ...resolved, why: `${resolved.why}; the weekday agrees` }
  const year = [y - 1, y + 1].find(agrees)
  return year === undefined ? resolved : { value: formatTimexValue({ year, month: m, day: d }), why: `the year ${year}, in which it falls on the weekday named` }
}

/** A day with its month, and perhaps a second day (a range) and the year both share. */
const dayDates = (match: RegExpExecArray, context: RuleContext): ReadonlyArray<Draft> | undefined => {
  const g = match.groups!
  const month = readMonth(g["month"]!)
  const month2 = g["month2"] === undefined ? month : readMonth(g["month2"])
  const year = g["year"] === undefined ? undefined : Number(g["year"])
  const [start, end] = spanOf(match)!
  if (JOINED_DIGITS.test(context.text.slice(end, end + 2))) return undefined
  const weekday = g["weekday"] === undefined ? undefined : WEEKDAYS[g["weekday"]]
  const first = agreeWithWeekday(dayValue(context, start, month, readDay(g["day"]!), year), weekday, year === undefined)
  if (first === undefined) return undefined
  const part = g["part"]
  const type = part === undefined ? "DATE" : "TIME"
  if (g["day2"] === undefined) {
    // "the 11 September attacks": an event named by its date, in whatever year it happened.
    const named = year === undefined && /the\s+$/i.test(context.text.slice(Math.max(0, start - 5), spanOf(match, "day")![0])) && EVENT_AFTER.test(context.text.slice(end, end + 16))
    const resolved = named ? { value: formatTimexValue({ month, day: readDay(g["day"]!) }), why: "an event named by its date; its year is not given", yearOpen: true as const } : first
    return [makeDraft(context, start, end, type, withPartOfDay(resolved, part))]
  }

  const second = dayValue(context, start, month2, readDay(g["day2"]), year)
  // An end point not after the first ("March 3-1") is a score or a code, not a range.
  if (second === undefined || second.value <= first.value) return undefined
  const [secondStart] = spanOf(match, g["month2"] === undefined ? "day2" : "month2")!
  return [
    makeDraft(context, start, spanOf(match, "day")![1], type, withPartOfDay(first, part)),
    makeDraft(context, secondStart, end, "DATE", second)
  ]
}

const monthDay: TimexRule = {
  name: "month-day",
  triggers: MONTH_TRIGGERS,
  lookback: 7,
  pattern: compile(
    String.raw`${WORD_START}(?:(?<weekday>${WEEKDAY}),?\s+)?(?:${PART_OF_DAY})?(?<month>${MONTH_ANY})\s+(?:the\s+)?(?<day>${DAY})(?:\s*${RANGE_WORD}\s*(?:(?<month2>${MONTH_ANY})\s+)?(?<day2>${DAY}))?(?:,?${SAME_LINE}(?<year>${YEAR}))?`
  ),
  resolve: dayDates
}

const dayMonth: TimexRule = {
  name: "day-month",
  triggers: MONTH_TRIGGERS,
  lookback: 12,
  pattern: compile(
    String.raw`${NUMBER_START}(?:(?<weekday>${WEEKDAY}),?\s+)?(?:${PART_OF_DAY})?(?:the\s+)?(?<day>${DAY})(?:\s*${RANGE_WORD}\s*(?:the\s+)?(?<day2>${DAY}))?\s+(?:of\s+)?(?<month>${MONTH_ANY})(?:,?${SAME_LINE}(?<year>${YEAR}))?`
  ),
  resolve: dayDates
}

const isoDate: TimexRule = {
  name: "iso-date",
  triggers: [NUMBER_TRIGGER],
  lookback: 0,
  pattern: compile(String.raw`${NUMBER_START}(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?:T(?<time>\d{2}:\d{2}))?${NUMBER_END}`),
  resolve: (match, context) => {
    const g = match.groups!
    const [year, month, day] = [Number(g["year"]), Number(g["month"]), Number(g["day"])]
    if (!isValidDay(year, month, day)) return undefined
    const [start, end] = spanOf(match)!
    const time = g["time"]
    const value = formatTimexValue(time === undefined ? { year, month, day } : { year, month, day, time })
    return [makeDraft(context, start, end, time === undefined ? "DATE" : "TIME", { value, why: "ISO date" })]
  }
}

/** "6/9/2018": month/day order is ambiguous when both are ≤ 12; then the reading nearer the reference date wins. */
const numericDate: TimexRule = {
  name: "numeric-date",
  triggers: [NUMBER_TRIGGER],
  lookback: 0,
  pattern: compile(String.raw`${NUMBER_START}(?<a>\d{1,2})/(?<b>\d{1,2})/(?<year>\d{4})${NUMBER_END}`),
  resolve: (match, context) => {
    const g = match.groups!
    const [a, b, year] = [Number(g["a"]), Number(g["b"]), Number(g["year"])]
    const monthFirst = isValidDay(year, a, b)
    const dayFirst = isValidDay(year, b, a)
    if (!monthFirst && !dayFirst) return undefined
    let month = monthFirst ? a : b
    let day = monthFirst ? b : a
    let why = monthFirst ? (dayFirst && a !== b ? "" : "numeric date, month/day (the only valid order)") : "numeric date, day/month (the only valid order)"
    if (why === "") {
      const anchor = context.anchor.day
      const distance = (m: number, d: number) => (anchor === undefined ? 0 : Math.abs(dayNumber({ year, month: m, day: d }) - dayNumber(anchor)))
      if (distance(b, a) < distance(a, b)) [month, day] = [b, a]
      why = `numeric date, ambiguous order: read as ${month === a ? "month/day" : "day/month"}${anchor === undefined ? " (US order, no reference date)" : ", the reading nearer the reference date"}`
    }
    const [start, end] = spanOf(match)!
    return [makeDraft(context, start, end, "DATE", { value: formatTimexValue({ year, month, day }), why })]
  }
}

/** "Christmas", "New Year's Eve 2019", "Halloween", "the Christmas weekend": fixed-day holidays, given a year like any month and day. */
const holiday: TimexRule = {
  name: "holiday",
  triggers: Object.keys(HOLIDAYS).map((h) => h.split(" ")[0]!.toLowerCase()),
  lookback: 1,
  pattern: compile(
    String.raw`${WORD_START}(?:(?<the>the)\s+)?(?<holiday>${alternation(Object.keys(HOLIDAYS))})(?:,?${SAME_LINE}(?<year>${YEAR}))?(?:\s+(?<weekend>weekend))?${WORD_END}`
  ),
  resolve: (match, context) => {
    const g = match.groups!
    const weekend = g["the"] !== undefined && g["weekend"] !== undefined
    const [start, end] = spanOf(match, weekend ? undefined : "holiday")!
    const last = weekend ? end : (spanOf(match, "year") ?? spanOf(match, "holiday")!)[1]
    const [m, d] = HOLIDAYS[g["holiday"]!]!
    const resolved = dayValue(context, start, m, d, g["year"] === undefined ? undefined : Number(g["year"]))
    if (resolved === undefined) return undefined
    const why = `${g["holiday"]} is ${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}; ${resolved.why}`
    if (!weekend || resolved.yearOpen === true) return [makeDraft(context, start, last, "DATE", { ...resolved, why })]
    const week = isoWeek({ year: Number(resolved.value.slice(0, 4)), month: m, day: d })
    return [makeDraft(context, start, last, "DATE", { value: formatTimexValue({ ...week, weekend: true }), why: `the weekend of the week in which ${why}` })]
  }
}

export const dayDateRules: ReadonlyArray<TimexRule> = [monthDay, dayMonth, isoDate, numericDate, holiday]
