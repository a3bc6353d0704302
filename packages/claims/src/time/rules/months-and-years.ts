import type { Token } from "../../nlp/analyze.js"
import { resolveMonth, type Resolved, shiftPeriod } from "../anchor.js"
import { readMonth, readOrdinal, readPositionModifier, readSpokenYear } from "../read-words.js"
import { alternation, MONTHS, SEASONS, SPOKEN_CENTURIES, SPOKEN_DIGITS, SPOKEN_TEENS, SPOKEN_TENS, TEMPERATURE_WORDS, UNMARKED_PLURALS } from "../time-words.js"
import {
  compile,
  MONTH_ANY,
  MONTH_NAME,
  MONTH_TRIGGERS,
  NUMBER_END,
  NUMBER_START,
  ORDINAL,
  POSITION_MODIFIER,
  RELATION,
  SAME_LINE,
  SEASON,
  WORD_END,
  WORD_START,
  YEAR
} from "../timex-patterns.js"
import type { Tense } from "../sentence-tense.js"
import { before, makeDraft, NUMBER_TRIGGER, type RuleContext, spanOf, tenseOfPeriod, type TimexRule } from "../timex-rule.js"
import { formatTimexValue } from "../timex-value.js"

/** Words before a bare month or year that make it a date ("in May", "the 2016 election", "since 2001", "Apple's 2004 results"). */
const DATE_CONTEXT =
  /(?:^|[^\p{L}])(?:in|since|until|till|by|from|to|through|throughout|during|of|before|after|between|and|or|the|this|that|its|their|his|her|our|year|around|circa|early|late|mid|fiscal|spring|summer|autumn|fall|winter|season|as of|for|with|a|an|as|both|into|on|over|than|against|versus|vs|but)\s+$|\p{L}['’]s\s+$|\p{L}s['’]\s+$/iu
/**
 * The same for "May", which is also a modal verb and a surname: only unambiguous prepositions, and
 * "to" only after a span counted to it ("prices rose 4.2 pct in the year to May", "the 12 months to May").
 */
const MAY_CONTEXT = /(?:^|[^\p{L}])(?:in|since|until|till|during|of|from|through|before|after|between|early|late|mid|last|next|this|the|(?:year|months|weeks|quarter)\s+to)\s+$/iu
/** A month after another in a list: "in June, August, September and November". */
const MONTH_LIST_BEFORE = new RegExp(`(?:${alternation(Object.keys(MONTHS))}),\\s+$`)
/** Weak context words after which a year followed by a plural noun is a count ("and 2000 troops", "for 2000 people"). */
const WEAK_YEAR_CONTEXT = /(?:^|[^\p{L}])(?:and|or|to|by|for|with|a|an|as|both|into|on|over|than|against|versus|vs|but)\s+$/iu
/** …unless a year comes first: "the 2002 and 2004 finals", "in 2001, 2002 and 2003". */
const YEAR_BEFORE = /(?:1[0-9]|20)\d\d(?:,\s*|\s+(?:and|or|to)\s+)$/
/**
 * A number after a count of points is the level they took an index to, not a year: "fell 508
 * points to 1738"; nor is a number before 1800 after a word as weak as "to" or "at" ("recovered 102
 * points Monday to 1841"): only a date's own words ("in", "since", "the") make those years.
 */
