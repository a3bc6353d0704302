import type { Quantity } from "../model/quantity.js"
import type { Span } from "../model/span.js"
import type { Token } from "../nlp/analyze.js"
import { headsNounPhrase, qualifiesNextNoun } from "../nlp/noun-phrase.js"
import type { ClaimDraft } from "../claim/claim-draft.js"
import type { DocumentFacts, SentenceFacts } from "../claim/document-facts.js"
import { type PhraseMatch, phraseAt, phraseIndex } from "../claim/phrase-index.js"
import { negated } from "../claim/synthetic-quantity.js"
import type { FigurePeriod } from "../model/figure.js"
import { isYearNumeral } from "../time/timex-patterns.js"
import { type HeadlineCompany, ordinalBefore } from "./headline.js"
import { inTableCurrency } from "./table-money.js"
import {
  LOSS_NOTE_ITEMS,
  NOTE_BOTH_WORDS,
  NOTE_CURRENT_WORDS,
  NOTE_ITEMS,
  NOTE_PERIOD_FILLERS,
  NOTE_PERIOD_PREPOSITIONS,
  NOTE_PERIODS,
  NOTE_PRIOR_WORDS,
  NOTE_RESPECTIVE_WORDS,
  NOTE_VERBS,
  ORDINAL_SUFFIXES,
  ORDINALS,
  PER_SHARE_WORDS,
  SOURCE_NOTE_ITEMS,
  VERSUS_WORDS
} from "./table-labels.js"
import { endYear, fiscalPeriodValue, type TablePeriod, periodValue, timeScopeOfPeriod } from "./table-period.js"

const ITEMS = phraseIndex(NOTE_ITEMS)
const PERIODS = phraseIndex(NOTE_PERIODS)
const NOTE_CONFIDENCE = 0.85
/** The months of a period a note names that is none of the table's ("first quarter" under "3RD QTR"). */
const UNREAD = 0

/** What the table above a note knows: whose results, the months its periods cover, the month they end in. */
export interface NoteTable {
  readonly company: HeadlineCompany | undefined
  /** The months each period of the table covers, in order: [3, 9] for a quarter and nine months. */
  readonly sections: ReadonlyArray<number>
  readonly endMonth: number
  /** The text writes the month the table's periods end in ("3RD QTR JUNE SEVEN"), which a report in that month is after. */
  readonly endWritten: boolean
  /** Which quarter or half the headline names ("3RD QTR"): a note's "first quarter" of a third-quarter table is another period. */
  readonly ordinal?: number
  readonly published: string
  /** The table's periods are fiscal ones whose months the text does not give (`fiscalPeriodValue`). */
  readonly fiscal: boolean
  /** The table's currency: a note's bare amounts ("credits of 2,227,000") are in it. */
  readonly currency: string
  /** The table's rows: a note is what lies outside them (a period head's line may be a note's: "the nine months"). */
  readonly rows: ReadonlyArray<Span>
}

/** A period a note names: how many months, and which year (a year written, or relative to the current one). */
interface NotePeriod {
  readonly months?: number
  readonly year?: number
  readonly back?: 0 | 1
}

/** One amount of a note with its per-share restatement ("2,258,206 dlrs or 90 cts a share"). */
interface Group {
  readonly quantities: Array<Quantity>
  /** The period the words after it name ("… in quarter", "… to nine months net"). */
  own?: { readonly months: ReadonlyArray<number>; readonly years: ReadonlyArray<number>; readonly back?: 0 | 1; readonly respective: boolean }
  /** Set after "vs": the year-ago figure of the group before. */
  prior: boolean
  /** The words right after it count a year back and name no period ("vs 2.3 mln a year earlier and …"). */
  yearBack?: boolean
}

/** The years, period words and relative words in `tokens`; `consumed` collects the figures inside period words ("nine"). */
const readPeriodWords = (tokens: ReadonlyArray<Token>, quantities: ReadonlyArray<Quantity>, consumed: Set<string>, table: NoteTable) => {
  const months: Array<number> = []
  const years: Array<number> = []
  let back: 0 | 1 | undefined
  let both = false
  let respective = false
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    if (isYearNumeral(token.text)) years.push(Number(token.text))
    else if (NOTE_PRIOR_WORDS.has(token.normal)) back = 1
    else if (NOTE_CURRENT_WORDS.has(token.normal)) back = 0
    else if (NOTE_BOTH_WORDS.has(token.normal)) both = true
    else if (NOTE_RESPECTIVE_WORDS.has(token.normal)) respective = true
    // "year-ago", "year ago": the prior period, not a year's.
    if (token.normal === "year" && (tokens[i + 1]?.normal === "ago" || tokens[i + 2]?.normal === "ago")) continue
    const match = phraseAt(PERIODS, tokens, i)
    if (match === undefined) continue
    // "first quarter" in the notes of a third-quarter table is neither of its periods: not read (0).
    const ordinal = ordinalBefore(tokens, i)
    months.push(ordinal !== undefined && match.value < 12 && ordinal !== table.ordinal ? UNREAD : match.value)
    for (const q of quantities) if (q.start >= match.start && q.end <= match.stop) consumed.add(q.id)
    i = match.end - 1
  }
  return { months, years, back, both, respective }
}

