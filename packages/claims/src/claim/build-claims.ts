import type { Claim } from "../model/claim.js"
import type { Quantity } from "../model/quantity.js"
import type { Span } from "../model/span.js"
import type { TimeScope, TimeScopeOrigin } from "../model/time.js"
import type { Token } from "../nlp/analyze.js"
import { indexEndingAfter, indexStartingFrom } from "../nlp/sorted-spans.js"
import { writtenReference } from "../time/reference-day.js"
import { isWholeYearValue } from "../time/timex-value.js"
import { EXTRACTOR_VERSION } from "../version.js"
import { completeFigure } from "../figure/complete-figure.js"
import { measureById } from "../figure/measures.js"
import { MEASURED_AGAINST_GAP_POS, MEASURED_AGAINST_WORDS } from "../figure/figure-words.js"
import { type HeadlineCompany, headlineReader, titleTokensOf } from "../figure/headline.js"
import { headlineFirm } from "../figure/headline-firm.js"
import type { HeadlineEconomy } from "../figure/headline-economy.js"
import { inHomeDollars, type ListedFirm, listingCountry } from "../figure/home-dollar.js"
import { namesUsDollars } from "../quantity/currencies.js"
import { PREDICATE_MEASURES } from "../figure/predicate-measures.js"
import { exchangeRateClaims } from "../figure/exchange-rates.js"
import { proseFigureClaims } from "../figure/prose-figures.js"
import { resultsTableClaims } from "../figure/results-table.js"
import { COMPARISON_WORDS } from "./change-words.js"
import { claimId, distinctClaimIds } from "./claim-id.js"
import { byCoordinatedPeriods } from "./coordinated-periods.js"
import type { ClaimDraft } from "./claim-draft.js"
import { dealClaims } from "./deal-claims.js"
import { type ClaimContext, clauseAt, type DocumentFacts, documentFacts, type SentenceFacts, tokensFrom, tokensWithin } from "./document-facts.js"
import type { Clause } from "./clauses.js"
import { eventClaims } from "./event-claims.js"
import { linkRepetitions } from "./link-repetitions.js"
import { readModality } from "./modality.js"
import { isUndatedResult, isYearBackOfUndated, type ReportedPeriod, reportedPeriodOf } from "./reported-period.js"
import { within } from "./parties.js"
import { statisticClaims } from "./statistic-claims.js"
import { definedAbbreviations } from "./abbreviations.js"
import { firstWritten, fullNames, idsOf, withFullNames } from "./short-names.js"
import { negated } from "./synthetic-quantity.js"
import { firmInFocus } from "./subject-firm.js"
import { countsRunOfMonths, namesPartResult, namesYearResult, scopeStartsAfter, sinceScope, yearBefore, yearGuessed, yearsWritten } from "./time-scope.js"
import { tradeClaims } from "./trade-claims.js"

export type { ClaimContext } from "./document-facts.js"

/** How much each doubt lowers a reading's confidence. */
const DOUBT = {
  undated: 0.15,
  yearInferred: 0.05,
  yearOpen: 0.2,
  hedged: 0.15,
  quoted: 0.1,
  coreference: 0.05,
  noSubject: 0.1,
  approximate: 0.05
} as const
const MIN_CONFIDENCE = 0.05
const MAX_CONFIDENCE = 0.99
const APPROXIMATE = new Set(["approximate", "almost", "at_least", "at_most", "more_than", "less_than"])

/**
 * The typed claims of one article: events, trade, deals and other statistics, each with its
 * modality, attribution, confidence and a quote cut from the original text; repetitions linked.
 */
