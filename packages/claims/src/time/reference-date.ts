import type { ReferenceDate, Timex } from "../model/time.js"
import { isoWeekday } from "./calendar.js"
import { anchorTimexes, type TimexMatches } from "./find-timexes.js"
import { calendarDayOf, decodeIsoDay, publishedDay } from "./iso-day.js"
import { unknownReference } from "./reference-day.js"
import { alternation, WEEKDAYS } from "./time-words.js"
import { isYearValue, yearOfValue } from "./timex-value.js"

const UNKNOWN = unknownReference("no date in the metadata, no explicit date in the text")
/** A weekday named shortly before a date, in the same stretch of text ("Thursday, May 16", "Thursday and Friday (May 16 and 17"). */
const WEEKDAY_BEFORE = new RegExp(`(?<![\\p{L}])(${alternation(Object.keys(WEEKDAYS))})(?![\\p{L}])(?=[^.!?\\n]{0,40}$)`, "gu")
const WEEKDAY_WINDOW = 64

/**
 * The date an article was written: from metadata when given; else inferred from the text, best
 * evidence first — a full date whose named weekday agrees with it, the latest full date outside
 * future-tense sentences, the latest year in past-tense reporting (then only the year is known);
 * else unknown. `matches` are the document's time expressions before anchoring: inferring reads
 * them against no reference date, without tagging the text again.
 */
export const resolveReferenceDate = (input: { readonly published?: string | undefined; readonly matches: TimexMatches }): ReferenceDate => {
  const published = input.published === undefined ? undefined : publishedDay(input.published)
  if (published !== undefined) return { _tag: "Day", day: published, basis: "metadata", why: "published date from the corpus metadata" }
  return inferFromText(input.matches)
}

const inferFromText = (matches: TimexMatches): ReferenceDate => {
  const { analysis, tenseAt } = matches
  const timexes = anchorTimexes(matches, UNKNOWN).filter((t) => t.type === "DATE" && t.yearOpen !== true && t.mod === undefined)
  const reported = timexes.filter((t) => tenseAt(t.start) !== "future")
  const byId = new Map(timexes.map((t) => [t.id, t]))

  const quotes = new Map<string, string>()
  for (const timex of timexes) {
    const quote = isDay(timex.value) ? agreeingWeekday(analysis.text, timex, byId) : undefined
    if (quote !== undefined) quotes.set(timex.id, quote)
  }
  let agreeing: { readonly timex: Timex; readonly quote: string } | undefined
  for (const timex of timexes) {
    const quote = quotes.get(timex.id)
    // A range whose both ends agree ("Thursday and Friday (May 16 and 17") is dated by its beginning.
    if (quote === undefined || (timex.range?.role === "end" && quotes.has(timex.range.other))) continue
    if (agreeing === undefined || timex.value > agreeing.timex.value) agreeing = { timex, quote }
  }
  if (agreeing !== undefined) return inferredDay(agreeing.timex.value, `weekday–date agreement '${agreeing.quote}'`)

  const latest = (is: (value: string) => boolean, among: ReadonlyArray<Timex>) =>
    among.filter((t) => is(t.value)).reduce<Timex | undefined>((a, t) => (a === undefined || t.value > a.value ? t : a), undefined)
  const full = latest(isDay, reported)
  if (full !== undefined) return inferredDay(full.value, `latest explicit full date '${full.text}'`)
  // A bare year is weaker evidence: only past-tense reporting ("sales rose in 2013"), not targets ("by 2030").
  const year = latest(isYearValue, timexes.filter((t) => tenseAt(t.start) === "past"))
  if (year !== undefined) {
    return {
      _tag: "Year",
      year: yearOfValue(year.value)!,
      why: `latest explicit year '${year.text}' (year only, and a lower bound: the text may be later)`
    }
  }
  return UNKNOWN
}

/** A value that is one calendar day, written in full. */
const isDay = (value: string): boolean => decodeIsoDay(value) !== undefined

const inferredDay = (value: string, why: string): ReferenceDate => ({ _tag: "Day", day: decodeIsoDay(value)!, basis: "inferred", why })

/** "Thursday … May 16, 2024" when a weekday named just before the date (or before its range partner) is the date's weekday. */
const agreeingWeekday = (text: string, timex: Timex, byId: ReadonlyMap<string, Timex>): string | undefined => {
  const weekday = isoWeekday(calendarDayOf(decodeIsoDay(timex.value)!))
  const partner = timex.range === undefined ? undefined : byId.get(timex.range.other)
  const windowStart = Math.max(0, Math.min(timex.start, partner?.start ?? timex.start) - WEEKDAY_WINDOW)
  const window = text.slice(windowStart, timex.end)
  for (const m of window.matchAll(WEEKDAY_BEFORE)) {
    if (WEEKDAYS[m[1]!] === weekday) {
      const quote = text.slice(windowStart + m.index, timex.end).replace(/\s+/g, " ")
      return quote.length <= 48 ? quote : `${m[1]} … ${timex.text}`
    }
  }
  return undefined
}
