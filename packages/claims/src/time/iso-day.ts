import { DateTime, Option, Schema } from "effect"

/** A day of the proleptic Gregorian calendar, by its parts (month and day from 1). */
export interface CalendarDay {
  readonly year: number
  readonly month: number
  readonly day: number
}

/** The one written form of a day crosscheck reads and writes: YYYY-MM-DD. */
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/
/** A timestamp that starts with a day ("2024-05-14T10:00:00Z", "2024-05-14 10:00"): the day is what counts. */
const LEADING_ISO_DAY = /^(\d{4}-\d{2}-\d{2})(?:$|[T\s])/
const LEADING_DAY_TEXT = /^\s*(\d{4}-\d{2}-\d{2})/

/**
 * The YYYY-MM-DD a timestamp starts with ("2024-05-14T10:00:00Z" → "2024-05-14"), not yet checked
 * to be a real day: the reader that takes it refuses one that is not, naming the article.
 */
export const leadingDayText = (written: string): string | undefined => LEADING_DAY_TEXT.exec(written)?.[1]

/** The date-time of a calendar day at 00:00 UTC; undefined when the parts name no day (2023-02-30). */
export const dateTimeOf = (d: CalendarDay): DateTime.Utc | undefined => {
  if (!Number.isInteger(d.year) || !Number.isInteger(d.month) || !Number.isInteger(d.day)) return undefined
  const dt = DateTime.makeUnsafe({ year: d.year, month: d.month, day: d.day })
  const parts = DateTime.toPartsUtc(dt)
  // DateTime rolls an impossible day over (Feb 30 → Mar 2): a rolled day is not the day written.
  return parts.year === d.year && parts.month === d.month && parts.day === d.day ? dt : undefined
}

export const isCalendarDay = (d: CalendarDay): boolean => dateTimeOf(d) !== undefined

const partsOfText = (text: string): CalendarDay | undefined => {
  const m = ISO_DAY.exec(text)
  return m === null ? undefined : { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }
}

/** A calendar day written YYYY-MM-DD, checked to exist: "2023-02-30" is refused. */
export const IsoDay = Schema.String.pipe(
  Schema.check(Schema.makeFilter((text: string) => {
    const parts = partsOfText(text)
    return parts !== undefined && isCalendarDay(parts) ? true : "a calendar day written YYYY-MM-DD"
  })),
  Schema.brand("IsoDay")
)
export type IsoDay = typeof IsoDay.Type

/** The day `text` names exactly (YYYY-MM-DD, and a day that exists), else undefined. */
export const decodeIsoDay = (text: string): IsoDay | undefined => {
  const parts = partsOfText(text)
  return parts !== undefined && isCalendarDay(parts) ? (text as IsoDay) : undefined
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0")

/** A calendar day written YYYY-MM-DD (the parts are taken to name a real day). */
export const isoDayOf = (d: CalendarDay): IsoDay => `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}` as IsoDay

/** The parts of an ISO day. */
export const calendarDayOf = (day: IsoDay): CalendarDay => partsOfText(day)!

/**
 * The day a published date names, as sources write it: an ISO day, an ISO timestamp (its day), or
 * a date-time the platform reads ("Tue, 14 May 2024 10:00:00 GMT", as RSS writes it, in UTC).
 * Undefined when it names no day.
 */
export const publishedDay = (written: string): IsoDay | undefined => {
  const text = written.trim()
  const leading = LEADING_ISO_DAY.exec(text)
  if (leading !== null) return decodeIsoDay(leading[1]!)
  return Option.match(DateTime.make(text), {
    onNone: () => undefined,
    onSome: (dt) => isoDayOf(DateTime.toPartsUtc(dt))
  })
}
