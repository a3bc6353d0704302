import type { Quantity } from "../model/quantity.js"
import type { Span } from "../model/span.js"
import type { ReferenceDate, TimeScope, Timex } from "../model/time.js"
import type { Token } from "../nlp/analyze.js"
import { referenceBasis, referenceInterval, writtenReference } from "../time/reference-day.js"
import { type TimexInterval, timexInterval } from "../time/timex-interval.js"
import { writesYear } from "../time/timex-patterns.js"
import { isPartOfYearValue, isYearValue } from "../time/timex-value.js"
import { SPEECH_VERBS } from "../nlp/speech-verbs.js"
import { changeDirection, isEarlierValue, isLevelAfterChange, restatedAfterOr } from "./change-words.js"
import { statesPresent, trailingDashAside } from "./clauses.js"
import { isPastVerb } from "../time/sentence-tense.js"
import { clauseAt, type SentenceFacts, tokensWithin } from "./document-facts.js"
import { phraseAt, phraseIndex } from "./phrase-index.js"
import { yearPart, yearPartSoFar, yearRest, yearThenPart } from "./year-part.js"
import { periodEndedOn } from "./period-ended.js"
import { addDays, dayNumber, isoWeek } from "../time/calendar.js"
import { calendarDayOf, decodeIsoDay, isoDayOf } from "../time/iso-day.js"

interface Dated {
  readonly timex: Timex
  readonly value: string
  readonly interval: TimexInterval
}

/** A DATE timex with a calendar interval; "now" (PRESENT_REF) is the reference date. */
const dated = (timex: Timex, referenceDate: ReferenceDate): Dated | undefined => {
  if (timex.type !== "DATE" && timex.type !== "TIME") return undefined
  const value = timex.value === "PRESENT_REF" ? writtenReference(referenceDate) ?? timex.value : timex.value
  const interval = timexInterval(FISCAL_YEAR.exec(value)?.[1] ?? value)
  return interval === undefined ? undefined : { timex, value, interval }
}

/**
 * "in fiscal 1989" (FY1989): its months are not written, so the calendar year it ends in stands for
 * it where dates are set beside each other; the period stays the fiscal year.
 */
const FISCAL_YEAR = /^FY(\d{4})$/

/**
 * Words that make a date a boundary or a point of comparison, not the claim's time: "its lowest
 * level since September 2001", "not known until after June 9th", "barely more than the year
 * before". ("till June 10" ends a stay and "$100bn by 2015" dates a target: they stay.)
 */
const BOUNDARY_WORDS = new Set(["since", "before", "after", "than"])

/** Prepositions that may stand between a boundary word and its date: "than in 2022", "since in 2001". */
const DATE_PREPOSITIONS = new Set(["in", "on", "at", "during"])

/**
 * Words that set a date up as the base of a comparison, not the figure's period: "fell 0.5 pct in
 * the first quarter compared with the last quarter of 1986", "up 4 pct against 1985".
 */
const COMPARED_WITH = phraseIndex(["compared with", "compared to", "as against", "against", "versus", "vs", "vs."].map((p) => [p, true] as const))

const isBoundary = (facts: SentenceFacts, timex: Timex): boolean => {
  const first = timex.text.split(/\s/, 1)[0]!.toLowerCase()
  const index = facts.tokens.findLastIndex((t) => t.end <= timex.start)
  const before = facts.tokens[index]
  const at = before !== undefined && DATE_PREPOSITIONS.has(before.normal) ? index - 1 : index
  const word = facts.tokens[at]
  const compared = [1, 2].some((n) => phraseAt(COMPARED_WITH, facts.tokens, at - n + 1)?.end === at + 1)
  return BOUNDARY_WORDS.has(first) || (word !== undefined && BOUNDARY_WORDS.has(word.normal)) || compared
}

/** Words between a period and the day it ends on: "the third quarter ended September 30". */
const PERIOD_END_WORDS = new Set(["ended", "ending", "ends"])

/** "the third quarter ended September 30": the day ends the period before it and dates nothing itself. */
const isPeriodEnd = (facts: SentenceFacts, timex: Timex): boolean => {
  const index = facts.tokens.findLastIndex((t) => t.end <= timex.start)
  const before = facts.tokens[index]
  if (before === undefined || !PERIOD_END_WORDS.has(before.normal)) return false
  return facts.timexes.some((t) => t !== timex && t.end <= before.start && facts.tokens.filter((k) => k.start >= t.end && k.end <= before.start && k.text.trim() !== "").length === 0)
}

/**
 * The sentence's dates that may date a claim: not the attribution's, not boundaries, not a period's
 * last day when the period is named by a date of its own. A day that ends the period its words name
 * ("the year ended Aug. 31", "the third quarter ended August 31") stands for that period, in place
 * of the name.
 */
const claimDates = (facts: SentenceFacts): ReadonlyArray<Timex> => {
  // every figure and event of a sentence asks, several times: worked out once per sentence
  const known = claimDatesOf.get(facts)
  if (known !== undefined) return known
  const said = facts.attribution?.saidTimex
  const ended = new Map(facts.timexes.flatMap((t) => {
    const period = periodEndedOn(facts.text, facts.timexes, t)
    return period === undefined ? [] : [[t, period] as const]
  }))
  // a named duration ("the nine months") stays: it says how long the period is, and dates nothing itself
  const replaced = new Set([...ended.values()].flatMap((period) => period.named ?? []).filter((t) => t.type !== "DURATION"))
  const dates = facts.timexes.filter((t) => t !== said && !replaced.has(t) && !isBoundary(facts, t) && (ended.has(t) || !isPeriodEnd(facts, t)))
  claimDatesOf.set(facts, dates)
  return dates
}

const claimDatesOf = new WeakMap<SentenceFacts, ReadonlyArray<Timex>>()

/** The possessive after a date: "August's 22 pct", "1986's 2.5 pct growth", "last year's record 3.1 billion". */
const POSSESSIVE = new Set(["'s", "’s"])
/** What joins the two years of a split year written as one ("1985/86", "1986-87"): the period runs over both. */
const RANGE_JOINERS: ReadonlySet<string> = new Set(["/", "-", "–"])

/** A date with the dates joined to it as one written range ("1985/86" is two time expressions, one period). */
export const joinedRange = (text: string, timexes: ReadonlyArray<Timex>, first: Timex | undefined): ReadonlyArray<Timex> => {
  if (first === undefined) return []
  const range = [first]
  for (const next of timexes) if (next.start > range.at(-1)!.start && RANGE_JOINERS.has(text.slice(range.at(-1)!.end, next.start))) range.push(next)
  return range
}

/** The first date of the written range that `last` ends ("1986" of "1986/7"), `last` when it ends none. */
const rangeStart = (text: string, timexes: ReadonlyArray<Timex>, last: Timex): Timex =>
  timexes.findLast((t) => t.end < last.start && RANGE_JOINERS.has(text.slice(t.end, last.start))) ?? last

/** Words that set the figure after them against what a possessive date names: "last week's pact from 3.80 pct". */
const COMPARED_AFTER_POSSESSIVE: ReadonlySet<string> = new Set(["from", "against", "versus", "vs", "vs.", "than", "compared"])
/** How many words may stand between a possessive date and its figure ("last year's record 3.1 billion"). */
const POSSESSIVE_REACH = 2