export const buildClaims = (context: ClaimContext): ReadonlyArray<Claim> => {
  const doc = documentFacts(context)
  const titleTokens = titleTokensOf(context.title)
  const headlineOf = headlineReader(context.title, context.text, titleTokens)
  // A results table's rows are read as rows first; no other reader takes their figures.
  const { drafts: table, consumed: inTable, notes } = resultsTableClaims(doc, headlineOf)
  const free = (draft: ClaimDraft) => draft.value === undefined || !inTable.has(draft.value.id)
  const trade = tradeClaims(doc).filter(free)
  const deals = dealClaims(doc).filter(free)
  const taken = new Set([...inTable, ...[...trade, ...deals].flatMap((d) => (d.value ? [d.value.id] : []))])
  const statistics = statisticClaims(doc, taken)
  const valueIds = (drafts: ReadonlyArray<ClaimDraft>) => drafts.flatMap((d) => (d.value ? [d.value.id] : []))
  const beforeRates = new Set([...taken, ...valueIds(statistics)])
  const rates = exchangeRateClaims(doc, beforeRates)
  const read = new Set([...beforeRates, ...valueIds(rates)])
  // "two pct in 1987 and 1988": one figure per period.
  const readDrafts = byCoordinatedPeriods(doc.text, context.timexes, doc.referenceDate, [...eventClaims(doc), ...table, ...trade, ...deals, ...statistics, ...rates, ...proseFigureClaims(doc, read)])
  const reported = reportedPeriodOf(readDrafts)
  // "The company", "it", a results table: the headline's company (by its ticker) holds what no one else does;
  // without one, the firm the text last made a sentence's subject ("Ogden Projects Inc. said …").
  const company = headlineOf(false).company ?? (table.length > 0 ? headlineOf(true).company : undefined)
  // Before the text makes any firm a sentence's subject, the firm its headline names: "Renault boss hails 'great year'".
  const titled = company === undefined ? headlineFirm(context.title, titleTokens, doc) : undefined
  const firmAt = firmInFocus(doc)
  // "Reed International PLC said … Reed is paying": one firm, one id in the article, its full name's (of the firms the claims
  // name, and those in focus where they are read).
  const readAt = [...new Set(readDrafts.map((draft) => draft.sentence.index))]
  const inFocus = [company?.id, titled?.id, ...readAt.map((index) => firmAt(index)?.id)].filter((id): id is string => id !== undefined)
  const known = (id: string) => context.matcher?.entry(id) !== undefined
  // "Papua New Guinea (PNG) … PNG exported": an abbreviation the text defines for a name the gazetteer knows is that entity.
  const full = new Map([...definedAbbreviations(doc, known), ...fullNames([...readDrafts.flatMap(idsOf), ...inFocus], known, firstWritten(context.title ?? "", doc.text))])
  const drafts = readDrafts.map((draft) => withFullNames(draft, full))
  const isNote = (draft: ClaimDraft) => notes !== undefined && !table.includes(draft) && draft.value !== undefined && within(notes)(draft.value)
  // A firm listed in Canada (its headline ticker's suffix) keeps its accounts in Canadian dollars, unless the story says U.S. ones.
  const listedIn = company === undefined || namesUsDollars(doc.text) ? undefined : listingCountry(company.ticker)
  const listed = listedIn === undefined ? undefined : { id: fullCompany(company, full)!.id, country: listedIn }
  // Only a figure's holder may be the company in focus (`finish`): no other claim looks for it.
  const companyOf = (draft: ClaimDraft) => fullCompany(company ?? (draft.value === undefined || draft.holderless === true ? undefined : firmAt(draft.sentence.index)) ?? titled, full)
  return distinctClaimIds(
    linkRepetitions(drafts.map((draft) => finish(doc, context.timexes, draft, { company: companyOf(draft), economy: doc.economy, listed }, isNote(draft), reported)).filter((claim) => !isStrayCount(claim)))
  )
}

/** The company in focus under its full name's id, when the text names it short. */
const fullCompany = (company: HeadlineCompany | undefined, full: ReadonlyMap<string, string>): HeadlineCompany | undefined => {
  const id = company === undefined ? undefined : full.get(company.id)
  return id === undefined ? company : { ...company!, id }
}

/** Below this a bare count is no sum of money or rate left without its unit: "Canada's 10 provincial governments", "a loss of 800". */
const STRAY_COUNT_BELOW = 1000
/** Below this a bare count is no amount of goods, trade or holding, only some of what is named: "two shipments", "produce seven". */
const STRAY_AMOUNT_BELOW = 10

/**
 * A small bare number read as a sum of money or a rate ("tax brackets from 10 to three", "losses at two
 * large U.K. brokerage firms", "the two made the losses"), or as an amount of a measure that does not
 * count things ("a tender today for two shipments", "Falic Group bought two cosmetics brands"): no
 * figure at all. A large one with its currency unwritten ("a net profit of 1.18 billion") is kept with
 * its value unresolved; a count of what a measure counts ("killed seven", "one seat") is a figure.
 */
