import type { Quantity } from "../model/quantity.js"
import type { Span } from "../model/span.js"
import type { Token } from "../nlp/analyze.js"
import type { ClaimDraft } from "../claim/claim-draft.js"
import type { DocumentFacts, SentenceFacts } from "../claim/document-facts.js"
import { phraseAt, phraseIndex } from "../claim/phrase-index.js"
import type { FigurePeriod } from "../model/figure.js"
import { type Headline, monthAfter, periodOf } from "./headline.js"
import { PERIOD_END_HEADS, PERIOD_HEADS, RESULT_SIGNS, ROW_HEADS, type RowHead, VERSUS_WORDS } from "./table-labels.js"
import { endYear, fiscalPeriodValue, MAX_MONTHS_TO_REPORT, type TablePeriod, periodValue, timeScopeOfPeriod } from "./table-period.js"
import { inCurrentMinorUnit, inTableCurrency } from "./table-money.js"
import { tableNoteClaims } from "./table-notes.js"
import { measureById } from "./measures.js"
import { changeDirection } from "../claim/change-words.js"
import { negated } from "../claim/synthetic-quantity.js"

const ROWS = phraseIndex(ROW_HEADS)
const PERIODS = phraseIndex(PERIOD_HEADS)
const PERIOD_ENDS = phraseIndex(PERIOD_END_HEADS)
const TABLE_CONFIDENCE = 0.9
/** A table's bare figures are in dollars unless a row writes another currency. */
const DEFAULT_CURRENCY = "USD"
/** Measures of a row given per share. */
const PER_SHARE_MEASURES: ReadonlySet<string> = new Set(["eps", "dividend"])
/** No per-share figure reaches this in any currency (a yen dividend is some thousands at most): such a figure is a total. */
const PER_SHARE_CEILING = 100_000
/** Words after the prior figure of a dividend row: "30 cts vs 30 cts prior". */
const PRIOR_WORDS = new Set(["prior", "previously", "previous"])

/** One line of the text with its tokens and figures. */
interface Line {
  readonly span: Span
  readonly tokens: ReadonlyArray<Token>
  readonly quantities: ReadonlyArray<Quantity>
  readonly sentence: SentenceFacts
}

interface Row {
  readonly line: Line
  readonly head: RowHead
  readonly headSpan: Span
  /** The figures in order, each with the sign its words give it; the second follows "vs". */
  readonly values: ReadonlyArray<{ readonly quantity: Quantity; readonly sign: 1 | -1 }>
  /** The current figure's change, as British releases give it: "Turnover 9.42 billion, a 12.4 pct increase". */
  readonly change: { readonly quantity: Quantity; readonly sign: 1 | -1 } | undefined
  readonly priorIsPrevious: boolean
}

/** The lines of a sentence (it may run over several rows), each with its tokens and figures. */
const linesOf = (text: string, sentence: SentenceFacts): ReadonlyArray<Line> => {
  const groups: Array<Array<Token>> = []
  for (const token of sentence.tokens) {
    if (token.text.trim() === "") continue
    const last = groups.at(-1)?.at(-1)
    if (last === undefined || text.slice(last.end, token.start).includes("\n")) groups.push([token])
    else groups.at(-1)!.push(token)
  }
  return groups.map((tokens) => {
    const span = { start: tokens[0]!.start, end: tokens.at(-1)!.end }
    return { span, tokens, quantities: sentence.quantities.filter((q) => q.start >= span.start && q.start < span.end), sentence }
  })
}