/** The figure a date in the possessive qualifies: the one right after it. */
const possessedBy = (t: Timex, anchors: ReadonlyArray<Span>, tokens: ReadonlyArray<Token>): Span | undefined => {
  // The time model may take the possessive into the expression ("August's") or leave it a token of its own.
  const mark = tokens.find((k) => POSSESSIVE.has(k.normal) && (k.end === t.end || k.start === t.end))
  if (mark === undefined) return undefined
  const after = Math.max(mark.end, t.end)
  const next = anchors.filter((a) => a.start >= after).sort((a, b) => a.start - b.start)[0]
  // the words between name what the figure is ("last year's record 3.1 billion", "2003's imbalance of $496.5bn"); a word of
  // comparison or a verb starts another phrase ("last week's pact from 3.80 pct")
  const between = next === undefined ? [] : tokens.filter((k) => k.start >= after && k.end <= next.start && k.text.trim() !== "")
  if (next === undefined || between.some((k) => COMPARED_AFTER_POSSESSIVE.has(k.normal))) return undefined
  return (between.length <= POSSESSIVE_REACH && !between.some((k) => k.pos === "VERB")) || isChangeTo(between) ? next : undefined
}

/** How many words may stand between a possessive date and the figure its change reached: "last year's sharp fall to 0.75 pct". */
const CHANGE_TO_REACH = 4
/** Words between a change and the figure it reached or was by: "fall to", "rise of", "drop by". */
const CHANGE_TO: ReadonlySet<string> = new Set(["to", "of", "by"])

/** "sharp fall to", "rise of": the words of a change (whatever wink tags it) and the word that joins it to its figure. */
const isChangeTo = (between: ReadonlyArray<Token>): boolean =>
  between.length >= 2 && between.length <= CHANGE_TO_REACH && CHANGE_TO.has(between.at(-1)!.normal) && changeDirection(between.at(-2)!) !== undefined

/** The dates in the possessive of a sentence, by the start of the figure each qualifies, worked out once per sentence and figures. */
const possessiveDates = (facts: SentenceFacts, anchors: ReadonlyArray<Span>): ReadonlyMap<number, ReadonlyArray<Timex>> => {
  const ofFacts = possessiveDatesOf.get(facts) ?? new WeakMap<ReadonlyArray<Span>, ReadonlyMap<number, ReadonlyArray<Timex>>>()
  possessiveDatesOf.set(facts, ofFacts)
  const known = ofFacts.get(anchors)
  if (known !== undefined) return known
  const dates = new Map<number, Array<Timex>>()
  for (const t of facts.timexes) {
    const owner = possessedBy(t, anchors, facts.tokens)
    if (owner !== undefined) dates.set(owner.start, [...(dates.get(owner.start) ?? []), t])
  }
  ofFacts.set(anchors, dates)
  return dates
}
const possessiveDatesOf = new WeakMap<SentenceFacts, WeakMap<ReadonlyArray<Span>, ReadonlyMap<number, ReadonlyArray<Timex>>>>()

/**
 * The anchor a date belongs to: the figure after a possessive date ("from August's 22 pct"), else
 * the nearest one before it, else the nearest one after it.
 */
const ownerOf = (t: Timex, anchors: ReadonlyArray<Span>, tokens: ReadonlyArray<Token>): Span | undefined =>
  possessedBy(t, anchors, tokens) ??
  anchors.filter((a) => a.end <= t.start).sort((a, b) => b.end - a.end)[0] ??
  anchors.filter((a) => a.start >= t.end).sort((a, b) => a.start - b.start)[0]

/**
 * The time expressions that date an event word (`anchor`) among the sentence's other event words
 * (`anchors`): those of its clause that it governs — a date goes to the nearest event word before
 * it ("met on June 8", "tests carried out this year"), else to the nearest after it ("On June 3,
 * the Council imposed sanctions"). A sentence's only event word may take a date fronted before its
 * clause ("On Monday, when Putin met Xi"). The attribution's own date ("said on Sunday") dates nothing.
 */
export const timexesFor = (facts: SentenceFacts, anchor: Span, anchors: ReadonlyArray<Span>): ReadonlyArray<Timex> => {
  const clause = clauseAt(facts, anchor.start)
  const inClause = (s: Span) => s.start >= clause.start && s.end <= clause.end
  const rivals = anchors.filter((a) => a === anchor || inClause(a))
  const candidates = claimDates(facts)
  const governed = candidates.filter((t) => inClause(t) && ownerOf(t, rivals, facts.tokens) === anchor)
  return governed.length > 0 || anchors.length > 1 ? governed : candidates.filter((t) => t.end <= clause.start)
}

/**
 * A claim's time scope from its time expressions: from the earliest start to the latest end, so
 * "between June 9 and 10" is 06-09..06-10 and "arrived on Friday … till June 10" 06-08..06-10;
 * a date that merely contains another one ("this year's … in September") is left out.
 */
export const timeScopeOf = (text: string, timexes: ReadonlyArray<Timex>, referenceDate: ReferenceDate): TimeScope | undefined => {
  const datedAll = timexes.flatMap(
    (t, i) =>
      partOfYear(text, timexes[i - 1], t) ?? yearThenMonths(text, t, timexes[i + 1]) ?? periodEnded(text, timexes, t) ?? restOfYear(text, t, referenceDate) ?? dated(t, referenceDate) ?? partSoFar(text, t, timexes[i + 1], referenceDate) ?? []
  )
  // "this year's summit … in September": the narrower date says when; the year only frames it.
  const all = datedAll.filter((d) => !datedAll.some((o) => o !== d && contains(d.interval, o.interval)))
  if (all.length === 0) return undefined
  const first = all.reduce((a, b) => (b.interval.first < a.interval.first ? b : a))
  const last = all.reduce((a, b) => (b.interval.last > a.interval.last ? b : a))
  const from = Math.min(...all.map((d) => d.timex.start))
  const to = Math.max(...all.map((d) => d.timex.end))
  return {
    start: first.value,
    end: last.value,
    text: text.slice(from, to),
    // Both ends of a part of a year come from one phrase: name it once.
    timexes: [...new Set(all.map((d) => d.timex.id))],
    derivation: [...new Set(all.map((d) => d.timex.derivation))].join("; ")
  }
}

/** Both ends of a span of days, each dated by the whole phrase that names the span. */
const endsOf = (phrase: Timex, first: string, last: string): ReadonlyArray<Dated> =>
  [first, last].flatMap((value) => {
    const interval = timexInterval(value)
    return interval === undefined ? [] : [{ timex: phrase, value, interval }]
  })

/** The phrase from `from` to `to` as one expression, with how it was read. */
const phraseOf = (text: string, like: Timex, from: Timex, to: Timex, part: { readonly first: string; readonly last: string }, why: string): Timex => ({
  ...like,
  start: from.start,
  end: to.end,
  text: text.slice(from.start, to.end),
  derivation: `'${text.slice(from.start, to.end)}' → ${part.first}..${part.last}: ${why}`
})

