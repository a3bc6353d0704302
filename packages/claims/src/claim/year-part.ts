import type { Timex } from "../model/time.js"
import { formatTimexValue, isYearValue, parseDuration, yearOfValue } from "../time/timex-value.js"

const FROM_START = /^(?:the\s+)?first\b/i
const FROM_END = /^(?:the\s+)?(?:last|final)\b/i
const OF_GAP = /^\s+of\s+$/i
const SPACE_GAP = /^\s+$/
const MONTHS_IN_YEAR = 12

const month = (year: number, m: number) => formatTimexValue({ year, month: m })

/**
 * The months of a year a part-of-year phrase names: "the first four months of 2024" →
 * 2024-01..2024-04, "the last three months of 2020" → 2020-10..2020-12. The time tagger reads the
 * phrase as a duration and the year apart; together they say which months.
 */
export const yearPart = (text: string, duration: Timex, year: Timex): { readonly first: string; readonly last: string } | undefined => {
  // "the first four months" (P4M) or "the last three months" before "of 2024".
  const months = parseDuration(duration.value)
  const count = months === undefined || months.time || months.designator !== "M" ? 0 : months.count ?? 0
  if (duration.type !== "DURATION" || !Number.isInteger(count) || count < 1 || count >= MONTHS_IN_YEAR || !isYearValue(year.value)) return undefined
  if (!OF_GAP.test(text.slice(duration.end, year.start))) return undefined
  const y = yearOfValue(year.value)!
  if (FROM_START.test(duration.text)) return { first: month(y, 1), last: month(y, count) }
  if (FROM_END.test(duration.text)) return { first: month(y, MONTHS_IN_YEAR - count + 1), last: month(y, MONTHS_IN_YEAR) }
  return undefined
}

/**
 * "In the first nine months, net was $306 million" in a story of November 1989: the first months of
 * the year the article was written in, when they are over by its day (1989-01..1989-09); a year's
 * last months, or first months not yet over, say no year.
 */
export const yearPartSoFar = (duration: Timex, day: string): { readonly first: string; readonly last: string } | undefined => {
  const months = parseDuration(duration.value)
  const count = months === undefined || months.time || months.designator !== "M" ? 0 : months.count ?? 0
  const year = Number(day.slice(0, 4))
  if (duration.type !== "DURATION" || !Number.isInteger(count) || count < 1 || count >= Number(day.slice(5, 7)) || !FROM_START.test(duration.text)) return undefined
  return { first: month(year, 1), last: month(year, count) }
}

/**
 * "54 cts a share for 1987 nine mths", "in the 1986 nine months": a year written before a count of
 * months, as wire copy dates a result, names that year's first months (1987-01..1987-09); "the last
 * three months" after a year are its last.
 */
export const yearThenPart = (text: string, year: Timex, duration: Timex | undefined): { readonly first: string; readonly last: string } | undefined => {
  const months = duration === undefined ? undefined : parseDuration(duration.value)
  const count = months === undefined || months.time || months.designator !== "M" ? 0 : months.count ?? 0
  if (duration === undefined || duration.type !== "DURATION" || !Number.isInteger(count) || count < 1 || count >= MONTHS_IN_YEAR || !isYearValue(year.value)) return undefined
  if (!SPACE_GAP.test(text.slice(year.end, duration.start))) return undefined
  const y = yearOfValue(year.value)!
  return FROM_END.test(duration.text) ? { first: month(y, MONTHS_IN_YEAR - count + 1), last: month(y, MONTHS_IN_YEAR) } : { first: month(y, 1), last: month(y, count) }
}

/** Words before a year, or opening its phrase, that name what is left of it: "for the rest of 1987", "the remainder of the year". */
const REST_OF = /\b(?:rest|remainder|balance)\s+of\s+(?:the\s+)?$/i
const REST_OF_PHRASE = /^(?:the\s+)?(?:rest|remainder|balance)\s+of\b/i
/** How far before a year its "rest of" may begin. */
const REST_REACH = 24

/**
 * "an output ceiling of 16.6 mln bpd for the rest of 1987" in a story of June 29, 1987: the months of the article's year after its
 * month (1987-07..1987-12), when the year is the article's own; none in its last month.
 */
export const yearRest = (text: string, year: Timex, day: string): { readonly first: string; readonly last: string } | undefined => {
  const y = isYearValue(year.value) ? yearOfValue(year.value) : undefined
  const m = Number(day.slice(5, 7))
  if (y === undefined || y !== Number(day.slice(0, 4)) || m >= MONTHS_IN_YEAR) return undefined
  const named = REST_OF_PHRASE.test(year.text) || REST_OF.test(text.slice(Math.max(0, year.start - REST_REACH), year.start))
  return named ? { first: month(y, m + 1), last: month(y, MONTHS_IN_YEAR) } : undefined
}