const isStrayCount = (claim: Claim): boolean => {
  if (claim.value?.kind !== "count" || claim.figure === undefined) return false
  const size = Math.abs(claim.value.value)
  if (claim.figure.unresolved.includes("value")) return size < STRAY_COUNT_BELOW
  const unit = claim.figure.measure === undefined ? undefined : measureById(claim.figure.measure)?.unit
  return size < STRAY_AMOUNT_BELOW && !COUNTED.has(unit ?? "") && !COUNTED_ANY.has(claim.figure.measure ?? "")
}
/** Units of measures a small count is a figure of ("killed seven"), and index points ("closed down 0.89"). */
const COUNTED: ReadonlySet<string> = new Set(["count", "index"])
/** Measures of any unit that count what they name: "John received four votes". */
const COUNTED_ANY: ReadonlySet<string> = new Set(["votes"])

/**
 * A scope with no words is the reference date's; with words but no time expression a table's; one
 * whose expressions are not all in the claim's sentence was inherited.
 */
const scopeOrigin = (time: TimeScope, inSentence: number): TimeScopeOrigin =>
  time.timexes.length === 0
    ? time.text === "" ? "reference" : "table"
    : inSentence === time.timexes.length ? "written" : "inherited"

/** Whose a figure is when its sentence does not say: the firm and the economy the article is about. */
interface InFocus {
  readonly company: HeadlineCompany | undefined
  readonly economy: HeadlineEconomy | undefined
  /** The headline's firm when it is listed in a dollar country (by its full name's id): its sums are in that dollar. */
  readonly listed: ListedFirm | undefined
}