/**
 * "the year ended Aug. 31", "the week ended October 13": the period ending on that day, each end
 * dated by the whole phrase.
 */
const periodEnded = (text: string, timexes: ReadonlyArray<Timex>, day: Timex): ReadonlyArray<Dated> | undefined => {
  const period = periodEndedOn(text, timexes, day)
  if (period === undefined) return undefined
  return endsOf(phraseOf(text, day, { ...day, start: period.start }, day, period, `the period ending ${day.value}`), period.first, period.last)
}

/** "the first four months of 2024": the year narrowed to its months, each end dated by the whole phrase. */
const partOfYear = (text: string, duration: Timex | undefined, year: Timex): ReadonlyArray<Dated> | undefined => {
  const part = duration === undefined ? undefined : yearPart(text, duration, year)
  if (duration === undefined || part === undefined) return undefined
  return endsOf(phraseOf(text, year, duration, year, part, `the months of ${year.value} the phrase names`), part.first, part.last)
}

/** "for 1987 nine mths": the year's first months its count after it names, each end dated by the whole phrase. */
const yearThenMonths = (text: string, year: Timex, duration: Timex | undefined): ReadonlyArray<Dated> | undefined => {
  const part = yearThenPart(text, year, duration)
  if (duration === undefined || part === undefined) return undefined
  return endsOf(phraseOf(text, year, year, duration, part, `the months of ${year.value} the phrase names`), part.first, part.last)
}

/** Words after "the first N months" that make them part of a year other than the calendar's current one. */
const PART_OF_OTHER_YEAR = /^\s+of\s+(?!the\s+year\b|this\s+year\b)/i

/** "for the rest of 1987", "the remainder of the year": the article's year after its month (`yearRest`). */
const restOfYear = (text: string, t: Timex, referenceDate: ReferenceDate): ReadonlyArray<Dated> | undefined => {
  if (referenceDate._tag !== "Day" || referenceDate.basis !== "metadata") return undefined
  const part = yearRest(text, t, referenceDate.day)
  return part === undefined ? undefined : endsOf(phraseOf(text, t, t, t, part, `the months of the article's year after its own (${referenceDate.day})`), part.first, part.last)
}

/** "the first nine months" with no year after it: the months of the article's year so far (`yearPartSoFar`). */
const partSoFar = (text: string, duration: Timex, next: Timex | undefined, referenceDate: ReferenceDate): ReadonlyArray<Dated> | undefined => {
  if (referenceDate._tag !== "Day" || referenceDate.basis !== "metadata") return undefined
  // "the first four months of 2024" is read with its year (`partOfYear`); "of the fiscal year", "of its 1987/88 year" name no calendar year.
  if ((next !== undefined && /^\s+of\s+$/i.test(text.slice(duration.end, next.start))) || PART_OF_OTHER_YEAR.test(text.slice(duration.end, duration.end + 24))) return undefined
  const part = yearPartSoFar(duration, referenceDate.day)
  if (part === undefined) return undefined
  return endsOf(phraseOf(text, duration, duration, duration, part, `the months of the article's year (${referenceDate.day}) so far`), part.first, part.last)
}

const contains = (outer: TimexInterval, inner: TimexInterval) =>
  outer.first <= inner.first && inner.last <= outer.last && (outer.first !== inner.first || outer.last !== inner.last)

/** A present-tense state ("China is Russia's biggest partner") holds at the reference date. */
export const referenceScope = (referenceDate: ReferenceDate): TimeScope | undefined => {
  const date = writtenReference(referenceDate)
  return date === undefined
    ? undefined
    : {
        start: date,
        end: date,
        text: "",
        timexes: [],
        derivation: `no time expression; stated in the present tense, so as of the reference date ${date} (${referenceBasis(referenceDate)})`
      }
}

/** How many words before its figure a change counted from a date names it: "has risen by about 23 pct". */
const CHANGE_REACH = 4

/** An adjective's superlative ending, and adjectives that only end so: "the biggest drop since 1914", not "a modest rise since 1985". */
const SUPERLATIVE = /est$/
const NOT_SUPERLATIVES: ReadonlySet<string> = new Set(["modest", "honest", "earnest"])

/** A date a change is counted from, written to the year, month or day. */
const CALENDAR_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/

/**
 * "has risen by about 23 pct against the U.S. dollar since September 1983": a change counted from a
 * date covers the time from it to the day the article was written (known from its metadata), at the
 * date's own precision (1983-09 to 1987-06). Only a figure that is itself the change (its word of
 * change close before it: "rose 23 pct", not "rose to 1,738"), whose clause, or the "since" clause
 * right after it, says so; never a superlative's ("the biggest drop since 1914").
 */
export const sinceScope = (facts: SentenceFacts, clause: Span, anchor: Span, referenceDate: ReferenceDate): TimeScope | undefined => {
  if (referenceDate._tag !== "Day" || referenceDate.basis !== "metadata") return undefined
  // Asked of every undated figure: the date after "since" (most sentences have none) before the words of change.
  const from = facts.timexes.find((t) => {
    const since = facts.tokens.findLast((k) => k.end <= t.start)
    return since?.normal === "since" && since.start >= clause.start && since.start <= clause.end && CALENDAR_DATE.test(t.value) && t.value < referenceDate.day
  })
  if (from === undefined) return undefined
  const tokens = tokensWithin(facts.tokens, clause)
  const before = tokens.filter((t) => t.end <= anchor.start).slice(-CHANGE_REACH)
  if (!before.some((t) => changeDirection(t) !== undefined) || isLevelAfterChange(tokens, anchor.start)) return undefined
  if (tokens.some((t) => t.pos === "ADJ" && SUPERLATIVE.test(t.normal) && !NOT_SUPERLATIVES.has(t.normal))) return undefined
  const end = referenceDate.day.slice(0, from.value.length)
  return {
    start: from.value,
    end,
    text: from.text,
    timexes: [from.id],
    derivation: `'since ${from.text}' → ${from.value}..${end}: a change counted from ${from.value} to the article's date ${referenceDate.day}`
  }
}

/**
 * True when a scope begins after every day the reference date may be: after the day, or after the
 * whole year when only the year is known ("in March" of a text known to be from 2016 is not later).
 */
export const scopeStartsAfter = (scope: TimeScope | undefined, referenceDate: ReferenceDate): boolean => {
  // A year read from the text is only a lower bound of the article's date ("the latest year written"):
  // results "in the last three months of 2004" told in a text whose latest bare year is 2003 are not plans.
  if (referenceDate._tag === "Year") return false
  const first = scope === undefined ? undefined : timexInterval(scope.start)?.first
  const reference = referenceInterval(referenceDate)
  return first !== undefined && reference !== undefined && first > reference.last
}

/** True when every year in the scope was written out rather than inferred. */
export const yearsWritten = (scope: TimeScope, timexes: ReadonlyArray<Timex>): boolean =>
  timexes.filter((t) => scope.timexes.includes(t.id)).some((t) => writesYear(t.text) || t.yearWritten === true)

