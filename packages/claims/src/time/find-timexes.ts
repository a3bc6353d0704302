import type { Analysis } from "../nlp/analyze.js"
import { indexStartingFrom } from "../nlp/sorted-spans.js"
import type { ReferenceDate, Timex } from "../model/time.js"
import { anchorOf } from "./anchor.js"
import { dayDateRules } from "./rules/day-dates.js"
import { durationAndSetRules } from "./rules/durations-and-sets.js"
import { monthAndYearRules } from "./rules/months-and-years.js"
import { periodOfYearRules } from "./rules/periods-of-year.js"
import { referenceAndTimeRules } from "./rules/references-and-times.js"
import { relativeDateRules } from "./rules/relative-dates.js"
import { resolveAnaphora } from "./resolve-anaphora.js"
import { referenceDay } from "./reference-day.js"
import { makeTenseReader, type Tense } from "./sentence-tense.js"
import { derivationOf, type Draft, NUMBER_TRIGGER, type RuleContext, type TimexRule } from "./timex-rule.js"

/** Earlier rules win ties between equally long matches (a rate "a year" over the duration "a year"). */
const RULES: ReadonlyArray<TimexRule> = [...dayDateRules, ...monthAndYearRules, ...relativeDateRules, ...periodOfYearRules, ...referenceAndTimeRules, ...durationAndSetRules]

/** The drafts one match produced: one expression, or a range's two end points. */
interface Candidate {
  readonly drafts: ReadonlyArray<Draft>
  readonly start: number
  readonly end: number
  readonly priority: number
}

/** Rule indices by trigger word, built once. */
const RULES_BY_TRIGGER: ReadonlyMap<string, ReadonlyArray<number>> = (() => {
  const index = new Map<string, Array<number>>()
  RULES.forEach((rule, i) => {
    for (const trigger of new Set(rule.triggers)) {
      const list = index.get(trigger) ?? []
      list.push(i)
      index.set(trigger, list)
    }
  })
  return index
})()
const NUMBER_RULES = RULES_BY_TRIGGER.get(NUMBER_TRIGGER) ?? []
/** Whether a word holds a digit ("1987", "3rd", "Q2"): asked of every token, so without a regex. */
const hasDigit = (word: string): boolean => {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i)
    if (code >= 48 && code <= 57) return true
  }
  return false
}

/** Two dates joined like this are the ends of one range ("from 2001 to 2009", "June 9–July 2"). */
const RANGE_JOIN = /^\s*(?:-|–|—|to|through|until|till)\s*$/i
/** "and" joins a range only after "between". */
const AND_JOIN = /^\s*and\s*$/i
const BETWEEN_BEFORE = /(?:^|[^\p{L}])between\s+$/iu
/** A clock time and a day written together: "10 a.m. on Friday", "Friday at 10 a.m.", "June 9, 10:30". */
const TIME_THEN_DAY = /^\s*(?:(?:local\s+time|Eastern|Central|Pacific|GMT|BST|UTC|CET|EST|EDT|ET|PST|PDT|PT)\s*)?,?\s*(?:on\s+)?$/
const DAY_THEN_TIME = /^\s*,?\s*(?:at\s+)?$/i
const DAY_VALUE = /^(?:\d{4}|XXXX)-(?:\d{2}|XX)-(?:\d{2}|XX)$/
const CLOCK_VALUE = /T(\d{2}:\d{2})$/

/** Where the rule patterns matched in a document, before any value is resolved against a reference date. */
export interface TimexMatches {
  readonly analysis: Analysis
  readonly tenseAt: (offset: number) => Tense
  readonly matches: ReadonlyArray<{ readonly ruleIndex: number; readonly match: RegExpExecArray }>
}

/**
 * The rule patterns tried near their trigger words, once per document: the costly half of
 * tagging, which does not depend on the reference date (so inferring one does not repeat it).
 */