const finish = (doc: DocumentFacts, timexes: ClaimContext["timexes"], undated: ClaimDraft, focus: InFocus, tableNote: boolean, reported: ReportedPeriod | undefined): Claim => {
  const { sentence } = undated
  const clause = clauseAt(sentence, undated.anchor.start)
  // A figure no reader dated may be a change counted from a date ("up 23 pct since September 1983").
  const since = undated.time === undefined && undated.value !== undefined ? sinceScope(sentence, clause, undated.anchor, doc.referenceDate) : undefined
  const draft = since === undefined ? undated : { ...undated, time: since }
  const timeParts = draft.time ? sentence.timexes.filter((t) => draft.time!.timexes.includes(t.id)) : []
  const span = spanOf(doc.text, [...draft.parts, ...timeParts].filter(within(sentence.span)), sentence.span)
  const quote = doc.text.slice(span.start, span.end)
  // "May 7th" is no "may": words inside dates and figures mark no modality. An event's modality
  // stands before its word ("will make a visit") or in the verbs right after it ("the summit is
  // scheduled"); a figure's anywhere in its clause ("deals worth $10bn are expected to be signed").
  // A dateline's date ("TOKYO, May 15 -") frames no figure, but its "May" is a month all the same.
  const marks = sentenceMarks(sentence, timexes)
  const reach = draft.kind === "event" ? verbGroupEnd(sentence.tokens, draft.anchor) : clause.end
  // "rose a higher than expected 17,000": a word of a reading the figure is set against hedges no figure
  const amount = draft.value
  const modalityTokens = modalityWords(sentence.tokens, marks, clause, reach, timeParts).filter((t) => {
    const i = amount === undefined ? -1 : indexStartingFrom(sentence.tokens, t.start)
    return i < 0 || !isMeasuredAgainst(sentence.tokens, i) || isReadingOf(sentence.tokens, i, amount!)
  })
  const modality = readModality(
    doc.text,
    modalityTokens,
    draft.anchor,
    doc.isQuoted(draft.anchor.start),
    scopeStartsAfter(draft.time, doc.referenceDate)
  )
  const attribution = sentence.attribution
  // A result stated as a fact that no reader dated is of the period the article first reports (a forecast is not).
  // Not a result over months its clause counts ("Nine month profits were up 23 pct"), nor a year's when the period carried is
  // shorter ("a 26% rise in annual profits to $16.2bn" is of no quarter the article reports), nor a part's when it is a year
  // ("EBay's net revenue for the quarter rose to $935.8m" is of no year).
  const yearCarried = reported !== undefined && isWholeYearValue(reported.time.start)
  const carries =
    reported !== undefined &&
    reported.from <= draft.anchor.start &&
    modality.modality === "reported" &&
    !countsRunOfMonths(sentence, clause) &&
    !(yearCarried ? namesPartResult(sentence, clause) : namesYearResult(sentence, clause))
  const carried = carries && isUndatedResult(draft) ? reported.time : carries && isYearBackOfUndated(draft) ? yearBefore(reported.time) : undefined
  const time = carried ?? (draft.time && { ...draft.time, origin: scopeOrigin(draft.time, timeParts.length) })
  const usedTimexes = time ? timexes.filter((t) => time.timexes.includes(t.id)) : []
  const doubts = [
    time === undefined ? DOUBT.undated : 0,
    time !== undefined && time.timexes.length > 0 && !yearsWritten(time, timexes) ? DOUBT.yearInferred : 0,
    usedTimexes.some((t) => t.yearOpen) ? DOUBT.yearOpen : 0,
    modality.modality === "hedged" ? DOUBT.hedged : 0,
    modality.modality === "quoted_opinion" ? DOUBT.quoted : 0,
    draft.coreferent ? DOUBT.coreference : 0,
    draft.subjects.length === 0 ? DOUBT.noSubject : 0,
    draft.value && APPROXIMATE.has(draft.value.qualifier) ? DOUBT.approximate : 0
  ]
  const confidence = Math.min(MAX_CONFIDENCE, Math.max(MIN_CONFIDENCE, draft.confidence - doubts.reduce((a, b) => a + b, 0)))
  const assertedAt = attribution?.said ?? writtenReference(doc.referenceDate)
  const figure =
    draft.value === undefined
      ? undefined
      : completeFigure({
          predicate: draft.predicate,
          subjects: draft.subjects,
          value: draft.value,
          time,
          figure: draft.figure,
          clause: tokensWithin(sentence.tokens, clause),
          countryOf: doc.countryOf,
          markers: markersOf(sentence, marks, clause, draft.value),
          rest: tokensFrom(sentence.tokens, draft.value!.end),
          modality: modality.modality,
          source: attribution,
          company: draft.holderless === true ? undefined : focus.company,
          economy: draft.holderless === true ? undefined : focus.economy,
          tableNote,
          referenceDay: doc.referenceDate._tag === "Day" ? doc.referenceDate.day : undefined,
          // "last year" in a text whose date is only inferred (a bare year, a lower bound): its year is a guess.
          yearGuessed: time !== undefined && yearGuessed(time, timexes, doc.referenceDate),
          yearWritten: time !== undefined && yearsWritten(time, timexes),
          earlier: draft.earlier === true,
          object: draft.object,
          growth: doc.growth
        })
  // "a net loss of $2.3 million": a level of a measure's negative side is the measure's negative level.
  const signed =
    draft.value !== undefined && figure?.aspect === "level" && draft.value.value > 0 && PREDICATE_MEASURES.get(draft.predicate)?.negative === true
      ? negated(draft.value)
      : draft.value
  const value = signed === undefined ? undefined : inHomeDollars(signed, figure?.holder, figure?.measure, focus.listed)
  return {
    id: claimId({ article: doc.articleId, kind: draft.kind, predicate: draft.predicate, subjects: draft.subjects, value, time, quote, figure }),
    article: doc.articleId,
    kind: draft.kind,
    predicate: draft.predicate,
    subjects: [...draft.subjects],
    ...(draft.place !== undefined ? { place: draft.place } : {}),
    ...(draft.object !== undefined ? { object: draft.object } : {}),
    ...(value !== undefined ? { value } : {}),
    ...(figure !== undefined ? { figure } : {}),
    ...(time !== undefined ? { time } : {}),
    ...(assertedAt !== undefined ? { assertedAt } : {}),
    ...(attribution !== undefined
      ? {
          attribution: {
            text: attribution.text,
            ...(attribution.entity !== undefined ? { entity: attribution.entity } : {}),
            ...(attribution.said !== undefined ? { said: attribution.said } : {}),
            span: attribution.span
          }
        }
      : {}),
    modality: modality.modality,
    sentence: sentence.span,
    span,
    quote,
    confidence: Math.round(confidence * 100) / 100,
    extractor: EXTRACTOR_VERSION,
    mentions: [],
    derivation: [
      ...draft.derivation,
      modality.derivation,
      ...(attribution !== undefined ? [`attribution: '${attribution.text}'${attribution.entity ? ` → ${attribution.entity}` : ""}${attribution.said ? `, said ${attribution.said}` : ""}`] : [])
    ]
  }
}

