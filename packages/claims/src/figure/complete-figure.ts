import type { Figure, FigureAspect, FigureGap, FigurePeriod, FigureStatus } from "../model/figure.js"
import type { Modality } from "../model/claim.js"
import type { Quantity } from "../model/quantity.js"
import type { Span } from "../model/span.js"
import type { TimeScope } from "../model/time.js"
import type { Token } from "../nlp/analyze.js"
import { COMPARISON_WORDS } from "../claim/change-words.js"
import { inContactRelative } from "../claim/clauses.js"
import { findPhrases, phraseIndex } from "../claim/phrase-index.js"
import { ANNOUNCED_CUT_MEASURES, BALANCE_NOUNS, BASIS_WORDS, CUT_AT_RISK_WORDS, CHANGE_BY_WORDS, DECIDED_MEASURES, DECISION_MODALS, MODAL_FORECAST_WORDS, modifiesFirmNoun, OWN_RATE_MEASURES, OWN_WORDS, PART_WORDS, REVISES_WORDS, STATUS_PRECEDENCE, STATUS_WORDS } from "./figure-words.js"
import { firmNameKey, type HeadlineCompany } from "./headline.js"
import type { HeadlineEconomy } from "./headline-economy.js"
import { GDP_WORDS, type OutputMeasure } from "./output-measure.js"
import { BUYER_HELD, measureById, NAMED_ITEMS, NEVER_BARE, PERIOD_SUMS, PLACE_HELD, PERCENT_STATED_MEASURES } from "./measures.js"
import { periodInterval } from "../time/timex-interval.js"
import { MAX_MONTHS_TO_REPORT } from "./table-period.js"
import { addMonths, dayNumber } from "../time/calendar.js"
import { calendarDayOf, decodeIsoDay, isoDayOf } from "../time/iso-day.js"
import { PREDICATE_MEASURES } from "./predicate-measures.js"

/** What a kind extractor already knows of a figure's identity; the rest is read here. */
export type FigureDraft = { -readonly [K in keyof Omit<Figure, "unresolved">]?: Figure[K] }

const STATUS = phraseIndex(STATUS_WORDS)
const ITEM_NAMES = new Map([...NAMED_ITEMS].map(([measure, names]) => [measure, phraseIndex(names)]))

/** The one item the words of the figure's clause name for its measure ("M-1", "prime rate"); none when they name none or two. */
const namedItem = (measure: string | undefined, clause: ReadonlyArray<Token>): string | undefined => {
  const index = measure === undefined ? undefined : ITEM_NAMES.get(measure)
  const items = index === undefined ? [] : [...new Set(findPhrases(index, clause).map((m) => m.value))]
  return items.length === 1 ? items[0] : undefined
}
const REVISES = phraseIndex(REVISES_WORDS)
const PARTNERED = /^(?:trade|deal)\./
const BASIS = phraseIndex(BASIS_WORDS)

export interface FigureInput {
  readonly predicate: string
  readonly subjects: ReadonlyArray<string>
  readonly value: Quantity
  readonly time: TimeScope | undefined
  readonly figure: FigureDraft | undefined
  /** The tokens of the figure's own clause: status, basis and aspect words are read there only. */
  readonly clause: ReadonlyArray<Token>
  /** The words of its clause outside dates ("May" the month is no "may"): status words are read there. */
  readonly markers: ReadonlyArray<Token>
  /** The tokens of its sentence after the figure: "…, down from an earlier estimate of 1.7%" makes it a revised reading. */
  readonly rest: ReadonlyArray<Token>
  readonly modality: Modality
  readonly source: { readonly text: string; readonly entity?: string } | undefined
  /** The company the article is about (its headline's): whose a figure is when nothing in its sentence says. */
  readonly company: HeadlineCompany | undefined
  /** The one economy the headline names: whose an economy's figure is when nothing in its sentence says. */
  readonly economy: HeadlineEconomy | undefined
  /** Whether the figure is in a results table's notes: what it measures is not read (see `ResultsTable.notes`). */
  readonly tableNote: boolean
  /** The day the article was written, when known: a figure for a period already over is no forecast. */
  readonly referenceDay: string | undefined
  /**
   * Whether the period's year was neither written nor known from the article's date (a relative
   * "last year" resolved against an inferred reference date): the period is then unresolved, never a guess.
   */
  readonly yearGuessed: boolean
  /** Whether the figure is an earlier value another is set against ("to 8.25 pct from 8.5 pct"): a level held before. */
  readonly earlier: boolean
  /** Whether the words of the period write its year ("the 1986 second quarter"), not leave it to the article's date ("first quarter profits"). */
  readonly yearWritten: boolean
  /** The economy an entity stands for, if the gazetteer says: a bloc itself, the Bundesbank West Germany. */
  readonly countryOf: (entity: string) => string | undefined
  /** What a statistic measures, in words: growth not said to be of GDP is `growth`'s. */
  readonly object: string | undefined
  /** What a bare "growth" of an economy measures in the text (see `bareGrowthMeasure`). */
  readonly growth: OutputMeasure
}

