import { DateTime } from "effect"
import { type CalendarDay, dateTimeOf } from "./iso-day.js"

/**
 * Day arithmetic over proleptic Gregorian dates, with effect's `DateTime` in UTC (nothing here
 * reads the current time). A day number counts whole days since 1970-01-01.
 */

export type { CalendarDay } from "./iso-day.js"

const MS_PER_DAY = 86_400_000

const at = (d: CalendarDay): DateTime.Utc => dateTimeOf(d) ?? DateTime.makeUnsafe({ year: d.year, month: d.month, day: d.day })

const dayOf = (dt: DateTime.Utc): CalendarDay => {
  const { day, month, year } = DateTime.toPartsUtc(dt)
  return { year, month, day }
}

export const dayNumber = (d: CalendarDay): number => Math.round(DateTime.toEpochMillis(at(d)) / MS_PER_DAY)

export const fromDayNumber = (n: number): CalendarDay => dayOf(DateTime.makeUnsafe(n * MS_PER_DAY))

export const addDays = (d: CalendarDay, days: number): CalendarDay => dayOf(DateTime.add(at(d), { days }))

/** Adds months, clamping the day to the target month's length (Mar 31 − 1 month → Feb 28/29). */
export const addMonths = (d: CalendarDay, months: number): CalendarDay => dayOf(DateTime.add(at(d), { months }))

export const daysInMonth = (year: number, month: number): number =>
  DateTime.toPartsUtc(DateTime.endOf(at({ year, month, day: 1 }), "month")).day

/** ISO weekday: Monday 1 … Sunday 7. */
export const isoWeekday = (d: CalendarDay): number => {
  const w = DateTime.toPartsUtc(at(d)).weekDay
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

export const isValidDay = (year: number, month: number, day: number): boolean => dateTimeOf({ year, month, day }) !== undefined
