import type { Timex } from "../model/time.js"
import { addDays, addMonths } from "../time/calendar.js"
import { calendarDayOf, decodeIsoDay, isoDayOf } from "../time/iso-day.js"
import { parseDuration } from "../time/timex-value.js"

/** How long a period runs, in whole months or in days. */
type PeriodLength = { readonly months: number } | { readonly days: number }

/**
 * Nouns that name a period ending on the day after "ended" ("the year ended Aug. 31", "the
 * quarter ended June 30", "the week ended October 13"), by how long it runs. Data: extend freely.
 */
const PERIOD_NOUNS: ReadonlyMap<string, PeriodLength> = new Map([
  ["week", { days: 7 }],
  ["month", { months: 1 }],
  ["quarter", { months: 3 }],
  ["qtr", { months: 3 }],
  ["half", { months: 6 }],
  ["half-year", { months: 6 }],
  ["year", { months: 12 }],
  ["yr", { months: 12 }]
])

/** "the nine months ended", "the 52 weeks to": a duration the time tagger read, in months or days. */
const DURATION_LENGTHS: ReadonlyMap<string, (count: number) => PeriodLength> = new Map<string, (count: number) => PeriodLength>([
  ["M", (count: number) => ({ months: count })],
  ["Y", (count: number) => ({ months: count * 12 })],
  ["W", (count: number) => ({ days: count * 7 })],
  ["D", (count: number) => ({ days: count })]
])

/** The period's noun (or duration), its end word, then the day: "year ended ", "nine months to ", "year that ended ". */
const ENDED_BEFORE = /(?:^|[^\p{L}\p{N}-])([\p{L}-]+)\s+(?:(?:that|which)\s+(?:ended|ends)|ended|ending|(to))\s+$/iu
/** A month as a period's end ("the fiscal year ending next March", "the eight months to August"). */
const MONTH_VALUE = /^\d{4}-\d{2}$/
/** A period this long or longer up "to" a month is that month's own rate over the year before it. */
const YEAR_MONTHS = 12
/** How many days into a month a period of months may end and still be the month before's: a 52–53-week fiscal year's. */
const SPILL_DAYS = 7
/** How far before a day its period's words may start. */
const REACH = 40

export interface PeriodEnded {
  /** Where the period's words start ("the nine months" or "year"). */
  readonly start: number
  /** The time expression that named the period itself ("the third quarter", "the nine months"): the day's reading replaces it. */
  readonly named: Timex | undefined
  /** The first and last calendar values of the period: months "1988-09".."1989-08", or days. */
  readonly first: string
  readonly last: string
}

const monthOf = (day: string) => day.slice(0, 7)

/**
 * A day that ends a period the words before it name: "the year ended Aug. 31" is the twelve months
 * to August 1989, "the nine months ended September 30" January to September, "the week ended
 * October 13" its seven days. A period of months runs over whole months, the day's month last
 * (fiscal calendars end on the month's last day or near it: "ended Oct. 1" ends September); so it may end in a month ("the fiscal
 * year that ended last March", "ending next March").
 */
export const periodEndedOn = (text: string, timexes: ReadonlyArray<Timex>, day: Timex): PeriodEnded | undefined => {
  const month = MONTH_VALUE.test(day.value)
  const last = decodeIsoDay(month ? `${day.value}-01` : day.value)
  if (last === undefined) return undefined
  const from = Math.max(0, day.start - REACH)
  const match = ENDED_BEFORE.exec(text.slice(from, day.start))
  if (match === null) return undefined
  const word = match[1]!
  const wordEnd = from + match.index + match[0].indexOf(word) + word.length
  const named = timexes.find((t) => t.end === wordEnd && t !== day)
  const duration = named?.type === "DURATION" ? parseDuration(named.value) : undefined
  const length =
    duration !== undefined && !duration.time && duration.count !== undefined && Number.isInteger(duration.count)
      ? DURATION_LENGTHS.get(duration.designator)?.(duration.count)
      : PERIOD_NOUNS.get(word.toLowerCase())
  if (length === undefined) return undefined
  // "the year to March" is March's own twelve-month rate, no span; "the eight months to August" runs from January.
  if (month && match[2] !== undefined && "months" in length && length.months >= YEAR_MONTHS) return undefined
  const start = named?.start ?? wordEnd - word.length
  const calendarDay = calendarDayOf(last)
  // "the six months ended Oct. 1": a fiscal calendar of weeks ends its months near their last day, a few days either side;
  // a day in a month's first week ends the month before it.
  const lastMonth = !month && calendarDay.day <= SPILL_DAYS ? addMonths({ ...calendarDay, day: 1 }, -1) : calendarDay
  return "months" in length
    ? { start, named, first: monthOf(isoDayOf(addMonths(lastMonth, 1 - length.months))), last: monthOf(isoDayOf(lastMonth)) }
    : month ? undefined : { start, named, first: isoDayOf(addDays(calendarDay, 1 - length.days)), last }
}