/**
 * A claim's figure identity: what its kind extractor set, completed from the predicate (measure),
 * its subjects (holder, counterpart), its time scope (period), the words of its own clause (status,
 * basis, level or change) and its attribution (source). What stays unknown is listed in `unresolved`.
 */
export const completeFigure = (input: FigureInput): Figure => {
  const given = input.figure ?? {}
  const byPredicate = PREDICATE_MEASURES.get(input.predicate)
  const written = given.measure ?? (byPredicate?.measure === "gdp" && !GDP_WORDS.test(input.object ?? "") ? input.growth : byPredicate?.measure)
  // "expects its sales to grow to 250,000": sales counted in units are a volume sold, no revenue
  const inUnits = written === undefined ? undefined : IN_UNITS.get(written)
  const counted = inUnits !== undefined && (input.value.kind === "count" || input.value.kind === "measure") && inUnits.words.has(input.object ?? "") ? inUnits.measure : written
  const holderKind = counted === undefined ? undefined : measureById(counted)?.holder
  // An economy's measure is never a firm's: the article's company holds no inflation.
  // Nor a toll: "more than 5,500 people were injured" in a story about a firm is no figure of the firm's.
  // Nor a holding in the firm itself: "…, which controls 51% of Yukos" in a story about Yukos is no stake of Yukos's.
  // Nor an offer for, or a stake in, the firm a headline names as what another buys or holds ("WPP EXTENDS ITS OFFER FOR JWT <JWT>").
  const fromCompany =
    given.holder === undefined &&
    input.subjects[0] === undefined &&
    holderKind !== "economy" &&
    !PLACE_HELD.has(counted ?? "") &&
    !(input.company?.object === true && BUYER_HELD.has(counted ?? "")) &&
    headlineFirm(given.counterpart, input.company) !== input.company?.id
      ? input.company
      : undefined
  // A statistic of a firm is the firm's, not the country named beside it ("US media giant TimeWarner").
  const firm = !PARTNERED.test(input.predicate) && holderKind !== undefined && holderKind !== "economy" ? input.subjects.find((s) => s.startsWith("org:")) : undefined
  const named = headlineFirm(given.holder ?? firm ?? input.subjects[0] ?? fromCompany?.id, input.company)
  // A company's accounts are a firm's: a country never stands in for it ("UK Coal's losses" are not the UK's);
  // the article's company holds them instead, when it has one.
  // An economy's measure is a country's or bloc's, never an organisation's reporting or forecasting it ("unemployment
  // rate unchanged at one pct, the OECD said"): the country the sentence names, else the organisation's own; else open.
  const read =
    holderKind === "company" && named !== undefined && !named.startsWith("org:")
      ? input.company?.id
      : holderKind === "economy" && named?.startsWith("org:")
        ? input.subjects.find((s) => !s.startsWith("org:")) ?? input.countryOf(named)
        : named
  const found = read ?? (holderKind === "economy" ? input.economy?.id : undefined)
  // "exports to the U.S. fell 7.8 pct" held by the U.S., "Charter-Crellin's" offer for Charter-Crellin: a figure's other
  // party is never its holder; the holder read is wrong, so none is sure.
  const heldByOther = found !== undefined && found === (given.counterpart ?? (PARTNERED.test(input.predicate) ? input.subjects[1] : undefined))
  const holder = heldByOther ? undefined : found
  // A division's figure is no figure of the whole firm: the part is its item.
  const item = given.item ?? namedItem(written, input.clause) ?? (holderKind === "company" ? partOf(input.clause) : undefined)
  const holderText = heldByOther
    ? undefined
    : given.holderText ?? (holder === undefined ? undefined : holder === input.company?.id ? input.company.name : read === undefined ? input.economy?.text : undefined)
  // Only trade and deals have a second party: a statistic's other subjects are no partners.
  const counterpart = given.counterpart ?? (PARTNERED.test(input.predicate) ? input.subjects[1] : undefined)
  const periodRead = input.yearGuessed ? undefined : given.period ?? periodOf(input.time, input.earlier)
  const basis = given.basis ?? findPhrases(BASIS, input.clause)[0]?.value
  const source = given.source ?? input.source
  const aspect = given.aspect ?? byPredicate?.aspect ?? aspectOf(input.value, counted, input.clause)
  // "45% of the Japanese people", "about half of its staff": a share of a group counted is no count of it;
  // the vocabulary names no share of most groups (of the jobless, it is the unemployment rate).
  const share = counted !== undefined && input.value.kind === "percent" && aspect === "level" && isPartOf(counted)
  // "would reduce its German workforce by 1,920": a headcount's change is jobs cut or added (GUIDE).
  // "The $100m movie will be produced by Sony": a sum of money counts no units made, sold or held.
  const priced = counted !== undefined && input.value.kind === "money" && IN_UNITS_ONLY.has(measureById(counted)?.unit ?? "")
  const measure = share ? SHARES_OF_COUNTS.get(counted) : priced ? undefined : aspect !== "level" && counted !== undefined ? CHANGES_OF_COUNTS.get(counted) ?? counted : counted
  const periodFound = sumOrNone(heldNoLater(calendarOrNone(given.period === undefined ? twelveMonthsTo(periodRead, input.time, input.clause, measure, aspect) : periodRead, holderKind, input), input), measure, input)
  const status = given.status ?? heldBeforeOrRead(planOrRead(measure, input.value, input.markers, revisedOrRead(statusOf(input.markers, input.modality, daysSinceEnd(periodFound, input.referenceDay), input.value), input.rest)), periodFound, input)
  // "The OECD projection … is for a deficit of about 190 billion dollars": a forecast is of the period it looks to, never of
  // the day it is stated on, which is all a present tense gives.
  const period = status === "forecast" && periodFound?.origin === "document_date" ? undefined : periodFound
  const unresolved: Array<FigureGap> = [
    ...(holder === undefined ? (["holder"] as const) : []),
    ...(measure === undefined || input.tableNote ? (["measure"] as const) : []),
    ...(period === undefined ? (["period"] as const) : []),
    ...(measure !== undefined && input.value.kind === "count" && NEVER_BARE.has(measure) ? (["value"] as const) : [])
  ]
  return {
    ...(holder !== undefined ? { holder } : {}),
    ...(holderText !== undefined ? { holderText } : {}),
    ...(measure !== undefined ? { measure } : {}),
    ...(item !== undefined ? { item } : {}),
    ...(counterpart !== undefined ? { counterpart } : {}),
    ...(period !== undefined ? { period } : {}),
    ...(basis !== undefined ? { basis } : {}),
    ...(source !== undefined ? { source: { text: source.text, ...(source.entity !== undefined ? { entity: source.entity } : {}) } } : {}),
    status,
    aspect,
    unresolved
  }
}

