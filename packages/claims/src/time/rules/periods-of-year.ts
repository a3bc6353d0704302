import { cyclicYear, type Resolved, shiftPeriod } from "../anchor.js"
import { readCount, readMonth, readOrdinal, readPositionModifier } from "../read-words.js"
import type { Tense } from "../sentence-tense.js"
import { SEASON_MONTHS, SEASONS } from "../time-words.js"
import { compile, COUNT, MONTH_NAME, NUMBER_END, POSITION_MODIFIER, SAME_LINE, SEASON, WORD_END, WORD_START, YEAR } from "../timex-patterns.js"
import { before, makeDraft, type RuleContext, spanOf, tenseOfPeriod, type TimexRule } from "../timex-rule.js"
import { formatTimexValue } from "../timex-value.js"

const QUARTER_ORDINAL = String.raw`(?<ordinal>first|second|third|fourth|final|last|1st|2nd|3rd|4th)`
/**
 * A year named before the quarter or half: "the 1988 third quarter", "this year's third quarter", "the year-ago third
 * quarter", "the prior first half" (with its number written, "prior" is the same part a year before).
 */
const YEAR_BEFORE = String.raw`(?:(?<yearBefore>${YEAR})[\s-]+|(?<yearBeforeRel>this|last|next)\s+year['’]s\s+|(?<yearAgo>year-(?:ago|earlier)|prior|previous)\s+)?`
const YEAR_AFTER = String.raw`(?:(?:\s+of|,)?\s+(?:(?:fiscal|the\s+year)\s+)?(?<year>${YEAR})|\s+of\s+(?<thisYear>the|this|last|next)\s+year)?`

/**
 * A period of the year given without a year: the anchor's year, moved by tense ("the fourth quarter" reported in February → last
 * year's); "the year-ago third quarter", "the prior first half": that part a year before the one meant without it.
 */
const periodOfYear = (context: RuleContext, span: readonly [number, number], index: number, perYear: number, g: Record<string, string | undefined>): { year: number | undefined; why: string } => {
  const read = periodOfYearRead(context, span, index, perYear, g)
  return g["yearAgo"] === undefined || read.year === undefined ? read : { year: read.year - 1, why: `a year before ${read.why}` }
}

const periodOfYearRead = (context: RuleContext, [at, end]: readonly [number, number], index: number, perYear: number, g: Record<string, string | undefined>): { year: number | undefined; why: string } => {
  if (g["year"] !== undefined) return { year: Number(g["year"]), why: "explicit year" }
  const anchor = context.anchor
  const anchorIndex = anchor.day === undefined ? undefined : Math.floor((anchor.day.month - 1) / (12 / perYear)) + 1
  // "of this year" is the reference year; "of the year" follows the tense like a bare period.
  const which = g["thisYear"]?.toLowerCase()
  if (which === "this" || which === "last" || which === "next") {
    const shifted = shiftPeriod(anchor, "year", which === "this" ? 0 : which === "last" ? -1 : 1)
    return shifted.yearOpen === true ? { year: undefined, why: shifted.why } : { year: Number(shifted.value), why: shifted.why }
  }
  const tense: Tense = tenseOfPeriod(context, at, end)
  // "expects to report third-quarter results" in October: results come after a quarter ends, so the
  // quarter just before the reference date's is that one, whatever the tense (not next year's).
  if (perYear === 4 && tense === "future" && anchorIndex !== undefined && index === ((anchorIndex + 2) % 4) + 1) {
    const justEnded = shiftPeriod(anchor, "quarter", -1)
    return { year: Number(justEnded.value.slice(0, 4)), why: `the quarter just ended before ${anchor.label} (results are reported after it)` }
  }
  const y = cyclicYear(anchor, index, anchorIndex, tense)
  return y === undefined ? { year: undefined, why: "no year given; the year is open (no reference date)" } : y
}

