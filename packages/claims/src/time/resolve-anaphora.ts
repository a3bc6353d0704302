import type { Sentence } from "../nlp/analyze.js"
import { addDays, addMonths, type CalendarDay, daysInMonth, isoWeek, isoWeekMonday } from "./calendar.js"
import type { Anaphor, Draft, ShiftUnit } from "./timex-rule.js"
import { formatDay, formatTimexValue, parseTimexValue } from "./timex-value.js"
import { indexStartingBy } from "../nlp/sorted-spans.js"
import { writesYear } from "./timex-patterns.js"

/** A DATE/TIME value as a period that can be moved: its granularity and where it starts. */
type Period =
  | { readonly kind: "months"; readonly size: 1 | 3 | 6 | 12; readonly index: number }
  | { readonly kind: "week"; readonly year: number; readonly week: number }
  | { readonly kind: "day"; readonly day: CalendarDay }
  | { readonly kind: "fiscal"; readonly year: number }

/** A value as a movable period; undefined for open values, seasons, weekends and weekdays of a week. */
const parsePeriod = (value: string): Period | undefined => {
  const p = parseTimexValue(value)
  if (p === undefined) return undefined
  // A fiscal quarter or half ("FY1987-Q4") is not moved: its months are not known.
  if (p.fiscalYear !== undefined) return p.quarter === undefined && p.half === undefined ? { kind: "fiscal", year: p.fiscalYear } : undefined
  const { year } = p
  if (year === undefined || p.season !== undefined || p.weekend !== undefined || p.weekday !== undefined) return undefined
  if (p.quarter === null || p.half === null || p.month === null || p.day === null || p.week === null) return undefined
  if (p.quarter !== undefined) return { kind: "months", size: 3, index: year * 12 + (p.quarter - 1) * 3 }
  if (p.half !== undefined) return { kind: "months", size: 6, index: year * 12 + (p.half - 1) * 6 }
  if (p.week !== undefined) return { kind: "week", year, week: p.week }
  if (p.month === undefined) return { kind: "months", size: 12, index: year * 12 }
  if (p.day === undefined) return p.time === undefined ? { kind: "months", size: 1, index: year * 12 + p.month - 1 } : undefined
  return { kind: "day", day: { year, month: p.month, day: p.day } }
}

const MONTHS_IN: Readonly<Partial<Record<ShiftUnit, number>>> = { month: 1, quarter: 3, half: 6, year: 12, decade: 120 }

const formatMonths = (size: 1 | 3 | 6 | 12, index: number): string => {
  const year = Math.floor(index / 12)
  const month = index - year * 12 + 1
  if (size === 12) return formatTimexValue({ year })
  if (size === 1) return formatTimexValue({ year, month })
  return formatTimexValue(size === 3 ? { year, quarter: (month - 1) / 3 + 1 } : { year, half: (month - 1) / 6 + 1 })
}

/** The period `count` units from `period`, at the period's own granularity; undefined when the unit is finer than it. */
const shiftAt = (period: Period, unit: ShiftUnit, count: number): string | undefined => {
  const months = MONTHS_IN[unit]
  switch (period.kind) {
    case "months": {
      if (months === undefined || (months * count) % period.size !== 0) return undefined
      return formatMonths(period.size, period.index + months * count)
    }
    case "week": {
      if (unit === "day") return undefined
      if (months !== undefined) return months % 12 === 0 ? formatTimexValue({ year: period.year + (months / 12) * count, week: period.week }) : undefined
      const w = isoWeek(addDays(isoWeekMonday(period.year, period.week), 7 * count))
      return formatTimexValue({ year: w.year, week: w.week })
    }
    case "day":
      return formatDay(months === undefined ? addDays(period.day, (unit === "week" ? 7 : 1) * count) : addMonths(period.day, months * count))
    case "fiscal":
      return months !== undefined && months % 12 === 0 ? `FY${period.year + (months / 12) * count}` : undefined
  }
}

const monthIndex = (period: Exclude<Period, { kind: "fiscal" }>): number => {
  if (period.kind === "months") return period.index
  const day = period.kind === "day" ? period.day : isoWeekMonday(period.year, period.week)
  return day.year * 12 + day.month - 1
}

