import type { ReferenceDate } from "../model/time.js"
import { addDays, addMonths, type CalendarDay, isoWeek, isoWeekday } from "./calendar.js"
import { calendarDayOf } from "./iso-day.js"
import type { Tense } from "./sentence-tense.js"
import { formatDay, formatTimexValue } from "./timex-value.js"

/**
 * What relative expressions are resolved against: the reference date, as far as it is known. An
 * inferred reference date may be a bare year ("2016"); then only year-relative expressions resolve.
 */
export interface Anchor {
  readonly year?: number
  readonly day?: CalendarDay
  /** How the anchor is named in derivations: "the reference date 2018-06-09". */
  readonly label: string
}

export const anchorOf = (reference: ReferenceDate): Anchor => {
  switch (reference._tag) {
    case "Day": {
      const day = calendarDayOf(reference.day)
      return { year: day.year, day, label: `the reference date ${reference.day}` }
    }
    case "Year":
      return { year: reference.year, label: `the reference year ${formatTimexValue({ year: reference.year })}` }
    case "Unknown":
      return { label: "no reference date" }
  }
}

/** A resolved value and why. `yearOpen` when the anchor lacked what the value needed. */
export interface Resolved {
  readonly value: string
  readonly why: string
  readonly yearOpen?: true
}

const open = (anchor: Anchor, value: string, what: string): Resolved => ({
  value,
  why: `${what}; left open: ${anchor.year === undefined ? "no reference date" : `only ${anchor.label} is known`}`,
  yearOpen: true
})

const tenseWord = (tense: Tense): string => (tense === "none" ? "no tense cue" : `${tense} tense`)

/**
 * The year of a period given without one ("in May", "the fourth quarter", "June 9"): the anchor's
 * year, moved back when past-tense reporting names a later period, forward when future-tense
 * reporting names an earlier one. `slack` periods of disagreement are tolerated before moving
 * (a date a few days after an inferred anchor is more likely the same year).
 */
export const cyclicYear = (
  anchor: Anchor,
  index: number,
  anchorIndex: number | undefined,
  tense: Tense,
  slack = 0
): { readonly year: number; readonly why: string } | undefined => {
  if (anchor.year === undefined) return undefined
  if (anchorIndex === undefined) return { year: anchor.year, why: `the year of ${anchor.label}` }
  if (tense === "past" && index > anchorIndex + slack)
    return { year: anchor.year - 1, why: `the year before ${anchor.label}: past tense, and it falls after the reference date in that year` }
  if (tense === "future" && index < anchorIndex - slack)
    return { year: anchor.year + 1, why: `the year after ${anchor.label}: future tense, and it falls before the reference date in that year` }
  return { year: anchor.year, why: `the year of ${anchor.label} (${tenseWord(tense)})` }
}

/** A month and day without a year. */
export const resolveMonthDay = (anchor: Anchor, month: number, day: number, tense: Tense): Resolved => {
  const a = anchor.day
  const index = month * 31 + day
  const y = cyclicYear(anchor, index, a === undefined ? undefined : a.month * 31 + a.day, tense, 62)
  if (y === undefined) return open(anchor, formatTimexValue({ month, day }), "month and day given")
  return { value: formatTimexValue({ year: y.year, month, day }), why: y.why }
}

/**
 * A month without a year ("in May"). The month next to the reference date's keeps its year whatever
 * the tense: "guidelines to be published in early November", reported on October 30 in the past
 * tense, are not last year's (that would be "last November").
 */
export const resolveMonth = (anchor: Anchor, month: number, tense: Tense): Resolved => {
  const y = cyclicYear(anchor, month, anchor.day?.month, tense, 1)
  if (y === undefined) return open(anchor, formatTimexValue({ month }), "month given")
  return { value: formatTimexValue({ year: y.year, month }), why: y.why }
}