/**
 * What every claim of a sentence asks of its tokens, worked out once per sentence (a results table
 * is one long sentence of many figures): whether each lies inside a date (the dateline's included)
 * and the index of the figure it lies inside, or -1.
 */
interface SentenceMarks {
  readonly inDate: ReadonlyArray<boolean>
  readonly inQuantity: ReadonlyArray<number>
}

const marksOf = new WeakMap<SentenceFacts, SentenceMarks>()

const sentenceMarks = (sentence: SentenceFacts, timexes: ClaimContext["timexes"]): SentenceMarks => {
  const known = marksOf.get(sentence)
  if (known !== undefined) return known
  const { tokens } = sentence
  // The tokens inside a span are one run of the sentence's (they are in order and disjoint): each
  // date and figure marks its run, rather than every token asking every date and figure.
  const inDate = new Array<boolean>(tokens.length).fill(false)
  for (const date of timexes.filter(within(sentence.span))) inDate.fill(true, indexStartingFrom(tokens, date.start), indexEndingAfter(tokens, date.end))
  // A token inside two figures is the first's.
  const inQuantity = new Array<number>(tokens.length).fill(-1)
  sentence.quantities.forEach((figure, k) => {
    for (let i = indexStartingFrom(tokens, figure.start), end = indexEndingAfter(tokens, figure.end); i < end; i++) if (inQuantity[i] === -1) inQuantity[i] = k
  })
  const marks = { inDate, inQuantity }
  marksOf.set(sentence, marks)
  return marks
}

/**
 * The words that may mark a claim's modality, in order: its clause's up to `reach`, and the few
 * right before each of its dates ("scheduled for July 3-4"), none inside a date or a figure. Only
 * those stretches are looked at: a results table is one sentence of many claims.
 */
const modalityWords = (tokens: ReadonlyArray<Token>, marks: SentenceMarks, clause: Span, reach: number, timeParts: ReadonlyArray<Span>): ReadonlyArray<Token> => {
  const first = indexStartingFrom(tokens, clause.start)
  const end = indexEndingAfter(tokens, Math.min(clause.end, reach))
  const timeStarts = timeParts.map((t) => indexStartingFrom(tokens, t.start)).filter((at) => at < tokens.length)
  const words: Array<Token> = []
  for (let i = Math.max(0, Math.min(first, ...timeStarts.map((at) => at - TIME_INTRODUCTION))), to = Math.max(end, ...timeStarts); i < to; i++) {
    const introducesTime = timeStarts.some((next) => next > i && next - i <= TIME_INTRODUCTION)
    if (((i >= first && i < end) || introducesTime) && !marks.inDate[i] && marks.inQuantity[i] === -1) words.push(tokens[i]!)
  }
  return words
}

/**
 * The words of a figure's clause that may mark its status: none inside a date ("May" the month is
 * no "may"), nor inside another figure of the clause ("from an estimated two pct": the figure as read
 * takes its qualifier in, which says nothing of the status of the figure read), nor inside an
 * apposition the figure is not in ("the surplus, the target of criticism, will rise to …" is no target).
 */