/**
 * True when a scope's year is a guess: the article's date is only inferred (a bare year, a lower
 * bound, or a day read from the text), the scope's own words write no year, and either only a lower
 * bound of the year is known ("in January" in a text whose latest year is 2004 may be of 2005) or no
 * date of the text writes its year ("last year" resolved against an inferred 2003). "The same quarter" after "the
 * fourth quarter of 2004" takes a written year: no guess.
 */
export const yearGuessed = (scope: TimeScope, timexes: ReadonlyArray<Timex>, referenceDate: ReferenceDate): boolean => {
  if (scope.timexes.length === 0 || (referenceDate._tag === "Day" && referenceDate.basis === "metadata") || yearsWritten(scope, timexes)) return false
  // Only a lower bound of the year is known ("latest explicit year"): "in January" may be of any year from it on.
  if (referenceDate._tag === "Year") return true
  const written = new Set(timexes.filter((t) => writesYear(t.text)).map((t) => t.value.slice(0, 4)))
  return [scope.start, scope.end].some((value) => !written.has(value.replace(/^FY/, "").slice(0, 4)))
}

/** How a figure's period is framed beyond its own clause. */
export interface Framing {
  /** Take the dates of the sentence before when its own sentence has none. */
  readonly inherit?: boolean
  /**
   * A firm's result over a period (profit, sales): it passes over a sentence whose only dates are comparisons for the
   * one before it ("… third-quarter net income rose 11%. Net advanced to $94.2 million from $85 million a year ago. But
   * revenue declined to $3 billion"), and takes no plain day from another clause that has a figure of its own ("Pretax
   * profit fell 3.7% …, but shares rose 6 pence … in early trading yesterday") nor from the sentence before.
   */
  readonly firmResult?: boolean
  /** The article's day, when known: a figure its clause tells in the past inherits no period after it (`inherit`). */
  readonly referenceDay?: string | undefined
  /**
   * A figure stated as the day's news (an offer, a holding): a date it holds until is its deadline, not
   * its period ("extended its tender offer of $18 a share … until 5 p.m. EST, Nov. 6").
   */
  readonly statement?: boolean
}

/** Words before a date that make it a deadline: "until Nov. 6", "expires on July 10". */
const DEADLINE_WORDS: ReadonlySet<string> = new Set(["until", "till", "through", "expires", "expire", "expiring", "expiry", "deadline"])

/** Words right before a date that make it the day a payment is made or its holders are counted: "payable July 15", "Pay April one", "holders of record June 30". */
const PAYMENT_DATE_WORDS: ReadonlySet<string> = new Set(["payable", "pay", "record", "distributable"])

/** "a dividend of 25 cts a share payable May one to shareholders of record April 10": a payment's day is no figure's period. */
const isPaymentDate = (facts: SentenceFacts, timex: Timex): boolean => {
  const before = facts.tokens.findLast((t) => t.end <= timex.start && t.text.trim() !== "" && t.normal !== "on")
  return before !== undefined && PAYMENT_DATE_WORDS.has(before.normal)
}

/** A date a statement's figure holds until, read back over its preposition: "until 5 p.m. EST, Nov. 6", "expires on July 10". */
const isDeadline = (facts: SentenceFacts, timex: Timex, earlier: ReadonlyArray<Timex>): boolean => {
  // "until 5 p.m. EST, Nov. 6": the day that goes on a deadline's time is the deadline too.
  const joined = earlier.findLast((t) => t.end <= timex.start && /^[\s,]*$/.test(facts.tokens.filter((k) => k.start >= t.end && k.end <= timex.start).map((k) => k.text).join("")))
  if (joined !== undefined && isDeadline(facts, joined, earlier.filter((t) => t !== joined))) return true
  const before = facts.tokens.filter((t) => t.end <= timex.start && t.text.trim() !== "").slice(-2)
  return before.some((t) => DEADLINE_WORDS.has(t.normal))
}

/**
 * The time expressions that frame a figure (`anchor`) among the sentence's other figures
 * (`anchors`): those of its clause that it governs, as for events ("$100bn by 2015 and $200bn by
 * 2020"); else the clause's shared frame ("Between January and April of 2017, … grew by 37
 * percent, reaching $24.5 billion" frames both figures); else the sentence's; else, when
 * `inherit`, those of the sentence before, across a paragraph break too (a trade report's period is set
 * once), but not its comparison dates ("a year ago"). Never the attribution's own date nor a boundary ("since 2001").
 */
export const framingTimexes = (facts: SentenceFacts, anchor: Span, anchors: ReadonlyArray<Span>, framing: Framing = {}): ReadonlyArray<Timex> => {
  // "less than the second quarter's 12 cents a share": a date in the possessive before the figure is its own, whatever else the
  // clause dates and whatever word stands before it ("than" sets no boundary then).
  const possessive = possessiveDates(facts, anchors).get(anchor.start) ?? []
  // "second quarter earnings lower than last year's 74 cts": a year counted back beside a part of the year is that part's a year
  // back, which the words alone do not give: left to the reading below.
  const yearOfPart = possessive.some((t) => isYearValue(t.value) && !/\d/.test(t.text)) && facts.timexes.some((t) => isPartOfYearValue(t.value))
  // "1986/7's one billion dlrs": a split year is read as two dates, joined
  if (possessive.length > 0 && !yearOfPart) return [...new Set(possessive.flatMap((p) => joinedRange(facts.text, facts.timexes, rangeStart(facts.text, facts.timexes, p))))]
  const candidates = framingCandidates(facts, anchor, anchors, framing).filter((t) => !isPaymentDate(facts, t))
  const own = framing.statement === true ? candidates.filter((t) => !isDeadline(facts, t, facts.timexes)) : candidates
  return nearestPeriod(facts.tokens, ownPeriodCandidates(facts, anchor, own), anchor)
}

/** Words that make the date counted back after them the base of a change: "from a year earlier", "on the previous month". */
const BASE_OF_CHANGE: ReadonlySet<string> = new Set(["from", "on", "over"])

/** The index of the last word before a date (-1 when none). */
const wordBefore = (facts: SentenceFacts, timex: Timex): number => facts.tokens.findLastIndex((t) => t.end <= timex.start && t.text.trim() !== "")

/** "declined 1.4 percent from a year earlier": a date counted back from another, after "from", "on" or "over". */
const isBaseOfChange = (facts: SentenceFacts, timex: Timex): boolean => {
  const at = wordBefore(facts, timex)
  const before = facts.tokens[at]?.normal ?? ""
  if (isComparisonDate(timex) && BASE_OF_CHANGE.has(before)) return true
  // "rose 2.8 pct from February", "up nearly $3bn from 2003": a date right after "from" after a change is its base too,
  // unless a range goes on from it ("from 2003 to 2004"), it is the date of a value of its own ("from August's 22 pct"),
  // or a clause tells of it ("from 2002 when output fell 11%").
  // "up 27% from its 2003 performance": the date of what the change is counted from, its owner's word between
  if (ownerAfterFrom(facts.tokens, at)) return changedBefore(facts, timex, at - 1)
  if (before !== "from") return false
  const next = facts.tokens.find((t) => t.start >= timex.end)
  const goesOn = next !== undefined && (RANGE_ON.has(next.normal) || (next.text === "-" && next.start === timex.end) || POSSESSIVE.has(next.normal) || next.normal === "when")
  return changedBefore(facts, timex, at) && !goesOn && !timex.text.endsWith("'s")
}
/** Possessive words between "from" and the date of what a change is counted from: "from its 2003 performance". */
const OWNER_WORDS: ReadonlySet<string> = new Set(["its", "their", "his", "her"])