const LEVEL_AFTER_POINTS = /\d\s+points?\s+(?:\S+\s+)?(?:to|from|at)\s+$/i
const OLD_YEAR_CONTEXT = /(?:^|[^\p{L}])(?:in|since|until|till|during|of|before|after|between|the|year|circa|early|late|mid)\s+$|\p{L}['’]s\s+$/iu
const EARLIEST_LOOSE_YEAR = 1800
/** A year opening a sentence: "2005 is set to be…". */
const SENTENCE_START = /[.!?]["”’]?\s+$/
/** A plural noun right after a number makes it a count ("2000 troops", "2000 people"). */
const isPluralNoun = (token: Token | undefined): boolean =>
  token !== undefined && token.pos === "NOUN" && (token.normal !== token.lemma || UNMARKED_PLURALS.has(token.normal))

/** A month, alone or with a year: "May 2018", "early April", "the March election", "last May". */
const month: TimexRule = {
  name: "month",
  triggers: MONTH_TRIGGERS,
  lookback: 5,
  pattern: compile(
    String.raw`${WORD_START}(?:(?<pos>${POSITION_MODIFIER})[\s-]+|(?<rel>${RELATION})\s+)?(?<month>${MONTH_ANY})(?:(?:,|\s+of)?${SAME_LINE}(?<year>${YEAR})|\s+(?<yearRel>last|this|next)\s+year)?(?<poss>['’]s)?${WORD_END}`
  ),
  resolve: (match, context) => {
    const g = match.groups!
    const [start, end] = spanOf(match)!
    const m = readMonth(g["month"]!)
    const mod = readPositionModifier(g["pos"])
    const abbreviated = !(g["month"]! in MONTHS)
    if (g["year"] !== undefined) {
      const value = formatTimexValue({ year: Number(g["year"]), month: m })
      return [makeDraft(context, start, end, "DATE", { value, why: "explicit month and year" }, { mod })]
    }
    if (abbreviated) return undefined
    const yearRel = g["yearRel"]
    if (yearRel !== undefined) {
      const year = shiftPeriod(context.anchor, "year", YEAR_OFFSETS[yearRel]!)
      const resolved = year.yearOpen === true ? { ...year, value: formatTimexValue({ month: m }) } : { ...year, value: formatTimexValue({ year: Number(year.value), month: m }) }
      return [makeDraft(context, start, end, "DATE", resolved, { mod })]
    }
    const rel = g["rel"]?.toLowerCase()
    if (rel === undefined && mod === undefined) {
      const contextWords = g["month"] === "May" ? MAY_CONTEXT : DATE_CONTEXT
      const preceding = before(context.text, start)
      if (!contextWords.test(preceding) && !MONTH_LIST_BEFORE.test(preceding)) return undefined
    }
    // "for November delivery": a futures contract names the coming month.
    const delivery = DELIVERY_AFTER.test(context.text.slice(end, end + 16))
    return [makeDraft(context, start, end, "DATE", relativeMonth(context, start, m, rel, delivery ? "future" : undefined), { mod })]
  }
}

const DELIVERY_AFTER = /^\s+(?:delivery|contracts?|futures)\b/i

const YEAR_OFFSETS: Readonly<Record<string, number>> = { last: -1, this: 0, next: 1 }

const relativeMonth = (context: RuleContext, at: number, m: number, rel: string | undefined, known?: Tense): Resolved => {
  const tense = known ?? (rel === "last" || rel === "past" || rel === "previous" ? "past" : rel === "next" || rel === "coming" ? "future" : rel === "this" ? "none" : context.tenseAt(at))
  const resolved = resolveMonth(context.anchor, m, tense)
  // "last May" in May is a year back; "next May" in May a year on.
  const anchorMonth = context.anchor.day?.month
  if (anchorMonth === m && (rel === "last" || rel === "next") && !resolved.value.startsWith("X")) {
    const year = Number(resolved.value.slice(0, 4)) + (rel === "last" ? -1 : 1)
    return { value: formatTimexValue({ year, month: m }), why: `that month ${rel === "last" ? "a year before" : "a year after"} ${context.anchor.label}` }
  }
  return resolved
}

/**
 * "Between January and April of 2017", "from March to May", "the January/March quarter",
 * "January-September sales", "the October-to-December quarter", "the April to June period": two end
 * points, the first in the second's year (the one before when it comes later in the calendar:
 * "November/May"). Without "between"/"from", a year or a quarter, half or period named after it, only
 * the tight notation of a range ("-", "-to-", "/") is one.
 */
const monthRange: TimexRule = {
  name: "month-range",
  triggers: MONTH_TRIGGERS,
  lookback: 2,
  pattern: compile(
    String.raw`${WORD_START}(?:(?<pre>between|from|Between|From)\s+)?(?<month>${MONTH_NAME})(?:\s*(?<tight>-to-|-|–|/)\s*|\s*(?:to|and|through|until|till)\s*)(?<month2>${MONTH_NAME})(?:,?\s+(?:of\s+)?(?<year>${YEAR}))?${WORD_END}(?<part>(?=\s+(?:quarter|period|half)${WORD_END}))?`
  ),
  resolve: (match, context) => {
    const g = match.groups!
    // "the April to June quarter": a part of a year named after the two months makes them its ends.
    if (g["pre"] === undefined && g["year"] === undefined && g["tight"] === undefined && g["part"] === undefined) return undefined
    const [m1, m2] = [readMonth(g["month"]!), readMonth(g["month2"]!)]
    const [s1, e1] = spanOf(match, "month")!
    const [s2] = spanOf(match, "month2")!
    const end = spanOf(match)![1]
    const at = spanOf(match)![0]
    // The end is dated as a month alone would be (a past range has ended); the start in its year, or the one before.
    const last: Resolved =
      g["year"] === undefined
        ? resolveMonth(context.anchor, m2, tenseOfPeriod(context, at, end))
        : { value: formatTimexValue({ year: Number(g["year"]), month: m2 }), why: "month with the year given at the end of the range" }
    const year = Number(last.value.slice(0, 4))
    const first: Resolved = Number.isNaN(year)
      ? resolveMonth(context.anchor, m1, tenseOfPeriod(context, at, end))
      : { ...last, value: formatTimexValue({ year: year - (m1 > m2 ? 1 : 0), month: m1 }), why: `the range's start, in the year of its end ${last.value}` }
    return [makeDraft(context, s1, e1, "DATE", first), makeDraft(context, s2, end, "DATE", last)]
  }
}

/** A bare year, only in date-like context: "In 2023", "2016's", "since 2001", "mid-2020", "the 2018 World Cup". */
const year: TimexRule = {
  name: "year",
  triggers: [NUMBER_TRIGGER],
  lookback: 5,
  pattern: compile(String.raw`(?:(?<theYear>the\s+year)\s+)?${NUMBER_START}(?:(?<pos>${POSITION_MODIFIER})[\s-]+)?(?<year>${YEAR})(?<poss>['’]s)?`),
  resolve: (match, context) => {
    const g = match.groups!
    const [start, end] = spanOf(match)!
    const mod = readPositionModifier(g["pos"])
    if (mod === undefined && g["poss"] === undefined && g["theYear"] === undefined) {
      const preceding = before(context.text, start)
      const following = context.text.slice(end, end + 24)
      const parenthesised = preceding.endsWith("(") && following.startsWith(")")
      const listed = YEAR_BEFORE.test(preceding)
      const opening = start === 0 || SENTENCE_START.test(preceding)
      if (!parenthesised && !listed && !opening && !DATE_CONTEXT.test(preceding)) return undefined
      if (!listed && (LEVEL_AFTER_POINTS.test(preceding) || (Number(g["year"]) < EARLIEST_LOOSE_YEAR && !OLD_YEAR_CONTEXT.test(preceding)))) return undefined
      if ((opening || WEAK_YEAR_CONTEXT.test(preceding)) && !listed && isPluralNoun(context.tokenFrom(end))) return undefined
    }
    return [makeDraft(context, start, end, "DATE", { value: g["year"]!, why: "explicit year" }, { mod })]
  }
}

/** "since '89", "the class of '05": a year written with two digits, in the latest century not after the reference year. */
const shortYear: TimexRule = {
  name: "short-year",
  triggers: [NUMBER_TRIGGER],
  lookback: 1,
  pattern: compile(String.raw`(?<=(?:^|[^A-Za-z])(?:since|in|of|by|until|from|before|after)\s+)['’](?<yy>\d\d)(?![0-9A-Za-z'’])`),
  resolve: (match, context) => {
    const anchorYear = context.anchor.year
    if (anchorYear === undefined) return undefined
    const [start, end] = spanOf(match)!
    const candidate = Math.floor(anchorYear / 100) * 100 + Number(match.groups!["yy"])
    const year = candidate > anchorYear ? candidate - 100 : candidate
    return [makeDraft(context, start, end, "DATE", { value: String(year), why: `a two-digit year, the latest not after ${context.anchor.label}` })]
  }
}

/** "2001-09", "2018–2019", "2003/2004", "2005/06": a year range (or fiscal year) written with a dash or slash. */
const yearRange: TimexRule = {
  name: "year-range",
  triggers: [NUMBER_TRIGGER],
  lookback: 0,
  pattern: compile(String.raw`${NUMBER_START}(?<year>(?:1[0-9]|20)\d\d)(?:\s*[-–—]\s*|/)(?<year2>\d{4}|\d{1,2})${NUMBER_END}`),
  resolve: (match, context) => {
    const g = match.groups!
    const first = Number(g["year"])
    const written = g["year2"]!
    // "2001-09" → 2009, "2005-6" → 2006: a short end keeps the start's leading digits.
    const unit = 10 ** written.length
    const second = written.length < 4 ? Math.floor(first / unit) * unit + Number(written) : Number(written)
    if (second <= first || second - first > 100) return undefined
    const [s1, e1] = spanOf(match, "year")!
    const [s2, e2] = spanOf(match, "year2")!
    return [
      makeDraft(context, s1, e1, "DATE", { value: String(first), why: "explicit year, start of a range" }),
      makeDraft(context, s2, e2, "DATE", { value: String(second), why: written.length < 4 ? `end of a range, leading digits from ${first}` : "explicit year, end of a range" })
    ]
  }
}

const TEMPERATURE_NEAR = new RegExp(`(?<![A-Za-z])(?:${alternation(TEMPERATURE_WORDS)})(?![A-Za-z])`, "i")

/** A decade after another: "the 80s and 90s". */
const DECADE_BEFORE = /\d0s\s+(?:and|or|to)\s+$/

/** "the 1990s" → 199, "the early '80s" → 198 (century: the latest not after the reference year). */
const decade: TimexRule = {
  name: "decade",
  triggers: [NUMBER_TRIGGER],
  lookback: 5,
  pattern: compile(String.raw`${WORD_START}(?:(?<pos>${POSITION_MODIFIER})[\s-]+)?(?<the>the\s+)?(?<decade>(?:1\d|20)\d0s|['’]?\d0s)${WORD_END}`),
  resolve: (match, context) => {
    const g = match.groups!
    const written = g["decade"]!
    const [start, end] = spanOf(match)!
    const mod = readPositionModifier(g["pos"])
    if (/^\d{4}/.test(written)) return [makeDraft(context, start, end, "DATE", { value: written.slice(0, 3), why: "explicit decade" }, { mod })]
    // "80s" without an apostrophe is an age ("in her 80s") unless "the" or a position word leads.
    if (/^\d/.test(written) && g["the"] === undefined && mod === undefined && !DECADE_BEFORE.test(before(context.text, start))) return undefined
    // "temperatures will reach the 20s": degrees, not years.
    if (!/^\d{4}/.test(written) && TEMPERATURE_NEAR.test(context.text.slice(Math.max(0, start - 80), end + 30))) return undefined
    const tens = Number(written.at(-3))
    const anchorYear = context.anchor.year
    if (anchorYear === undefined) return [makeDraft(context, start, end, "DATE", { value: `XX${tens}`, why: "decade without a century; no reference date", yearOpen: true }, { mod })]
    let century = Math.floor(anchorYear / 100)
    if (century * 100 + tens * 10 > anchorYear) century--
    return [makeDraft(context, start, end, "DATE", { value: `${century}${tens}`, why: `decade in the latest century not after ${context.anchor.label}` }, { mod })]
  }
}

/** "the 19th century" → 18, "the twenty-first century" → 20. */
const century: TimexRule = {
  name: "century",
  triggers: ["century"],
  lookback: 6,
  pattern: compile(String.raw`${WORD_START}(?:(?<pos>${POSITION_MODIFIER})[\s-]+)?(?:the\s+)?(?<ordinal>${ORDINAL})[\s-]+century${WORD_END}`, "i"),
  resolve: (match, context) => {
    const g = match.groups!
    const n = readOrdinal(g["ordinal"]!)
    if (n === undefined || n < 1 || n > 22) return undefined
    const [start, end] = spanOf(match)!
    const value = String(n - 1).padStart(2, "0")
    return [makeDraft(context, start, end, "DATE", { value, why: `the ${g["ordinal"]} century is ${value}00–${value}99` }, { mod: readPositionModifier(g["pos"]) })]
  }
}

const TENS_AND_DIGIT = String.raw`(?:${alternation(SPOKEN_TENS)})(?:[\s-]+(?:${alternation(SPOKEN_DIGITS)}))?`
/** "nineteen ninety-six", "nineteen hundred", "nineteen oh five"; "two thousand (and) one" (only after a month, a season or "the year": alone it is a count). */
const SPOKEN_YEAR = String.raw`(?:${alternation(SPOKEN_CENTURIES)})[\s-]+(?:hundred|oh[\s-]+(?:${alternation(SPOKEN_DIGITS)})|${TENS_AND_DIGIT})|(?<thousand>two\s+thousand(?:\s+and)?(?:[\s-]+(?:${alternation(SPOKEN_TEENS)}|${TENS_AND_DIGIT}|${alternation(SPOKEN_DIGITS)}))?)`

/** Words that put a number said in hundreds in time: "in nineteen hundred", "since eighteen hundred". */
const YEAR_PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:in|since|by|until|till|from|of|before|after)\s+$/iu

/** A year said aloud, as transcripts write it: "in nineteen ninety-one", "January nineteen ninety-seven", "the winter of nineteen ninety-four", "the year two thousand". */
const spokenYear: TimexRule = {
  name: "spoken-year",
  triggers: [...SPOKEN_CENTURIES, "thousand"],
  lookback: 4,
  pattern: compile(
    String.raw`${WORD_START}(?:(?<month>${MONTH_NAME})\s+|(?:the\s+)?(?<season>${SEASON})\s+(?:of\s+)?|(?<yearWord>the\s+year)\s+)?(?<spoken>${SPOKEN_YEAR})${WORD_END}`,
    "i"
  ),
  resolve: (match, context) => {
    const g = match.groups!
    const bare = g["month"] === undefined && g["season"] === undefined && g["yearWord"] === undefined
    if (g["thousand"] !== undefined && bare) return undefined
    // "has twelve hundred mostly American students": hundreds are a count unless a word of time puts them in time ("in nineteen hundred").
    const [start, end] = spanOf(match)!
    if (bare && /hundred$/i.test(g["spoken"]!) && !YEAR_PREPOSITION_BEFORE.test(context.text.slice(Math.max(0, start - 8), start))) return undefined
    const year = readSpokenYear(g["spoken"]!)
    if (year === undefined) return undefined
    const month = g["month"] === undefined ? undefined : readMonth(g["month"][0]!.toUpperCase() + g["month"].slice(1).toLowerCase())
    const season = g["season"] === undefined ? undefined : SEASONS[g["season"].toLowerCase()]
    const value = season !== undefined ? `${year}-${season}` : formatTimexValue(month === undefined ? { year } : { year, month })
    return [makeDraft(context, start, end, "DATE", { value, why: "a year said in words" })]
  }
}

export const monthAndYearRules: ReadonlyArray<TimexRule> = [month, monthRange, year, shortYear, yearRange, decade, century, spokenYear]