const markersOf = (sentence: SentenceFacts, marks: SentenceMarks, clause: Clause, own: Quantity): ReadonlyArray<Token> => {
  // "The OECD projection, which is based on …, is for a deficit of …": the clause's part before a relative clause marks it too.
  const opening = clause.opening === undefined ? [] : markersOf(sentence, marks, { ...clause.opening, asserts: clause.asserts, relative: false }, own)
  const inClause = within(clause)
  const inApposition = (s: Span) => sentence.appositions.some((a) => within(a)(s))
  const ownInApposition = inApposition(own)
  // Only the clause's own tokens are looked at (a results table is one sentence of many figures); `i` indexes the sentence's.
  const first = indexStartingFrom(sentence.tokens, clause.start)
  const tokens = tokensWithin(sentence.tokens, clause)
  // "M-1 growth was 15.89 pct against a revised 27.52 pct, …": the phrase of the figure compared, up to its comma, is that figure's.
  const opener = tokens.findIndex((t) => t.start >= own.end && COMPARISON_WORDS.has(t.normal))
  const close = opener < 0 ? -1 : tokens.findIndex((t, k) => k > opener && PHRASE_ENDS.has(t.text))
  const compared = opener < 0 ? undefined : { start: tokens[opener]!.start, end: close < 0 ? clause.end : tokens[close]!.start }
  const comparison = compared !== undefined && sentence.quantities.some((q) => within(compared)(q)) ? compared : undefined
  return [...opening, ...tokens.filter((t, k) => {
    const i = first + k
    const figure = sentence.quantities[marks.inQuantity[i]!]
    return (
      !marks.inDate[i] &&
      (figure === undefined || figure.id === own.id || !inClause(figure)) &&
      (ownInApposition || !inApposition(t)) &&
      (comparison === undefined || !within(comparison)(t)) &&
      !(isMeasuredAgainst(sentence.tokens, i) && !isReadingOf(sentence.tokens, i, own))
    )
  })]
}

const APOSTROPHES: ReadonlySet<string> = new Set(["'", "’"])
/** The most words between a word setting a figure against a reading and that reading's status word. */
const MEASURED_AGAINST_GAP = 2

/**
 * Whether the figure is the value of the reading whose status word is token `i`: it comes after the word, which "of" ties it to
 * ("in line with forecasts … of growth ranging from 1.5 to two pct", "missed its sales target of a 3-5% rise"); not an outcome
 * given after it otherwise ("below forecasts at 866 mln dlrs", "rose a higher than expected 17,000").
 */
const isReadingOf = (tokens: ReadonlyArray<Token>, i: number, figure: Quantity): boolean =>
  figure.start >= tokens[i]!.end && tokens.some((t, k) => k > i && t.end <= figure.start && t.normal === "of")

/** Whether token `i` is the status word of a reading the figure is set against: "below [market] forecasts" (`MEASURED_AGAINST_WORDS`). */
const isMeasuredAgainst = (tokens: ReadonlyArray<Token>, i: number): boolean => {
  for (let back = i - 1; back >= 0 && back >= i - 1 - MEASURED_AGAINST_GAP; back--) {
    const token = tokens[back]!
    // "line" only as "in line with": "Brazil's hard line would have …" sets nothing against a reading
    if (MEASURED_AGAINST_WORDS.has(token.normal)) return token.normal !== "line" || (tokens[back - 1]?.normal === "in" && tokens[back + 1]?.normal === "with")
    // a plural possessive's apostrophe is read as punctuation: "above analysts' estimates"
    if (!MEASURED_AGAINST_GAP_POS.has(token.pos) && !APOSTROPHES.has(token.text)) return false
  }
  return false
}

/** Marks that end a phrase set off in a clause. */
const PHRASE_ENDS: ReadonlySet<string> = new Set([",", ";"])
const VERB_GROUP = new Set(["AUX", "VERB", "PART", "ADV"])
/** How many words before a date may say it is planned: "scheduled for July 3-4", "set for June". */
const TIME_INTRODUCTION = 2


/** Where the verbs right after an event word end: "visit [is set to]", "summit [is scheduled]". */
const verbGroupEnd = (tokens: ReadonlyArray<Token>, anchor: Span): number => {
  let end = anchor.end
  for (const token of tokens) {
    if (token.start < anchor.end) continue
    if (!VERB_GROUP.has(token.pos)) break
    end = token.end
  }
  return end
}

/** The smallest span covering every part of the claim, inside its sentence, without edge spaces. */
const spanOf = (text: string, parts: ReadonlyArray<Span>, sentence: Span): Span => {
  let start = parts.length === 0 ? sentence.start : Math.max(sentence.start, Math.min(...parts.map((p) => p.start)))
  let end = parts.length === 0 ? sentence.end : Math.min(sentence.end, Math.max(...parts.map((p) => p.end)))
  while (end > start && /\s/.test(text[end - 1]!)) end--
  while (start < end && /\s/.test(text[start]!)) start++
  return { start, end }
}