/** Whether token `at` is an owner's word right after "from": "from its 2003 performance". */
const ownerAfterFrom = (tokens: ReadonlyArray<Token>, at: number): boolean => OWNER_WORDS.has(tokens[at]?.normal ?? "") && tokens[at - 1]?.normal === "from"

/** "from its 2003 performance": a base its owner's word sets apart, never a period a change starts from. */
const isOwnedBase = (facts: SentenceFacts, timex: Timex): boolean => ownerAfterFrom(facts.tokens, wordBefore(facts, timex))

/** A word of change in the clause of `timex` before token `at`. */
const changedBefore = (facts: SentenceFacts, timex: Timex, at: number): boolean => {
  const clause = clauseAt(facts, timex.start)
  return facts.tokens.slice(0, at).some((t) => t.start >= clause.start && changeDirection(t) !== undefined)
}

/** Words that carry a range on from its first date: "from 2003 to 2004". */
const RANGE_ON: ReadonlySet<string> = new Set(["to", "through", "thru", "until", "till"])

/**
 * "In December, exports declined 1.4 percent from a year earlier": the base a change is counted from
 * is not the figure's period when another date is there to be it; an earlier value's own date ("from
 * 5.3 million a year earlier") it is. A base counted back from the figure's own time ("declined 1.4 pct
 * from a year earlier", "slashed its output by 12.6 pct from last year's third quarter") is never its
 * period, even alone; a plain date after "from" alone may start it ("tax cuts worth 39 billion marks from 1990").
 */
const ownPeriodCandidates = (facts: SentenceFacts, anchor: Span, timexes: ReadonlyArray<Timex>): ReadonlyArray<Timex> => {
  if (isEarlierValue(facts.tokens, anchor.start)) return timexes
  const own = timexes.filter((t) => !isBaseOfChange(facts, t))
  return own.some((t) => t.type === "DATE" || t.type === "TIME") ? own : timexes.filter((t) => !(isBaseOfChange(facts, t) && (isCountedBack(t) || isOwnedBase(facts, t))))
}

/** Parts of a year written before it in the plural: "the third and fourth quarters of last year". */
const PARTS_OF_YEAR_BEFORE = /\b(?:quarters|halves|months|weeks)\s+of\s+(?:the\s+)?$/i
const PARTS_REACH = 30

/** A year after parts of it that no time expression reads ("the third and fourth quarters of"): it dates no figure by itself. */
const isYearOfUnreadParts = (facts: SentenceFacts, timex: Timex): boolean => {
  const before = facts.text.slice(Math.max(0, timex.start - PARTS_REACH), timex.start)
  const match = PARTS_OF_YEAR_BEFORE.exec(before)
  if (match === null) return false
  const partStart = timex.start - before.length + match.index
  // "the first nine months of 1987": the parts are a time expression of their own, read with the year
  return !facts.timexes.some((t) => t !== timex && t.end > partStart && t.start < timex.start)
}

const framingCandidates = (facts: SentenceFacts, anchor: Span, anchors: ReadonlyArray<Span>, { inherit = false, firmResult = false, referenceDay }: Framing): ReadonlyArray<Timex> => {
  const clause = clauseAt(facts, anchor.start)
  const inClause = (s: Span) => s.start >= clause.start && s.end <= clause.end
  // "$38.9bn from $39.9bn a year earlier": the earlier value's own date frames no other figure.
  const earlier = anchors.filter((a) => a !== anchor && isEarlierValue(facts.tokens, a.start))
  const all = claimDates(facts).filter(
    (t) => !earlier.some((a) => ownerOf(t, [anchor, ...earlier], facts.tokens) === a) && !(firmResult && isDayOfOtherFigure(facts, t, clause, anchors)) && !trailsOtherFigure(facts, t, clause, anchor, anchors)
  )
  // "the third and fourth quarters of last year": the year of parts the time tagger did not read is no period, nor is any other
  const dates = all.filter((t) => !isYearOfUnreadParts(facts, t))
  if (dates.length < all.length && dates.filter(inClause).length === 0) return []
  const clauseDates = dates.filter(inClause)
  const governed = governedTimexes(facts, anchor, anchors)
  // "In 2004, ... imports will be 110m tons, up 21% on the previous year": a base of change alone in
  // the clause leaves the figure's own period to the sentence.
  const ownDate = (ts: ReadonlyArray<Timex>) => ts.some((t) => !isBaseOfChange(facts, t))
  if (governed.length > 0 && ownDate(governed)) return governed
  if (clauseDates.length > 0 && ownDate(clauseDates)) return clauseDates
  // "Norway, which pumps around one mln bpd, said it would curb output for the rest of the year": a present state, no period of the sentence's.
  if (statesPresent(clause, facts.tokens, anchor.start)) return clauseDates
  if (dates.length > 0 || !inherit || facts.previous === undefined) return dates
  // "Nine month profits were up 23 pct": a firm's result over a run of months its clause counts is of those months, never
  // of the period the sentence before sets (its end is not written: the period is left open).
  if (firmResult && countsRunOfMonths(facts, clause)) return []
  // A firm's result goes on with no plain day of the sentence before ("… shares rose 6 pence in early trading yesterday. Sales fell 20%").
  const previous = facts.previous
  const setBy = (sentence: SentenceFacts) => onePeriod(sentence.tokens, periodsSetBy(sentence).filter((t) => !(firmResult && isPlainDay(sentence, t))))
  const set = setBy(previous)
  const passed = previous.previous
  const onlyComparisons = (sentence: SentenceFacts) => {
    const dates = claimDates(sentence)
    return dates.length > 0 && dates.every(isComparisonDate)
  }
  const inherited = set.length > 0 || !firmResult || passed === undefined || !onlyComparisons(previous) ? set : setBy(passed)
  // "… is expected to reach 1.5 mln bpd by 1995. The cut reduced Norway's output by 80,000 bpd": a change a clause tells in the
  // past happened by the article's day, never in a period after it that the sentence before looks to (nor in part of one).
  return referenceDay !== undefined && inherited.some((t) => startsAfter(t, referenceDay)) && changedInPast(facts, clause, anchor) ? [] : inherited
}

/** Whether the last verb of change before `anchor` in its clause is in the past ("output fell by", "reduced … by", "has declined"; not "was seen rising"). */
const changedInPast = (facts: SentenceFacts, clause: Span, anchor: Span): boolean => {
  const verb = facts.tokens.findLastIndex((t) => t.start >= clause.start && t.end <= anchor.start && t.pos === "VERB" && changeDirection(t) !== undefined)
  return verb >= 0 && isPastVerb(facts.tokens, verb)
}