/** "the fourth quarter", "Q3 2019", "first-quarter", "the third quarter of 2019". */
const quarter: TimexRule = {
  name: "quarter",
  triggers: ["quarter", "q1", "q2", "q3", "q4"],
  lookback: 8,
  pattern: compile(
    String.raw`${WORD_START}(?:(?<pos>${POSITION_MODIFIER})[\s-]+)?(?:the\s+)?${YEAR_BEFORE}${QUARTER_ORDINAL}[\s-]+(?:fiscal\s+)?quarter${YEAR_AFTER}${WORD_END}|${WORD_START}Q(?<q>[1-4])(?:${SAME_LINE}(?<year2>${YEAR}))?${WORD_END}`,
    "i"
  ),
  resolve: (match, context) => {
    const g: Record<string, string | undefined> = { ...match.groups! }
    const [matchStart, end] = spanOf(match)!
    // "the third-quarter loss": a hyphened quarter modifies the noun after it, which "the" belongs to.
    const ordinalAt = spanOf(match, "ordinal")
    const adjective = ordinalAt !== undefined && /^the\s/i.test(match[0]) && /^-quarter$/i.test(context.text.slice(ordinalAt[1], end))
    const start = adjective ? ordinalAt[0] : matchStart
    if (g["q"] !== undefined) {
      g["year"] = g["year2"]
      if (g["year"] === undefined && !/(?:in|the|of|during|for)\s+$/i.test(before(context.text, start))) return undefined
    }
    g["year"] ??= g["yearBefore"]
    g["thisYear"] ??= g["yearBeforeRel"]
    const ordinal = g["ordinal"]?.toLowerCase()
    if ((ordinal === "last" || ordinal === "final") && g["year"] === undefined && g["thisYear"] === undefined) return undefined
    const n = g["q"] !== undefined ? Number(g["q"]) : readOrdinal(ordinal!)!
    const { year, why } = periodOfYear(context, [start, end], n, 4, g)
    const value = formatTimexValue(year === undefined ? { quarter: n } : { year, quarter: n })
    return [makeDraft(context, start, end, "DATE", year === undefined ? { value, why, yearOpen: true } : { value, why }, { mod: readPositionModifier(g["pos"]) })]
  }
}

/** A sum of money or a percentage written in a sentence: "pretax profits rose six pct to 42.7 mln stg". */
const REPORTED_FIGURE = /[$£€¥]\s?\d|\d\s*(?:pct|%|per\s*cent|percent|mln|bln|billion|million|bn|m|dlrs|dollars|stg|yen|marks|francs|euros?|pounds|cts)(?![A-Za-z])/i
/** How far either side of a period the sentence about it is read. */
const SENTENCE_REACH = 240
/** Words after "half" that make it a half of something else: "the second half of July", "the first half-hour". */
const HALF_OF_ANOTHER = /^(?:[\s-]+(?:of|century|hour|time|dozen|mile|point|an?)(?![A-Za-z])|-)/i

/**
 * "in the first half" with no year is a reporting period only in a sentence that reports a figure of money or a
 * percentage ("a six pct rise in pretax profits to 42.7 mln stg in the first half"); a match's half ("shot wide
 * in the first half") or a half of something named after it is no date.
 */