/** The whole `unit` a period falls in (a day's month, a quarter's year); undefined when the period is coarser. */
const widen = (period: Period, unit: ShiftUnit): Period | undefined => {
  if (period.kind === "fiscal") return unit === "year" ? period : undefined
  if (unit === "day") return period.kind === "day" ? period : undefined
  if (unit === "week") {
    if (period.kind === "months") return undefined
    return period.kind === "week" ? period : { kind: "week", ...isoWeek(period.day) }
  }
  const size = Math.min(MONTHS_IN[unit]!, 12) as 1 | 3 | 6 | 12
  if (period.kind === "months" && period.size > size) return undefined
  const index = monthIndex(period)
  return { kind: "months", size, index: index - (index % size) }
}

/** An antecedent: a date the text itself gave (not one resolved from another), and the sentence it is in. */
interface Antecedent {
  readonly draft: Draft
  readonly period: Period
  readonly sentence: number
}

/** A part of the year said to end on the day after it: "the year ended", "the quarter ending", "the six months ended". */
const PERIOD_ENDED_BEFORE = /(?:^|[^\p{L}])(?:(?<unit>year|quarter|half|half-year)|(?<count>three|six|twelve|3|6|12)\s+months)\s+(?:ended|ending)\s+$/iu
const MONTHS_OF: Readonly<Record<string, 3 | 6 | 12>> = { year: 12, quarter: 3, half: 6, "half-year": 6, three: 3, six: 6, twelve: 12, "3": 3, "6": 6, "12": 12 }

/**
 * The calendar part of a year a day ends ("the year ended December 31" is the year, "the quarter ended
 * September 30" the third quarter): what "a year earlier" after it counts back from, not the day itself.
 * None for a day ending no calendar part (a fiscal year ended June 30).
 */
const endedPeriod = (text: string, draft: Draft): Period | undefined => {
  const match = PERIOD_ENDED_BEFORE.exec(text.slice(Math.max(0, draft.start - 32), draft.start))
  const period = match === null ? undefined : parsePeriod(draft.value)
  if (period?.kind !== "day") return undefined
  const size = MONTHS_OF[(match!.groups!["unit"] ?? match!.groups!["count"])!.toLowerCase()]!
  const { year, month, day } = period.day
  return month % size === 0 && day === daysInMonth(year, month) ? { kind: "months", size, index: year * 12 + month - size } : undefined
}

/** "since Aug. 12" opens a span; it is not the time the narrative is at. */
const SINCE_BEFORE = /(?:^|[^\p{L}])since\s+$/iu

/**
 * Resolves the drafts whose value depends on an earlier date in the text (`Draft.anaphor`), in text
 * order: a shift moves the nearest earlier date it can move; a clock time or part of day takes the
 * last day named in its sentence or the one before (a day other than the reference day, which is the
 * fallback already). Without an antecedent a draft keeps its fallback value.
 */
export const resolveAnaphora = (
  text: string,
  sentences: ReadonlyArray<Sentence>,
  referenceDay: string | undefined,
  groups: ReadonlyArray<ReadonlyArray<Draft>>
): Array<ReadonlyArray<Draft>> => {
  const sentenceOf = (offset: number) => Math.max(0, indexStartingBy(sentences, offset))
  const antecedents: Array<Antecedent> = []
  // Drafts resolved here, kept so that "the same period a year ago" reads as one time.
  const resolvedInSentence: Array<{ readonly draft: Draft; readonly sentence: number }> = []
  return groups.map((group) =>
    group.map((draft) => {
      const sentence = sentenceOf(draft.start)
      if (draft.anaphor === undefined) {
        const period = draft.type === "DATE" || draft.type === "TIME" ? endedPeriod(text, draft) ?? parsePeriod(draft.value) : undefined
        if (period !== undefined && !SINCE_BEFORE.test(text.slice(Math.max(0, draft.start - 8), draft.start)))
          antecedents.push({ draft, period, sentence })
        return draft
      }
      const resolved = resolveOne(text, draft, draft.anaphor, sentence, antecedents, resolvedInSentence, referenceDay)
      if (resolved !== draft) resolvedInSentence.push({ draft: resolved, sentence })
      // "the quarter" restates the period named before: a later "a year ago" compares with it.
      const restated = resolved !== draft && draft.anaphor.kind === "shift" && draft.anaphor.count === 0 && draft.anaphor.toYear === undefined
        ? parsePeriod(resolved.value)
        : undefined
      if (restated !== undefined) antecedents.push({ draft: resolved, period: restated, sentence })
      return resolved
    })
  )
}

