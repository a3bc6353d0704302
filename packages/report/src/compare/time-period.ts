import {
  addDays,
  calendarDayOf,
  dayNumber,
  formatTimexValue,
  fromDayNumber,
  isoDayOf,
  periodInterval,
  timexInterval,
  type TimeScope
} from "@crosscheck/claims/model"

/** An inclusive interval of days, as day numbers since 1970-01-01 (UTC): gaps are subtractions. */
export interface DayInterval {
  readonly first: number
  readonly last: number
}

/** A claim's time scope as a period: dated (with a canonical label), or open (no known year). */
export type Period =
  | { readonly dated: true; readonly first: number; readonly last: number; readonly label: string }
  | { readonly dated: false; readonly label: string }

/** The days a TIMEX3 date value covers, or undefined for values with no fixed place in time (XXXX-06-09, PRESENT_REF, P3D). */
export const timexDays = (value: string): DayInterval | undefined => {
  const interval = timexInterval(value)
  return interval === undefined
    ? undefined
    : { first: dayNumber(calendarDayOf(interval.first)), last: dayNumber(calendarDayOf(interval.last)) }
}

/** ISO date (YYYY-MM-DD) of a day number. */
export const isoDay = (day: number): string => isoDayOf(fromDayNumber(day))

/** A canonical label for days first..last: "2023", "2017-05", "2017-01..2017-04", "2018-06-09..2018-06-10". */
const periodLabel = (first: number, last: number): string => {
  const from = fromDayNumber(first)
  const to = fromDayNumber(last)
  if (first === last) return isoDayOf(from)
  if (from.day === 1 && addDays(to, 1).day === 1) {
    if (from.month === 1 && to.month === 12 && from.year === to.year) return formatTimexValue({ year: from.year })
    const fromMonth = formatTimexValue({ year: from.year, month: from.month })
    const toMonth = formatTimexValue({ year: to.year, month: to.month })
    return fromMonth === toMonth ? fromMonth : `${fromMonth}..${toMonth}`
  }
  return `${isoDayOf(from)}..${isoDayOf(to)}`
}

/** The period label of a claim with no time and no known assertion date. */
export const UNDATED = "undated"

/**
 * The period a time scope covers, from the first day of its start to the last day of its end.
 * A claim with no time is about roughly when it was asserted: it keeps to the year of `assertedAt`
 * ("undated, asserted 2016"), so undated claims of articles years apart never meet.
 */
export const periodOf = (scope: TimeScope | undefined, assertedAt?: string): Period => {
  if (scope === undefined) {
    const asserted = assertedAt === undefined ? undefined : timexDays(assertedAt)
    return { dated: false, label: asserted === undefined ? UNDATED : `${UNDATED}, asserted ${yearOf(asserted.first)}` }
  }
  const start = timexDays(scope.start)
  const end = timexDays(scope.end)
  if (start === undefined || end === undefined || end.last < start.first) {
    return { dated: false, label: scope.start === scope.end ? scope.start : `${scope.start}..${scope.end}` }
  }
  return { dated: true, first: start.first, last: end.last, label: periodLabel(start.first, end.last) }
}

/**
 * The period a figure refers to, from its TIMEX3 value: a date, month, quarter, half or year, or a
 * span of two ("1987-01/1987-04" is January–April). Values with no calendar interval (a fiscal year
 * "FY1987", a crop year "1986/87") keep their literal value: they meet only the same value.
 */
export const figurePeriodOf = (value: string): Period => {
  const days = periodInterval(value)
  if (days === undefined) return { dated: false, label: value }
  const [first, last] = [dayNumber(calendarDayOf(days.first)), dayNumber(calendarDayOf(days.last))]
  return { dated: true, first, last, label: periodLabel(first, last) }
}

/** The calendar year of a day number. */
export const yearOf = (day: number): number => fromDayNumber(day).year
