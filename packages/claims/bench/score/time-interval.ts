/**
 * The days a TIMEX3 DATE value covers, as day numbers since 1970-01-01, inclusive. The scorer keeps
 * its own small reading of values so that it does not depend on the code it measures.
 */
export interface DayInterval {
  readonly first: number
  readonly last: number
}

const DAY_MS = 86_400_000
const dayNumber = (year: number, month: number, day: number): number => Date.UTC(year, month - 1, day) / DAY_MS

/** Months [firstMonth, firstMonth + count) of `year`; months past December roll into the next year. */
const months = (year: number, firstMonth: number, count: number): DayInterval => ({
  first: dayNumber(year, firstMonth, 1),
  last: dayNumber(year, firstMonth + count, 1) - 1
})

const SEASON_FIRST_MONTH: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 }

const PATTERNS: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => DayInterval]> = [
  [/^(\d{4})-(\d{2})-(\d{2})(T.*)?$/, (m) => {
    const day = dayNumber(Number(m[1]), Number(m[2]), Number(m[3]))
    return { first: day, last: day }
  }],
  [/^(\d{4})-(\d{2})$/, (m) => months(Number(m[1]), Number(m[2]), 1)],
  [/^(\d{4})-W(\d{2})(-WE)?$/, (m) => {
    // ISO week 1 holds January 4th; weeks start on Monday.
    const jan4 = dayNumber(Number(m[1]), 1, 4)
    const monday = jan4 - ((new Date(jan4 * DAY_MS).getUTCDay() + 6) % 7) + (Number(m[2]) - 1) * 7
    return m[3] === undefined ? { first: monday, last: monday + 6 } : { first: monday + 5, last: monday + 6 }
  }],
  [/^(\d{4})-Q([1-4])$/, (m) => months(Number(m[1]), (Number(m[2]) - 1) * 3 + 1, 3)],
  [/^(\d{4})-H([12])$/, (m) => months(Number(m[1]), (Number(m[2]) - 1) * 6 + 1, 6)],
  [/^(\d{4})-(SP|SU|FA|WI)$/, (m) => months(Number(m[1]), SEASON_FIRST_MONTH[m[2]!]!, 3)],
  [/^(\d{4})$/, (m) => months(Number(m[1]), 1, 12)],
  [/^(\d{3})$/, (m) => months(Number(m[1]) * 10, 1, 120)],
  [/^(\d{2})$/, (m) => months(Number(m[1]) * 100, 1, 1200)]
]

/** The interval of a fully specified DATE value, or undefined (PRESENT_REF, XXXX-06-09, durations). */
export const dayInterval = (value: string): DayInterval | undefined => {
  for (const [pattern, interval] of PATTERNS) {
    const m = pattern.exec(value)
    if (m !== null) return interval(m)
  }
  return undefined
}

/**
 * Whether two time scopes (closed intervals between two values) share a day. Scopes with a value
 * that names no interval (PRESENT_REF) overlap only when written identically.
 */
export const scopesOverlap = (
  a: { readonly start: string; readonly end: string },
  b: { readonly start: string; readonly end: string }
): boolean => {
  const [aStart, aEnd, bStart, bEnd] = [dayInterval(a.start), dayInterval(a.end), dayInterval(b.start), dayInterval(b.end)]
  if (aStart === undefined || aEnd === undefined || bStart === undefined || bEnd === undefined)
    return a.start === b.start && a.end === b.end
  return aStart.first <= bEnd.last && bStart.first <= aEnd.last
}