const isReportedHalf = (text: string, start: number, end: number): boolean => {
  if (HALF_OF_ANOTHER.test(text.slice(end, end + 12))) return false
  const before = text.slice(Math.max(0, start - SENTENCE_REACH), start).split(/[.!?]["”’]?\s+|\n\s*\n/).at(-1)!
  const after = text.slice(end, end + SENTENCE_REACH).split(/[.!?]["”’]?(?:\s|$)/)[0]!
  return REPORTED_FIGURE.test(before) || REPORTED_FIGURE.test(after)
}

/** "the first half of 2020", "the second half of the year", "H1 2020"; "the first half" beside a reported figure. */
const half: TimexRule = {
  name: "half",
  triggers: ["half", "h1", "h2"],
  lookback: 3,
  pattern: compile(
    String.raw`${WORD_START}(?:the\s+)?${YEAR_BEFORE}(?<ordinal>first|second|latter|last|1st|2nd)[\s-]+half(?:[\s-]+year)?${YEAR_AFTER}${WORD_END}|${WORD_START}H(?<h>[12])${SAME_LINE}(?<year2>${YEAR})`,
    "i"
  ),
  resolve: (match, context) => {
    const g: Record<string, string | undefined> = { ...match.groups! }
    g["year"] ??= g["year2"] ?? g["yearBefore"]
    g["thisYear"] ??= g["yearBeforeRel"]
    const [start, end] = spanOf(match)!
    if (g["year"] === undefined && g["thisYear"] === undefined && (g["ordinal"] === undefined || !isReportedHalf(context.text, start, end))) return undefined
    const n = g["h"] !== undefined ? Number(g["h"]) : /^(?:first|1st)$/i.test(g["ordinal"]!) ? 1 : 2
    const { year, why } = periodOfYear(context, [start, end], n, 2, g)
    const value = formatTimexValue(year === undefined ? { half: n } : { year, half: n })
    return [makeDraft(context, start, end, "DATE", year === undefined ? { value, why, yearOpen: true } : { value, why })]
  }
}

/** " in 1986" right after "the quarter": the year of the quarter reported on. */
const IN_YEAR_AFTER = new RegExp(String.raw`^\s+in\s+(${YEAR})`)
const IN_YEAR_REACH = 12

/**
 * "the quarter", "the latest quarter" without an ordinal: in reporting, the last completed quarter;
 * in what is planned or expected, the current one. Without a reference date, the quarter the text
 * named before ("the fourth quarter of 2004 ... its profit for the quarter").
 */
const reportingQuarter: TimexRule = {
  name: "reporting-quarter",
  triggers: ["quarter"],
  lookback: 4,
  // "the quarter from April 1", "the quarter of the draw": defined by what follows, not by the reporting date.
  pattern: compile(
    String.raw`${WORD_START}the\s+(?:(?<latest>latest|most\s+recent|just-ended|just\s+ended|recent)\s+)?quarter${WORD_END}(?![\s-]+(?:of|from|to|ending|ended|beginning|starting|through|century|mile|final|point|hour|inch|pound)${WORD_END}|-)`
  ),
  resolve: (match, context) => {
    const [start, end] = spanOf(match)!
    const current = match.groups!["latest"] === undefined && context.tenseAt(start) === "future"
    const reported = shiftPeriod(context.anchor, "quarter", current ? 0 : -1)
    // "earned during the quarter in 1986": the quarter reported on, of the year named after it (the year stays its own timex).
    const inYear = IN_YEAR_AFTER.exec(context.text.slice(end, end + IN_YEAR_REACH))?.[1]
    const quarterOf = reported.yearOpen === true ? undefined : /-Q(\d)$/.exec(reported.value)?.[1]
    const which = current ? "the current quarter (future tense)" : "the last completed quarter (reporting)"
    if (inYear !== undefined && quarterOf !== undefined) {
      const value = formatTimexValue({ year: Number(inYear), quarter: Number(quarterOf) })
      return [makeDraft(context, start, end, "DATE", { value, why: `${which}'s number (Q${quarterOf}) in ${inYear}, the year named after it` })]
    }
    const anaphor = reported.yearOpen === true ? { kind: "shift" as const, unit: "year" as const, count: 0, scope: "document" as const, granularity: "quarter" as const } : undefined
    return [makeDraft(context, start, end, "DATE", { ...reported, why: `${which}: ${reported.why}` }, { anaphor })]
  }
}

/** "the June quarter", "the March quarter of 2010": the quarter ending in (or containing) that month. */
const monthQuarter: TimexRule = {
  name: "month-quarter",
  triggers: ["quarter"],
  lookback: 3,
  pattern: compile(String.raw`${WORD_START}the\s+(?<month>${MONTH_NAME})(?:[\s-]+(?<named>${YEAR}))?\s+quarter${YEAR_AFTER}${WORD_END}`),
  resolve: (match, context) => {
    const g: Record<string, string | undefined> = { ...match.groups! }
    g["year"] ??= g["named"]
    const [start, end] = spanOf(match)!
    const n = Math.ceil(readMonth(g["month"]!) / 3)
    const { year, why } = periodOfYear(context, [start, end], n, 4, g)
    const value = formatTimexValue(year === undefined ? { quarter: n } : { year, quarter: n })
    return [makeDraft(context, start, end, "DATE", year === undefined ? { value, why, yearOpen: true } : { value, why: `the quarter containing ${g["month"]}; ${why}` })]
  }
}

const EDGE_PERIODS: Readonly<Record<number, { readonly perYear: number; readonly kind: "quarter" | "half" | "year" }>> = {
  3: { perYear: 4, kind: "quarter" }, 6: { perYear: 2, kind: "half" }, 12: { perYear: 1, kind: "year" }
}

/**
 * "the last three months of 2004" → 2004-Q4, "the first six months of 2019" → 2019-H1. Other counts
 * ("the first four months of 2024") have no TIMEX3 value of their own and are left to the duration
 * and year rules (P4M, 2024), from which claim time scopes take the months.
 */
const monthsOfYear: TimexRule = {
  name: "months-of-year",
  triggers: ["months"],
  lookback: 4,
  pattern: compile(String.raw`${WORD_START}the\s+(?<edge>first|last|final)\s+(?<count>${COUNT})\s+months\s+of\s+(?:(?<year>${YEAR})|(?<thisYear>this|last|next)\s+year)${WORD_END}`, "i"),
  resolve: (match, context) => {
    const g: Record<string, string | undefined> = { ...match.groups! }
    const count = readCount(g["count"]!)
    const period = count === undefined ? undefined : EDGE_PERIODS[count]
    if (period === undefined) return undefined
    const [start, end] = spanOf(match)!
    const first = g["edge"]!.toLowerCase() === "first"
    const { year, why } = periodOfYear(context, [start, end], 1, 1, g)
    if (year === undefined) return undefined
    if (period.kind === "year") return [makeDraft(context, start, end, "DATE", { value: String(year), why: `${why}; all 12 months` })]
    const n = first ? 1 : period.perYear
    const value = formatTimexValue(period.kind === "quarter" ? { year, quarter: n } : { year, half: n })
    return [makeDraft(context, start, end, "DATE", { value, why: `${why}; ${count} months at its ${first ? "start" : "end"}` })]
  }
}

const FISCAL_OFFSETS: Readonly<Record<string, number>> = { current: 0, this: 0, last: -1, previous: -1, past: -1, next: 1, coming: 1 }

/** "fiscal 1991" → FY1991, "fiscal '91", "fiscal year 1995", "the current fiscal year" → FY of the reference year. */
const fiscalYear: TimexRule = {
  name: "fiscal-year",
  triggers: ["fiscal"],
  lookback: 4,
  pattern: compile(
    String.raw`${WORD_START}(?:(?<pos>${POSITION_MODIFIER})[\s-]+)?(?:(?:(?:the|its|their)\s+)?(?<rel>current|this|last|previous|past|next|coming)\s+fiscal[\s-]+year|fiscal(?:[\s-]+year)?\s+(?:(?<year>${YEAR})|['’]?(?<short>\d\d)${NUMBER_END}))${WORD_END}`,
    "i"
  ),
  resolve: (match, context) => {
    const g = match.groups!
    const mod = readPositionModifier(g["pos"])
    const [, end] = spanOf(match)!
    // "its current fiscal year": the possessive is not part of the expression.
    const start = /^(?:its|their)\s/i.test(match[0]) ? spanOf(match)![0] + match[0].search(/\s/) + 1 : spanOf(match)![0]
    const anchorYear = context.anchor.year
    let year: number | undefined
    let why: string
    if (g["year"] !== undefined) [year, why] = [Number(g["year"]), "explicit fiscal year"]
    else if (g["short"] !== undefined) {
      if (anchorYear === undefined) return undefined
      const century = Math.floor(anchorYear / 100) * 100
      const candidate = century + Number(g["short"])
      year = candidate > anchorYear + 10 ? candidate - 100 : candidate
      why = `fiscal year written with two digits, in the century of ${context.anchor.label}`
    } else {
      const offset = FISCAL_OFFSETS[g["rel"]!.toLowerCase()]!
      year = anchorYear === undefined ? undefined : anchorYear + offset
      why = `the fiscal year ${offset === 0 ? "of" : offset < 0 ? "before that of" : "after that of"} ${context.anchor.label}`
    }
    const resolved = year === undefined ? { value: "FYXXXX", why: "fiscal year relative to an unknown date", yearOpen: true as const } : { value: `FY${year}`, why }
    return [makeDraft(context, start, end, "DATE", resolved, { mod })]
  }
}

const SEASON_CONTEXT = /(?:^|[^\p{L}])(?:in|during|over|by|since|until|till|through|throughout|before|after|this|last|next|early|late|mid)\s+(?:the\s+)?$/iu

/** "last summer", "the summer of 2017", "in the spring", "winter 2019". */
const season: TimexRule = {
  name: "season",
  triggers: Object.keys(SEASONS),
  lookback: 7,
  pattern: compile(
    String.raw`${WORD_START}(?:(?<pos>${POSITION_MODIFIER})[\s-]+)?(?:(?<rel>last|next|this|past|coming)\s+)?(?:the\s+)?(?<season>${SEASON})(?:(?:\s+of)?${SAME_LINE}(?<year>${YEAR}))?${WORD_END}`,
    "i"
  ),
  resolve: (match, context) => {
    const g = match.groups!
    const [start, end] = spanOf(match)!
    const rel = g["rel"]?.toLowerCase()
    const mod = readPositionModifier(g["pos"])
    const word = g["season"]!.toLowerCase()
    const code = SEASONS[word]!
    if (g["year"] !== undefined) return [makeDraft(context, start, end, "DATE", { value: `${g["year"]}-${code}`, why: "explicit season and year" }, { mod })]
    if (rel === undefined && mod === undefined && !SEASON_CONTEXT.test(before(context.text, start))) return undefined
    if (word === "fall" && rel === undefined && !/the\s+$/i.test(before(context.text, spanOf(match, "season")![0]))) return undefined
    return [makeDraft(context, start, end, "DATE", resolveSeason(context, start, code, rel), { mod })]
  }
}

const resolveSeason = (context: RuleContext, at: number, code: string, rel: string | undefined): Resolved => {
  const anchor = context.anchor
  if (anchor.year === undefined) return { value: `XXXX-${code}`, why: "season without a year; the year is open (no reference date)", yearOpen: true }
  const a = anchor.day
  if (a === undefined) return { value: `${anchor.year}-${code}`, why: `the season in ${anchor.label}` }
  const now = a.year * 12 + a.month - 1
  const first = (y: number) => y * 12 + SEASON_MONTHS[code]!.first - 1
  const last = (y: number) => first(y) + 2
  const tense = rel === "last" || rel === "past" ? "last" : rel === "next" || rel === "coming" ? "next" : rel === "this" ? "this" : context.tenseAt(at)
  const years = [a.year - 2, a.year - 1, a.year, a.year + 1]
  let year: number
  let why: string
  if (tense === "last") {
    year = years.filter((y) => last(y) < now).at(-1)!
    why = `the last such season ended before ${anchor.label}`
  } else if (tense === "next") {
    year = years.find((y) => first(y) > now) ?? a.year + 1
    why = `the next such season after ${anchor.label}`
  } else if (tense === "past") {
    year = years.filter((y) => first(y) <= now).at(-1)!
    why = `the latest such season begun by ${anchor.label} (past tense)`
  } else if (tense === "future") {
    year = years.find((y) => last(y) >= now)!
    why = `the first such season not over by ${anchor.label} (future tense)`
  } else {
    year = years.find((y) => first(y) <= now && now <= last(y)) ?? a.year
    why = `the season of ${anchor.label}`
  }
  return { value: `${year}-${code}`, why }
}

export const periodOfYearRules: ReadonlyArray<TimexRule> = [fiscalYear, quarter, monthQuarter, reportingQuarter, monthsOfYear, half, season]