export const matchTimexes = (analysis: Analysis): TimexMatches => {
  const { text, tokens } = analysis
  const matches: Array<{ readonly ruleIndex: number; readonly match: RegExpExecArray }> = []
  // Each rule is tried only at the token starts shortly before one of its trigger words, once per offset.
  // Tokens are visited in order, so each rule goes on from the last token it was tried at (and skips
  // a token starting where that one did) rather than remembering every offset tried.
  const triedTo = new Int32Array(RULES.length).fill(-1)
  const triedAt = new Int32Array(RULES.length).fill(-1)
  const attempt = (ruleIndex: number, at: number) => {
    if (triedAt[ruleIndex] === at) return
    triedAt[ruleIndex] = at
    const rule = RULES[ruleIndex]!
    rule.pattern.lastIndex = at
    const match = rule.pattern.exec(text)
    if (match !== null) matches.push({ ruleIndex, match })
  }
  const tryNear = (rules: ReadonlyArray<number> | undefined, i: number) => {
    if (rules === undefined) return
    for (const ruleIndex of rules) {
      for (let p = Math.max(0, i - RULES[ruleIndex]!.lookback, triedTo[ruleIndex]! + 1); p <= i; p++) attempt(ruleIndex, tokens[p]!.start)
      triedTo[ruleIndex] = Math.max(triedTo[ruleIndex]!, i)
    }
  }
  tokens.forEach((token, i) => {
    tryNear(RULES_BY_TRIGGER.get(token.normal), i)
    const hyphen = token.normal.lastIndexOf("-")
    if (hyphen >= 0) tryNear(RULES_BY_TRIGGER.get(token.normal.slice(hyphen + 1)), i)
    if (hasDigit(token.text)) tryNear(NUMBER_RULES, i)
  })
  return { analysis, tenseAt: makeTenseReader(analysis), matches }
}

/**
 * The matched expressions with their TIMEX3 type and value resolved against the reference date
 * (ids t1, t2, … in text order); overlapping candidates are settled longest first.
 */
export const anchorTimexes = (found: TimexMatches, referenceDate: ReferenceDate): ReadonlyArray<Timex> => {
  const known = lastAnchoring.get(found)
  if (known !== undefined && known.referenceDate === referenceDate) return known.timexes
  const timexes = anchorAll(found, referenceDate)
  lastAnchoring.set(found, { referenceDate, timexes })
  return timexes
}

/**
 * Each document's last anchoring. Inferring a reference date anchors the matches against the
 * unknown date; when no date can be inferred (most undated wire copy), the article is anchored
 * against that same unknown date again, which would redo every rule's resolution for the same result.
 */
const lastAnchoring = new WeakMap<TimexMatches, { readonly referenceDate: ReferenceDate; readonly timexes: ReadonlyArray<Timex> }>()

const anchorAll = (found: TimexMatches, referenceDate: ReferenceDate): ReadonlyArray<Timex> => {
  const { text, tokens, sentences } = found.analysis
  const tokenFrom = (offset: number) => tokens[indexStartingFrom(tokens, offset)]
  const anchor = anchorOf(referenceDate)
  const context: RuleContext = { text, anchor, tenseAt: found.tenseAt, tokenFrom }
  const candidates: Array<Candidate> = []
  for (const { match, ruleIndex } of found.matches) {
    const drafts = RULES[ruleIndex]!.resolve(match, context)
    if (drafts !== undefined && drafts.length > 0)
      candidates.push({ drafts, start: drafts[0]!.start, end: drafts[drafts.length - 1]!.end, priority: ruleIndex })
  }
  const groups = settleOverlaps(candidates, text.length)
  return toTimexes(text, resolveAnaphora(text, sentences, referenceDay(referenceDate), mergeTimesWithDays(text, groups)))
}

/** Every time expression in the analysed text, resolved against the reference date. */
export const findTimexes = (analysis: Analysis, referenceDate: ReferenceDate): ReadonlyArray<Timex> =>
  anchorTimexes(matchTimexes(analysis), referenceDate)