/** The measure a count measure's change is: a workforce's change, jobs. */
const CHANGES_OF_COUNTS: ReadonlyMap<string, string> = new Map([["employees", "employment"]])

/** An economy's output, whose level is a sum of money: "40% of the economy" is a part of it. */
const OUTPUT: ReadonlySet<string> = new Set(["gdp", "gnp"])
/** Units of measures only a count or an amount of goods states. */
const IN_UNITS_ONLY: ReadonlySet<string> = new Set(["count", "measure", "physical"])
/** Whether a percentage level of a measure is a part of it: of counts and amounts of goods, and of sums of money but `PERCENT_STATED_MEASURES`. */
const isPartOf = (measure: string): boolean => {
  const unit = measureById(measure)?.unit
  return unit === "count" || unit === "measure" || OUTPUT.has(measure) || (unit === "money" && !PERCENT_STATED_MEASURES.has(measure))
}
/** The measure of a share of a group a count measure counts, where the vocabulary has one. */
const SHARES_OF_COUNTS: ReadonlyMap<string, string> = new Map([["unemployed", "unemployment_rate"]])

/**
 * Money measures with words that also count units: read from a count, the count's measure ("sales to
 * 400,000 cars"); their other words never count ("revenues of 17.99 billion" is a sum, its currency unwritten).
 */