/** Words between an amount and its per-share restatement. */
const RESTATING_WORDS: ReadonlySet<string> = new Set(["or", ",", "equal", "to", "about", "equivalent"])

/** Whether the words right after a figure make it per share: "90 cts a share", "11 cts per shr". */
export const isPerShare = (tokens: ReadonlyArray<Token>, quantity: Quantity): boolean =>
  tokens
    .filter((t) => t.start >= quantity.end)
    .slice(0, 2)
    .some((t) => PER_SHARE_WORDS.has(t.normal))

/**
 * The words right after a figure that name its own period: a preposition, then only years, period
 * words and their fillers ("in the respective 1986 periods", "to third quarter net"); "associated
 * with 1985 sale of …" names none.
 */
const ownPeriodTokens = (gap: ReadonlyArray<Token>): ReadonlyArray<Token> => {
  const words = gap.filter((t) => /\p{L}|\d/u.test(t.text))
  const at = words.findIndex((t) => !PER_SHARE_WORDS.has(t.normal) && t.normal !== "a" && t.normal !== "per")
  if (at < 0 || !NOTE_PERIOD_PREPOSITIONS.has(words[at]!.normal)) return []
  const own: Array<Token> = []
  for (let i = at + 1; i < words.length; i++) {
    const word = words[i]!
    const period = phraseAt(PERIODS, words, i)
    if (period !== undefined) {
      own.push(...words.slice(i, period.end))
      i = period.end - 1
    } else if (isYearNumeral(word.text) || NOTE_PERIOD_FILLERS.has(word.normal) || NOTE_PRIOR_WORDS.has(word.normal) || NOTE_CURRENT_WORDS.has(word.normal) || ORDINALS.has(word.normal) || ORDINAL_SUFFIXES.has(word.normal)) own.push(word)
    else break
  }
  return own
}

/** How many words after an amount may count it a year back: "a year earlier", "year ago". */
const YEAR_BACK_REACH = 3

/** The note's figures grouped ("X dlrs or Y cts a share" is one amount), each with the period words after it. */
const groupsOf = (tokens: ReadonlyArray<Token>, money: ReadonlyArray<Quantity>, all: ReadonlyArray<Quantity>, consumed: Set<string>, table: NoteTable): Array<Group> => {
  const groups: Array<Group> = []
  money.forEach((quantity, i) => {
    const last = groups.at(-1)
    const before = last === undefined ? [] : tokens.filter((t) => t.start >= last.quantities.at(-1)!.end && t.end <= quantity.start)
    // "2,258,206 dlrs or 90 cts a share", "12.0 mln dlrs, equal to about 13 cts a share": one amount, restated per share.
    const restated = before.every((t) => RESTATING_WORDS.has(t.normal)) && (isPerShare(tokens, quantity) || before.some((t) => t.normal === "or"))
    const joins = last !== undefined && last.own === undefined && last.quantities.length === 1 && !isPerShare(tokens, last.quantities[0]!) && restated
    const group: Group = joins ? last! : { quantities: [], prior: before.some((t) => VERSUS_WORDS.has(t.normal)) }
    group.quantities.push(quantity)
    if (!joins) groups.push(group)
    const next = money[i + 1]
    const gap = tokens.filter((t) => t.start >= quantity.end && (next === undefined || t.end <= next.start))
    const own = ownPeriodTokens(gap)
    group.yearBack = gap.slice(0, YEAR_BACK_REACH).some((t) => NOTE_PRIOR_WORDS.has(t.normal))
    if (own.length > 0) {
      const words = readPeriodWords(own, all, consumed, table)
      if (words.months.length > 0 || words.years.length > 0 || words.back !== undefined)
        group.own = { months: words.months, years: words.years, ...(words.back !== undefined ? { back: words.back } : {}), respective: words.respective }
    }
  })
  return groups
}