/** Whether a date's period starts after the day `day` ("1995" after 1987-06-29). */
const startsAfter = (timex: Timex, day: string): boolean => {
  const interval = timexInterval(timex.value)
  return interval !== undefined && interval.first > day
}

/**
 * "Revenues were £4.3bn while the firm's operating margins were 14.1%, which it said could reach 14.8% by 2006": a date after
 * another figure in a relative clause of its own (or in a last dash's aside) is that figure's, no frame of the sentence (a
 * date a subordinate clause shares, "unlikely to achieve the 3.5 pct forecast for 1987/88, although growth might come close
 * to three pct", may be).
 */
const trailsOtherFigure = (facts: SentenceFacts, t: Timex, clause: Span, anchor: Span, anchors: ReadonlyArray<Span>): boolean => {
  const owner = anchors.filter((a) => a.end <= t.start && a !== anchor).sort((a, b) => b.end - a.end)[0]
  if (owner === undefined) return false
  // "up 21.3% from the previous year - although some way off the peak of 43% seen in the first quarter of 2004": so is a date
  // after another figure in the aside a last dash sets off, when the figure is not in it.
  const aside = trailingDashAside(facts.text, facts.span)
  const inAside = (s: Span) => aside !== undefined && s.start >= aside.start && s.end <= aside.end
  if (inAside(t) && inAside(owner) && !inAside(anchor)) return true
  if (t.start >= clause.start && t.end <= clause.end) return false
  const ownerClause = clauseAt(facts, owner.start)
  return ownerClause.relative && ownerClause.start !== clause.start && t.start >= ownerClause.start && t.end <= ownerClause.end
}

/** A duration of months or quarters a firm reports results over: "nine months" P9M, "six months", "the first half" aside. */
const MONTHS_RUN = /^P\d+[MQ]$/

/** Whether a clause counts a run of months ("Nine month profits were up 23 pct", "in the six months"): results over them. */
export const countsRunOfMonths = (facts: SentenceFacts, clause: Span): boolean =>
  facts.timexes.some((t) => t.start >= clause.start && t.end <= clause.end && t.type === "DURATION" && MONTHS_RUN.test(t.value))

/** Whether a clause names a year's results ("a 26% rise in annual profits", "full-year sales"): no quarter's. */
export const namesYearResult = (facts: SentenceFacts, clause: Span): boolean =>
  facts.tokens.some((t) => t.start >= clause.start && t.end <= clause.end && YEAR_RESULT_WORDS.has(t.normal))
/** Words that make results a whole year's. */
const YEAR_RESULT_WORDS: ReadonlySet<string> = new Set(["annual", "full-year", "yearly"])

/** Whether a clause names results of a part of a year ("EBay's net revenue for the quarter rose to $935.8m", "interim profits"): no year's. */
export const namesPartResult = (facts: SentenceFacts, clause: Span): boolean =>
  facts.tokens.some((t) => t.start >= clause.start && t.end <= clause.end && PART_RESULT_WORDS.has(t.normal))
/** Words that make results a part of a year's. */
const PART_RESULT_WORDS: ReadonlySet<string> = new Set(["quarter", "quarterly", "half", "half-year", "interim"])

/** A day that ends no period ("yesterday", "on October 13"; not "the six months ended Oct. 1"): no firm's result is of it but by its own words. */
const isPlainDay = (facts: SentenceFacts, t: Timex): boolean => DAY_VALUE.test(t.value) && periodEndedOn(facts.text, facts.timexes, t) === undefined

/** A plain day in another clause than `clause`, which has a figure of its own: that figure's day ("shares rose 6 pence … yesterday"). */
const isDayOfOtherFigure = (facts: SentenceFacts, t: Timex, clause: Span, anchors: ReadonlyArray<Span>): boolean => {
  if (!isPlainDay(facts, t)) return false
  const other = clauseAt(facts, t.start)
  return other.start !== clause.start && anchors.some((a) => a.start >= other.start && a.end <= other.end)
}
/** A day, maybe with its part or time: "1989-11-01", "1998-08-07TMO". */
const DAY_VALUE = /^\d{4}-\d{2}-\d{2}/

/**
 * The dates a sentence sets for the figures after it: its figures' own, never those of its earlier values ("… a year
 * earlier") nor its comparison dates ("had net of $1.1 million a year ago"), earlier value or not.
 */
const periodsSetBy = (previous: SentenceFacts): ReadonlyArray<Timex> => {
  // an earlier value restated after "or" is one too ("down from C$9.7 million, or 70 Canadian cents a share last year")
  const before: Array<Span> = []
  previous.quantities.forEach((q, i) => {
    if (isEarlierValue(previous.tokens, q.start) || (i > 0 && before.includes(previous.quantities[i - 1]!) && restatedAfterOr(previous.tokens, q))) before.push(q)
  })
  return claimDates(previous).filter((t) => {
    const owner = ownerOf(t, previous.quantities, previous.tokens)
    return (owner === undefined || !before.some((q) => q === owner)) && !isComparisonDate(t)
  })
}

/**
 * What may stand between dates written as one period ("1985/86", "January-April", "from June to
 * August", "the first four months of 2024") or as periods coordinated for one figure ("this year
 * and next", each its own figure later).
 */
const PERIOD_JOINERS: ReadonlySet<string> = new Set(["/", "-", "–", "—", "to", "through", "thru", "until", "till", "of", "and"])

/** Two dates written as one period or coordinated: nothing but a joiner between them ("the" aside). */
const joinedAsRange = (tokens: ReadonlyArray<Token>, first: Timex, second: Timex): boolean => {
  const gap = tokens.filter((t) => t.start >= first.end && t.end <= second.start && t.text.trim() !== "" && t.normal !== "the")
  return gap.length === 0 || (gap.length === 1 && PERIOD_JOINERS.has(gap[0]!.normal))
}

/** Words after "for" before the period a figure is set for: "for the rest of 1987", "for all of 1988". */
const SET_FOR_OPENERS = /(?:^|[^\p{L}])for\s+(?:(?:the\s+)?(?:rest|remainder|balance|whole)\s+of\s+|all\s+of\s+)?$/iu

/** The date is written right after "for": the period a figure is set for ("a ceiling … for 1987"). */
const isSetFor = (tokens: ReadonlyArray<Token>, timex: Timex): boolean => {
  const at = tokens.findIndex((t) => t.start >= timex.start)
  const before = tokens.slice(Math.max(0, at - 5), at).map((t) => `${t.text} `).join("")
  return SET_FOR_OPENERS.test(before)
}

/**
 * The dates a figure's period is made of: one written period — a date, or dates joined as one range
 * ("1985/86", "between June 9 and 10"), with the dates nested in it — the one nearest the figure,
 * the next one after it on a tie. A figure has one period: "set to fall by 0.5 pct in 1987 and stay
 * stable in 1988" is 1987, and "a third-quarter loss of $2.3 million versus net income of $5.3
 * million a year earlier" is the third quarter, never a span running from one date to the other.
 */