const IN_UNITS: ReadonlyMap<string, { readonly measure: string; readonly words: ReadonlySet<string> }> = new Map([
  ["revenue", { measure: "sales_volume", words: new Set(["sales"]) }]
])

/** Words before a part's word that name no part: "its division", "the unit". */
const DETERMINERS = new Set(["its", "the", "a", "an", "their", "his", "her", "this", "that", "whose"])

/** The part of a firm a clause names ("the aerospace division" → "aerospace division"), if any. */
const partOf = (clause: ReadonlyArray<Token>): string | undefined => {
  const at = clause.findIndex((t) => PART_WORDS.has(t.normal))
  if (at < 0) return undefined
  const before = clause[at - 1]
  const words = before !== undefined && /^\p{L}/u.test(before.text) && !DETERMINERS.has(before.normal) ? [before, clause[at]!] : [clause[at]!]
  return words.map((t) => t.normal).join(" ")
}

/**
 * A firm named as the headline names it ("Dean Foods Co said" under "DEAN FOODS <DF> ...") is the
 * headline's company, whose id carries its ticker: one firm, one id within the article.
 */
const headlineFirm = (holder: string | undefined, company: HeadlineCompany | undefined): string | undefined =>
  holder !== undefined && company !== undefined && holder.startsWith("org:") && firmNameKey(holder.slice(4).split("-")) === company.nameKey ? company.id : holder

/**
 * A time scope as one TIMEX3 period; none when it has no calendar value (`PRESENT_REF`, `XXXX-06`). A fiscal year's is one ("FY1989").
 * An earlier value's is the prior period ("against 8.2 mln dlrs last year"), whichever reader read it.
 */
const periodOf = (time: TimeScope | undefined, earlier: boolean): FigurePeriod | undefined => {
  if (time === undefined || !/^(?:FY)?\d/.test(time.start) || time.start.includes("X") || time.end.includes("X")) return undefined
  const value = time.start === time.end ? time.start : `${time.start}/${time.end}`
  return { value, origin: time.origin === "inherited" ? "inherited" : time.timexes.length === 0 ? "document_date" : "written", prior: earlier }
}

const CALENDAR_PART = /^(\d{4})-([QH])([1-4])$/

/**
 * "It reported an increase in first quarter profits" in October: a firm's quarter or half whose year the words leave to
 * the article's date, reported too long after the calendar one ended for it to be that one (or a whole number of years
 * after, "last year's"), is a fiscal one whose months the text does not give: its period is left unresolved. (A results
 * table names such a period by its fiscal year, `fiscalPeriodValue`; prose does not say whether "third quarter" in
 * February is this fiscal year's or, "last year's", the one before.)
 */
const calendarOrNone = (period: FigurePeriod | undefined, holderKind: string | undefined, input: FigureInput): FigurePeriod | undefined => {
  const part = period === undefined ? null : CALENDAR_PART.exec(period.value)
  if (part === null || holderKind !== "company" || input.yearWritten || input.referenceDay === undefined) return period
  const months = part[2] === "Q" ? 3 : 6
  // an earlier value's period is a year before its figure's
  const end = (Number(part[1]) + (period!.prior ? 1 : 0)) * 12 + Number(part[3]) * months
  const reported = Number(input.referenceDay.slice(0, 4)) * 12 + Number(input.referenceDay.slice(5, 7))
  return reported < end || (reported - end) % 12 <= MAX_MONTHS_TO_REPORT ? period : undefined
}

