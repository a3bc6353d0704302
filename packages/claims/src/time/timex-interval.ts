import { addDays, type CalendarDay, daysInMonth, isoWeekMonday } from "./calendar.js"
import { isCalendarDay, isoDayOf, type IsoDay } from "./iso-day.js"
import { SEASON_MONTHS } from "./time-words.js"
import { parseTimexValue } from "./timex-value.js"

export type TimexGranularity = "day" | "week" | "month" | "quarter" | "season" | "half" | "year" | "decade" | "century" | "time"

export interface TimexInterval {
  /** First and last ISO day covered, inclusive. */
  readonly first: IsoDay
  readonly last: IsoDay
  readonly granularity: TimexGranularity
}

const interval = (first: CalendarDay, last: CalendarDay, granularity: TimexGranularity): TimexInterval => ({
  first: isoDayOf(first),
  last: isoDayOf(last),
  granularity
})

const months = (year: number, firstMonth: number, count: number, granularity: TimexGranularity): TimexInterval => {
  const endIndex = year * 12 + firstMonth - 1 + count - 1
  const lastYear = Math.floor(endIndex / 12)
  const lastMonth = endIndex - lastYear * 12 + 1
  return interval({ year, month: firstMonth, day: 1 }, { year: lastYear, month: lastMonth, day: daysInMonth(lastYear, lastMonth) }, granularity)
}

const years = (firstYear: number, count: number, granularity: TimexGranularity): TimexInterval =>
  interval({ year: firstYear, month: 1, day: 1 }, { year: firstYear + count - 1, month: 12, day: 31 }, granularity)

/**
 * The inclusive interval of ISO days a fully specified TIMEX3 DATE/TIME value covers, or undefined
 * for values with open parts (XXXX-…), references (PRESENT_REF), durations, sets, fiscal years and
 * a weekday of a week. Seasons are meteorological (whole months): 2017-SU is 2017-06-01..2017-08-31,
 * 2017-WI is 2017-12-01..2018-02-28. A weekend (2018-W22-WE) is that ISO week's Saturday and Sunday.
 */
export const timexInterval = (value: string): TimexInterval | undefined => {
  const known = intervals.get(value)
  if (known !== undefined) return known === NONE ? undefined : known
  const interval = intervalOf(value)
  if (intervals.size >= KNOWN_INTERVALS) intervals.clear()
  intervals.set(value, interval ?? NONE)
  return interval
}

// A text names few distinct periods, each many times (every claim's scope, period and relation
// asks again): each value is parsed once, the answer kept while there are fewer than this many.
const KNOWN_INTERVALS = 10_000
const NONE = "none"
const intervals = new Map<string, TimexInterval | typeof NONE>()

const intervalOf = (value: string): TimexInterval | undefined => {
  const p = parseTimexValue(value)
  if (p === undefined || p.fiscalYear !== undefined) return undefined
  if (p.decade !== undefined) return p.decade === null ? undefined : years(p.decade * 10, 10, "decade")
  if (p.century !== undefined) return p.century === null ? undefined : years(p.century * 100, 100, "century")
  const { year } = p
  if (year === undefined) return undefined
  if (p.month !== undefined) {
    if (p.month === null || p.month < 1 || p.month > 12) return undefined
    if (p.day === undefined) return months(year, p.month, 1, "month")
    if (p.day === null) return undefined
    const day = { year, month: p.month, day: p.day }
    return isCalendarDay(day) ? interval(day, day, p.time === undefined ? "day" : "time") : undefined
  }
  if (p.week !== undefined) {
    if (p.week === null || p.week < 1 || p.week > 53 || p.weekday !== undefined) return undefined
    const monday = isoWeekMonday(year, p.week)
    return p.weekend === true
      ? interval(addDays(monday, 5), addDays(monday, 6), "week")
      : interval(monday, addDays(monday, 6), "week")
  }
  if (p.quarter !== undefined) return p.quarter === null ? undefined : months(year, (p.quarter - 1) * 3 + 1, 3, "quarter")
  if (p.half !== undefined) return p.half === null ? undefined : months(year, (p.half - 1) * 6 + 1, 6, "half")
  if (p.season !== undefined) return months(year, SEASON_MONTHS[p.season]!.first, 3, "season")
  return years(year, 1, "year")
}

/**
 * Orders two DATE values by the intervals they cover (first day, then last day); values without an
 * interval sort after those with one, and among themselves as strings.
 */
export const compareTimexValues = (a: string, b: string): number => {
  const ia = timexInterval(a)
  const ib = timexInterval(b)
  if (ia === undefined || ib === undefined) {
    if (ia !== ib) return ia === undefined ? 1 : -1
    return a < b ? -1 : a > b ? 1 : 0
  }
  return ia.first.localeCompare(ib.first) || ia.last.localeCompare(ib.last)
}

/**
 * The days a figure's period covers: one TIMEX3 value, or a span of two written `A/B`
 * ("1987-01/1987-04" is January–April). Each side of a span is a value with a year, so a crop year
 * ("1986/87") is no span; it and a fiscal year have no interval and meet only the same value.
 */
export const periodInterval = (value: string): { readonly first: IsoDay; readonly last: IsoDay } | undefined => {
  const sides = value.split("/")
  const [from, to] = sides.length === 2 && sides.every((side) => parseTimexValue(side)?.year !== undefined) ? sides as [string, string] : [value, value]
  const first = timexInterval(from)
  const last = timexInterval(to)
  return first === undefined || last === undefined || last.last < first.first ? undefined : { first: first.first, last: last.last }
}