/**
 * Each group's period: the words after it name it for it and the groups before it that name none
 * ("X vs Y in quarter and Z vs W in nine mths"); otherwise the note's scope before its verb does,
 * in order when it names as many periods as there are amounts ("1987 and 1986 nine mths includes
 * X and Y, respectively"), for all of them when it names one. What cannot be told stays open.
 */
const assignPeriods = (groups: ReadonlyArray<Group>, scope: ReturnType<typeof readPeriodWords>, table: NoteTable): ReadonlyArray<NotePeriod | undefined> => {
  const periods: Array<NotePeriod | undefined> = groups.map(() => undefined)
  const named: Array<number> = []
  let pending: Array<number> = []
  groups.forEach((group, i) => {
    const own = group.own
    // "4.2 mln dlrs in quarter vs 2.3 mln a year earlier and …": a year-ago amount naming no period of its own is of the
    // period of the amount it is set against, a year back.
    const against = i > 0 && groups[i - 1]!.own !== undefined ? periods[i - 1] : undefined
    if (own === undefined && group.prior && group.yearBack === true && against?.months !== undefined) {
      periods[i] = { months: against.months, ...(against.year !== undefined ? { year: against.year - 1 } : { back: 1 as const }) }
      return
    }
    pending.push(i)
    if (own === undefined) return
    const months = own.months.length > 0 ? own.months : own.respective ? named.slice(-pending.length) : []
    const spread = <T>(list: ReadonlyArray<T>, k: number): T | undefined => (list.length === 1 ? list[0] : list.length === pending.length ? list[k] : undefined)
    pending.forEach((g, k) => {
      const year = spread(own.years, k)
      periods[g] = { ...(spread(months, k) !== undefined ? { months: spread(months, k)! } : {}), ...(year !== undefined ? { year } : {}), ...(own.back !== undefined ? { back: own.back } : {}) }
    })
    named.push(...own.months)
    pending = []
  })
  // The scope names the periods of the amounts no words after them placed.
  const heads = scope.months.length > 0 ? scope.months : scope.both ? table.sections : table.sections.length === 1 ? table.sections : []
  const open = groups.map((_, i) => i).filter((i) => periods[i] === undefined || periods[i]!.months === undefined)
  const combos: ReadonlyArray<NotePeriod> =
    scope.years.length > 1 && heads.length === 1
      ? scope.years.map((year) => ({ months: heads[0]!, year }))
      : scope.years.length <= 1
        ? heads.map((months) => ({ months, ...(scope.back !== undefined ? { back: scope.back } : {}) }))
        : []
  // One amount for two periods of one year ("qtr and nine mths includes gain X"), or amounts "in both periods",
  // are in the first (shorter) one too.
  const sameYear = combos.length > 1 && combos.every((c) => c.year === combos[0]!.year)
  const everyPeriod = scope.both && scope.months.length === 0
  open.forEach((g, k) => {
    const combo = combos.length === open.length && !everyPeriod ? combos[k] : combos.length === 1 || (sameYear && (open.length === 1 || everyPeriod)) ? combos[0] : undefined
    const given = periods[g]
    if (combo === undefined) return
    periods[g] = { ...combo, ...(given?.year !== undefined ? { year: given.year } : {}), ...(given?.back !== undefined ? { back: given.back } : {}) }
  })
  // A year written for the amount is its own; one the scope writes applies to the amounts placed without one
  // ("1987 tax credits added 14 cts to third quarter net"), a year earlier after "vs".
  return periods.map((p, i) => {
    if (p === undefined || p.months === undefined || p.months === UNREAD) return undefined
    if (p.year !== undefined) return { months: p.months, year: p.year }
    // The figure after "vs" is the year-ago one, whatever the words before said of the current one.
    const prior = groups[i]!.prior ? 1 : 0
    const year = scope.years.length === 1 ? scope.years[0] : undefined
    return { months: p.months, ...(year !== undefined ? { year: year - prior } : { back: prior === 1 ? 1 : (p.back ?? scope.back ?? 0) }) }
  })
}

/**
 * The notes under a results table: each amount a note says the rows include or exclude (a gain,
 * charge, credit, provision) is an `extraordinary_item` of the headline's company for the period
 * the note names, its per-share restatement too. A note that names no such item, or whose amounts
 * are no money, is left to the other readers.
 */
export const tableNoteClaims = (doc: DocumentFacts, notes: Span, table: NoteTable): { readonly drafts: ReadonlyArray<ClaimDraft>; readonly consumed: ReadonlySet<string> } => {
  const drafts: Array<ClaimDraft> = []
  const consumed = new Set<string>()
  const current = endYear(table.endMonth, table.published, table.endWritten)
  for (const sentence of doc.sentences) {
    if (sentence.span.end <= notes.start) continue
    const kept = sentence.tokens.filter((t) => t.start >= notes.start && t.text.trim() !== "" && !table.rows.some((r) => t.start >= r.start && t.end <= r.end))
    for (const tokens of noteSegments(doc.text, kept)) readNote(doc, sentence, tokens, table, current, drafts, consumed)
  }
  return { drafts, consumed }
}