/** Measure units of what adds up over a period: a sum of money, an amount of goods, a flow. */
const ADDED_UP: ReadonlySet<string> = new Set(["money", "flow", "amount"])
/** Words before "to" that make a month the last of twelve: "the year to March", "the 12 months to end-June". */
const TWELVE_MONTHS_BEFORE_TO: ReadonlySet<string> = new Set(["year", "months"])
const MONTH_VALUE = /^(\d{4})-(\d{2})$/

/**
 * "pre-tax profits in the year to March", "a deficit of 9 billion in the 12 months to end-June": what adds up over the
 * twelve months ending that month, not the month alone; a rate of the year to a month ("inflation in the year to
 * March", "prices rose 5%") is that month's own twelve-month rate and keeps it.
 */
const twelveMonthsTo = (period: FigurePeriod | undefined, time: TimeScope | undefined, clause: ReadonlyArray<Token>, measure: string | undefined, aspect: FigureAspect): FigurePeriod | undefined => {
  const month = period === undefined || time === undefined ? null : MONTH_VALUE.exec(period.value)
  if (month === null || aspect === "change_percent" || !ADDED_UP.has(measureById(measure ?? "")?.unit ?? "")) return period
  const written = time!.text.toLowerCase()
  const to = clause.findIndex((t, i) => t.normal === "to" && TWELVE_MONTHS_BEFORE_TO.has(clause[i - 1]?.normal ?? "") && written.includes(clause.slice(i + 1).find((n) => n.normal !== "the")?.normal ?? "\u0000"))
  if (to < 0 || (clause[to - 1]!.normal === "months" && !/^(?:12|twelve)$/.test(clause[to - 2]?.normal ?? ""))) return period
  const first = isoDayOf(addMonths({ year: Number(month[1]), month: Number(month[2]), day: 1 }, -11)).slice(0, 7)
  return { ...period!, value: `${first}/${period!.value}` }
}

/** A figure for a period already over is actual unless the words say it is preliminary, revised or estimated. */
const PAST_STATUSES: ReadonlySet<FigureStatus> = new Set(["revised", "preliminary", "estimate"])


/**
 * A forecast that is someone's decision is a plan: a deal's terms, a budget, a tax said to lie ahead
 * ("would buy a 43 pct stake"), and jobs said plainly to go ("About 1,100 jobs will go", "it would
 * reduce its German workforce by 1,920": GUIDE, an announced cut); jobs that could, may or are
 * expected to go, are at risk, or are to be added stay forecasts.
 */
const planOrRead = (measure: string | undefined, value: Quantity, markers: ReadonlyArray<Token>, status: FigureStatus): FigureStatus =>
  status === "forecast" && measure !== undefined && (DECIDED_MEASURES.has(measure) || cutAnnounced(measure, value, markers) || ownRateSet(measure, markers)) ? "plan" : status

const cutAnnounced = (measure: string, value: Quantity, markers: ReadonlyArray<Token>): boolean =>
  ANNOUNCED_CUT_MEASURES.has(measure) && value.value < 0 && !markers.some((t) => CUT_AT_RISK_WORDS.has(t.normal)) && saidPlainly(markers)

/** "Citibank said it would lower its prime rate to 16 pct": a bank's own rate said plainly to change is its decision. */
const ownRateSet = (measure: string, markers: ReadonlyArray<Token>): boolean =>
  OWN_RATE_MEASURES.has(measure) && markers.some((t) => OWN_WORDS.has(t.normal)) && saidPlainly(markers)

/** Whether what is to come is said plainly ("will", "would"), never only expected, forecast or possible. */
const saidPlainly = (markers: ReadonlyArray<Token>): boolean =>
  findPhrases(STATUS, markers).every((match) => match.value !== "forecast" || DECISION_MODALS.has(markers[match.first]!.normal))

/** Words right before a figure that make it an average: "averaging one billion dlrs", "an average of 800 mln", "averaged 178,000". */
const AVERAGE_WORDS: ReadonlySet<string> = new Set(["averaging", "averaged", "average", "averages"])
/** A period of more than one month, by its value's ends: averages per month or per week over it are no sum of it. */
const longerThanMonth = (value: string): boolean => {
  const interval = periodInterval(value)
  return interval !== undefined && interval.first.slice(0, 7) !== interval.last.slice(0, 7)
}