const nearestPeriod = (tokens: ReadonlyArray<Token>, timexes: ReadonlyArray<Timex>, figure: Span): ReadonlyArray<Timex> => {
  const dates = timexes.filter(isPeriodDate)
  if (dates.length < 2) return timexes
  const runs = periodRuns(tokens, dates)
  if (runs.length < 2) return timexes
  const distance = (run: ReadonlyArray<Timex>) => {
    const [start, end] = [run[0]!.start, run.at(-1)!.end]
    return end <= figure.start ? figure.start - end + 0.5 : start >= figure.end ? start - figure.end : 0
  }
  const nearest = runs.reduce((a, b) => (distance(b) < distance(a) ? b : a))
  // "agreed this weekend on a ceiling of 16.6 mln bpd for the rest of 1987": the period a figure is set for is its own,
  // and a date inside it is when it was set.
  if (nearest[0]!.start >= figure.end && isSetFor(tokens, nearest[0]!)) return timexes.filter((t) => !dates.includes(t) || nearest.includes(t))
  // a date nested in the chosen one, or framing it ("this year's summit … in September"), is the same period told finer;
  // one before a verb of saying that comes before the figure dates the saying ("earlier this month, … said analysts' 1987
  // projected earnings of 90 cts")
  const said = (t: Timex) => t.end <= figure.start && tokens.some((w) => w.start >= t.end && w.end <= figure.start && w.pos === "VERB" && SPEECH_VERBS.has(w.lowerLemma))
  return timexes.filter((t) => !dates.includes(t) || nearest.includes(t) || (nestedIn(nearest, t) && !said(t)))
}

/** Only dates are periods; a duration passes through ("the first four months" of a year, "the nine months" ended a day). */
const isPeriodDate = (t: Timex): boolean => t.type === "DATE" || t.type === "TIME"

/** Dates in text order, each run one written period: a date, or dates joined as one range ("1985/86", "between June 9 and 10"). */
const periodRuns = (tokens: ReadonlyArray<Token>, dates: ReadonlyArray<Timex>): ReadonlyArray<ReadonlyArray<Timex>> => {
  const runs: Array<Array<Timex>> = []
  for (const timex of [...dates].sort((a, b) => a.start - b.start)) {
    const run = runs.at(-1)
    const last = run?.at(-1)
    const joined = last !== undefined && (last.range?.other === timex.id || timex.range?.other === last.id || joinedAsRange(tokens, last, timex))
    if (joined) run!.push(timex)
    else runs.push([timex])
  }
  return runs
}

/** A date inside the period a run writes, or framing it: the same period told finer or coarser. */
const nestedIn = (run: ReadonlyArray<Timex>, t: Timex): boolean => {
  const i = timexInterval(t.value)
  return i !== undefined && run.some((r) => {
    const n = timexInterval(r.value)
    return n !== undefined && ((n.first <= i.first && i.last <= n.last) || (i.first <= n.first && n.last <= i.last))
  })
}

/**
 * The dates of a sentence before when they write one period ("the first nine months of 1987", "between 1971 and
 * 1975"), with the dates nested in it; none when they write several ("no profit this year …, last year they
 * contributed #34 million"), as no one of them is the period the next sentence goes on with.
 */
const onePeriod = (tokens: ReadonlyArray<Token>, timexes: ReadonlyArray<Timex>): ReadonlyArray<Timex> => {
  const runs = periodRuns(tokens, timexes.filter(isPeriodDate))
  if (runs.length < 2) return timexes
  return runs.some((run) => runs.every((other) => other === run || other.every((t) => nestedIn(run, t)))) ? timexes : []
}

/**
 * Words of a date counted back from another ("a year ago", "a year earlier", "the previous
 * quarter"): it dates the earlier figure of a comparison, never the period the next sentence
 * goes on with ("… had net of $1.1 million a year ago. Revenue soared to $101.7 million").
 */
const COMPARISON_DATE_WORDS = new Set(["ago", "earlier", "previous", "prior", "before", "year-ago", "year-earlier"])

const isComparisonDate = (timex: Timex): boolean => timex.text.toLowerCase().split(/\s+/).some((word) => COMPARISON_DATE_WORDS.has(word))

