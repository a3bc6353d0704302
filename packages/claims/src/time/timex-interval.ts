import { addDays, type CalendarDay, daysInMonth, isoWeekMonday } from "./calendar.js"
import { SEASON_MONTHS } from "./time-words.js"
import { formatDay } from "./timex-value.js"

export type TimexGranularity = "day" | "week" | "month" | "quarter" | "season" | "half" | "year" | "decade" | "century" | "time"

export interface TimexInterval {
  /** First and last ISO day covered, inclusive. */
  readonly first: string
  readonly last: string
  readonly granularity: TimexGranularity
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})(T.+)?$/
const MONTH = /^(\d{4})-(\d{2})$/
const WEEK = /^(\d{4})-W(\d{2})(-WE)?$/
const QUARTER = /^(\d{4})-Q([1-4])$/
const HALF = /^(\d{4})-H([12])$/
const SEASON = /^(\d{4})-(SP|SU|FA|WI)$/
const YEAR = /^(\d{4})$/
const DECADE = /^(\d{3})$/
const CENTURY = /^(\d{2})$/

const interval = (first: CalendarDay, last: CalendarDay, granularity: TimexGranularity): TimexInterval => ({
  first: formatDay(first),
  last: formatDay(last),
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
 * for values with open parts (XXXX-…), references (PRESENT_REF), durations and sets.
 * Seasons are meteorological (whole months): 2017-SU is 2017-06-01..2017-08-31, 2017-WI is
 * 2017-12-01..2018-02-28. A weekend (2018-W22-WE) is that ISO week's Saturday and Sunday.
 */
export const timexInterval = (value: string): TimexInterval | undefined => {
  let m: RegExpExecArray | null
  if ((m = DAY.exec(value))) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined
    const day = { year: y, month: mo, day: d }
    return interval(day, day, m[4] === undefined ? "day" : "time")
  }
  if ((m = MONTH.exec(value))) {
    const mo = Number(m[2])
    return mo >= 1 && mo <= 12 ? months(Number(m[1]), mo, 1, "month") : undefined
  }
  if ((m = WEEK.exec(value))) {
    const week = Number(m[2])
    if (week < 1 || week > 53) return undefined
    const monday = isoWeekMonday(Number(m[1]), week)
    return m[3] === undefined
      ? interval(monday, addDays(monday, 6), "week")
      : interval(addDays(monday, 5), addDays(monday, 6), "week")
  }
  if ((m = QUARTER.exec(value))) return months(Number(m[1]), (Number(m[2]) - 1) * 3 + 1, 3, "quarter")
  if ((m = HALF.exec(value))) return months(Number(m[1]), (Number(m[2]) - 1) * 6 + 1, 6, "half")
  if ((m = SEASON.exec(value))) return months(Number(m[1]), SEASON_MONTHS[m[2]!]!.first, 3, "season")
  if ((m = YEAR.exec(value))) return years(Number(m[1]), 1, "year")
  if ((m = DECADE.exec(value))) return years(Number(m[1]) * 10, 10, "decade")
  if ((m = CENTURY.exec(value))) return years(Number(m[1]) * 100, 100, "century")
  return undefined
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