/**
 * "monthly surpluses averaging one billion dlrs" over the first nine months: an average of a sum measure over a period longer
 * than a month is no figure of that period, which is then left open (a rate's average, "an average of 840,000 bpd in 1986", is
 * its figure: not a sum).
 */
const sumOrNone = (period: FigurePeriod | undefined, measure: string | undefined, input: FigureInput): FigurePeriod | undefined => {
  if (period === undefined || measure === undefined || !PERIOD_SUMS.has(measure) || input.value.kind === "percent" || !longerThanMonth(period.value)) return period
  const before = input.clause.filter((t) => t.end <= input.value.start).slice(-2)
  return before.some((t) => AVERAGE_WORDS.has(t.normal)) ? undefined : period
}

/**
 * "to 8.25 pct from 8.5 pct, effective tomorrow": an earlier value's period is never after the article's day; a later date
 * is the change's, and the level changed from holds until then, on the article's day.
 */
const heldNoLater = (period: FigurePeriod | undefined, input: FigureInput): FigurePeriod | undefined => {
  const first = period === undefined || !input.earlier || input.referenceDay === undefined ? undefined : periodInterval(period.value)?.first
  return first !== undefined && first > input.referenceDay! ? { value: input.referenceDay!, origin: "document_date", prior: period!.prior } : period
}

/**
 * Statuses a clause's words give its figure that its earlier value does not share: what is to come ("will lower its prime
 * rate to 8.25 pct from 8.5 pct"), and a revision ("restated its quarter to a loss of 580,000 dlrs from net income of
 * 740,000 dlrs": the figure revised from is the one first reported).
 */
const NOT_SHARED_BY_EARLIER: ReadonlySet<FigureStatus> = new Set(["forecast", "plan", "target", "revised"])

/**
 * "will lower its prime rate to 8.25 pct from 8.5 pct": the level a change to come starts from is in force, actual, unless
 * the words of its own phrase say otherwise ("from an earlier forecast of 2.5 pct") or its period is not over.
 */
const heldBeforeOrRead = (status: FigureStatus, period: FigurePeriod | undefined, input: FigureInput): FigureStatus => {
  // "to nine pct in 1988 from 9.25 pct this year": a period not yet over is still to come
  if (!input.earlier || !NOT_SHARED_BY_EARLIER.has(status) || (period !== undefined && !overBy(period, input.referenceDay))) return status
  const at = input.clause.findLastIndex((t) => t.end <= input.value.start && COMPARISON_WORDS.has(t.normal))
  const own = at < 0 ? [] : input.clause.slice(at).filter((t) => t.end <= input.value.start)
  return findPhrases(STATUS, own)[0]?.value ?? "actual"
}

/** An actual figure its sentence sets against an earlier reading ("down from an earlier estimate of 1.7%") is the revised one. */
const revisedOrRead = (status: FigureStatus, rest: ReadonlyArray<Token>): FigureStatus =>
  status === "actual" && findPhrases(REVISES, rest).length > 0 ? "revised" : status

/** Whether a period has ended by the article's day (the day itself included: a level in force today). */
const overBy = (period: FigurePeriod, referenceDay: string | undefined): boolean => {
  const last = periodInterval(period.value)?.last
  return last !== undefined && referenceDay !== undefined && last <= referenceDay
}

/** Days from a period's last day to the article's, when both are known and the period is over (else undefined). */
const daysSinceEnd = (period: FigurePeriod | undefined, referenceDay: string | undefined): number | undefined => {
  const last = period === undefined ? undefined : periodInterval(period.value)?.last
  const [end, day] = [last, referenceDay].map((d) => (d === undefined ? undefined : decodeIsoDay(d)))
  if (end === undefined || day === undefined || end >= day) return undefined
  return dayNumber(calendarDayOf(day)) - dayNumber(calendarDayOf(end))
}

/**
 * Official figures come out weeks after their period: a forecast of a period that ended this
 * recently ("economists forecast the March surplus at 6 bln", written April 10) may still be one.
 */
const UNPUBLISHED_DAYS = 45

/** Words between "of" and the figure a status word's reading is of: "forecasts of about £560m", "a target of a 3-5% rise". */
const VALUE_OF_GAP: ReadonlySet<string> = new Set(["about", "around", "some", "a", "an", "the", "nearly", "almost", "roughly", "up", "to"])

