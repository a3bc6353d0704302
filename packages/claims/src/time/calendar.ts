/**
 * Day arithmetic over proleptic Gregorian dates, through UTC `Date` values (the platform's calendar;
 * nothing here reads the current time). A day is counted as whole days since 1970-01-01.
 */

export interface CalendarDay {
  readonly year: number
  readonly month: number
  readonly day: number
}

const MS_PER_DAY = 86_400_000

export const dayNumber = (d: CalendarDay): number => Math.round(utc(d.year, d.month, d.day) / MS_PER_DAY)

const fromDayNumber = (n: number): CalendarDay => {
  const date = new Date(n * MS_PER_DAY)
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }
}

export const addDays = (d: CalendarDay, days: number): CalendarDay => fromDayNumber(dayNumber(d) + days)

/** Adds months, clamping the day to the target month's length (Mar 31 − 1 month → Feb 28/29). */
export const addMonths = (d: CalendarDay, months: number): CalendarDay => {
  const index = d.year * 12 + (d.month - 1) + months
  const year = Math.floor(index / 12)
  const month = index - year * 12 + 1
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) }
}

export const daysInMonth = (year: number, month: number): number => new Date(utc(year, month + 1, 0)).getUTCDate()

/** ISO weekday: Monday 1 … Sunday 7. */
export const isoWeekday = (d: CalendarDay): number => {
  const w = new Date(utc(d.year, d.month, d.day)).getUTCDay()
  return w === 0 ? 7 : w
}

/** The ISO week (and its week-numbering year) a day falls in. */
export const isoWeek = (d: CalendarDay): { readonly year: number; readonly week: number } => {
  // The ISO week belongs to the year of its Thursday.
  const thursday = addDays(d, 4 - isoWeekday(d))
  const jan1 = dayNumber({ year: thursday.year, month: 1, day: 1 })
  return { year: thursday.year, week: Math.floor((dayNumber(thursday) - jan1) / 7) + 1 }
}

/** The Monday of ISO week `week` of `year`. */
export const isoWeekMonday = (year: number, week: number): CalendarDay => {
  const jan4 = { year, month: 1, day: 4 }
  return addDays(jan4, (week - 1) * 7 - (isoWeekday(jan4) - 1))
}

export const isValidDay = (year: number, month: number, day: number): boolean =>
  Number.isInteger(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)

// Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
const utc = (year: number, month: number, day: number): number => {
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  return date.getTime()
}