/** A row: a known head at the line's start, then figures, "vs" between the current and the prior one. */
const readRow = (line: Line): Row | undefined => {
  const match = phraseAt(ROWS, line.tokens, 0)
  if (match === undefined || line.quantities.length === 0) return undefined
  const headSpan = { start: match.start, end: match.stop }
  const values: Array<{ quantity: Quantity; sign: 1 | -1 }> = []
  let sign: 1 | -1 = RESULT_SIGNS.get(line.tokens[match.end - 1]!.normal) ?? 1
  let versus = false
  for (const token of line.tokens.slice(match.end)) {
    const quantity = line.quantities.find((q) => q.start === token.start)
    if (quantity !== undefined && (values.length === 0 || versus)) {
      values.push({ quantity, sign })
      versus = false
      if (values.length === 2) break
    } else if (VERSUS_WORDS.has(token.normal)) versus = true
    else {
      const word = RESULT_SIGNS.get(token.normal)
      if (word !== undefined) sign = word
    }
  }
  if (values.length === 0 || values[0]!.quantity.start > line.tokens[match.end]!.start + HEAD_TO_FIGURE) return undefined
  // Only sign words stand between a head and its figure: "Net in qtr 1987 vs 1986 includes …" is a note, not a row.
  // "Shr loss primary 82 cts vs profit 15 cts": the head's own qualifier may follow its sign word.
  const gap = line.tokens.slice(match.end).filter((t) => t.end <= values[0]!.quantity.start)
  if (gap.some((t) => /\p{L}/u.test(t.text) && !RESULT_SIGNS.has(t.normal) && !HEAD_QUALIFIERS.has(t.normal))) return undefined
  // "Oper shr profit 442,000 vs profit 2,986,000": a per-share head over totals is a mistyped head; its row is not read.
  if (PER_SHARE_MEASURES.has(match.value.measure) && values.some((v) => Math.abs(v.quantity.value) >= PER_SHARE_CEILING)) return undefined
  const priorIsPrevious = line.tokens.slice(-2).some((t) => PRIOR_WORDS.has(t.normal))
  return { line, head: match.value, headSpan, values, priorIsPrevious, change: rowChange(line, values[0]!.quantity) }
}

/** How far (characters) a row's first figure may stand from the end of its head: past a sign word and a qualifier ("loss primary "). */
const HEAD_TO_FIGURE = 24
/** Words that qualify a per-share head and may follow its sign word: "Shr loss primary", "Shr profit fully diluted". */
const HEAD_QUALIFIERS: ReadonlySet<string> = new Set(["primary", "diluted", "fully", "basic"])

/** Words between a row's figure and its change: "9.42 billion, a 12.4 pct increase". */
const CHANGE_OPENERS: ReadonlySet<string> = new Set([",", "a", "an"])

/** "…, a 12.4 pct increase" / "…, down 3 pct" right after the row's figure: its change in percent, signed. */
const rowChange = (line: Line, current: Quantity): Row["change"] => {
  const percent = line.quantities.find((q) => q.kind === "percent" && q.start >= current.end)
  if (percent === undefined) return undefined
  const between = line.tokens.filter((t) => t.start >= current.end && t.end <= percent.start)
  const after = line.tokens.find((t) => t.start >= percent.end)
  const before = between.at(-1)
  // "a 12.4 pct rise" names its direction after the figure, "down 3 pct" before it
  const direction = (after !== undefined ? changeDirection(after) : undefined) ?? (before !== undefined ? changeDirection(before) : undefined)
  const opening = between.filter((t) => !CHANGE_OPENERS.has(t.normal) && (before === undefined || t !== before || changeDirection(t) === undefined))
  if (direction === undefined || opening.length > 0) return undefined
  return { quantity: percent, sign: direction === "fall" ? -1 : 1 }
}

/**
 * A row head that sets the period of the rows below: "Nine mths", "Year", "Qtr ended May 31"; or a
 * line that gives only its end, "Period ended August 31" (no `months`).
 */
const readPeriodHead = (line: Line): { months?: number; endMonth?: number } | undefined => {
  if (line.quantities.some((q) => q.kind !== "count" || q.value > 31)) return undefined
  // "Sept 30 end": a line of a month, its day and "end" gives the period's end too
  const last = line.tokens.at(-1)
  if (last?.normal === END_WORD && line.tokens.length <= MONTH_DAY_END) {
    const endMonth = monthAfter(line.tokens, 0)
    if (endMonth !== undefined) return { endMonth }
  }
  const ends = phraseAt(PERIOD_ENDS, line.tokens, 0)
  if (ends !== undefined) {
    const endMonth = monthAfter(line.tokens, ends.end)
    return endMonth === undefined || line.tokens.length > ends.end + 4 ? undefined : { endMonth }
  }
  const match = [0, 1, 2].map((i) => phraseAt(PERIODS, line.tokens, i)).find((m) => m !== undefined)
  if (match === undefined || line.tokens.length > match.end + 5) return undefined
  const read = periodOf(line.tokens)
  return read === undefined ? { months: match.value } : { months: read.months, ...(read.endMonth !== undefined ? { endMonth: read.endMonth } : {}) }
}

const END_WORD = "end"
/** Words of a line "Sept 30 end" at most (a month, its day, "end"). */
const MONTH_DAY_END = 3