/**
 * "below analysts' forecasts of £560m", "an estimate of 1.65 dlrs": the figure is the value of the reading the status word names,
 * whatever time it is of; the result it is set against is a fact, this figure the forecast.
 */
const isValueOf = (clause: ReadonlyArray<Token>, match: { readonly end: number }, figure: Span): boolean => {
  if (clause[match.end]?.normal !== "of") return false
  const next = clause.findIndex((t, i) => i > match.end && !VALUE_OF_GAP.has(t.normal))
  return next >= 0 && clause[next]!.start <= figure.start && clause[next]!.end > figure.start
}

/** A status word right before a balance's noun only qualifies it: "the budget deficit hit a record $412bn" is no plan. */
const namesBalance = (clause: ReadonlyArray<Token>, match: { readonly end: number }): boolean => BALANCE_NOUNS.has(clause[match.end]?.normal ?? "")

/**
 * Past forms of "see", a forecast verb in the present only: "ICBC has seen an 18% jump in profits",
 * "BMW saw revenues rise" is what happened; in the passive it is still the forecast of wire copy
 * ("tax take is seen little changed at 10.7 billion dlrs").
 */
const PAST_SEEING: ReadonlySet<string> = new Set(["saw", "seen"])
/** Words that set a figure against a forecast or an estimate, which is then no status of its own: "faster than predicted", "as expected". */
const SET_AGAINST: ReadonlySet<string> = new Set(["than", "as"])
/** Words between such a comparison and its status word: "than had been expected", "than originally forecast". */
const SET_AGAINST_GAP: ReadonlySet<string> = new Set(["had", "has", "have", "was", "were", "is", "been", "originally", "initially", "previously", "first", "earlier", "widely", "many", "most", "analysts", "economists", "it", "they", "we"])

/** "9.5% during 2004, faster than predicted": the status word a figure is compared with is not the figure's. */
const setAgainst = (clause: ReadonlyArray<Token>, first: number): boolean => {
  let at = first - 1
  while (at >= 0 && SET_AGAINST_GAP.has(clause[at]!.normal)) at--
  return at >= 0 && SET_AGAINST.has(clause[at]!.normal)
}
const SEEN_AS_FORECAST: ReadonlySet<string> = new Set(["is", "are", "was", "were", "be", "being", "been"])

const statusOf = (clause: ReadonlyArray<Token>, modality: Modality, sinceEnd: number | undefined, figure: Span): FigureStatus => {
  const past = sinceEnd !== undefined
  const unpublished = past && sinceEnd <= UNPUBLISHED_DAYS
  const found = new Set(
    findPhrases(STATUS, clause)
      .filter(
        (match) =>
          !namesBalance(clause, match) &&
          !setAgainst(clause, match.first) &&
          !inContactRelative(clause, match.first) &&
          // "budget airline Virgin Blue": a status word that modifies a firm's noun is no status
          !(clause[match.first]?.pos === "NOUN" && modifiesFirmNoun(clause, match.end)) &&
          !(match.end - match.first === 1 && PAST_SEEING.has(clause[match.first]!.normal) && !SEEN_AS_FORECAST.has(clause[match.first - 1]?.normal ?? "")) &&
          (!past || PAST_STATUSES.has(match.value) || isValueOf(clause, match, figure) || (unpublished && match.value === "forecast" && !MODAL_FORECAST_WORDS.has(clause[match.first]!.normal)))
      )
      .map((match) => match.value)
  )
  const status = STATUS_PRECEDENCE.find((s) => found.has(s))
  return status ?? (modality === "planned" && !past ? "forecast" : "actual")
}

/** A percentage of a measure that is not itself a rate is its change; "by" before a figure makes it a change by that amount. */
const aspectOf = (value: Quantity, measure: string | undefined, clause: ReadonlyArray<Token>): FigureAspect => {
  const unit = measure === undefined ? undefined : measureById(measure)?.unit
  if (value.kind === "percent" && unit !== "percent" && unit !== undefined) return "change_percent"
  const before = clause.findLast((token) => token.end <= value.start)
  return before !== undefined && CHANGE_BY_WORDS.has(before.normal) ? "change_amount" : "level"
}