/** A new note opens an indented line (a note's own lines run on unindented), or a clause after "while". */
const INDENTED_LINE = /\n[^\S\n]{2,}$/
const NOTE_BREAK_WORDS: ReadonlySet<string> = new Set(["while", "whereas"])

const noteSegments = (text: string, tokens: ReadonlyArray<Token>): ReadonlyArray<ReadonlyArray<Token>> => {
  const segments: Array<Array<Token>> = []
  tokens.forEach((token, i) => {
    const previous = tokens[i - 1]
    const opens = previous === undefined || INDENTED_LINE.test(text.slice(previous.end, token.start)) || NOTE_BREAK_WORDS.has(token.normal)
    if (opens) segments.push([])
    if (!NOTE_BREAK_WORDS.has(token.normal)) segments.at(-1)!.push(token)
  })
  return segments.filter((segment) => segment.length > 0)
}

/** Whether a figure of a note is an amount: money, or a bare figure of a thousand or more that is no year. */
const isAmount = (quantity: Quantity): boolean =>
  quantity.kind === "money" || (quantity.kind === "count" && quantity.value >= 1000 && !isYearNumeral(quantity.text))

/** Words a note's list of amounts runs on with: "X and Y", "X vs Y", "X or Y cts a share, and Y". */
const LIST_WORDS: ReadonlySet<string> = new Set(["and", "or", "vs", "vs.", "versus", "against", "compared", "with", "a", "an", "per", "respectively", ",", ";", "equal", "about", "equivalent"])

/**
 * The amounts of a note's list: each next one follows list words and period words only, or opens
 * a new item ("; a gain from sale of … of 285 mln"); "for exchange … of 554,000 shares … for 443,000
 * dlrs" tells of something else, and the list ends there.
 */
const listedAmounts = (tokens: ReadonlyArray<Token>, amounts: ReadonlyArray<Quantity>): ReadonlyArray<Quantity> => {
  const listed: Array<Quantity> = []
  for (const amount of amounts) {
    const last = listed.at(-1)
    if (last !== undefined) {
      const gap = tokens.filter((t) => t.start >= last.end && t.end <= amount.start)
      const opensItem = gap.some((_, i) => phraseAt(ITEMS, gap, i) !== undefined)
      const runsOn = gap.every((_, i) => listWord(gap, i))
      if (!opensItem && !runsOn) break
    }
    listed.push(amount)
  }
  return listed
}

const listWord = (gap: ReadonlyArray<Token>, i: number): boolean => {
  const word = gap[i]!
  return (
    !/\p{L}|\d/u.test(word.text) ||
    LIST_WORDS.has(word.normal) ||
    PER_SHARE_WORDS.has(word.normal) ||
    NOTE_PERIOD_PREPOSITIONS.has(word.normal) ||
    NOTE_PERIOD_FILLERS.has(word.normal) ||
    NOTE_PRIOR_WORDS.has(word.normal) ||
    NOTE_RESPECTIVE_WORDS.has(word.normal) ||
    ORDINALS.has(word.normal) ||
    ORDINAL_SUFFIXES.has(word.normal) ||
    isYearNumeral(word.text) ||
    [0, 1, 2].some((back) => { const m = phraseAt(PERIODS, gap, i - back); return m !== undefined && m.end > i })
  )
}