/** Months from a period's last month to the report's (12 when the report is in that month: a year later). */
const monthsToReport = (endMonth: number, published: string): number => (Number(published.slice(5, 7)) - endMonth + 11) % 12 + 1

/** The figure as the row states it: in the table's currency when written bare, signed as a loss or profit. */
const rowValue = (quantity: Quantity, sign: 1 | -1, head: RowHead, currency: string): Quantity => {
  const money = head.money ? inTableCurrency(quantity, currency) : quantity
  if (!(sign < 0 && measureById(head.measure)?.sign === "balance")) return money
  return {
    ...money,
    value: -money.value,
    interval: { low: -money.value, high: -money.value, lowInclusive: true, highInclusive: true },
    derivation: `${money.derivation}; negative: a loss`
  }
}

export interface ResultsTable {
  readonly drafts: ReadonlyArray<ClaimDraft>
  /** Ids of the figures the table's rows and period heads hold ("Nine mths" is no count): no other reader takes them. */
  readonly consumed: ReadonlySet<string>
  /**
   * Where the table and its notes lie (from its first row to the end of the text): a figure there
   * that no row holds is a note's ("Net includes a provision of 70.4 mln vs 76.2 mln in qtr 1987
   * vs 1986"), qualifying the rows: what it measures is not read.
   */
  readonly notes: Span | undefined
}

/**
 * Company results tables as wire services and press releases print them: each row ("Shr 28 cts vs
 * 22 cts", "Net loss 1.2 mln vs profit 900,000") gives the current period's figure before "vs" and
 * the year-ago one after it, for the company of the headline; the period comes from the headline
 * ("3RD QTR", "4TH QTR AUG 31") and the row heads above ("Nine mths", "Year"). A currency written
 * once applies to the table's bare figures. Row heads are never entities.
 */