/** Words of a date counted back from the figure's own time: "a year earlier", "the previous month", "last year's third quarter". */
const COUNTED_BACK_WORDS: ReadonlySet<string> = new Set([...COMPARISON_DATE_WORDS, "last", "year-ago", "year-earlier"])
const isCountedBack = (timex: Timex): boolean => timex.text.toLowerCase().split(/\s+/).some((word) => COUNTED_BACK_WORDS.has(word.replace(/'s$/, "")))

/** The dates of its clause that a figure governs: "240.1bn in 2023 from 190.3bn in 2022" gives each its own year. */
const governedTimexes = (facts: SentenceFacts, anchor: Span, anchors: ReadonlyArray<Span>): ReadonlyArray<Timex> => {
  const clause = clauseAt(facts, anchor.start)
  const inClause = (s: Span) => s.start >= clause.start && s.end <= clause.end
  const rivals = anchors.filter((a) => a === anchor || inClause(a))
  return claimDates(facts).filter((t) => inClause(t) && ownerOf(t, rivals, facts.tokens) === anchor)
}

/**
 * "down from $38bn": the value a change started from, a claim only when it is a dated fact of its
 * own — it governs its own date and so does the figure it changed into ("rose to $240bn in 2023
 * from $190bn in 2022", "61.3% on Thursday, up from 59.4% in 2001"). A date after both ("to $1.13bn
 * from $639m in 2015") dates the change, not the earlier value.
 */
export const isUndatedEarlierValue = (facts: SentenceFacts, quantity: Quantity): boolean => {
  if (!isEarlierValue(facts.tokens, quantity.start)) return false
  const later = facts.quantities.findLast((q) => q.end <= quantity.start)
  // "last year's sharp fall to 0.75 pct from 3.6 pct in 1985": a date in the possessive is its figure's own too.
  const ownDate = (figure: Span) =>
    governedTimexes(facts, figure, facts.quantities).some((t) => t.type === "DATE" || t.type === "TIME") || possessiveDates(facts, facts.quantities).has(figure.start)
  return later === undefined || !ownDate(quantity) || !ownDate(later)
}

/** An ISO week's value: "1987-W41". */
const ISO_WEEK = /^(\d{4})-W(\d{2})$/
/** How many days a week's span covers. */
const WEEK_DAYS = 7

/**
 * An earlier value's "previous week" after a week's figure: the seven days before that week
 * ("72,987 tonnes in the week ended October 13, up from 54,075 the previous week": the week ended
 * October 6), not the calendar week (ISO 1987-W41) the time tagger reckons before the day named.
 * Undefined unless the figure's period is seven days and the earlier value's that calendar week.
 */
export const weekBefore = (week: TimeScope | undefined, earlier: TimeScope): TimeScope | undefined => {
  const written = earlier.start === earlier.end ? ISO_WEEK.exec(earlier.start) : null
  if (week === undefined || written === null) return undefined
  const [start, end] = [decodeIsoDay(week.start), decodeIsoDay(week.end)]
  if (start === undefined || end === undefined) return undefined
  const [first, last] = [calendarDayOf(start), calendarDayOf(end)]
  if (dayNumber(last) - dayNumber(first) !== WEEK_DAYS - 1) return undefined
  const before = isoWeek(addDays(last, -WEEK_DAYS))
  if (before.year !== Number(written[1]) || before.week !== Number(written[2])) return undefined
  const [from, to] = [isoDayOf(addDays(first, -WEEK_DAYS)), isoDayOf(addDays(last, -WEEK_DAYS))]
  return { ...earlier, start: from, end: to, derivation: `'${earlier.text}' → ${from}..${to}: the seven days before the week ${week.start}..${week.end} named before it` }
}

/** A reporting period's value: a year, a fiscal year, a half, a quarter, months ("1989-Q3", "FY1989", "1989-01"). */
const REPORTING_PERIOD = /^(?:FY)?\d{4}(?:-(?:Q[1-4]|H[12]|\d{2}))?$/

/** A scope a firm reports results for: years, halves, quarters or whole months, never a day or a week. */
export const isReportingPeriod = (scope: TimeScope): boolean => REPORTING_PERIOD.test(scope.start) && REPORTING_PERIOD.test(scope.end)

/**
 * The same reporting period a year before: what a firm's result "rose to $378.1 million from $283.8
 * million" is set against when its earlier value has no date of its own (results are reported
 * against the year-ago period). Undefined for a day, a week or anything else.
 */
export const yearBefore = (scope: TimeScope | undefined): TimeScope | undefined => {
  if (scope === undefined || !isReportingPeriod(scope)) return undefined
  const back = (value: string) => value.replace(/\d{4}/, (year) => String(Number(year) - 1))
  const [start, end] = [back(scope.start), back(scope.end)]
  return {
    ...scope,
    start,
    end,
    origin: "inherited",
    derivation: `no date of its own: the year-ago period of ${scope.start === scope.end ? scope.start : `${scope.start}..${scope.end}`}, which a firm's result is set against`
  }
}

/**
 * "net was $15 million in the third quarter, compared with a loss of $3 million last year", "$306 million
 * in the first nine months, compared with a loss of $195 million in the 1988 period": an earlier value
 * dated by the whole year before its figure's part of a year is of that part, a year back.
 */
export const partYearBefore = (part: TimeScope | undefined, earlier: TimeScope): TimeScope | undefined => {
  if (part === undefined || earlier.start !== earlier.end || !/^\d{4}$/.test(earlier.start) || /^\d{4}$/.test(part.start) || part.start.slice(0, 4) !== String(Number(earlier.start) + 1)) return undefined
  const back = yearBefore(part)
  return back === undefined ? undefined : { ...earlier, start: back.start, end: back.end, derivation: `'${earlier.text}' → ${back.start}..${back.end}: the year-ago part of the year of the figure it is set against (${part.start}..${part.end})` }
}

/** Words that make an earlier value's year the same part of it as the figure's: "in the same period last year", "the corresponding months of 1986". */
const SAME_PART = /\b(?:same|corresponding|comparable|year-ago|year-earlier)\s+(?:period|periods|months?|quarter|half|weeks?|time)\b/i

/**
 * A date written only as a year back, not from the day of writing but from what was named before: "a year ago",
 * "a year earlier", "the previous year". After a figure, it is that figure's period a year back.
 */
const ONLY_A_YEAR_BACK = /^(?:a\s+year\s+(?:ago|earlier|before)|(?:the\s+)?(?:previous|prior|preceding)\s+year|the\s+year\s+(?:before|earlier)|year-(?:ago|earlier))$/i

/** A date written only as a year back ("a year earlier"), which counts from the figure an earlier value is set against. */
export const isOnlyAYearBack = (scope: TimeScope): boolean => ONLY_A_YEAR_BACK.test(scope.text.trim())
/** Or a month back: "the month before", "a month earlier", "the previous month". */
const ONLY_A_MONTH_BACK = /^(?:a\s+month\s+(?:ago|earlier|before)|(?:the\s+)?(?:previous|prior|preceding)\s+month|the\s+month\s+(?:before|earlier))$/i

/**
 * "Sales surged to $805.9m in the third quarter, up from $393.9m a year earlier": an earlier value dated only a year (or a
 * month: "compared with a 0.6 pct increase the month before") back from a figure of its sentence (`against`, read before
 * it) whose date is written there but could not be read has no period either, never one counted back from whatever
 * other date the words alone were read against.
 */
export const isYearBackFromUnread = (facts: SentenceFacts, quantity: Span, own: TimeScope | undefined, against: { readonly time: TimeScope | undefined } | undefined): boolean =>
  own !== undefined &&
  against !== undefined &&
  against.time === undefined &&
  (isOnlyAYearBack(own) || ONLY_A_MONTH_BACK.test(own.text.trim())) &&
  facts.timexes.some((t) => t.type === "DATE" && t.end <= quantity.start && !own.timexes.includes(t.id))

/**
 * "11.0 billion schillings in the first four months this year from 8.2 billion in the same period last
 * year": an earlier value said to be of the same part of the year is of that part, a year back, whoever's
 * figure it is (a firm's result takes it even unsaid: `partYearBefore`). So is one dated only "a year ago"
 * ("net income fell to 537m euros during 2004, from 798m euros a year ago": 2003, not a year before the
 * article's day).
 */
export const samePartBefore = (part: TimeScope | undefined, earlier: TimeScope | undefined): TimeScope | undefined =>
  earlier === undefined ? undefined
  : isOnlyAYearBack(earlier) ? partYearBack(part, earlier)
  : !SAME_PART.test(earlier.text) ? undefined
  : YEAR_BACK.test(earlier.text) || namesYearBefore(part, earlier) ? partYearBack(part, earlier)
  : partYearBefore(part, earlier)

/** "in the same period of 1986" set against a figure of a part of 1987: the year written is the one before the figure's. */
const namesYearBefore = (part: TimeScope | undefined, earlier: TimeScope): boolean => {
  const written = WRITTEN_YEAR.exec(earlier.text)?.[0]
  return part !== undefined && written !== undefined && part.start.slice(0, 4) === part.end.slice(0, 4) && Number(written) === Number(part.start.slice(0, 4)) - 1
}
const WRITTEN_YEAR = /\b\d{4}\b/

/** Words that count the same part a year back from the figure's own: "last year", "a year ago", "year-earlier". */
const YEAR_BACK = /\b(?:last\s+year|a\s+year\s+(?:ago|earlier)|year-ago|year-earlier)\b/i

/**
 * "… fell to 16.4 billion in the first four months from 17.5 billion in the same period last year": the figure's
 * period a year back, whatever earlier date of the text the words alone were read against ("an 800 mln deficit in
 * April, 1986" the sentence before).
 */
const partYearBack = (part: TimeScope | undefined, earlier: TimeScope): TimeScope | undefined => {
  const back = yearBefore(part)
  // the figure's dates count too: a year written there is no guess of this one's ("during 2004, from 798m euros a year ago")
  return back === undefined
    ? undefined
    : { ...earlier, start: back.start, end: back.end, timexes: [...new Set([...earlier.timexes, ...part!.timexes])], derivation: `'${earlier.text}' → ${back.start}..${back.end}: the period of the figure it is set against (${part!.start}..${part!.end}), a year back` }
}