/** A named weekday: the one before the anchor in past reporting, after it when planned. */
export const resolveWeekday = (anchor: Anchor, weekday: number, relation: "last" | "next" | "this" | undefined, tense: Tense): Resolved => {
  const a = anchor.day
  if (a === undefined) return open(anchor, formatTimexValue({ weekday }), "weekday given")
  const back = (isoWeekday(a) - weekday + 7) % 7
  const ahead = (weekday - isoWeekday(a) + 7) % 7
  let day: CalendarDay
  let why: string
  if (relation === "last") {
    day = addDays(a, -(back === 0 ? 7 : back))
    why = `the last such weekday before ${anchor.label}`
  } else if (relation === "next") {
    day = addDays(a, ahead === 0 ? 7 : ahead)
    why = `the next such weekday after ${anchor.label}`
  } else if (relation === "this") {
    day = addDays(a, weekday - isoWeekday(a))
    why = `that weekday in the week of ${anchor.label}`
  } else if (tense === "future") {
    day = addDays(a, ahead)
    why = `the first such weekday on or after ${anchor.label} (future tense)`
  } else if (tense === "past" || back <= ahead) {
    day = addDays(a, -back)
    why = `the last such weekday on or before ${anchor.label} (${tense === "past" ? "past tense" : "no tense cue: the nearer one, the past on a tie"})`
  } else {
    day = addDays(a, ahead)
    why = `the next such weekday after ${anchor.label} (no tense cue: the nearer one)`
  }
  return { value: formatDay(day), why }
}

export type CalendarUnit = "day" | "week" | "weekend" | "month" | "quarter" | "half" | "year" | "decade" | "century"

/** The period `offset` units from the anchor's own ("last week" is −1 week, "next year" +1 year). */
export const shiftPeriod = (anchor: Anchor, unit: CalendarUnit, offset: number): Resolved => {
  const what = offset === 0 ? `the ${unit} of ${anchor.label}` : `${Math.abs(offset)} ${unit}(s) ${offset < 0 ? "before" : "after"} ${anchor.label}`
  const a = anchor.day
  if (unit === "year" || unit === "decade" || unit === "century") {
    if (anchor.year === undefined) return open(anchor, unit === "year" ? "XXXX" : unit === "decade" ? "XXX" : "XX", `${unit} relative to an unknown date`)
    if (unit === "year") return { value: formatTimexValue({ year: anchor.year + offset }), why: what }
    const size = unit === "decade" ? 10 : 100
    const start = Math.floor(anchor.year / size) + offset
    return { value: String(start).padStart(unit === "decade" ? 3 : 2, "0"), why: what }
  }
  if (a === undefined) {
    const value = { day: "XXXX-XX-XX", week: "XXXX-WXX", weekend: "XXXX-WXX-WE", month: "XXXX-XX", quarter: "XXXX-QX", half: "XXXX-HX" }[unit]
    return open(anchor, value, `${unit} relative to an unknown date`)
  }
  switch (unit) {
    case "day":
      return { value: formatDay(addDays(a, offset)), why: what }
    case "week":
    case "weekend": {
      const w = isoWeek(addDays(a, offset * 7))
      return { value: formatTimexValue({ year: w.year, week: w.week, weekend: unit === "weekend" }), why: what }
    }
    case "month": {
      const m = addMonths(a, offset)
      return { value: formatTimexValue({ year: m.year, month: m.month }), why: what }
    }
    case "quarter":
    case "half": {
      const months = unit === "quarter" ? 3 : 6
      const index = a.year * (12 / months) + Math.floor((a.month - 1) / months) + offset
      const year = Math.floor(index / (12 / months))
      const n = index - year * (12 / months) + 1
      return { value: formatTimexValue(unit === "quarter" ? { year, quarter: n } : { year, half: n }), why: what }
    }
  }
}

/** The date `count` days/weeks/months/years before (−) or after (+) the anchor ("two years ago" → 2016). */
export const offsetDate = (anchor: Anchor, unit: "day" | "week" | "month" | "year" | "decade", count: number): Resolved => {
  const what = `${Math.abs(count)} ${unit}(s) ${count < 0 ? "before" : "after"} ${anchor.label}`
  if (unit === "year" || unit === "decade") {
    const years = unit === "year" ? count : count * 10
    if (anchor.year === undefined || !Number.isInteger(years)) return open(anchor, "XXXX", `${unit}s relative to an unknown date`)
    return { value: formatTimexValue({ year: anchor.year + years }), why: what }
  }
  const a = anchor.day
  if (a === undefined || !Number.isInteger(count)) return open(anchor, "XXXX-XX-XX", `${unit}s relative to an unknown date`)
  const day = unit === "month" ? addMonths(a, count) : addDays(a, unit === "week" ? count * 7 : count)
  return { value: formatDay(day), why: what }
}