export const resultsTableClaims = (doc: DocumentFacts, headlineOf: (resultsTable: boolean) => Headline): ResultsTable => {
  const rowsOf = (sentence: SentenceFacts) => linesOf(doc.text, sentence).map((line) => ({ line, row: readRow(line) }))
  // A row holds figures: only sentences with some are read for one first, the others (most) only when one is found.
  const withFigures = new Map(doc.sentences.flatMap((sentence) => (sentence.quantities.length > 0 ? [[sentence, rowsOf(sentence)] as const] : [])))
  if (![...withFigures.values()].some((rows) => rows.some(({ row }) => row !== undefined && row.values.length === 2))) return { drafts: [], consumed: new Set(), notes: undefined }
  const rows = doc.sentences.flatMap((sentence) => withFigures.get(sentence) ?? rowsOf(sentence))
  const consumed = new Set<string>()
  const headline = headlineOf(true)
  const currency =
    rows.flatMap(({ row }) => (row === undefined || !row.head.money ? [] : row.values.map((v) => v.quantity))).find((q) => q.kind === "money" && q.unit !== DEFAULT_CURRENCY)?.unit ?? DEFAULT_CURRENCY
  const published = doc.referenceDate._tag === "Day" ? doc.referenceDate.day : undefined
  const fromHeadline = headline.period
  const firstEnd = fromHeadline?.endMonth ?? (fromHeadline?.ordinal !== undefined ? fromHeadline.ordinal * fromHeadline.months : fromHeadline?.months === 12 ? 12 : undefined)
  let period: Partial<TablePeriod> = { ...(fromHeadline ? { months: fromHeadline.months } : {}), ...(firstEnd !== undefined ? { endMonth: firstEnd } : {}) }
  let endWritten = fromHeadline?.endMonth !== undefined
  let periodText = fromHeadline ? "the headline" : undefined
  const company = headline.company
  const drafts: Array<ClaimDraft> = []
  const sections: Array<number> = fromHeadline ? [fromHeadline.months] : []
  const rowLines: Array<Span> = []
  for (const { line, row } of rows) {
    if (row === undefined) {
      const head = readPeriodHead(line)
      if (head !== undefined) {
        if (head.months !== undefined) sections.push(head.months)
        for (const q of line.quantities) consumed.add(q.id)
        // A later head shares the table's period end: "Nine mths" under "3RD QTR" ends in September.
        const months = head.months ?? period.months
        const endMonth = head.endMonth ?? period.endMonth
        period = { ...(months !== undefined ? { months } : {}), ...(endMonth !== undefined ? { endMonth } : {}) }
        endWritten ||= head.endMonth !== undefined
        periodText = `'${doc.text.slice(line.span.start, line.span.end)}'`
      }
      continue
    }
    rowLines.push(line.span)
    const own: TablePeriod | undefined =
      row.head.priorMonths !== undefined && period.endMonth !== undefined
        ? { months: row.head.priorMonths, endMonth: period.endMonth }
        : period.months !== undefined && period.endMonth !== undefined
          ? { months: period.months, endMonth: period.endMonth }
          : undefined
    const dated = own !== undefined && published !== undefined && (endWritten || monthsToReport(own.endMonth, published) <= MAX_MONTHS_TO_REPORT)
    const year = dated ? endYear(own.endMonth, published, endWritten) : undefined
    // "FOURTH QUARTER … YEAR" reported in June, too late for a calendar quarter or year: fiscal ones, their
    // months unknown, that ended in the months before the report. A prior "previous" period is not placed.
    const fiscal = (prior: boolean) =>
      dated || own === undefined || published === undefined || (prior && row.priorIsPrevious) ? undefined : fiscalPeriodValue(own, published, prior ? 1 : 0)
    const current = row.values[0]!.quantity
    const figures = [
      ...row.values.map((value, index) => ({ ...value, quantity: index === 1 ? inCurrentMinorUnit(value.quantity, current) : value.quantity, prior: index === 1, aspect: "level" as const })),
      ...(row.change === undefined ? [] : [{ ...row.change, prior: false, aspect: "change_percent" as const }])
    ]
    figures.forEach(({ quantity, sign, prior, aspect }) => {
      const fiscalValue = fiscal(prior)
      const periodFigure: FigurePeriod | undefined =
        fiscalValue !== undefined
          ? { value: fiscalValue, origin: "table", prior }
          : own === undefined || year === undefined
          ? undefined
          : {
              value: prior ? (row.priorIsPrevious ? periodValue(own, year, 1) : periodValue(own, year - 1)) : periodValue(own, year),
              origin: "table",
              prior
            }
      const value = aspect === "level" ? rowValue(quantity, sign, row.head, currency) : sign < 0 ? negated(quantity) : quantity
      consumed.add(quantity.id)
      const time = periodFigure === undefined ? undefined : timeScopeOfPeriod(periodFigure.value, `period: from ${periodText}`)
      drafts.push({
        kind: "statistic",
        predicate: `statistic.${row.head.measure}`,
        subjects: company === undefined ? [] : [company.id],
        value,
        ...(time !== undefined ? { time } : {}),
        figure: {
          ...(company !== undefined ? { holder: company.id, holderText: company.name } : {}),
          measure: row.head.measure,
          ...(row.head.item !== undefined ? { item: row.head.item } : {}),
          ...(periodFigure !== undefined ? { period: periodFigure } : {}),
          status: "actual",
          aspect
        },
        sentence: line.sentence,
        anchor: quantity,
        parts: [row.line.span],
        derivation: [
          `results table row '${doc.text.slice(row.headSpan.start, row.headSpan.end)}' → ${row.head.measure}${prior ? ", the figure after 'vs': the prior period" : aspect === "change_percent" ? ", its change in percent" : ""}`,
          `value: ${value.derivation}`,
          company !== undefined ? `holder: the headline's company '${company.name}' → ${company.id}` : "holder: no company in the headline",
          periodFigure !== undefined ? `period: ${periodFigure.value} from ${periodText} and the article's date ${published}` : "period: the table gives none"
        ],
        confidence: TABLE_CONFIDENCE,
        coreferent: false
      })
    })
  }
  const first = rows.find(({ row }) => row !== undefined)
  const notes = first === undefined ? undefined : { start: first.line.span.start, end: doc.text.length }
  // The notes under a table: the items its rows include, for the periods the table sets (fiscal ones when it is too late for calendar ones).
  if (notes !== undefined && period.endMonth !== undefined && published !== undefined) {
    const fiscal = !endWritten && monthsToReport(period.endMonth, published) > MAX_MONTHS_TO_REPORT
    const read = tableNoteClaims(doc, notes, { company, sections: [...new Set(sections)], endMonth: period.endMonth, endWritten, ...(fromHeadline?.ordinal !== undefined ? { ordinal: fromHeadline.ordinal } : {}), published, fiscal, currency, rows: rowLines })
    drafts.push(...read.drafts)
    for (const id of read.consumed) consumed.add(id)
  }
  return { drafts, consumed, notes }
}