const readNote = (
  doc: DocumentFacts,
  sentence: SentenceFacts,
  tokens: ReadonlyArray<Token>,
  table: NoteTable,
  current: number,
  drafts: Array<ClaimDraft>,
  consumed: Set<string>
): void => {
  const verb = tokens.findIndex((t) => NOTE_VERBS.has(t.normal) || NOTE_VERBS.has(t.lowerLemma))
  if (verb < 0) return
  const after = tokens.slice(verb + 1)
  const itemAt = after.map((_, i) => phraseAt(ITEMS, after, i)).find((m) => m !== undefined) ?? (tokens[verb]!.lowerLemma === "add" ? tokens.slice(0, verb).map((_, i) => phraseAt(ITEMS, tokens, i)).find((m) => m !== undefined) : undefined)
  if (itemAt === undefined) return
  const inNote = sentence.quantities.filter((q) => tokens.some((t) => t.start === q.start))
  const money = listedAmounts(tokens, inNote.filter((q) => q.start > tokens[verb]!.start && isAmount(q)))
  if (money.length === 0) return
  const first = money[0]!
  const scope = readPeriodWords(tokens.filter((t) => t.end <= first.start && !(t.start >= itemAt.start && t.end <= itemAt.stop)), inNote, consumed, table)
  const groups = groupsOf(tokens, money, inNote, consumed, table)
  const periods = assignPeriods(groups, scope, table)
  const start = tokens.find((t) => /\p{L}|\d/u.test(t.text) && t.normal !== "note" && t.normal !== "notes")!.start
  groups.forEach((group, g) => {
    const period = periods[g]
    const value = period === undefined ? undefined : notePeriodValue(table, { months: period.months!, endMonth: table.endMonth }, period, current)
    for (const quantity of group.quantities) {
      consumed.add(quantity.id)
      const amount = inTableCurrency(quantity, table.currency)
      const item = itemBefore(after, quantity) ?? itemAt.value
      const signed = LOSS_NOTE_ITEMS.has(item) ? negated(amount, "a loss") : amount
      drafts.push(noteDraft(doc, sentence, signed, value, group.prior, item, table.company, { start, end: quantity.end }))
    }
  })
}

/**
 * The item the note names last before an amount ("includes tax loss carryforwards of 771,000 dlrs … and a loss of
 * 613,000 dlrs"): one that heads its phrase, not what another item is of or from ("a provision for unrealized loss", "a
 * gain from utilization of tax loss carryforwards" is a gain), unless it names the gain it qualifies (`SOURCE_NOTE_ITEMS`).
 */
const itemBefore = (tokens: ReadonlyArray<Token>, quantity: Quantity): string | undefined =>
  tokens.reduce<PhraseMatch<string> | undefined>((last, t, i) => {
    if (t.end > quantity.start || (last !== undefined && i < last.end)) return last
    const item = phraseAt(ITEMS, tokens, i)
    if (item === undefined) return last
    // the noun a carryforward qualified, there or named again, is still the carryforward ("carryforward credit of 194,000 dlrs vs credit of 197,000")
    if (last !== undefined && SOURCE_NOTE_ITEMS.has(last.value) && tokens[last.end]?.lowerLemma === t.lowerLemma) return last
    if (SOURCE_NOTE_ITEMS.has(item.value) && qualifiesNextNoun(tokens, item.end - 1)) return item
    return headsNounPhrase(tokens, item.end - 1, item.first) ? item : last
  }, undefined)?.value

/** A note's period in the table's calendar; a fiscal table's year written ("the 1986 year") is that fiscal year, its quarter with a year written is not placed. */
const notePeriodValue = (table: NoteTable, months: TablePeriod, period: NotePeriod, current: number): string | undefined => {
  if (!table.fiscal) return periodValue(months, period.year ?? current - (period.back ?? 0))
  if (period.year === undefined) return fiscalPeriodValue(months, table.published, period.back ?? 0)
  return months.months === 12 ? `FY${period.year}` : undefined
}

const noteDraft = (
  doc: DocumentFacts,
  sentence: SentenceFacts,
  quantity: Quantity,
  period: string | undefined,
  prior: boolean,
  item: string,
  company: HeadlineCompany | undefined,
  part: Span
): ClaimDraft => {
  const figurePeriod: FigurePeriod | undefined = period === undefined ? undefined : { value: period, origin: "table", prior }
  const time = period === undefined ? undefined : timeScopeOfPeriod(period, "period: from the results table's note")
  return {
    kind: "statistic",
    predicate: "statistic.extraordinary_item",
    subjects: company === undefined ? [] : [company.id],
    value: quantity,
    ...(time !== undefined ? { time } : {}),
    figure: {
      ...(company !== undefined ? { holder: company.id, holderText: company.name } : {}),
      measure: "extraordinary_item",
      item,
      ...(figurePeriod !== undefined ? { period: figurePeriod } : {}),
      status: "actual",
      aspect: "level"
    },
    sentence,
    anchor: quantity,
    parts: [part],
    derivation: [
      `results table note '${doc.text.slice(part.start, part.end).replace(/\s+/g, " ")}' → extraordinary_item (${item})`,
      `value: ${quantity.derivation}`,
      company !== undefined ? `holder: the headline's company '${company.name}' → ${company.id}` : "holder: no company in the headline",
      period !== undefined ? `period: ${period} from the note's period words and the table's period end` : "period: the note does not say which of the table's periods"
    ],
    confidence: NOTE_CONFIDENCE,
    coreferent: false
  }
}
