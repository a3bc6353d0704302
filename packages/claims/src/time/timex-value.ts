import { Schema, SchemaGetter } from "effect"
import { type CalendarDay, isoDayOf, type IsoDay } from "./iso-day.js"

/**
 * The parts a TIMEX3 DATE/TIME value is written from. A missing year is written XXXX; `null` is a
 * part named but not known ("XXXX-XX-XX": some day, "XXXX-QX": some quarter).
 */
export interface TimexValueParts {
  readonly year?: number
  readonly month?: number | null
  readonly day?: number | null
  readonly week?: number | null
  readonly weekend?: boolean
  readonly weekday?: number
  readonly quarter?: number | null
  readonly half?: number | null
  readonly season?: string
  /** "MO", "AF", "EV", "NI", or a clock time "10:00". */
  readonly time?: string
  /** The decade's first three digits ("201" is 2010–2019); null for "XXX". */
  readonly decade?: number | null
  /** The century's two digits ("20" is 2000–2099); null for "XX". */
  readonly century?: number | null
  /** A fiscal year "FY2016" (whose months depend on who keeps it); with `quarter` or `half`, its quarter "FY2016-Q4" or half "FY2016-H1". */
  readonly fiscalYear?: number
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0")
const part = (n: number | null, width: number, open: string): string => n === null ? open : pad(n, width)

/** Writes a TIMEX3 DATE/TIME value: "2018-06-09", "XXXX-06", "2018-W22-WE", "2004-Q4", "2017-SU", "2018-06-09T10:00". */
export const formatTimexValue = (p: TimexValueParts): string => {
  if (p.fiscalYear !== undefined) {
    const fiscal = `FY${pad(p.fiscalYear, 4)}`
    return typeof p.quarter === "number" ? `${fiscal}-Q${p.quarter}` : typeof p.half === "number" ? `${fiscal}-H${p.half}` : fiscal
  }
  if (p.decade !== undefined) return part(p.decade, 3, "XXX")
  if (p.century !== undefined) return part(p.century, 2, "XX")
  let value = p.year === undefined ? "XXXX" : pad(p.year, 4)
  if (p.quarter !== undefined) return `${value}-Q${p.quarter ?? "X"}`
  if (p.half !== undefined) return `${value}-H${p.half ?? "X"}`
  if (p.season !== undefined) return `${value}-${p.season}`
  if (p.week !== undefined || p.weekday !== undefined && p.month === undefined) {
    value += `-W${p.week === undefined ? "XX" : part(p.week, 2, "XX")}`
    if (p.weekend === true) return `${value}-WE`
    return p.weekday === undefined ? value : `${value}-${p.weekday}`
  }
  if (p.month === undefined) return value
  value += `-${part(p.month, 2, "XX")}`
  if (p.day === undefined) return value
  value += `-${part(p.day, 2, "XX")}`
  return p.time === undefined ? value : `${value}T${p.time}`
}

/** Every DATE/TIME value form crosscheck writes, read back: the one place a TIMEX3 value is parsed. */
const VALUE = new RegExp(
  "^(?:FY(?<fiscal>\\d{4})(?:-(?:Q(?<fiscalQuarter>[1-4])|H(?<fiscalHalf>[12])))?" +
    "|(?<year>\\d{4}|XXXX)(?:-(?:" +
    "(?<month>\\d{2}|XX)(?:-(?<day>\\d{2}|XX)(?:T(?<time>.+))?)?" +
    "|W(?<week>\\d{2}|XX)(?:-(?<weekPart>WE|[1-7]))?" +
    "|Q(?<quarter>[1-4]|X)|H(?<half>[12]|X)|(?<season>SP|SU|FA|WI)))?" +
    "|(?<decade>\\d{3}|XXX)|(?<century>\\d{2}|XX))$"
)

const known = (digits: string): number | null => (digits.startsWith("X") ? null : Number(digits))

/** The parts of a TIMEX3 DATE/TIME value; undefined for references (PRESENT_REF), durations and sets. */
export const parseTimexValue = (value: string): TimexValueParts | undefined => {
  const g = VALUE.exec(value)?.groups
  if (g === undefined) return undefined
  if (g.fiscal !== undefined) {
    const part = g.fiscalQuarter !== undefined ? { quarter: Number(g.fiscalQuarter) } : g.fiscalHalf !== undefined ? { half: Number(g.fiscalHalf) } : {}
    return { fiscalYear: Number(g.fiscal), ...part }
  }
  if (g.decade !== undefined) return { decade: known(g.decade) }
  if (g.century !== undefined) return { century: known(g.century) }
  const year = g.year === "XXXX" || g.year === undefined ? {} : { year: Number(g.year) }
  if (g.quarter !== undefined) return { ...year, quarter: known(g.quarter) }
  if (g.half !== undefined) return { ...year, half: known(g.half) }
  if (g.season !== undefined) return { ...year, season: g.season }
  if (g.week !== undefined) {
    const rest = g.weekPart === undefined ? {} : g.weekPart === "WE" ? { weekend: true } : { weekday: Number(g.weekPart) }
    return { ...year, week: known(g.week), ...rest }
  }
  if (g.month === undefined) return year
  const day = g.day === undefined ? {} : { day: known(g.day) }
  return { ...year, month: known(g.month), ...day, ...(g.time === undefined ? {} : { time: g.time }) }
}

/** A TIMEX3 DATE/TIME value's parts, as a schema (the decoded side of `TimexValue`). */
const OpenNumber = Schema.NullOr(Schema.Int)
export const TimexValuePartsSchema = Schema.Struct({
  year: Schema.optionalKey(Schema.Int),
  month: Schema.optionalKey(OpenNumber),
  day: Schema.optionalKey(OpenNumber),
  week: Schema.optionalKey(OpenNumber),
  weekend: Schema.optionalKey(Schema.Boolean),
  weekday: Schema.optionalKey(Schema.Int),
  quarter: Schema.optionalKey(OpenNumber),
  half: Schema.optionalKey(OpenNumber),
  season: Schema.optionalKey(Schema.String),
  time: Schema.optionalKey(Schema.String),
  decade: Schema.optionalKey(OpenNumber),
  century: Schema.optionalKey(OpenNumber),
  fiscalYear: Schema.optionalKey(Schema.Int)
})

/** A TIMEX3 DATE/TIME value: the string as written ↔ its parts. */
export const TimexValue = Schema.String.pipe(
  Schema.check(Schema.makeFilter((value: string) => parseTimexValue(value) !== undefined || "a TIMEX3 DATE/TIME value")),
  Schema.decodeTo(TimexValuePartsSchema, {
    decode: SchemaGetter.transform((value: string) => parseTimexValue(value)!),
    encode: SchemaGetter.transform(formatTimexValue)
  })
)

/** A calendar day as a TIMEX3 value: "2018-06-09". */
export const formatDay = (d: CalendarDay): IsoDay => isoDayOf(d)

/** The year a value names, when it names one (2016 for "2016", "2016-03", "2016-Q1"). */
export const yearOfValue = (value: string): number | undefined => parseTimexValue(value)?.year

/** True for a value that is a whole year and nothing finer ("2016"). */
export const isYearValue = (value: string): boolean => {
  const parts = parseTimexValue(value)
  return parts !== undefined && parts.year !== undefined && Object.keys(parts).length === 1
}

/** True for a whole calendar or fiscal year ("2016", "FY2016"). */
export const isWholeYearValue = (value: string): boolean => {
  const parts = parseTimexValue(value)
  return parts !== undefined && Object.keys(parts).length === 1 && (parts.year !== undefined || parts.fiscalYear !== undefined)
}

/** The parts of a known year a period may be: a quarter, half, month or week, given alone ("2016-Q1", "2016-H2", "2016-03", "2016-W12"). */
const YEAR_PARTS = ["quarter", "half", "month", "week"] as const

/** True for a known quarter, half, month or week of a known year, and nothing finer. */
export const isPartOfYearValue = (value: string): boolean => {
  const parts = parseTimexValue(value)
  return parts?.year !== undefined && Object.keys(parts).length === 2 && YEAR_PARTS.some((k) => typeof parts[k] === "number")
}

const DURATION = /^P(T)?(\d+(?:\.\d+)?|X)([A-Z]{1,2})$/

/** A TIMEX3 duration's parts: "P4M" → 4 "M", "PT39M" → 39 "M" of time, "PXY" → an unknown count of "Y". */
export const parseDuration = (value: string): { readonly count?: number; readonly designator: string; readonly time: boolean } | undefined => {
  const m = DURATION.exec(value)
  if (m === null) return undefined
  return { ...(m[2] === "X" ? {} : { count: Number(m[2]) }), designator: m[3]!, time: m[1] !== undefined }
}

/** An ISO-8601 duration: (3, "D") → "P3D", (39, "M", time) → "PT39M", (undefined, "Y") → "PXY". */
export const formatDuration = (count: number | undefined, designator: string, time: boolean): string =>
  `P${time ? "T" : ""}${count === undefined ? "X" : String(count)}${designator}`

/** A known year, or a known quarter or half of one ("1987", "1987-Q3", "1987-H1"): a period results are reported for. */
export const isYearQuarterOrHalf = (value: string): boolean => {
  const parts = parseTimexValue(value)
  if (parts === undefined || parts.year === undefined) return false
  const rest = Object.keys(parts).filter((key) => key !== "year")
  return rest.length === 0 || (rest.length === 1 && (typeof parts.quarter === "number" || typeof parts.half === "number"))
}
