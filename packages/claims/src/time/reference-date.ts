import type { Analysis } from "../nlp/analyze.js"
import type { ReferenceDate, Timex } from "../model/time.js"
import { isoWeekday, isValidDay } from "./calendar.js"
import { findTimexes } from "./find-timexes.js"
import { makeTenseReader } from "./sentence-tense.js"
import { WEEKDAYS } from "./time-words.js"
import { alternation } from "./time-words.js"

const UNKNOWN: ReferenceDate = { date: null, basis: "unknown", why: "unknown: no date in the metadata, no explicit date in the text" }
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/
const YEAR = /^\d{4}$/
/** A weekday named shortly before a date, in the same stretch of text ("Thursday, May 16", "Thursday and Friday (May 16 and 17"). */
const WEEKDAY_BEFORE = new RegExp(`(?<![\\p{L}])(${alternation(Object.keys(WEEKDAYS))})(?![\\p{L}])(?=[^.!?\\n]{0,40}$)`, "gu")
const WEEKDAY_WINDOW = 64

/**
 * The date an article was written: from metadata when given; else inferred from the text, best
 * evidence first — a full date whose named weekday agrees with it, the latest full date outside
 * future-tense sentences, the latest year in past-tense reporting (then `date` is the bare year
 * "2016"); else unknown.
 */
export const resolveReferenceDate = (input: { readonly published?: string | undefined; readonly analysis: Analysis }): ReferenceDate => {
  const published = input.published === undefined ? undefined : metadataDay(input.published)
  if (published !== undefined) return { date: published, basis: "metadata", why: "published date from the corpus metadata" }
  return inferFromText(input.analysis)
}

const metadataDay = (published: string): string | undefined => {
  const m = ISO_DAY.exec(published.trim())
  if (m) return isValidDay(Number(m[1]), Number(m[2]), Number(m[3])) ? m[0] : undefined
  // Other written forms ("Tue, 14 May 2024 10:00:00 GMT") are parsed, not guessed.
  const ms = Date.parse(published)
  return Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : undefined
}

const inferFromText = (analysis: Analysis): ReferenceDate => {
  const timexes = findTimexes(analysis, UNKNOWN).filter((t) => t.type === "DATE" && t.yearOpen !== true && t.mod === undefined)
  const tenseAt = makeTenseReader(analysis)
  const reported = timexes.filter((t) => tenseAt(t.start) !== "future")
  const byId = new Map(timexes.map((t) => [t.id, t]))

  const quotes = new Map<string, string>()
  for (const timex of timexes) {
    const quote = FULL_DATE.test(timex.value) ? agreeingWeekday(analysis.text, timex, byId) : undefined
    if (quote !== undefined) quotes.set(timex.id, quote)
  }
  let agreeing: { readonly timex: Timex; readonly quote: string } | undefined
  for (const timex of timexes) {
    const quote = quotes.get(timex.id)
    // A range whose both ends agree ("Thursday and Friday (May 16 and 17") is dated by its beginning.
    if (quote === undefined || (timex.range?.role === "end" && quotes.has(timex.range.other))) continue
    if (agreeing === undefined || timex.value > agreeing.timex.value) agreeing = { timex, quote }
  }
  if (agreeing !== undefined)
    return { date: agreeing.timex.value, basis: "inferred", why: `inferred: weekday–date agreement '${agreeing.quote}'` }

  const latest = (pattern: RegExp, among: ReadonlyArray<Timex>) =>
    among.filter((t) => pattern.test(t.value)).reduce<Timex | undefined>((a, t) => (a === undefined || t.value > a.value ? t : a), undefined)
  const full = latest(FULL_DATE, reported)
  if (full !== undefined) return { date: full.value, basis: "inferred", why: `inferred: latest explicit full date '${full.text}'` }
  // A bare year is weaker evidence: only past-tense reporting ("sales rose in 2013"), not targets ("by 2030").
  const year = latest(YEAR, timexes.filter((t) => tenseAt(t.start) === "past"))
  if (year !== undefined)
    return { date: year.value, basis: "inferred", why: `inferred: latest explicit year '${year.text}' (year only, and a lower bound: the text may be later)` }
  return UNKNOWN
}

/** "Thursday … May 16, 2024" when a weekday named just before the date (or before its range partner) is the date's weekday. */
const agreeingWeekday = (text: string, timex: Timex, byId: ReadonlyMap<string, Timex>): string | undefined => {
  const day = { year: Number(timex.value.slice(0, 4)), month: Number(timex.value.slice(5, 7)), day: Number(timex.value.slice(8, 10)) }
  const weekday = isoWeekday(day)
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