const settleOverlaps = (candidates: ReadonlyArray<Candidate>, length: number): Array<ReadonlyArray<Draft>> => {
  const taken = new Uint8Array(length)
  const kept: Array<Candidate> = []
  const order = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start)
  for (const candidate of order) {
    if (taken.subarray(candidate.start, candidate.end).includes(1)) continue
    taken.fill(1, candidate.start, candidate.end)
    kept.push(candidate)
  }
  return kept.sort((a, b) => a.start - b.start).map((c) => c.drafts)
}

/** Joins a single clock time and the single day next to it into one TIME ("Friday at 10 a.m." → 2018-06-08T10:00). */
const mergeTimesWithDays = (text: string, groups: Array<ReadonlyArray<Draft>>): Array<ReadonlyArray<Draft>> => {
  const out: Array<ReadonlyArray<Draft>> = []
  for (const group of groups) {
    const previous = out.at(-1)
    const [a, b] = [previous?.[0], group[0]]
    if (previous?.length === 1 && group.length === 1 && a !== undefined && b !== undefined) {
      const between = text.slice(a.end, b.start)
      const clockFirst = CLOCK_VALUE.exec(a.value)
      const clockSecond = CLOCK_VALUE.exec(b.value)
      const merged =
        clockFirst && DAY_VALUE.test(b.value) && TIME_THEN_DAY.test(between) ? join(text, a, b, b.value, clockFirst[1]!)
        : clockSecond && DAY_VALUE.test(a.value) && DAY_THEN_TIME.test(between) ? join(text, a, b, a.value, clockSecond[1]!)
        : undefined
      if (merged !== undefined) {
        out[out.length - 1] = [merged]
        continue
      }
    }
    out.push(group)
  }
  return out
}

const join = (text: string, a: Draft, b: Draft, day: string, clock: string): Draft => {
  const value = `${day}T${clock}`
  const dayDraft = day === a.value ? a : b
  return {
    start: a.start,
    end: b.end,
    type: "TIME",
    value,
    phrase: text.slice(a.start, b.end).replace(/\s+/g, " "),
    why: `the clock time on the day ${derivationOf(dayDraft)}`,
    ...(a.yearOpen === true || b.yearOpen === true ? { yearOpen: true } : {})
  }
}

const toTimexes = (text: string, groups: ReadonlyArray<ReadonlyArray<Draft>>): ReadonlyArray<Timex> => {
  const drafts = groups.flat()
  const id = (i: number) => `t${i + 1}`
  const partner = new Map<number, { role: "begin" | "end"; other: number }>()
  let index = 0
  for (const group of groups) {
    if (group.length === 2) {
      partner.set(index, { role: "begin", other: index + 1 })
      partner.set(index + 1, { role: "end", other: index })
    }
    index += group.length
  }
  // Separately found dates joined by "to", "–", "between … and": one range.
  for (let i = 0; i + 1 < drafts.length; i++) {
    const [a, b] = [drafts[i]!, drafts[i + 1]!]
    if (partner.has(i) || partner.has(i + 1) || a.type !== "DATE" || b.type !== "DATE" || !/^\d/.test(a.value) || !/^\d/.test(b.value)) continue
    const between = text.slice(a.end, b.start)
    if (RANGE_JOIN.test(between) || (AND_JOIN.test(between) && BETWEEN_BEFORE.test(text.slice(Math.max(0, a.start - 12), a.start)))) {
      partner.set(i, { role: "begin", other: i + 1 })
      partner.set(i + 1, { role: "end", other: i })
    }
  }
  return drafts.map((d, i): Timex => {
    const link = partner.get(i)
    return {
      id: id(i),
      start: d.start,
      end: d.end,
      text: text.slice(d.start, d.end),
      type: d.type,
      value: d.value,
      ...(d.mod === undefined ? {} : { mod: d.mod }),
      ...(d.quant === undefined ? {} : { quant: d.quant }),
      ...(d.freq === undefined ? {} : { freq: d.freq }),
      ...(link === undefined ? {} : { range: { role: link.role, other: id(link.other) } }),
      derivation: derivationOf(d),
      ...(d.yearOpen === true ? { yearOpen: true } : {}),
      ...(d.yearWritten === true ? { yearWritten: true } : {})
    }
  })
}
