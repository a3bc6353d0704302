import type { CalendarDay } from "./calendar.js"

/** The parts a TIMEX3 DATE/TIME value is written from; a missing year is written XXXX. */
export interface TimexValueParts {
  readonly year?: number
  readonly month?: number
  readonly day?: number
  readonly week?: number
  readonly weekend?: boolean
  readonly weekday?: number
  readonly quarter?: number
  readonly half?: number
  readonly season?: string
  /** "MO", "AF", "EV", "NI", or a clock time "10:00". */
  readonly time?: string
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0")

/** Writes a TIMEX3 DATE/TIME value: "2018-06-09", "XXXX-06", "2018-W22-WE", "2004-Q4", "2017-SU", "2018-06-09T10:00". */
export const formatTimexValue = (p: TimexValueParts): string => {
  let value = p.year === undefined ? "XXXX" : pad(p.year, 4)
  if (p.quarter !== undefined) return `${value}-Q${p.quarter}`
  if (p.half !== undefined) return `${value}-H${p.half}`
  if (p.season !== undefined) return `${value}-${p.season}`
  if (p.week !== undefined || p.weekday !== undefined && p.month === undefined) {
    value += `-W${p.week === undefined ? "XX" : pad(p.week, 2)}`
    if (p.weekend === true) return `${value}-WE`
    return p.weekday === undefined ? value : `${value}-${p.weekday}`
  }
  if (p.month === undefined) return value
  value += `-${pad(p.month, 2)}`
  if (p.day === undefined) return value
  value += `-${pad(p.day, 2)}`
  return p.time === undefined ? value : `${value}T${p.time}`
}

/** A calendar day as a TIMEX3 value: "2018-06-09". */
export const formatDay = (d: CalendarDay): string => formatTimexValue(d)

/** An ISO-8601 duration: (3, "D") → "P3D", (39, "M", time) → "PT39M", (undefined, "Y") → "PXY". */
export const formatDuration = (count: number | undefined, designator: string, time: boolean): string =>
  `P${time ? "T" : ""}${count === undefined ? "X" : String(count)}${designator}`