const resolveOne = (
  text: string,
  draft: Draft,
  anaphor: Anaphor,
  sentence: number,
  antecedents: ReadonlyArray<Antecedent>,
  resolved: ReadonlyArray<{ readonly draft: Draft; readonly sentence: number }>,
  referenceDay: string | undefined
): Draft => {
  if (anaphor.kind === "day") {
    for (let i = antecedents.length - 1; i >= 0; i--) {
      const a = antecedents[i]!
      if (a.sentence < sentence - 1) break
      if (a.period.kind !== "day") continue
      const day = formatDay(a.period.day)
      // The reference day is the fallback already; a day beyond it would contradict a past-tense fallback.
      if (day === referenceDay || (referenceDay !== undefined && draft.value < referenceDay && day > referenceDay)) continue
      return withValue(draft, `${day}T${anaphor.time}`, `on the day named before, ${quote(a.draft)}`, a.draft)
    }
    return draft
  }
  if (anaphor.scope === "sentence") {
    const sameTime = resolved.at(-1)
    const last = antecedents.at(-1)
    // "the same period a year ago": both name the period already resolved, one right after the other
    // ("in the quarter, compared with ... a year ago" compares two periods).
    if (sameTime !== undefined && sameTime.sentence === sentence && /^\s*$/.test(text.slice(sameTime.draft.end, draft.start)) &&
      (last === undefined || last.draft.start < sameTime.draft.start))
      return withValue(draft, sameTime.draft.value, `the same time as ${quote(sameTime.draft)}`, sameTime.draft)
    // A quarter stays the period compared after its sentence: results stories name it once, then compare
    // "a year ago" sentence after sentence; a month is only compared within its own sentence.
    const compared = last !== undefined && last.period.kind === "months" && (last.period.size === 3 || (last.sentence === sentence && last.period.size !== 12))
    if (!compared) return draft
    const value = shiftAt(last.period, anaphor.unit, anaphor.count)
    return value === undefined ? draft : withValue(draft, value, `${describe(anaphor.unit, anaphor.count)} ${quote(last.draft)}, the period compared in this sentence`, last.draft)
  }
  for (let i = antecedents.length - 1; i >= 0; i--) {
    const a = antecedents[i]!
    // A day ("said Tuesday") is when something was reported, not the period compared a year or a month back.
    if (a.period.kind === "day" && MONTHS_IN[anaphor.unit] !== undefined) continue
    if (anaphor.granularity !== undefined && granularityOf(a.period) !== anaphor.granularity) continue
    const period = anaphor.wholeUnit === true ? widen(a.period, anaphor.unit) : a.period
    const count = anaphor.toYear === undefined || period === undefined ? anaphor.count : anaphor.toYear - yearOf(period)
    const value = period === undefined ? undefined : shiftAt(period, anaphor.unit, count)
    if (value !== undefined) return withValue(draft, value, `${describe(anaphor.unit, count)} ${quote(a.draft)}, the last date named before it`, a.draft)
  }
  return draft
}

const describe = (unit: ShiftUnit, count: number): string =>
  count === 0 ? "the same period as" : `${Math.abs(count)} ${unit}(s) ${count < 0 ? "before" : "after"}`

const GRANULARITY_OF_MONTHS: Readonly<Record<1 | 3 | 6 | 12, ShiftUnit>> = { 1: "month", 3: "quarter", 6: "half", 12: "year" }

const granularityOf = (period: Period): ShiftUnit =>
  period.kind === "months" ? GRANULARITY_OF_MONTHS[period.size] : period.kind === "fiscal" ? "year" : period.kind

const yearOf = (period: Period): number =>
  period.kind === "months" ? Math.floor(period.index / 12) : period.kind === "day" ? period.day.year : period.year

const quote = (draft: Draft): string => `'${draft.phrase}' (${draft.value})`

/** The draft with the value read from `antecedent`, whose year the text wrote if it wrote it there. */
const withValue = (draft: Draft, value: string, why: string, antecedent: Draft): Draft => {
  const { anaphor: _resolved, yearOpen: _open, ...rest } = draft
  return antecedent.yearWritten === true || writesYear(antecedent.phrase) ? { ...rest, value, why, yearWritten: true } : { ...rest, value, why }
}
