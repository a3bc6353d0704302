import type { EntityMention } from "../model/entity.js"
import type { FigureAspect } from "../model/figure.js"
import type { Quantity } from "../model/quantity.js"
import type { TimeScope, Timex } from "../model/time.js"
import type { Token } from "../nlp/analyze.js"
import { headsNounPhrase, qualifiesNextNoun } from "../nlp/noun-phrase.js"
import { oneLine, type Span } from "../model/span.js"
import { changeDirection, changedPhraseAfter, changeNear, changeOf, comparedWith, isEarlierValue, isLevelAfterChange, restatedAfterOr, restatedOnlySince } from "../claim/change-words.js"
import type { ClaimDraft } from "../claim/claim-draft.js"
import { apartInAside, appositionAt, dashAsides, inContactRelative, statesPresent } from "../claim/clauses.js"
import { clauseAt, type DocumentFacts, inTimex, type SentenceFacts, tokensFrom, tokensWithin } from "../claim/document-facts.js"
import { causedBefore } from "../claim/causative-verbs.js"
import { commodityAfter, commodityBefore, commodityPriced } from "../claim/commodity.js"
import { firmOpenedByCountry, namedSubjects } from "../claim/named-subjects.js"
import { refersBack, subjectFirm, subjectIsPronoun, subjectIsUnnamedPart, subjectRefersBack, subjectWordBefore } from "../claim/subject-firm.js"
import { within } from "../claim/parties.js"
import type { PhraseMatch } from "../claim/phrase-index.js"
import { POSSESSIVE_MARKS, isAnalystsFirm, isCitedSource, isListingVenue, isWorldFigure, isAudienceOrReporter, isCityOfMeeting, isInApposition, isSeatOfFirm, isNationalityOfFirm, isNationalityOfPeople, isPartner, isPlaceOfOwnedMeasure, isRouteEnd, ownedByFirmReferredTo, relativeAntecedent, relativeClauseAntecedent } from "../claim/no-holder.js"
import { negated } from "../claim/synthetic-quantity.js"
import { countsRunOfMonths, framingTimexes, isOnlyAYearBack, isYearBackFromUnread, joinedRange, partYearBefore, referenceScope, samePartBefore, timeScopeOf, weekBefore, yearBefore } from "../claim/time-scope.js"
import { BUYER_HELD, DATED_BY_STATEMENT, DAY_READINGS, IN_MONEY, type Measure, measureById, PERCENT_IS_CHANGE, PLACE_HELD } from "./measures.js"
import { PER_SHARE_WORDS } from "./table-labels.js"
import { BALANCE_NOUNS, BARE_MEASURE_WORDS, coversBetween, FIRM_NOUNS, FIRM_PART_NOUNS, modifiesFirmNoun, STOCK_WORDS, CHANGE_BY_WORDS, CONTINUING_CLAUSE_WORDS, EARLIER_VALUE_OPENERS, HELD_AFTER_WORDS, HOLDING_ONLY_WORDS, NOUN_ONLY_MEASURE_WORDS, OWN_AS_ADJECTIVE_AFTER, PART_OR_PEOPLE_HEADS, DEAL_VERBS, OWNED_GAP_WORDS, OWNING_VERBS, TRADED_ONLY_MEASURE_WORDS, JOB_CHANGE_WORDS, PART_MODIFIERS, PART_OF_ECONOMY_WORDS, PRESENT_ACT_VERBS, PRESENT_STATE_VERBS, UNIT_NOUNS, CHANGE_SIZE_MODIFIERS, DEBT_SECURITY_WORDS, OTHER_RATE_MODIFIERS, PART_STATING_VERBS, PRICED_UNITS } from "./figure-words.js"
import { COMPANY_SUFFIXES } from "./headline.js"
import { CURRENCIES } from "./exchange-rates.js"
import { carriedUnit, inUnitOf } from "./carried-unit.js"
import { isNoFigure } from "./no-figure.js"
import { isPerShare } from "./table-notes.js"
import { isPriceOfSale } from "./sale-price.js"
import { isRatioToOutput, namesOutputMeasure } from "./output-measure.js"
import { indexStartingFrom } from "../nlp/sorted-spans.js"
import { decodeIsoDay } from "../time/iso-day.js"
import { referenceDay } from "../time/reference-day.js"

/** A calendar year's value: "1986". */
const WHOLE_YEAR = /^\d{4}$/
/** How many words after a verb its own figure may begin ("to yield 6.21 pct", "to yield about 8.1 pct"). */
const INFINITIVE_OBJECT_REACH = 3
/** How many tokens a measure's words may stand before their figure ("the current account surplus in 1987 will rise to 95 bln"), or after it. */
const REACH_BEFORE = 12
const REACH_AFTER = 3
/** Whose figure: countries, blocs, organisations (companies, agencies, banks). */
const HOLDER_TYPES = new Set<EntityMention["type"]>(["country", "bloc", "organization"])

/** A price as wire copy writes a share's, in whole units and eighths: "34-3/4", "1/8". */
const WIRE_FRACTION = /^\d+(?:-\d)?\/\d+$|^\d+-\d\/\d+$/

/** The currency every sum of money in the article is in, when there is one and only one. */
const soleCurrency = (doc: DocumentFacts): string | undefined => {
  const units = new Set(doc.sentences.flatMap((facts) => facts.quantities.filter((q) => q.kind === "money").map((q) => q.unit)))
  return units.size === 1 ? [...units][0] : undefined
}

/**
 * "Its stock closed at 34-3/4, off 1/8": a share's price written bare in wire fractions, in a clause
 * that names shares or stock and says they traded or moved, is a sum in the one currency the article's
 * other sums are in; with none, or several, it stays a bare number.
 */
const wirePrice = (facts: SentenceFacts, quantity: Quantity, currencyOf: () => string | undefined): Quantity => {
  if (quantity.kind !== "count" || !WIRE_FRACTION.test(quantity.text.trim())) return quantity
  const currency = currencyOf()
  if (currency === undefined) return quantity
  const tokens = tokensWithin(facts.tokens, clauseAt(facts, quantity.start))
  const shares = tokens.some((t) => PRICED_SHARE_WORDS.has(t.normal))
  const traded = tokens.some((t) => TRADING_WORDS.has(t.normal) || SHARES_MOVED.has(t.lowerLemma))
  if (!shares || !traded) return quantity
  return { ...quantity, kind: "money", unit: currency, derivation: `${quantity.derivation}; a share's price in wire fractions, in ${currency}, the article's one currency` }
}
/** Words for a firm's shares: where a wire fraction is a price. */
const PRICED_SHARE_WORDS: ReadonlySet<string> = new Set(["shares", "share", "stock", "shrs"])


/** Qualifiers of a figure that make it a level a change crosses: "falling below $35", "rose above 2,000". */
const LEVEL_BOUND = /^(?:below|above|under|beyond|past)\b/i
/** Words of change a figure right after is never the size of: "the company lost 5 mln dlrs" is its loss, a level. */
const NOT_A_CHANGE_RIGHT_BEFORE: ReadonlySet<string> = new Set(["lose"])

/** "fell 12.5 points to 2,250.3", "exports rose 300 mln dlrs": a figure right after its word of change is the change's size. */
const changedRightBefore = (tokens: ReadonlyArray<Token>, quantity: Quantity): boolean => {
  // "prices are falling below $35": a bound the change crosses, a level
  if (LEVEL_BOUND.test(quantity.text)) return false
  const before = tokens.findLast((t) => t.end <= quantity.start && !CHANGE_SIZE_MODIFIERS.has(t.normal))
  return before !== undefined && changeDirection(before) !== undefined && !NOT_A_CHANGE_RIGHT_BEFORE.has(before.lowerLemma)
}

/** Words that end a verb's object before a figure: the figure after them is a level or another value ("cut its price to 18 dlrs"). */
const OBJECT_ENDS: ReadonlySet<string> = new Set(["to", "at", "from", "than", "as", ",", ";", "while", "which", "that"])

/**
 * "reduced the contract price it will pay for all grades of crude oil one dlr a barrel", "cut its posted price 50 cts": a
 * figure right after the object of a verb of change, the object naming the measure (`match`), is the change's size, as
 * after "by". Not after a word that ends the object ("to 18 dlrs"), nor another figure between.
 */
const changedAcrossObject = (tokens: ReadonlyArray<Token>, quantity: Quantity, match: PhraseMatch<Measure>, quantities: ReadonlyArray<Quantity>): boolean => {
  if (match.stop > quantity.start || LEVEL_BOUND.test(quantity.text)) return false
  const verb = tokens.findLastIndex((t) => t.end <= match.start && t.pos === "VERB")
  const last = tokens.findLastIndex((t) => t.end <= quantity.start && t.pos !== "SPACE")
  // The figure follows the object's last noun: "… crude oil one dlr", never "a workforce of 75,000".
  // "raised the posting prices … 32 cts": raising the measure itself is a change, as raising money ("raised $1bn") is not.
  if (verb < 0 || (changeDirection(tokens[verb]!) === undefined && !RAISING_VERBS.has(tokens[verb]!.lowerLemma)) || !OBJECT_NOUN_POS.has(tokens[last]?.pos ?? "")) return false
  // No other verb on the way but a relative clause's that qualifies the object ("the contract price it will pay for …").
  const onTheWay = tokens.slice(verb + 1, last + 1)
  return (
    onTheWay.every((t, k) => !OBJECT_ENDS.has(t.normal) && (t.pos !== "VERB" || inContactRelative(tokens, previousWord(tokens, verb + 1 + k))) && changeDirection(t) === undefined) &&
    !quantities.some((q) => q.start >= tokens[verb]!.end && q.end <= quantity.start)
  )
}
const OBJECT_NOUN_POS: ReadonlySet<string> = new Set(["NOUN", "PROPN"])
/** The index of the word before token `at`, past line breaks (wink's SPACE tokens). */
const previousWord = (tokens: ReadonlyArray<Token>, at: number): number => {
  let i = at - 1
  while (i >= 0 && tokens[i]!.pos === "SPACE") i--
  return i
}

/** Verbs (lemmas) of raising something, which name no change of their own ("raised $1bn") but by "by". */
const RAISING_VERBS: ReadonlySet<string> = new Set(["raise", "lift", "hike"])

/** The wire's word for a market reading's fall, right before its size: "off 1/8", "was off 1/4". */
const OFF = "off"

/** Comparatives right after a figure that make it a change: "shares were 28 pence lower", "closed 50 cents higher at 12 dlrs". */
const CHANGED_RIGHT_AFTER: ReadonlySet<string> = new Set(["higher", "lower"])
const changedRightAfter = (tokens: ReadonlyArray<Token>, quantity: Quantity): boolean =>
  CHANGED_RIGHT_AFTER.has(tokens.find((t) => t.start >= quantity.end)?.normal ?? "")

/** What joins the two ends of a range written with one unit: "from 1.5 to two pct", "30-40 mln dlrs". */
const RANGE_GAP = /^\s*(?:to|-|–)\s*$/
/** A bare number whose unit is written only after the range's other end: "growth ranging from 1.5 to two pct" (its unit is not known here, so it is not read). */
const isBareLowEnd = (text: string, quantity: Quantity, next: Quantity | undefined): boolean =>
  quantity.kind === "count" && next !== undefined && next.kind !== "count" && RANGE_GAP.test(text.slice(quantity.end, next.start))

/** Words naming a company's result: the last of them before a per-share figure says whether it is a loss. */
const RESULT_WORDS = new Set(["loss", "losses", "deficit", "profit", "profits", "income", "earnings", "earned", "net"])

/** Whether the result named last before `quantity` in its sentence is a loss. */
const lossBefore = (tokens: ReadonlyArray<Token>, quantity: Quantity): boolean => {
  const word = tokens.findLast((t) => t.end <= quantity.start && RESULT_WORDS.has(t.normal))
  return word !== undefined && NEGATIVE_BALANCE.has(word.normal)
}

/** Nouns that name a balance and which side of nought it is on: "an 800 mln surplus", "a 330.5 mln dlr profit". */
const SIGNED_BALANCE_NOUNS: ReadonlySet<string> = new Set([...BALANCE_NOUNS, "profit", "profits", "loss", "losses"])
/** How many words of a noun phrase may stand between a figure and its balance noun: "a 17 mln dlr operating loss". */
const SIGNED_NOUN_REACH = 3
/** The balance noun of the noun phrase right after a figure, if it has one: "an 800 mln surplus", "a 17 mln dlr operating loss". */
const signedNounAfter = (tokens: ReadonlyArray<Token>, quantity: Quantity): Token | undefined => {
  let end = quantity.end
  const from = indexStartingFrom(tokens, quantity.end)
  for (let k = from; k < tokens.length && k < from + SIGNED_NOUN_REACH; k++) {
    const t = tokens[k]!
    // one phrase: words a space apart, never the next line of a table ("… vs profit 15 cts\n    Shr loss …")
    if (t.start - end > 1) return undefined
    // a noun that qualifies the next is not the balance: "a 55 mln dlr special loan loss provision"
    if (SIGNED_BALANCE_NOUNS.has(t.normal)) return qualifiesNextNoun(tokens, k) ? undefined : t
    if (!NOUN_PHRASE_POS.has(t.pos)) return undefined
    end = t.end
  }
  return undefined
}
const NOUN_PHRASE_POS: ReadonlySet<string> = new Set(["NOUN", "ADJ", "PROPN", "VERB"])
/** Words that make a deficit or loss of a balance: its level is negative. */
const NEGATIVE_BALANCE = new Set(["deficit", "deficits", "loss", "losses", "shortfall", "gap"])
/**
 * Whether a balance's phrase names its negative side: a deficit or loss word that heads it ("net loss", "loss from
 * discontinued operations"), never one that qualifies another noun or is a preposition's object ("loan loss
 * provisions", "provision for loan losses").
 */
const namesNegativeSide = (words: ReadonlyArray<Token>): boolean =>
  words.some((w, k) => NEGATIVE_BALANCE.has(w.normal) && headsNounPhrase(words, k))
const PROSE_CONFIDENCE = 0.6
const JOB_CHANGES = new Map(JOB_CHANGE_WORDS)
/** Measures whose figures a job-change word makes a change of: "create 10,000 jobs". */
const JOB_MEASURES = new Set(["employment"])

/** The direction of a job-change word in the clause of a jobs figure ("2,000 jobs are threatened"), if any. */
const jobChange = (tokens: ReadonlyArray<Token>, measure: Measure, quantity: Quantity): "rise" | "fall" | undefined => {
  if (!JOB_MEASURES.has(measure.id) || quantity.kind !== "count") return undefined
  const word = tokens.find((t) => JOB_CHANGES.has(t.normal) || JOB_CHANGES.has(t.lowerLemma))
  return word === undefined ? undefined : JOB_CHANGES.get(word.normal) ?? JOB_CHANGES.get(word.lowerLemma)
}

/**
 * "70% of its oil consumption", "51% of Yukos": a percentage of a whole is a share, a level, not a change;
 * "lost nearly 50% of their value" is a change of the value.
 */
const isShareOf = (tokens: ReadonlyArray<Token>, quantity: Quantity): boolean => {
  const [of, whose, what] = tokensFrom(tokens, quantity.end).slice(0, 3)
  const ownValue = whose?.pos === "PRON" && what !== undefined && VALUE_WORDS.has(what.normal)
  return (of?.normal === "of" && !ownValue) || isRatioToOutput(tokens, quantity)
}
/**
 * "oil accounted for 46.7 pct of energy consumption in 1986 against 48.5 pct in 1985": a percentage set against a share
 * of the same measure is that share's earlier value, a share too, no change.
 */
const partSetAgainst = (
  tokens: ReadonlyArray<Token>,
  quantity: Quantity,
  before: { readonly match: PhraseMatch<Measure>; readonly aspect: FigureAspect; readonly value: Quantity } | undefined,
  match: PhraseMatch<Measure>
): boolean =>
  quantity.kind === "percent" && before !== undefined && before.match.start === match.start && before.aspect === "level" && before.value.kind === "percent" && isShareOf(tokens, before.value) && isEarlierValue(tokens, quantity.start)

/** A percentage a verb of making up states (`PART_STATING_VERBS`): "make up 4.7% of the population". */
const statedAsPart = (tokens: ReadonlyArray<Token>, quantity: Quantity): boolean => {
  if (quantity.kind !== "percent") return false
  const at = tokens.findLastIndex((t) => t.end <= quantity.start)
  const [verb, particle] = [tokens[at - 1], tokens[at]]
  return PART_STATING_VERBS.some(([v, p]) => verb?.lowerLemma === v && particle?.normal === p)
}
/** A whole a percentage is of that is its holder's own value ("lost 50% of its value"); "90 pct of the value of a contract" is a share. */
const VALUE_WORDS: ReadonlySet<string> = new Set(["value", "worth"])
/** How far (characters) an earlier value's own date may follow it: "from 86 billion in 1986", "from 54,075 the previous week". */
const OWN_DATE_REACH = 8
/** Or the words between may say it is the same point of that date: "from 130,000 at the same time last year". */
const SAME_POINT_OF = /^[\s,]*(?:at|in|during|for|over)\s+the\s+same\s+(?:time|period|date|day|week|month|quarter|stage|point)(?:\s+of)?\s*$/i
/** The date right after an earlier value that is its own. */
const ownDateAfter = (text: string, timexes: ReadonlyArray<Timex>, quantity: Quantity, reached?: Quantity): Timex | undefined => {
  // "after rising 6.47 pct to 57.52 billion in March": past the level a change reached, its date ("from 417 mln dlrs to
  // 2.3 billion last year" dates the level only)
  const from = quantity.kind === "percent" && reached !== undefined && reached.kind !== "percent" && REACHED_GAP.test(text.slice(quantity.end, reached.start)) ? reached.end : quantity.end
  return timexes.find((t) => t.start >= from && (t.start - from <= OWN_DATE_REACH || SAME_POINT_OF.test(text.slice(from, t.start))))
}
/** Between a change and the level it reached: "6.47 pct to 57.52 billion". */
const REACHED_GAP = /^\s*,?\s*to\s*$/i

/**
 * Measures only a sum of money states: a percentage by an offer or a deal is the part of a firm bought
 * ("an offer for 22 pct of Kwik Save": a stake), a coupon ("12 pct debentures") or a rate, never its worth.
 */
const SUMS_ONLY: ReadonlySet<string> = new Set(["deal_value", "offer_price"])

const fits = (measure: Measure, quantity: Quantity): boolean => {
  switch (measure.unit) {
    case "percent":
      return quantity.kind === "percent"
    case "money":
      return quantity.kind === "money" || (quantity.kind === "percent" && !SUMS_ONLY.has(measure.id))
    case "amount":
      return quantity.kind === "money"
    case "flow":
      return quantity.kind === "money" || quantity.kind === "percent" || quantity.kind === "measure"
    case "count":
      return quantity.kind === "count" || quantity.kind === "percent"
    case "measure":
      return quantity.kind === "measure" || quantity.kind === "count" || quantity.kind === "percent"
    case "physical":
      return quantity.kind === "measure"
    case "index":
      return quantity.kind === "count" || quantity.kind === "percent"
    case "any":
      return quantity.kind !== "ordinal"
  }
}

/** "a share", "per share" right after a money figure: its measure is per share, whatever came before. */
const PER_SHARE = new Set(["eps"])
/** A sum at least this many times another restated after it makes that one its amount per share ("16.7 mln dlrs or 11 cts"). */
const PER_SHARE_RATIO = 1000
/** Measures whose amount may be given per share too, which stays theirs: a charge, gain or provision "or 11 cts a share", "a dividend of 10 cents a share". */
const PER_SHARE_OF = new Set(["extraordinary_item", "dividend"])
/**
 * Words of a clause about buying a company or its shares: its per-share figure is an offer price (a price per share offered or
 * paid), its total the deal's value. Shares offered to the public ("an initial public offering of 2,129,300 shares at 12 dlrs a
 * share") and shares bought on a warrant's or option's terms ("warrants exercisable at 1.50 dlrs a share") are such too.
 */
const OFFER_WORDS = new Set([
  "offer", "offered", "offers", "bid", "bids", "acquire", "acquisition", "tender", "buy", "buyout", "merger", "takeover", "pay", "paid", "paying", "purchase", "price",
  "offering", "offerings", "warrant", "warrants", "exercisable", "exercise", "exercised"
])
/** Words (lemmas) of a firm's results, whose amount a per-share figure after them restates: then no offer price ("net purchases" are no result). */
const EARNED_WORDS: ReadonlySet<string> = new Set(["earn", "earned", "earnings", "profit", "income", "loss"])
/** Words of trading before a per-share figure: "shares rose 50 cents to close at $13 a share" is a share price, no earnings. */
const TRADING_WORDS = new Set(["close", "closed", "closing", "trade", "traded", "trading", "opened", "quoted"])
/** Words of shares sold: a price per share after them is what they went for ("sold 5,000 Gull shares at 12 dlrs a share"). */
const SOLD_WORDS: ReadonlySet<string> = new Set(["sold", "selling"])

/**
 * "a $500,000 reward", "13 facilities in operation": the nouns right after a figure are what it
 * prices or counts. When the vocabulary knows none of them (nor is one a change: "a 5 pct rise"),
 * the figure measures something unknown, and a measure word elsewhere in its clause ("is offering") is not its.
 */
const headUnknown = (tokens: ReadonlyArray<Token>, timexes: ReadonlyArray<Timex>, matches: ReadonlyArray<PhraseMatch<Measure>>, quantity: Quantity, measure: Measure): boolean => {
  const at = tokens.findIndex((t) => t.start >= quantity.end)
  // The nouns right after the figure, a compound's last its head: "a 15 mln dlr restructuring charge"; a date is none ("closed at 93 dlrs today").
  const end = tokens.findIndex((t, i) => i >= at && (t.pos !== "NOUN" || timexes.some((x) => t.start >= x.start && t.end <= x.end)))
  const nouns = at < 0 ? [] : tokens.slice(at, end < 0 ? tokens.length : end)
  return nouns.length > 0 && !nouns.some((n) => matches.some((m) => m.start === n.start) || changeNear([n], n.start) !== undefined || UNIT_NOUNS.get(n.normal)?.has(measure.id) === true)
}

/**
 * The measure of a figure: the measure words nearest it (`nearestMeasure`), unless the figure
 * prices or counts something the vocabulary does not know.
 */
const measureFor = (tokens: ReadonlyArray<Token>, timexes: ReadonlyArray<Timex>, matches: ReadonlyArray<PhraseMatch<Measure>>, quantity: Quantity, laterClause: boolean) => {
  const match = nearestMeasure(tokens, matches, quantity, laterClause)
  // "Egypt submitted a bid of 89 dlrs per tonne": a price per unit is no deal's sum.
  if (match !== undefined && SUMS_ONLY.has(match.value.id) && isPricePerUnit(tokens, quantity)) return undefined
  if (match === undefined || !headUnknown(tokens, timexes, matches, quantity, match.value)) return match
  // "sold 2.4 million vehicles": what a verb sold, made or lost is its item; a noun's measure ("interests") counts no facilities.
  return quantity.kind !== "money" && tokens.find((t) => t.start === match.start)?.pos === "VERB" ? match : undefined
}

/** A sum of money given per unit of goods: "89 dlrs per tonne", "94.00 dlrs a tonne". */
const isPricePerUnit = (tokens: ReadonlyArray<Token>, quantity: Quantity): boolean => {
  const at = tokens.findIndex((t) => t.start >= quantity.end)
  return at >= 0 && PER_WORDS.has(tokens[at]!.normal) && PRICED_UNITS.has(tokens[at + 1]?.normal ?? "")
}
const PER_WORDS: ReadonlySet<string> = new Set(["per", "a", "an", "each"])

/** The measure matches inside a clause (a match's `end` counts tokens, so `within` would not do). */
const matchesIn = (matches: ReadonlyArray<PhraseMatch<Measure>>, clause: Span): ReadonlyArray<PhraseMatch<Measure>> =>
  matches.filter((m) => m.start >= clause.start && m.stop <= clause.end)

/** Parts of speech of a word that says what kind of sales they are ("car sales", "domestic sales"): units sold, maybe. */
const SALES_KIND_POS: ReadonlySet<string> = new Set(["NOUN", "ADJ", "PROPN"])

/**
 * The measure a shared word names for this figure's kind: "sales" of money are revenue, and so is a
 * percentage change of bare sales ("Sales rose 17.5 pct"); "car sales rose 4%" may count cars.
 */
const inKindOf = (tokens: ReadonlyArray<Token>, match: PhraseMatch<Measure>, quantity: Quantity): PhraseMatch<Measure> => {
  // Asked of every measure in the clause of every figure: only money and percentages are looked at further.
  if (quantity.kind !== "money" && quantity.kind !== "percent") return match
  const bare = () => !SALES_KIND_POS.has(tokens.findLast((t) => t.end <= match.start)?.pos ?? "")
  // "fourth quarter sales rose 2% to $11.1bn": a percentage of what rose to a sum of money is of money;
  // "sales rose 3.5% to 2.7 million", "sales down 3.1% at 1.06 million": of what rose to a count, a count.
  if (quantity.kind === "percent" && ((!bare() && !toMoneyAfter(tokens, quantity)) || toCountAfter(tokens, quantity))) return match
  const words = tokens.filter((t) => t.start >= match.start && t.end <= match.stop).map((t) => t.normal).join(" ")
  const other = IN_MONEY.get(words)
  return other === undefined ? match : { ...match, value: measureById(other)! }
}

/** "rose 2% to $11.1bn", "up 27% to 30.1bn rupees": the percentage's level right after it, a sum of money. */
const toMoneyAfter = (tokens: ReadonlyArray<Token>, quantity: Quantity): boolean => {
  const [link, ...rest] = tokens.filter((t) => t.start >= quantity.end).slice(0, 5)
  return link?.normal === "to" && rest.some((t) => CURRENCY_SYMBOLS.test(t.text) || CURRENCIES.byFirst.has(t.normal))
}
const CURRENCY_SYMBOLS = /^(?:[A-Z]{0,2}\$|£|€|¥)$/

/** "rose 3.5% to 2.7 million", "down 3.1% at 1.06 million units": the percentage's level right after it, a count with no currency. */
const toCountAfter = (tokens: ReadonlyArray<Token>, quantity: Quantity): boolean => {
  const [link, number, ...rest] = tokens.filter((t) => t.start >= quantity.end).slice(0, 5)
  return (link?.normal === "to" || link?.normal === "at") && number?.pos === "NUM" && ![number, ...rest].some((t) => CURRENCY_SYMBOLS.test(t.text) || CURRENCIES.byFirst.has(t.normal) || t.normal === "%" || PERCENT_WORDS.has(t.normal))
}
const PERCENT_WORDS: ReadonlySet<string> = new Set(["pct", "percent", "per", "points"])

/** Words between "effective" and the day a change takes effect: "effective from June 22", "effective as of today". */
const EFFECTIVE_GAP: ReadonlySet<string> = new Set(["from", "on", "as", "of"])

/** The date written after "effective" later in the sentence than the figure ("to 16 pct from 16.5, effective tomorrow"), if any. */
const effectiveDate = (facts: SentenceFacts, figure: Span): ReadonlyArray<Timex> => {
  const at = facts.tokens.findIndex((t) => t.start >= figure.end && t.normal === "effective")
  if (at < 0) return []
  let next = at + 1
  while (EFFECTIVE_GAP.has(facts.tokens[next]?.normal ?? "")) next++
  const timex = facts.timexes.find((t) => t.type === "DATE" && t.start === facts.tokens[next]?.start)
  return timex === undefined ? [] : [timex]
}

/** A sentence's match re-counted in the clause's tokens, which are a run of the sentence's. */
const inClauseTokens = (tokens: ReadonlyArray<Token>, match: PhraseMatch<Measure>): PhraseMatch<Measure> => {
  const at = indexStartingFrom(tokens, match.start)
  const first = tokens[at]?.start === match.start ? at : -1
  return { ...match, first, end: first + match.end - match.first }
}

/**
 * The measure words nearest the figure in its clause: a per-share phrase right after it, else the
 * nearest before it within reach, else right after it. A per-share figure in a clause about an
 * offer is its price.
 */
const nearestMeasure = (tokens: ReadonlyArray<Token>, sentenceMatches: ReadonlyArray<PhraseMatch<Measure>>, quantity: Quantity, laterClause: boolean) => {
  const local = nearestInClause(tokens, sentenceMatches.map((m) => inClauseTokens(tokens, inKindOf(tokens, m, quantity))).filter((m) => m.first >= 0), quantity, laterClause)
  // the sentence's count again, which callers read the sentence's tokens with
  const sentence = local && sentenceMatches.find((m) => m.start === local.start && m.stop === local.stop)
  return sentence && { ...sentence, value: local.value }
}

/**
 * In a clause after a sentence's first, the measure words are the figure's only as the subject of
 * its verb ("…, and its net income rose 18.1 pct"), not as any words near it ("…, 70% of people",
 * "…, worth $1.8 billion by 2009"): such clauses read loosely added far more wrong figures than right (d536d6d).
 */
const isSubjectOfVerbBefore = (tokens: ReadonlyArray<Token>, match: PhraseMatch<Measure>, at: number): boolean =>
  tokens.slice(match.end, at).some((t) => t.pos === "VERB" || t.pos === "AUX")

/** "…, which controls 51% of Yukos", "bought 21 pct of the stock": a verb of owning or buying is its clause's own verb (`owningVerbs`). */
const isOwningVerb = (tokens: ReadonlyArray<Token>, match: PhraseMatch<Measure>): boolean =>
  OWNED_MEASURES.has(match.value.id) && match.end - match.first === 1 && tokens[match.first] !== undefined && isVerbOfPart(tokens[match.first]!)

/**
 * How many tokens the apposition right after a firm's measure words ending at token `end` takes, or right after the firm they
 * are of ("Shares in Borussia Dortmund, Germany's only stock-market listed football club, dropped by almost 23%"): words that
 * do not part the measure from its figure. The firm bought ("the acquisition of Rainier, a … concern,") is no such firm.
 */
const appositionAfterMeasure = (tokens: ReadonlyArray<Token>, end: number): number => {
  const right = appositionAt(tokens, end)
  if (right > 0 || !OWNER_WORDS.has(tokens[end]?.normal ?? "") || tokens[end + 1]?.pos !== "PROPN") return right
  // The name ends at its last proper noun, or at one with a full stop ("Gulf Canada Corp." may end a sentence the splitter ran on).
  let at = end + 1
  while (tokens[at]?.pos === "PROPN" && !tokens[at]!.text.endsWith(".")) at++
  if (tokens[at]?.pos === "PROPN") at++
  return appositionAt(tokens, at)
}

/** A verb of owning names the percentage right after it only: "which owns 46% of Virgin Blue - had dropped 31%" owns no 31%. */
const ownsOtherFigure = (tokens: ReadonlyArray<Token>, match: PhraseMatch<Measure>, at: number): boolean =>
  isOwningVerb(tokens, match) && !tokens.slice(match.end, at).every((t) => OWNED_GAP_WORDS.has(t.normal))

/** How many words a per-share restatement may take after its "or": "or 16 cents a share", "or 1.61 dlrs per share". */
const RESTATEMENT_REACH = 6

/**
 * How many of the tokens from `from` to `to` only restate a figure: a figure in brackets ("#89.7 million ($141.9 million)") or
 * per share ("$89.7 million, or 16 cents a share, from $94.8 million"). They put no distance between measure words and a figure;
 * a name in brackets ("(Groupe Promexpo Inc), a company which …") does.
 */
const restatingTokens = (tokens: ReadonlyArray<Token>, from: number, to: number): number => {
  let count = 0
  for (let i = from; i < to; i++) {
    const token = tokens[i]!
    if (token.text === "(") {
      const close = tokens.findIndex((t, k) => k > i && k < to && t.text === ")")
      if (close > 0 && tokens.slice(i + 1, close).some((t) => t.pos === "NUM")) {
        count += close - i + 1
        i = close
      }
      continue
    }
    if (token.normal !== "or") continue
    const share = tokens.slice(i + 1, Math.min(to, i + 1 + RESTATEMENT_REACH)).findIndex((t) => PER_SHARE_WORDS.has(t.normal))
    if (share < 0) continue
    count += share + 2
    i += share + 1
  }
  return count
}

/** Words that join a range's two ends: "17 cents to 19 cents". */
const RANGE_WORDS: ReadonlySet<string> = new Set(["to", "-", "–"])

/** The tokens from `from` to `to` close a range: "to 19 cents", "- 50 cts". */
const rangeEndsAt = (tokens: ReadonlyArray<Token>, from: number, to: number): boolean => {
  const gap = tokens.slice(from, to)
  return gap.length >= 2 && gap.length <= 3 && RANGE_WORDS.has(gap[0]!.normal) && gap[1]!.pos === "NUM" && (gap.length === 2 || gap[2]!.pos !== "VERB")
}

const nearestInClause = (tokens: ReadonlyArray<Token>, matches: ReadonlyArray<PhraseMatch<Measure>>, quantity: Quantity, laterClause: boolean) => {
  const at = tokens.findIndex((t) => t.start >= quantity.start)
  const end = tokens.findIndex((t) => t.start >= quantity.end)
  // A word of change between the figure and the measure words after it makes them what changed, read only as such below
  // ("a 4.9 billion stg July rise in bank lending": a change, not the level of lending).
  const changeBetween = (m: PhraseMatch<Measure>) => tokens.slice(end, m.first).some((t) => changeDirection(t) !== undefined)
  // "a surplus of about three pct of GDP", "exceeding one pct GNP": a ratio to the economy's output is the figure before's
  // measure, never the output's growth; with no measure before it, none is sure.
  const ratioToOutput = isRatioToOutput(tokens, quantity)
  // Per-share words are the figure's only right after it, or after the range it opens ("17 cents to 19 cents a share"):
  // "5,704,000 dlrs or four cts per share" is no amount per share.
  const reaches = (m: PhraseMatch<Measure>) => (PER_SHARE.has(m.value.id) ? m.first === end || rangeEndsAt(tokens, end, m.first) : m.first - end <= REACH_AFTER)
  // "priced at 99-1/2 pct to yield 6.21 pct": a verb after "to" with a figure of its own measures that figure ("to spend
  // five mln dlrs to purchase" names what the sum buys).
  const infinitive = (m: PhraseMatch<Measure>) =>
    tokens[m.first]?.pos === "VERB" && tokens[m.first - 1]?.normal === "to" && tokens.slice(m.end, m.end + INFINITIVE_OBJECT_REACH).some((t) => t.pos === "NUM")
  const after = matches.find(
    (m) => end >= 0 && m.first >= end && reaches(m) && fits(m.value, quantity) && (!laterClause || PER_SHARE.has(m.value.id)) && !changeBetween(m) && !infinitive(m)
  )
  // "agreed to be acquired … for $50 a share": any form of an offer's verb
  const offer = tokens.some((t) => OFFER_WORDS.has(t.normal) || OFFER_WORDS.has(t.lowerLemma))
  const before = matches
    .filter((m) => m.end <= at && at - m.end - (m.value.holder === "company" && !ACQUISITION_MEASURES.has(m.value.id) ? appositionAfterMeasure(tokens, m.end) : appositionAt(tokens, m.end)) - restatingTokens(tokens, m.end, at) <= REACH_BEFORE && !PER_SHARE.has(m.value.id) && fits(m.value, quantity))
    // "trade surpluses had been sufficient to cover the 12 billion dlrs": what a verb of covering or paying takes is no balance's amount
    .filter((m) => m.value.sign !== "balance" || !coversBetween(tokens.slice(m.end, at)))
    // In a later clause, measure words name the figure as their verb's subject, or as their own "of" ("versus net income of $5.3 million").
    .filter((m) => (!laterClause || isSubjectOfVerbBefore(tokens, m, at) || isOwningVerb(tokens, m) || (m.end === at - 1 && tokens[m.end]?.normal === "of")) && !ownsOtherFigure(tokens, m, at))
    .at(-1)
  if (ratioToOutput) return before !== undefined && !OUTPUT_MEASURES.has(before.value.id) ? before : undefined
  // "a charge of 16.7 mln dlrs or 11 cts a share": the charge per share, no earnings per share.
  if (after !== undefined && PER_SHARE.has(after.value.id) && before !== undefined && PER_SHARE_OF.has(before.value.id)) return before
  // "a 3.5 pct rise in imports": the change the figure is names what changed right after it
  const changed = changedPhraseAfter(tokens, quantity.end)
  if (after !== undefined && !PER_SHARE.has(after.value.id) && changed?.start === after.start) return after
  // "a 15 pct drop in 1987 operating earnings": what changed, named further on
  const named = changed && matches.find((m) => m.start >= changed.start && m.stop <= changed.end && !PER_SHARE.has(m.value.id) && fits(m.value, quantity))
  if (named !== undefined) return named
  // "The drop of Irving's share to 44 dlrs per share": a share's price it moved to or stands at, no earnings
  const priced = (tokens[at - 1]?.normal === "to" || tokens[at - 1]?.normal === "at") && SHARE_NOUNS.has(tokens[at - 2]?.normal ?? "")
  const trading = tokens.some((t) => t.end <= quantity.start && (TRADING_WORDS.has(t.normal) || SOLD_WORDS.has(t.normal)))
  // "Had the acquisition been in place, the company earned 14.1 mln dlrs or 10 cts per share": earnings per share, offer or not.
  const earned = tokens.slice(0, at).some((t) => EARNED_WORDS.has(t.lowerLemma))
  // "debentures convertible into Ogden common stock at 79.75 dlrs per share": a debt security's conversion price, which no measure
  // names ("shares would be converted into the right to receive 61.32 dlrs a share" in a merger is its price)
  if (after !== undefined && PER_SHARE.has(after.value.id)) {
    const beforeIt = tokens.slice(0, Math.max(0, at))
    if (beforeIt.some((t) => CONVERSION_WORDS.has(t.normal)) && beforeIt.some((t) => DEBT_SECURITY_WORDS.has(t.normal))) return undefined
    return offer && !earned ? { ...after, value: measureById("offer_price")! } : trading || priced ? { ...after, value: measureById("share_price")! } : after
  }
  // "won the seat with 20,645 votes", "take three key seats": what a count counts is the noun right after it, unless
  // that noun is only "people", whom the measure before says more of ("a population of more than a billion people"); after
  // people counted before, its own ("50,000 people in Canada have MS and 85,000 people in the UK").
  const ownNoun = after !== undefined && (after.value.id !== GENERIC_COUNT || before?.value.id === GENERIC_COUNT)
  if (after !== undefined && quantity.kind === "count" && ownNoun && tokens.slice(end, after.first).every((t) => t.pos === "ADJ")) return after
  // "started a tender offer for up to 4,100,000 of its own common shares at 28 dlrs each": the price an offer names "at" for
  // shares, a price of one share, not one they moved to ("shares rose to 576p")
  const offeredAt = tokens[at - 1]?.normal === "at" && quantity.kind === "money" && quantity.value < PER_SHARE_PRICE_CEILING
  if (before?.value.id === SHARE_PRICE && offeredAt && offer && !earned && !trading && !tokens.some((t) => SHARES_MOVED.has(t.lowerLemma))) return { ...before, value: measureById("offer_price")! }
  return before ?? after
}

const SHARE_PRICE = "share_price"
/** Words of converting a security into shares: the price per share after them is a conversion price. */
const CONVERSION_WORDS: ReadonlySet<string> = new Set(["convertible", "conversion", "convert", "converted", "exchangeable"])
/** Nouns of shares whose price a figure after "to" or "at" is. */
const SHARE_NOUNS: ReadonlySet<string> = new Set(["share", "shares", "stock"])
/** No price of one share offered reaches this: a sum "at" which shares are offered above it is their total. */
const PER_SHARE_PRICE_CEILING = 10_000
/** Verbs (lemmas) of shares moving in price: "lost a third", "have lost more than 50%", "fell 5 pct". */
const SHARES_MOVED: ReadonlySet<string> = new Set([
  "lose", "shed", "gain", "add", "rise", "fall", "drop", "jump", "climb", "slump", "sink", "plunge", "soar", "tumble", "slide", "surge", "ease", "firm", "decline"
])
/** Words before a percentage that make it a part of the shares named: "shares representing 11.68 pct", "equal to 8.9 pct". */
const PART_OF_SHARES_BEFORE: ReadonlySet<string> = new Set(["representing", "represent", "represents", "equal", "equalling", "equaling"])

/**
 * A percentage of shares stated as a part of them ("21 pct of the shares", "shares representing
 * 11.68 pct") is a holding, never their price.
 */
const ofShares = (tokens: ReadonlyArray<Token>, quantity: Quantity, measure: Measure): Measure => {
  // "Shares in Petrel have lost more than 50% of their value": a fall, no part of them.
  if (measure.id !== SHARE_PRICE || quantity.kind !== "percent" || tokens.some((t) => SHARES_MOVED.has(t.lowerLemma))) return measure
  const at = tokens.findIndex((t) => t.start >= quantity.start)
  const before = tokens.slice(Math.max(0, at - 2), at).map((t) => t.normal)
  return tokens[tokens.findIndex((t) => t.start >= quantity.end)]?.normal === "of" || before.some((w) => PART_OF_SHARES_BEFORE.has(w)) ? STAKE : measure
}

/** Whose unit an index's bare figure is in: "closed at 11,740.60", "fell 508 points". */
const INDEX_POINTS = "points"

/** An index's level and its change in points are in points, never a count of items. */
const inIndexPoints = (measure: Measure, quantity: Quantity): Quantity =>
  measure.id === INDEX_MEASURE && quantity.unit === "item" ? { ...quantity, unit: INDEX_POINTS } : quantity

/** The measure of a bare count of people. */
const GENERIC_COUNT = "people_count"

/** One measure word that names its measure only as a noun, here no noun: "trading" in "were trading at 6-3/4 pct". */
const nounOnlyNotNoun = (tokens: ReadonlyArray<Token>, match: PhraseMatch<Measure>): boolean => {
  const token = tokens[match.first]!
  return match.end - match.first === 1 && NOUN_ONLY_MEASURE_WORDS.has(token.lowerLemma) && token.pos !== "NOUN" && token.pos !== "PROPN"
}

/**
 * Measure words that modify a noun for people, a part of an organisation or a firm name that part or firm, no figure:
 * "2,600 from its sales department", "the trade minister", "export officials", "budget airline AirAsia".
 */
/** "a recovery rate of 55.6 pct", "at an annual rate of 2.5 pct": a bare rate another word makes the rate of something else is no interest rate. */
const isRateOfOther = (tokens: ReadonlyArray<Token>, match: PhraseMatch<Measure>): boolean =>
  match.value.id === INTEREST_RATE && match.end - match.first === 1 && BARE_RATES.has(tokens[match.first]!.normal) && OTHER_RATE_MODIFIERS.has(tokens[match.first - 1]?.normal ?? "")
const INTEREST_RATE = "interest_rate"
const BARE_RATES: ReadonlySet<string> = new Set(["rate", "rates"])

/** Measures whose words take what they are of after "in", "on" or "for": "investment in fixed assets", "spending on exports", "tax on profits". */
const COMPLEMENT_TAKERS: ReadonlySet<string> = new Set(["investment", "capital_spending", "public_spending", "government_spending", "tax"])
const COMPLEMENT_WORDS: ReadonlySet<string> = new Set(["in", "on", "for"])
/** "investment in fixed assets rose 21.3%": a measure's words after such a measure's "in" are what it is of, no measure of their own. */
const isComplementOfMeasure = (facts: SentenceFacts, match: PhraseMatch<Measure>): boolean => {
  let i = match.first - 1
  // "in fixed assets": wink tags the participle before the noun a verb
  while (i >= 0 && (facts.tokens[i]!.pos === "ADJ" || facts.tokens[i]!.pos === "DET" || (facts.tokens[i]!.pos === "VERB" && facts.tokens[i]!.normal.endsWith("ed")))) i--
  if (!COMPLEMENT_WORDS.has(facts.tokens[i]?.normal ?? "")) return false
  return facts.measurePhrases.some((p) => p.end === i && COMPLEMENT_TAKERS.has(p.value.id))
}

const namesPartOrPeople = (tokens: ReadonlyArray<Token>, match: PhraseMatch<Measure>): boolean =>
  PART_OR_PEOPLE_HEADS.has(tokens[match.end]?.normal ?? "") || modifiesFirmNoun(tokens, match.end) || inFirmName(tokens, match)

/** A measure word inside a firm's name, between a name and its company suffix: "Mutual Shares Corp", "Western Savings Inc". */
const inFirmName = (tokens: ReadonlyArray<Token>, match: PhraseMatch<Measure>): boolean => {
  const [before, after] = [tokens[match.first - 1], tokens[match.end]]
  return before?.pos === "PROPN" && /^\p{Lu}/u.test(tokens[match.first]!.text) && after !== undefined && COMPANY_SUFFIXES.has(after.normal) && after.normal !== "the"
}

/**
 * "an $850m payout to settle a lawsuit", "bonus payouts": a payout is a dividend only paid on shares, per share or to
 * shareholders ("a special payout of two cts a share", "a shareholder payout of $6bn").
 */
const paysNoDividend = (facts: SentenceFacts, match: PhraseMatch<Measure>): boolean => {
  const word = facts.tokens[match.first]!
  if (match.value.id !== DIVIDEND || match.end - match.first !== 1 || !PAYOUT_WORDS.has(word.normal)) return false
  const clause = tokensWithin(facts.tokens, clauseAt(facts, match.start))
  return !clause.some((t, i) => SHAREHOLDER_WORDS.has(t.normal) || (t.normal === "share" && (clause[i - 1]?.normal === "a" || clause[i - 1]?.normal === "per")))
}
const DIVIDEND = "dividend"
const PAYOUT_WORDS: ReadonlySet<string> = new Set(["payout", "payouts"])
const SHAREHOLDER_WORDS: ReadonlySet<string> = new Set(["shareholder", "shareholders", "stockholder", "stockholders", "dividend", "dividends"])

/** Words between "for" and the sum it prices: "for about 45 mln dlrs". */
const PRICE_QUALIFIERS: ReadonlySet<string> = new Set(["about", "around", "approximately", "some", "nearly", "roughly", "almost", "over", "under", "up", "to", "an", "estimated", "a", "total", "of", "just"])

/**
 * Whether a verb of dealing (`DEAL_VERBS`) is followed in its clause by what changes hands and then "for"
 * right before a sum: "sold its Travelers Life & Annuity arm to Metlife for $11.5bn".
 */
const pricedDeal = (facts: SentenceFacts, match: PhraseMatch<Measure>): boolean => {
  const after = tokensWithin(facts.tokens, clauseAt(facts, match.start)).filter((t) => t.start >= match.stop)
  const at = after.findIndex((t) => t.normal === "for")
  // "is selling in Japan for 19,800 yen": no object, a price; "sold 110,000 Cyclops common shares … for 10.0 mln dlrs": shares
  // traded, which change a holding (`sharesTraded`).
  if (at < 1 || PLACE_AFTER_VERB.has(after[0]!.normal) || after.slice(0, at).some((t) => SECURITY_NOUNS.has(t.normal))) return false
  const first = after.slice(at + 1).find((t) => !PRICE_QUALIFIERS.has(t.normal))
  return first !== undefined && facts.quantities.some((q) => q.kind === "money" && q.start <= first.start && first.start < q.end)
}
/** Words right after a verb of selling that make it intransitive: "is selling in Japan for". */
const PLACE_AFTER_VERB: ReadonlySet<string> = new Set(["in", "at", "on", "well", "out"])
/** Securities a deal's object may count: their trade is a holding's change, read apart. */
const SECURITY_NOUNS: ReadonlySet<string> = new Set(["shares", "share", "stock", "warrants", "warrant", "debentures", "notes", "bonds", "units", "options"])

/** What may stand before a firm's name: "the", and the brackets wire copy puts round a firm with no ticker ("58 pct of <Daily Telegraph Plc>"). */
const BEFORE_NAME: ReadonlySet<string> = new Set(["the", "<", "("])

/** The buyer a verb of selling names after "to" in its clause: "sold its Travelers arm to Metlife for $11.5bn", "to sell to Amoco its Primrose properties". */
const soldTo = (facts: SentenceFacts, match: PhraseMatch<Measure>, clause: { start: number; end: number }): EntityMention | undefined => {
  if (facts.tokens[match.first]?.lowerLemma !== SELL) return undefined
  const to = tokensWithin(facts.tokens, clause).find((t) => t.start >= match.stop && t.normal === "to")
  const next = to === undefined ? undefined : facts.tokens.find((t) => t.start >= to.end && !BEFORE_NAME.has(t.normal))
  return firmAt(facts, clause, next)
}
const SELL = "sell"

/**
 * A measure match read again for a verb of dealing: with its price ("sold its arm to Metlife for $11.5bn")
 * it names the deal's worth, whatever else it may count; read as a deal's worth with no price ("the
 * program sells for 79.95 dlrs"), it names nothing; any other match stays as it is.
 */
const asDealVerb = (facts: SentenceFacts, match: PhraseMatch<Measure>): ReadonlyArray<PhraseMatch<Measure>> => {
  const verb = facts.tokens[match.first]!
  if (match.end - match.first !== 1 || !DEAL_VERBS.has(verb.lowerLemma) || verb.pos === "NOUN") return [match]
  if (pricedDeal(facts, match)) return [match.value.id === DEAL_VALUE_ID ? match : { ...match, value: DEAL_VALUE }]
  return match.value.id === DEAL_VALUE_ID ? [] : [match]
}

/** A price word in a sentence issuing a debt security (`DEBT_SECURITY_WORDS`): the issue's price, no commodity's. */
const pricesSecurity = (facts: SentenceFacts, match: PhraseMatch<Measure>): boolean =>
  match.value.id === COMMODITY_PRICE && facts.tokens.some((t) => DEBT_SECURITY_WORDS.has(t.normal))
const COMMODITY_PRICE = "commodity_price"

/** "Net purchases grew to 1.5 billion dlrs", "net buying", "net exports": a bare "net" before a noun nets that, no result. */
const isNetOfOther = (tokens: ReadonlyArray<Token>, match: PhraseMatch<Measure>): boolean => {
  if (match.end - match.first !== 1 || tokens[match.first]?.normal !== NET) return false
  const next = tokens[match.end]
  // "First quarter net rose 10 pct": a word of change after it is its verb, whatever the tagger calls it
  return next !== undefined && changeDirection(next) === undefined && (next.pos === "NOUN" || (next.pos === "VERB" && next.normal.endsWith("ing")))
}
const NET = "net"

/** A share-price word that names no price here (`TRADED_ONLY_MEASURE_WORDS`): a plural ("crude stocks"), a noun's modifier, or no trading or move in its clause. */
const tradesNot = (facts: SentenceFacts, match: PhraseMatch<Measure>): boolean => {
  const token = facts.tokens[match.first]!
  if (match.value.id !== SHARE_PRICE || match.end - match.first !== 1 || !TRADED_ONLY_MEASURE_WORDS.has(token.lowerLemma)) return false
  const next = facts.tokens[match.end]
  // "stock exchange" modifies a noun; "stock yesterday closed" does not (a date is no noun it qualifies).
  const modifies = next !== undefined && (next.pos === "NOUN" || next.pos === "PROPN") && !facts.timexes.some((t) => next.start >= t.start && next.end <= t.end)
  if (!TRADED_ONLY_MEASURE_WORDS.has(token.normal) || modifies) return true
  return !tokensWithin(facts.tokens, clauseAt(facts, match.start)).some((t) => TRADING_WORDS.has(t.normal) || SHARES_MOVED.has(t.lowerLemma))
}

/** How many words may stand between a holding word and the percentage stated of it ("amounted to just under"). */
const HOLDING_REACH = 4
/** Words before a percentage that make it a rate paid, not a share held: "interest at 9.15 pct", "TAM plus 0.2 pct". */
const RATE_WORDS: ReadonlySet<string> = new Set(["at", "plus", "over", "of"])

/** A holding word with neither its size right before it, nor a percentage stated of it, nor what is held after it: "paying interest at 0.2 pct". */
const holdsNothing = (facts: SentenceFacts, match: PhraseMatch<Measure>): boolean => {
  const token = facts.tokens[match.first]!
  if (match.end - match.first !== 1 || !HOLDING_ONLY_WORDS.has(token.lowerLemma)) return false
  // "5.5 pct interest in the first year, rising to 5.85 pct": interest paid over a time, no holding in it
  const inTime = facts.tokens.slice(match.end + 1, match.end + 3).find((t) => t.normal !== "the")
  if (facts.tokens[match.end]?.normal === "in" && inTime !== undefined && facts.timexes.some((x) => x.start <= inTime.start && inTime.end <= x.end)) return true
  const sized = facts.quantities.some((q) => q.end <= match.start && match.start - q.end <= 1)
  // "Dart's holdings amounted to just under five pct", "each holding 43 pct": a percentage stated of it, not a rate paid "at" one.
  const stated = facts.quantities.find((q) => q.start >= match.stop)
  const between = stated === undefined ? [] : facts.tokens.filter((t) => t.start >= match.stop && t.end <= stated.start)
  const share = stated?.kind === "percent" && between.length <= HOLDING_REACH && !between.some((t) => RATE_WORDS.has(t.normal))
  return !sized && !share && !HELD_AFTER_WORDS.has(facts.tokens[match.end]?.normal ?? "")
}

/** Words that set a figure against another quantity named after them: "84% above the offer price". */
const REFERENCE_WORDS: ReadonlySet<string> = new Set(["above", "below", "under"])
/** Words that may stand between those and the quantity's words: "above its offer price". */
const REFERENCE_GAP: ReadonlySet<string> = new Set(["the", "its", "their"])

/**
 * "They were trading 84% above the offer price": measure words a figure is set against name the
 * reference it is measured from, not what the figure is of.
 */
const isReferenceOfFigure = (facts: SentenceFacts, match: PhraseMatch<Measure>): boolean => {
  let i = match.first - 1
  while (i >= 0 && REFERENCE_GAP.has(facts.tokens[i]!.normal)) i--
  const word = facts.tokens[i]
  return word !== undefined && REFERENCE_WORDS.has(word.normal) && facts.quantities.some((q) => q.end === facts.tokens[i - 1]?.end)
}

/** The measure words are a bare one ("growth"), naming no quantity of their own. */
const isBareMeasure = (text: string, match: PhraseMatch<Measure>): boolean => BARE_MEASURE_WORDS.has(oneLine(text.slice(match.start, match.stop)).toLowerCase())

/**
 * A bare measure word in a comparison's base takes the measure of the figure compared with it,
 * the sentence's figure before the comparison: "Domestic demand increased 4.3 pct, compared with
 * growth of 3.7 pct" is no GNP growth; "GNP rose 1.2 pct, compared with growth of 0.8 pct" is.
 * When that figure's measure is not known, neither is this one's.
 */
const comparedBack = (
  text: string,
  facts: SentenceFacts,
  matches: ReadonlyArray<PhraseMatch<Measure>>,
  match: PhraseMatch<Measure> | undefined
): PhraseMatch<Measure> | undefined => {
  if (match === undefined || !isBareMeasure(text, match)) return match
  const compared = comparedWith(facts.tokens, match.first) ? facts.quantities.findLast((q) => q.end <= match.start) : undefined
  if (compared === undefined) return match
  const clause = clauseAt(facts, compared.start)
  const earlier = measureFor(tokensWithin(facts.tokens, clause), facts.timexes, matchesIn(matches, clause), compared, !clause.asserts)
  return earlier === undefined ? undefined : { ...match, value: earlier.value }
}

/**
 * "revenue growth of 5%", "operating earnings growth of around 5%", "GDP growth": a bare "growth" right after measure
 * words is the growth of their measure, one phrase with them; only a "growth" no measure words stand before may be the
 * economy's. Reduces matches sorted by start.
 */
const growthOfMeasureBefore =
  (text: string) =>
  (kept: Array<PhraseMatch<Measure>>, match: PhraseMatch<Measure>): Array<PhraseMatch<Measure>> => {
    const before = kept.at(-1)
    if (before !== undefined && before.end === match.first && isBareMeasure(text, match) && !isBareMeasure(text, before)) kept[kept.length - 1] = { ...before, end: match.end, stop: match.stop }
    else kept.push(match)
    return kept
  }

/** Measure words that end in "growth" ("jobs growth"): their figure is a change, a count or sum its size ("jobs growth averaged 178,000"). */
const namesGrowth = (tokens: ReadonlyArray<Token>, match: PhraseMatch<Measure>): boolean => match.end - match.first > 1 && tokens[match.end - 1]?.normal === GROWTH

/** "sales growth at the 49 Next stores": a count or sum after a preposition or article is no size of the growth named before it. */
const isNoGrowthSize = (tokens: ReadonlyArray<Token>, match: PhraseMatch<Measure>, quantity: Quantity): boolean => {
  if (quantity.kind === "percent" || !namesGrowth(tokens, match) || match.stop > quantity.start) return false
  const before = tokens.findLast((t) => t.end <= quantity.start)
  return before !== undefined && (before.pos === "ADP" || before.pos === "DET")
}
const GROWTH = "growth"

/**
 * A bare "growth" of something its noun phrase or clause names that the vocabulary does not know:
 * "domestic growth", "demand growth", "private consumption was expected to slow to a 2.25 pct growth
 * rate". It is no GNP growth and no measure is sure: the figure is left out. A country or bloc named
 * in the clause before it ("West German growth") keeps it the economy's.
 */
const growthOfOther = (text: string, facts: SentenceFacts, clause: ReadonlyArray<Token>, matches: ReadonlyArray<PhraseMatch<Measure>>, match: PhraseMatch<Measure>): boolean => {
  if (!isBareMeasure(text, match)) return false
  const start = clause[0]?.start ?? match.start
  if (facts.entities.some((e) => ECONOMIES.has(e.type) && e.start >= start && e.end <= match.start)) return false
  // "GNP growth", "the economy was expected to grow": a word of the economy's own output keeps it GNP or GDP growth.
  const economyWide = (t: Token) => matches.some((m) => t.start >= m.start && t.end <= m.stop && OUTPUT_MEASURES.has(m.value.id))
  const taken = [...facts.timexes, ...facts.quantities]
  const inFigureOrDate = (t: Token) => taken.some((s) => t.start < s.end && s.start < t.end)
  // "domestic growth", "demand growth"; in "a 2.5 pct growth rate" the figure is no modifier.
  const modifier = facts.tokens[match.first - 1]
  if (modifier !== undefined && !inFigureOrDate(modifier) && PART_OF_ECONOMY_WORDS.has(modifier.normal)) return true
  // The clause's subject: the common noun right before its first verb ("consumption was expected"), the growth after that verb.
  const verb = clause.findIndex((t) => t.pos === "VERB" || t.pos === "AUX")
  if (verb < 0 || clause[verb]!.end > match.start || (facts.attribution !== undefined && within(facts.attribution.span)(clause[verb]!))) return false
  // "… was expected to slow to a 2.25 pct growth rate", "… with a 3.25 pct growth rate": the growth the subject's;
  // "The government forecast growth of 2 pct": the verb's object, the subject only who forecast it.
  if (!clause.some((t) => t.start >= clause[verb]!.end && t.end <= match.start && t.pos === "ADP")) return false
  const subject = clause.slice(0, verb).findLast((t) => t.pos !== "ADV")
  return subject !== undefined && subject.pos === "NOUN" && !economyWide(subject) && !inFigureOrDate(subject)
}

const ECONOMIES = new Set<EntityMention["type"]>(["country", "bloc"])
/** The measures of an economy's whole output, whose growth a bare "growth" may be. */
const OUTPUT_MEASURES: ReadonlySet<string> = new Set(["gnp", "gdp"])

/** The holders a sentence names, never its source: only countries and blocs for an economy's measure. */
const holdersIn = (facts: SentenceFacts, measure: Measure | undefined): ReadonlyArray<EntityMention> => {
  const source = facts.attribution?.span
  const types = measure?.holder === "economy" ? ECONOMIES : HOLDER_TYPES
  // A route's ends hold no count of what travelled it; a flow's partner is read apart (`partnerAfter`).
  const route = measure !== undefined && measure.holder !== "economy" && !PARTNERED_MEASURES.has(measure.id)
  return facts.entities.filter(
    (e) =>
      types.has(e.type) &&
      (source === undefined || !within(source)(e)) &&
      !isNationalityOfPeople(facts, e) &&
      !isPartner(facts, e) &&
      !isCityOfMeeting(facts, e) &&
      !isSeatOfFirm(facts, e) &&
      !isAudienceOrReporter(facts, e) &&
      !isAnalystsFirm(facts, e) &&
      !isInApposition(facts, e) &&
      !(route && (isRouteEnd(facts, e) || isNationalityOfFirm(facts, e)))
  )
}

/** The word right before a measure's words, hyphens kept: "single-family" in "single-family housing starts". */
const WORD_BEFORE = /([\p{L}]+(?:-[\p{L}]+)*)[ \t]+$/u

/** The part of the whole a modifier before the measure words names ("single-family"), if any. */
const partModifier = (text: string, measureStart: number): string | undefined => {
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, measureStart - 40), measureStart))?.[1]?.toLowerCase()
  return word !== undefined && PART_MODIFIERS.has(word) ? word : undefined
}

/** Measures of a flow or balance between two parties: "exports to the U.S.", "deficit with Japan". */
const PARTNERED_MEASURES: ReadonlySet<string> = new Set(["exports", "imports", "trade_balance", "total_trade", "current_account"])
const PARTNER_WORDS: ReadonlySet<string> = new Set(["to", "from", "with"])
const PARTNER_TYPES = new Set<EntityMention["type"]>(["country", "bloc"])
/** A firm's measures of what it sells, whose market right after them is their other side: "its sales in India" are no sales elsewhere. */
const MARKET_MEASURES: ReadonlySet<string> = new Set(["revenue", "sales_volume"])

/**
 * The partner a flow's words name right after them ("Nissan's exports to the U.S.", "Exports to
 * Europe"), or the market a firm's sales are in ("its sales in India"): the country or bloc, or `unknown` when the partner is no known party (the figure is
 * then not read: it is neither the holder's total nor a known pair's). "Exports rose to 3 bln"
 * names no partner.
 */
const partnerAfter = (facts: SentenceFacts, measure: Measure, measureEnd: number, clause: { start: number; end: number }): EntityMention | "unknown" | undefined => {
  if (MARKET_MEASURES.has(measure.id)) {
    // "sold in the U.S." is where a sale was made, not a firm's sales there.
    const noun = facts.tokens.findLast((t) => t.end <= measureEnd)?.pos === "NOUN"
    return noun ? facts.entities.find((e) => PARTNER_TYPES.has(e.type) && e.end <= clause.end && isMarketOf(facts, e, measureEnd)) : undefined
  }
  if (!PARTNERED_MEASURES.has(measure.id)) return undefined
  const after = facts.tokens.filter((t) => t.start >= measureEnd && t.end <= clause.end)
  if (after[0] === undefined || !PARTNER_WORDS.has(after[0].normal)) return undefined
  const next = after.slice(1).find((t) => t.normal !== "the")
  if (next === undefined || facts.quantities.some((q) => q.start <= next.start && next.start < q.end)) return undefined
  return facts.entities.find((e) => PARTNER_TYPES.has(e.type) && e.start <= next.start && next.start < e.end) ?? "unknown"
}

/** Measures of a holding in a firm, and the words before the firm held: "51% of Yukos", "a 38 pct interest in DataCard". */
const HOLDING_MEASURES: ReadonlySet<string> = new Set(["stake"])
const HELD_WORDS: ReadonlySet<string> = new Set(["of", "in"])
/** Words between the figure and the words before the firm held: "51 pct of", "a 20 pct interest in", "its stake in". */
const HELD_GAP_WORDS: ReadonlySet<string> = new Set(["pct", "percent", "%", "per", "cent", "stake", "interest", "holding", "shareholding", "the"])

/**
 * The firm named right after `from` in the clause, past `gap` words, behind one of `lead`: "51% of
 * Yukos", "a 38 pct interest in DataCard", "Shares in Cairn Energy".
 */
const firmNamedAfter = (facts: SentenceFacts, from: number, clause: { start: number; end: number }, gap: ReadonlySet<string>, lead: ReadonlySet<string>): EntityMention | undefined => {
  const after = facts.tokens.filter((t) => t.start >= from && t.end <= clause.end)
  const at = after.findIndex((t) => !gap.has(t.normal))
  if (at < 0 || !lead.has(after[at]!.normal)) return undefined
  const named = after.slice(at + 1).findIndex((t) => !BEFORE_NAME.has(t.normal))
  const firm = firmAt(facts, clause, after[at + 1 + named])
  if (firm !== undefined || named < 0) return firm
  // "80 pct of the common stock of Tyler Corp", "93% of a unit of Henley Group": the firm past the words for its shares or its part.
  const past = after.slice(at + 1 + named).findIndex((t) => !STOCK_WORDS.has(t.normal) && !isFirmNoun(t) && t.normal !== "a" && t.normal !== "an")
  const next = after[at + 1 + named + past]
  return past > 0 && next !== undefined && HELD_WORDS.has(next.normal) ? firmAt(facts, clause, after[at + 2 + named + past]) : undefined
}

/**
 * The firm a holding is in ("controls 51% of Yukos", "raised its stake in Robeson Industries to
 * 238,000 shares"): the counterpart, never the holder.
 */
const heldFirm = (facts: SentenceFacts, measure: Measure, quantity: Quantity, match: PhraseMatch<Measure>, clause: { start: number; end: number }): EntityMention | undefined =>
  HOLDING_MEASURES.has(measure.id)
    ? firmNamedAfter(facts, quantity.end, clause, HELD_GAP_WORDS, HELD_WORDS) ??
      (match.stop <= quantity.start ? firmNamedAfter(facts, match.stop, clause, NO_GAP, HELD_WORDS) : undefined) ??
      // "holds 258,591 shares of Epsilon": the firm whose shares a verb of holding counts ("the issue of 5.80 mln Chase shares" holds none).
      (isVerbOfPart(facts.tokens[match.first]!) ? sharesNamed(facts, quantity)?.firm : undefined)
    : ACQUISITION_MEASURES.has(measure.id)
      ? acquiredFirm(facts, clause)
      : undefined

/**
 * A country holds a deal, an offer or a stake only as the one acting: the sentence's first name
 * ("Egypt for the third time submitted a bid of 89 dlrs", "Japan had hoped to raise …"), or its
 * possessive right before the measure words ("Algeria's bid of 94.00 dlrs"); never a place a clause
 * names ("Toyobo Petcord Ltd of Japan", "Canadian holders would be offered", "Australia's Ansett
 * Airlines will exercise an option"). Of 30 such holders drawn over Reuters+BBC, 5 were right.
 */
const placeHoldsNoDeal = (facts: SentenceFacts, measure: Measure, match: PhraseMatch<Measure>, found: EntityMention | undefined): boolean => {
  if (found === undefined || found.type !== "country" || !BUYER_HELD.has(measure.id) || match.start < found.end) return false
  const named = [...facts.entities, ...namedSubjects(facts, facts.span, match.start)].filter((e) => e.end <= match.start)
  const first = named.reduce<EntityMention | undefined>((a, e) => (a === undefined || e.start < a.start ? e : a), undefined)
  const after = facts.tokens.filter((t) => t.start >= found.end && t.end <= match.start)
  const possessive = (after[0]?.normal === "'s" || after[0]?.normal === "’s") && after.slice(1).every((t) => t.pos === "ADJ" || t.pos === "NOUN")
  return first?.entity !== found.entity && !possessive
}

/** Measures of buying a firm: the firm bought is their counterpart, the buyer their holder (GUIDE). */
const ACQUISITION_MEASURES: ReadonlySet<string> = new Set(["offer_price", "deal_value"])
/** Words (lemmas) of buying whose object is the firm bought: "an offer to acquire Delchamps Inc for 27 dlrs a share". */
const ACQUIRING_WORDS: ReadonlySet<string> = new Set(["acquire", "buy", "purchase"])
/** Words right before a participle that make it passive: "to be acquired", "was bought". */
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(["be", "been", "being", "was", "were", "is", "are"])
/** Words between a verb of buying and the firm bought: "buy all the outstanding shares of Gadget". */
const ACQUIRED_GAP_WORDS: ReadonlySet<string> = new Set(["the", "all", "of", "outstanding", "remaining", "common", "shares", "stock"])

/**
 * The firm bought, named in the clause: the object of a verb of buying ("agreed to buy Gadget Inc for
 * 15 dlrs a share"), the subject of its passive ("CNW agreed to be acquired by a group of investors
 * for $50 a share"), or what an offer is for ("its tender offer of $18 a share for the 33% of Telerate Inc.").
 */
/** The doer of a passive verb of buying that is the measure's word: "was acquired by Oregon Steel Mills", "has been purchased by …". */
const boughtBy = (facts: SentenceFacts, match: PhraseMatch<Measure>, clause: { start: number; end: number }): EntityMention | undefined => {
  const verb = facts.tokens[match.first]
  if (verb === undefined || verb.pos !== "VERB" || !ACQUIRING_WORDS.has(verb.lowerLemma) || !PASSIVE_AUXILIARIES.has(facts.tokens[match.first - 1]?.normal ?? "")) return undefined
  const by = facts.tokens[match.end]
  const next = by?.normal === "by" ? facts.tokens.find((t) => t.start >= by.end && !BEFORE_NAME.has(t.normal)) : undefined
  return firmAt(facts, clause, next)
}
const acquiredFirm = (facts: SentenceFacts, clause: { start: number; end: number }): EntityMention | undefined => {
  const tokens = tokensWithin(facts.tokens, clause)
  const verb = tokens.findIndex((t) => ACQUIRING_WORDS.has(t.lowerLemma) && t.pos === "VERB")
  if (verb >= 0) {
    if (PASSIVE_AUXILIARIES.has(tokens[verb - 1]?.normal ?? "")) return passiveSubject(facts, clause, tokens, verb)
    return firmAt(facts, clause, tokens.slice(verb + 1).find((t) => !ACQUIRED_GAP_WORDS.has(t.normal))) ?? firmDescribedAfter(facts, clause, tokens, verb)
  }
  const offer = tokens.find((t) => OFFER_NOUNS.has(t.lowerLemma) && t.pos === "NOUN")
  if (offer === undefined) return undefined
  // The offer's own words run on past the clause's commas ("offer of $18 a share, or about $576 million, for …"), never past a verb.
  const after = tokensFrom(facts.tokens, offer.end)
  const lead = after.findIndex((t) => t.normal === "for" || t.pos === "VERB" || t.pos === "AUX")
  if (after[lead]?.normal !== "for") return undefined
  // "for 22 pct of Kwik Save", "for all Gillette shares": the firm past the size of the part bought.
  return firmAt(facts, facts.span, after.slice(lead + 1).find((t) => !ACQUIRED_GAP_WORDS.has(t.normal) && !OFFERED_PART_WORDS.has(t.normal) && t.pos !== "NUM"))
}

/** Words that end what a verb of buying takes: its price, its seller, the next clause. */
const OBJECT_END_WORDS: ReadonlySet<string> = new Set(["for", "from", "at", "in", "with", "and", "which", "that"])

/**
 * The firm a verb of buying takes, named after the words that describe it: "buy rival May Department
 * Stores", "buy medical technology firm Guidant", "buy Toronto-based McGuinness Distillers".
 */
const firmDescribedAfter = (facts: SentenceFacts, clause: { start: number; end: number }, tokens: ReadonlyArray<Token>, verb: number): EntityMention | undefined => {
  const stop = tokens.findIndex((t, i) => i > verb && (OBJECT_END_WORDS.has(t.normal) || t.pos === "VERB" || t.pos === "PUNCT"))
  const object = { start: tokens[verb]!.end, end: stop < 0 ? clause.end : tokens[stop]!.start }
  // The first firm the object names: "the spirits business of <McGuinness Distillers Ltd> of Toronto" is McGuinness's.
  return [...facts.entities.filter((e) => e.type === "organization"), ...namedSubjects(facts, object, object.end)]
    .filter((e) => e.start >= object.start && e.end <= object.end)
    .reduce<EntityMention | undefined>((first, e) => (first === undefined || e.start < first.start ? e : first), undefined)
}

/** Nouns of an offer to buy whose "for" names the firm bought: "a takeover bid for the LSE". */
const OFFER_NOUNS: ReadonlySet<string> = new Set(["offer", "bid", "tender"])
/** Words of the part of a firm an offer is for: "for a 22 pct stake in", "for the 33% of". */
const OFFERED_PART_WORDS: ReadonlySet<string> = new Set(["a", "an", "pct", "percent", "%", "per", "cent", "stake", "interest", "in"])

/** The firm a clause names right before the verbs of a passive of buying: "CNW agreed to be acquired". */
const passiveSubject = (facts: SentenceFacts, clause: { start: number; end: number }, tokens: ReadonlyArray<Token>, verb: number): EntityMention | undefined => {
  const first = tokens.findLastIndex((t, i) => i < verb && !PASSIVE_VERB_GROUP_POS.has(t.pos))
  const end = tokens[first]?.end
  if (end === undefined) return undefined
  return facts.entities.find((e) => e.type === "organization" && e.end === end) ?? namedSubjects(facts, clause, end).find((e) => e.end === end)
}
/** Parts of speech of the words between a passive's subject and its participle: "agreed to be", "has been". */
const PASSIVE_VERB_GROUP_POS: ReadonlySet<string> = new Set(["AUX", "VERB", "PART", "ADV"])

/** The firm named from `token` on in the clause. */
const firmAt = (facts: SentenceFacts, clause: { start: number; end: number }, token: Token | undefined): EntityMention | undefined =>
  token === undefined
    ? undefined
    : facts.entities.find((e) => e.type === "organization" && e.start === token.start) ??
      namedSubjects(facts, { start: token.start, end: clause.end }, clause.end).find((e) => e.start === token.start)

/** "238,000 shares", "1.2 mln common shares", "5.83 mln Calmat shares": a count of shares, what a holding counts. */
const countsShares = (facts: SentenceFacts, quantity: Quantity): boolean => quantity.kind === "count" && sharesNamed(facts, quantity) !== undefined

/** Where the words for shares that open `tokens` end ("shares", "common shares"), if they do. */
const sharesWordsEnd = (tokens: ReadonlyArray<Token>): number | undefined => {
  const [first, second] = tokens
  if (first !== undefined && SHARE_WORDS.has(first.normal)) return first.end
  return first !== undefined && second !== undefined && SHARE_CLASS_WORDS.has(first.normal) && SHARE_WORDS.has(second.normal) ? second.end : undefined
}
const SHARE_WORDS: ReadonlySet<string> = new Set(["shares", "shrs"])
const SHARE_CLASS_WORDS: ReadonlySet<string> = new Set(["common", "ordinary", "preferred", "class"])
/** What a holding counted in shares counts. */
const SHARES_ITEM = "shares"

/** Words after a company measure that lead to its firm: "Shares in Cairn Energy", "profits at Halvorsen", "shares of Petrel". */
const OWNER_WORDS: ReadonlySet<string> = new Set(["in", "of", "at"])
/** Measures held by anyone whose firm, when one is named after them, holds them: "debt of Republic New York Corp" (a stake's is the firm held). */
const OWNED_BY_FIRM_AFTER: ReadonlySet<string> = new Set(["debt"])
const NO_GAP: ReadonlySet<string> = new Set()

/** Whose figure: the holder named nearest before the measure words in the clause, else in the sentence (never its source). */
const holderFor = (
  facts: SentenceFacts,
  measure: Measure,
  clause: { start: number; end: number },
  match: PhraseMatch<Measure>,
  held: EntityMention | undefined,
  matches: ReadonlyArray<PhraseMatch<Measure>>
): EntityMention | undefined => {
  const { start: measureStart, stop: measureEnd } = match
  // "The Nikkei 225 index ended the day up 0.7%": a named index holds its own level, never its country or exchange.
  const index = measure.id === INDEX_MEASURE ? indexNamed(facts, measureStart, measureEnd) : undefined
  if (index !== undefined) return index
  // "Shares in Cairn Energy, a UK oil firm, have closed down 18%", "the ratings on 2.2 billion dlrs of debt of Republic New York
  // Corp": the firm the measure words lead to.
  const owner = measure.holder === "company" || OWNED_BY_FIRM_AFTER.has(measure.id) ? firmNamedAfter(facts, measureEnd, clause, NO_GAP, OWNER_WORDS) : undefined
  if (owner !== undefined) return owner
  // "In American Stock Exchange composite trading, Citadel shares closed …": a name right before the measure words is whose they are.
  const modifier = measure.holder === "company" ? namedSubjects(facts, clause, measureStart).find((e) => namesRightBefore(facts, e, measureStart)) : undefined
  if (modifier !== undefined && modifier.entity !== held?.entity) return modifier
  // "Nissan - in which Renault owns a 44% stake": a verb of owning's subject is the name right before it.
  const ownedBy = ownerRightBefore(facts, clause, measureStart, held)
  if (ownedBy !== undefined) return ownedBy
  // "Norway, which pumps around one mln bpd": the name the relative clause is about.
  const antecedent =
    measure.holder === "economy"
      ? relativeAntecedent(facts, clause, ECONOMIES)
      : relativeAntecedent(facts, clause, HOLDER_TYPES, (before) => namedSubjects(facts, { start: facts.span.start, end: before }, before))
  if (antecedent !== undefined && antecedent.entity !== held?.entity) return antecedent
  const named = holdersIn(facts, measure)
    .filter(
      (e) =>
        e.entity !== held?.entity &&
        !(measure.holder !== "economy" && !COUNTED_IN_PLACE.has(measure.id) && isMarketOf(facts, e, measureEnd)) &&
        !isPlaceOfOwnedMeasure(facts, e, measureStart) &&
        // "50,000 people in Canada have MS and 85,000 people … in the UK": the place another figure is counted in is that figure's.
        !(ECONOMIES.has(e.type) && matches.some((m) => m !== match && m.stop <= e.start && countedRightBefore(facts, m) && isMarketOf(facts, e, m.stop))) &&
        !(measure.id === SHARE_PRICE && isTradingVenue(facts, e)) &&
        !isListingVenue(facts, e)
    )
    .map((e) => (measure.holder === "company" ? firmOpenedByCountry(facts, e) : e))
  // A company's figure is a company's: "US media giant TimeWarner" holds its profits, not the US.
  const firms = measure.holder !== "economy" ? named.filter((e) => e.type === "organization") : []
  const candidates = firms.length > 0 || measure.holder === "company" ? firms : named
  // "Hyundai expects its sales in India to grow 16%": a name before the measure words holds it; a country after them is where.
  const unknownFirm = () =>
    measure.holder !== "economy" ? namedSubjects(facts, clause, measureStart).find((e) => e.entity !== held?.entity && !isAnalystsFirm(facts, e) && !isCitedSource(facts, e) && !isAudienceOrReporter(facts, e)) : undefined
  // "Since the attacks in the United States, BA has cut 13,000 jobs": the name that is the verb's subject, not a place before it.
  const doer = measure.holder !== "economy" && !PLACE_HELD.has(measure.id) ? subjectOfVerb(facts, clause, measureStart, named) : undefined
  // "now owns 8% of search-engine Google": a verb of owning's holder is its subject, never a name after it.
  const subjectOnly = facts.tokens.some((t) => t.start === measureStart && isVerbOfPart(t))
  // "Pravda said there were 283.8 mln people in the Soviet Union": people or things no one acts on, counted in a place, are the place's.
  const place = COUNTED_IN_PLACE.has(measure.id) ? facts.entities.find((e) => ECONOMIES.has(e.type) && e.start >= measureEnd && e.end <= clause.end && isMarketOf(facts, e, measureEnd)) : undefined
  return (
    (doer !== undefined && doer.entity !== held?.entity && !isAnalystsFirm(facts, doer) ? doer : undefined) ??
    (place !== undefined && place.entity !== held?.entity ? place : undefined) ??
    candidates.filter(within(clause)).filter((e) => e.end <= measureStart).at(-1) ??
    unknownFirm() ??
    (subjectOnly ? undefined : candidates.filter(within(clause)).at(0) ?? candidates.at(0))
  )
}

/**
 * Verbs (lemmas) whose subject tells of the figure, wants it, or is only described, never holds it:
 * saying and judging ("USDA accepted Algeria's bid"), wanting ("Sweden want the EU budget capped"),
 * being ("Husky will become a private company with Nova each holding 43 pct").
 */
const NOT_HOLDING_VERBS: ReadonlySet<string> = new Set([
  "say", "tell", "report", "announce", "predict", "forecast", "estimate", "project", "expect", "accept", "reject", "see", "put", "believe",
  "think", "show", "quote", "add", "want", "wish", "urge", "demand", "ask", "call", "be", "become", "remain", "seem", "appear", "prove", "stay"
])

/**
 * The name right before the verb the measure words follow ("BA has cut 13,000 jobs"), one of `names`
 * or one the gazetteer does not know, when no preposition's object ("sales in India rose" is no India's); none else.
 */
const subjectOfVerb = (facts: SentenceFacts, clause: { start: number; end: number }, measureStart: number, names: ReadonlyArray<EntityMention>): EntityMention | undefined => {
  const verb = facts.tokens.findLastIndex((t) => t.start >= clause.start && t.end <= measureStart && t.pos === "VERB")
  // "Citibank said Mexico's package …": who says so is the source, not the holder.
  const source = facts.attribution?.span
  if (verb < 0 || (source !== undefined && within(source)(facts.tokens[verb]!)) || NOT_HOLDING_VERBS.has(facts.tokens[verb]!.lowerLemma)) return undefined
  const last = subjectWordBefore(facts.tokens, verb)
  if (last === undefined || last.start < clause.start) return undefined
  const ends = (e: EntityMention) => e.end === last.end && e.start >= clause.start
  // A name the gazetteer does not know is looked for only when one may end there.
  const name = names.find(ends) ?? (last.pos === "PROPN" ? namedSubjects(facts, clause, measureStart).find(ends) : undefined)
  if (name === undefined) return undefined
  const first = facts.tokens.findIndex((t) => t.start >= name.start)
  const before = facts.tokens[facts.tokens[first - 1]?.normal === "the" ? first - 2 : first - 1]
  return before !== undefined && before.pos === "ADP" ? undefined : name
}

/** The name right before a verb of owning, past adverbs ("Renault also owns", "Sharp together control"): its subject. */
const ownerRightBefore = (facts: SentenceFacts, clause: Span, verbStart: number, held: EntityMention | undefined): EntityMention | undefined => {
  const verb = facts.tokens.findIndex((t) => t.start === verbStart)
  if (verb < 0 || !isVerbOfPart(facts.tokens[verb]!)) return undefined
  let i = verb - 1
  while (i >= 0 && (facts.tokens[i]!.pos === "ADV" || facts.tokens[i]!.pos === "AUX")) i--
  const end = facts.tokens[i]?.end
  if (end === undefined) return undefined
  const names = [...facts.entities.filter((e) => HOLDER_TYPES.has(e.type)), ...namedSubjects(facts, clause, verbStart)]
  return names.find((e) => e.end === end && e.entity !== held?.entity)
}

/**
 * The name modifies the noun at `at`: nothing but a possessive mark stands between them, and the
 * name is whole ("America West shares" is no share of "West"; in "Washington Bancorp earned" the verb has a subject, read elsewhere).
 */
const namesRightBefore = (facts: SentenceFacts, name: EntityMention, at: number): boolean => {
  const first = facts.tokens.findIndex((t) => t.start >= name.start)
  const noun = facts.tokens.find((t) => t.start >= at)
  return (
    noun?.pos === "NOUN" &&
    facts.tokens[first - 1]?.pos !== "PROPN" &&
    facts.tokens.every((t) => t.end <= name.end || t.start >= at || POSSESSIVE_MARKS.has(t.normal))
  )
}

/** The firm a clause names before `at` ("helped Renault boost its profits"): a known organisation, else a name. */
const firmBefore = (facts: SentenceFacts, clause: { start: number; end: number }, at: number): EntityMention | undefined => {
  const found =
    facts.entities.filter((e) => e.type === "organization" && e.start >= clause.start && e.end <= at && !isAnalystsFirm(facts, e)).at(-1) ??
    namedSubjects(facts, { start: clause.start, end: at }, at).find((e) => !isAnalystsFirm(facts, e))
  // "Canada Development Corp said it agreed to sell its 25.2 pct interest": the whole name a country opens
  const country = found === undefined ? undefined : facts.entities.find((e) => e.type === "country" && found.start === e.end + 1)
  return country === undefined ? found : firmOpenedByCountry(facts, country)
}

const INDEX_MEASURE = "index_level"

/**
 * The index whose name holds the measure words or stands right before them ("Tokyo's Nikkei 225
 * dropped", "the FTSE 100 share index"); "the Manila composite index" is not the Dow named elsewhere.
 */
const indexNamed = (facts: SentenceFacts, measureStart: number, measureEnd: number): EntityMention | undefined =>
  facts.entities.find(
    (e) =>
      e.type === "index" &&
      e.start < measureEnd &&
      (e.end > measureStart || facts.tokens.filter((t) => t.start >= e.end && t.end <= measureStart).every((t) => NAME_WORD_POS.has(t.pos)))
  )
/** Words that may stand between an index's name and its measure word: "the Dax share index". */
const NAME_WORD_POS: ReadonlySet<string> = new Set(["NOUN", "ADJ", "PROPN"])

/** The firm a sentence is attributed to ("Deutsche Bank said …"), if its source is one. */
const firmSaying = (facts: SentenceFacts): EntityMention | undefined => {
  const source = facts.attribution
  return source === undefined ? undefined : facts.entities.find((e) => e.type === "organization" && e.entity === source.entity && within(source.span)(e))
}

/** "fell 2-1/8 to 4-5/8 on the American Stock Exchange": the exchange a share trades on holds no price of it. */
const isTradingVenue = (facts: SentenceFacts, entity: EntityMention): boolean => {
  const before = facts.tokens.findLast((t) => t.end <= entity.start && t.normal !== "the")
  return before?.normal === "on"
}

/** Measures of people or things in a place, which the place after "in" holds: "50,000 people in Canada" are Canada's. */
const COUNTED_IN_PLACE: ReadonlySet<string> = new Set([...PLACE_HELD, GENERIC_COUNT])

/** A figure counts the measure's words right after it: "50,000 people", "20,645 votes". */
const countedRightBefore = (facts: SentenceFacts, match: PhraseMatch<Measure>): boolean => {
  const before = facts.tokens[match.first - 1]
  return before !== undefined && facts.quantities.some((q) => q.kind === "count" && q.end === before.end)
}

/**
 * "its sales in India", "jobs in Wales": a country after "in" right after the measure words is the
 * market or place the figure is counted in; an economy's own measure aside ("inflation in Britain").
 */
const isMarketOf = (facts: SentenceFacts, entity: EntityMention, measureEnd: number): boolean => {
  const between = facts.tokens.filter((t) => t.start >= measureEnd && t.end <= entity.start)
  return between.length >= 1 && between[0]!.normal === "in" && between.slice(1).every((t) => t.normal === "the")
}

/**
 * A clause that goes on with the figure before's subject, naming no measure of its own: "(the surplus
 * will rise to 37 bln dlrs this year,) before declining to 29 bln dlrs in 1988".
 */
const continuesFigureBefore = (clause: ReadonlyArray<Token>, quantity: Quantity): boolean => {
  const [opener, verb] = clause.filter((t) => t.text.trim() !== "")
  return (
    (opener !== undefined && verb !== undefined && CONTINUING_CLAUSE_WORDS.has(opener.normal) && verb.normal.endsWith("ing") && changeDirection(verb) !== undefined) ||
    opensEarlierValue(clause, quantity)
  )
}

/** Parts of speech of the words a relative clause may have before its figure: "which is expected to rise by". */
const RELATIVE_VERB_POS: ReadonlySet<string> = new Set(["AUX", "ADV", "PART", "VERB", "ADP"])

/**
 * "The country's GDP, which contracted by 0.6 pct last year": a relative clause whose verb is a change
 * right before its figure states a figure of its antecedent, when that is a measure's words.
 */
const measureOfAntecedent = (facts: SentenceFacts, matches: ReadonlyArray<PhraseMatch<Measure>>, clause: Span): PhraseMatch<Measure> | undefined => {
  const antecedent = relativeClauseAntecedent(facts, clause)
  const match = antecedent === undefined ? undefined : matches.find((m) => m.stop === antecedent.end)
  const figure = facts.quantities.find((q) => q.start >= clause.start && q.end <= clause.end)
  if (match === undefined || figure === undefined) return undefined
  const [, ...words] = tokensWithin(facts.tokens, { start: clause.start, end: figure.start })
  const verb = words.findLast((t) => t.pos === "VERB")
  return verb !== undefined && changeDirection(verb) !== undefined && words.every((t) => RELATIVE_VERB_POS.has(t.pos)) ? match : undefined
}

/** Words that may open a clause before its "it": "…, and in 1988 it should fall back to 87 bln dlrs". */
const PRONOUN_CLAUSE_OPENERS: ReadonlySet<string> = new Set(["and", "but", "although", "though", "while", "whereas", ","])

/**
 * "(the surplus will fall to 90 bln dlrs this year,) and in 1988 it should fall back to 87 bln dlrs":
 * "it" changing to a figure of the kind and size of the figure before is that figure's quantity. Only
 * a date may stand before "it", and nothing but the change's verb and its auxiliaries after it.
 */
const pronounChangesAgain = (facts: SentenceFacts, clause: ReadonlyArray<Token>, quantity: Quantity, before: Quantity): boolean => {
  const words = clause.filter((t) => t.end <= quantity.start)
  const it = words.findIndex((t) => t.normal === "it")
  if (it < 0 || !sameKindAndSize(quantity, before)) return false
  const opening = words.slice(0, it).every((t, k) => PRONOUN_CLAUSE_OPENERS.has(t.normal) || inTimex(facts, t) || (t.pos === "ADP" && inTimex(facts, words[k + 1]!)))
  const rest = words.slice(it + 1)
  const verb = rest.findLast((t) => t.pos === "VERB")
  return opening && verb !== undefined && changeDirection(verb) !== undefined && rest.every((t) => RELATIVE_VERB_POS.has(t.pos))
}

/** Measures of what was sold, whose figure after "at" a sale was made at is no amount sold but the price each went at. */
const SOLD_MEASURES: ReadonlySet<string> = new Set(["sales_volume", "revenue"])

/** One balance word alone ("the deficit", "a surplus"): which balance it is, the text said before. */
const isBareBalance = (tokens: ReadonlyArray<Token>, match: PhraseMatch<Measure>): boolean =>
  match.end - match.first === 1 && BALANCE_NOUNS.has(tokens[match.first]!.normal) && !BALANCE_QUALIFIERS.has(tokens[match.first - 1]?.normal ?? "")
/** A sentence about the overall balance of payments, which the vocabulary does not measure: its bare deficit is no trade balance. */
const OVERALL_BALANCE = /\boverall\s+(?:balance\s+of\s+payments|payments\s+balance|balance)\b/i
/** Words before a balance word that say which it is: "a trade deficit" is matched whole; "a budget" one word apart is not. */
const BALANCE_QUALIFIERS: ReadonlySet<string> = new Set(["trade", "budget", "fiscal", "account", "payments"])

/** A line that starts anew (a wire story's indented paragraph or table row), not one wrapped: "vs 18 cts prior\n    Pay Nov 20". */
const NEW_LINE = /\n(?:[ \t]|\n)/

/**
 * A date after an earlier value in its line that is its own: "from 10.6 mln dlrs or 51 cts in 1986", not one
 * past the later value ("rose from 888 mln dlrs to 1.8 billion last year") or on the next line ("vs 18 cts prior / Pay Nov 20").
 */
const datesEarlierValue = (text: string, facts: SentenceFacts, earlier: Quantity, date: Timex): boolean =>
  date.start >= earlier.end &&
  !NEW_LINE.test(text.slice(earlier.end, date.start)) &&
  !facts.quantities.some((q) => q.start >= earlier.end && q.end <= date.start && facts.tokens.findLast((t) => t.end <= q.start)?.normal === "to")

/** How many times another figure may be as big or small as the one it is the earlier value of. */
const EARLIER_VALUE_RATIO = 20

/** Two figures that may be one quantity's values at two times: of one kind and unit, neither many times the other. */
const sameKindAndSize = (a: Quantity, b: Quantity): boolean => {
  if (a.kind !== b.kind || a.unit !== b.unit) return false
  const [x, y] = [Math.abs(a.value), Math.abs(b.value)]
  return x === 0 || y === 0 || Math.max(x, y) / Math.min(x, y) <= EARLIER_VALUE_RATIO
}

/** "…, up from 6.2 bln a year ago", "…, against 1.69 in the second half": a clause that is only the figure before's earlier value. */
const opensEarlierValue = (clause: ReadonlyArray<Token>, quantity: Quantity): boolean => {
  const opener = clause.filter((t) => t.end <= quantity.start && t.text.trim() !== "" && t.text !== ",").map((t) => t.normal)
  return EARLIER_VALUE_OPENERS.some((words) => words.length === opener.length && words.every((word, k) => opener[k] === word))
}

/**
 * A percentage in a clause opened by "or" right after a holding restates it: "raised its stake in
 * Robeson to 238,000 shares, or 9.1 pct of the total outstanding".
 */
const restatesHolding = (clause: ReadonlyArray<Token>, quantity: Quantity, before: PhraseMatch<Measure>): boolean => {
  const words = clause.filter((t) => t.text.trim() !== "" && t.text !== ",")
  return HOLDING_MEASURES.has(before.value.id) && quantity.kind === "percent" && words[0]?.normal === "or" && words[1]?.start === quantity.start
}

/**
 * A percentage in a clause opened by "or" right after a change by an amount restates that change:
 * "net rose 8.5 mln dlrs, or 8.1 pct, to …". Not of a measure that is itself a percentage ("rose 0.5
 * point, or 10 pct" may be either).
 */
const restatesChange = (tokens: ReadonlyArray<Token>, quantity: Quantity, before: { readonly match: PhraseMatch<Measure>; readonly aspect: FigureAspect; readonly value: Quantity }): boolean =>
  before.aspect === "change_amount" && before.match.value.unit !== "percent" && quantity.kind === "percent" && joinedBy(tokens, before.value, quantity, OR_WORDS)

/**
 * A clause that is only "to" or "at" and a figure, right after a change, is the level the change
 * reached: "…, or 8.1 pct, to 113.5 mln dlrs", "closed up 64 pence, or 6%, at 1130p".
 */
const reachedAfterChange = (tokens: ReadonlyArray<Token>, quantity: Quantity, before: { readonly aspect: FigureAspect; readonly value: Quantity }): boolean =>
  (before.aspect === "change_amount" || before.aspect === "change_percent") &&
  (quantity.kind !== "percent" || before.value.kind === "percent") &&
  joinedBy(tokens, before.value, quantity, REACHED_WORDS)
const OR_WORDS: ReadonlySet<string> = new Set(["or"])
const REACHED_WORDS: ReadonlySet<string> = new Set(["to", "at"])

/** Between the figure before and this one stand a comma and one of `words`, nothing else: "8.5p, or 8.1%", "8.1%, to 113.5p". */
const joinedBy = (tokens: ReadonlyArray<Token>, before: Quantity, quantity: Quantity, words: ReadonlySet<string>): boolean => {
  const between = tokens.filter((t) => t.start >= before.end && t.end <= quantity.start)
  return between.length === 2 && between[0]!.text === "," && words.has(between[1]!.normal)
}

const STAKE = measureById("stake")!
const SALES_VOLUME = "sales_volume"
/** Verbs (lemmas) of buying or selling shares, and which way they move a holding. */
const SHARE_TRADE_VERBS: ReadonlyMap<string, "rise" | "fall"> = new Map([["buy", "rise"], ["purchase", "rise"], ["acquire", "rise"], ["sell", "fall"]])

/**
 * "Investment Group bought 32,800 Robeson common shares", "sold 5,000 Gull shares": a count of shares a verb of
 * buying or selling takes changes its subject's holding in the firm named before "shares" (the figure's counterpart).
 */
const sharesTraded = (facts: SentenceFacts, match: PhraseMatch<Measure>, quantity: Quantity): { readonly direction: "rise" | "fall"; readonly firm: EntityMention } | undefined => {
  const verb = facts.tokens[match.first]
  if (verb === undefined || verb.pos !== "VERB" || quantity.kind !== "count") return undefined
  const direction = SHARE_TRADE_VERBS.get(verb.lowerLemma)
  // Only a buyer's or seller's own act: "bought back 310,000" is a buyback, "will be sold outside the U.S." an offering.
  const passive = PASSIVE_AUXILIARIES.has(facts.tokens.findLast((t) => t.end <= verb.start && t.pos !== "ADV")?.normal ?? "")
  // The verb's own figure, the first after it: "sold 1.4 mln of its 4.6 mln Dayton Hudson shares" sold no 4.6 mln.
  const first = facts.quantities.find((q) => q.start >= verb.end)
  if (direction === undefined || passive || facts.tokens[match.end]?.normal === "back" || first !== quantity) return undefined
  const shares = sharesNamed(facts, quantity)
  return shares?.firm === undefined ? undefined : { direction, firm: shares.firm }
}

/**
 * The shares a count counts and the firm they are of: named between the count and "shares" ("32,800 Robeson common
 * shares"), else after "shares of" ("4.6 mln shares of UNC Inc"); with none named the shares may be the seller's own (a
 * share issue), no holding in another firm. Undefined when the count is of no shares.
 */
const sharesNamed = (facts: SentenceFacts, quantity: Quantity): { readonly end: number; readonly firm: EntityMention | undefined } | undefined => {
  const after = tokensFrom(facts.tokens, quantity.end).slice(0, SHARES_REACH)
  const name = Math.max(after.findIndex((t) => t.pos !== "PROPN"), 0)
  const end = sharesWordsEnd(after.slice(name))
  if (end === undefined) return undefined
  const firm =
    name > 0
      ? facts.entities.find((e) => e.type === "organization" && e.start === after[0]!.start) ??
        namedSubjects(facts, { start: after[0]!.start, end: after[name]!.start }, after[name]!.start).find((e) => e.start === after[0]!.start)
      : firmNamedAfter(facts, end, facts.span, NO_GAP, SHARES_OF_WORDS)
  return { end, firm }
}
/** Words of what energy is used as: a bare "consumption" of one of these (or of nothing named) is energy's. */
const ENERGY_WORDS: ReadonlySet<string> = new Set([
  "oil", "crude", "petroleum", "gas", "coal", "energy", "power", "electricity", "fuel", "fuels", "gasoline", "petrol", "diesel", "kerosene",
  "naphtha", "lng", "lpg", "uranium", "heating"
])
const isEnergy = (commodity: string | undefined): boolean => commodity === undefined || commodity.split(" ").some((word) => ENERGY_WORDS.has(word))

/** A sum of money right after "for", no price per share ("for 175,691 dlrs", not "for 12 dlrs a share"): what was paid in all. */
const paidFor = (tokens: ReadonlyArray<Token>, quantity: Quantity): boolean =>
  quantity.kind === "money" && tokens.findLast((t) => t.end <= quantity.start)?.normal === "for" && !isPerShare(tokens, quantity)
/** The word after "shares" that leads to their firm: "4.6 mln shares of UNC Inc". */
const SHARES_OF_WORDS: ReadonlySet<string> = new Set(["of"])
/** How far after a count its "shares" may come, past the firm's name: "32,800 Robeson Industries Corp common shares". */
const SHARES_REACH = 6
const MARKET_SHARE = measureById("market_share")!
/** What a verb of owning may name: a holding, or a share of a market ("controls half of the South Korean market"). */
const OWNED_MEASURES: ReadonlySet<string> = new Set([STAKE.id, MARKET_SHARE.id])
/** How far after "of" a market may be named: "controls 45% of the domestic car market". */
const MARKET_REACH = 5

/**
 * "Nova owns 56 pct of Husky", "will control about 16%": a verb of owning right before a percentage
 * names its holding; of a market ("controls 45% of the market"), its share of that market.
 */
const owningVerbs = (facts: SentenceFacts): ReadonlyArray<PhraseMatch<Measure>> =>
  facts.quantities.flatMap((quantity, n) => {
    const i = quantity.kind === "count" ? verbOfSharesHeld(facts, quantity, facts.quantities[n + 1]) : verbOfPart(facts, quantity)
    const verb = facts.tokens[i]
    if (verb === undefined || OWN_AS_ADJECTIVE_AFTER.has(facts.tokens[i - 1]?.normal ?? "")) return []
    if (quantity.kind === "count") return [{ value: STAKE, first: i, end: i + 1, start: verb.start, stop: verb.end }]
    const [of, ...held] = tokensFrom(facts.tokens, quantity.end).slice(0, MARKET_REACH + 1)
    const market = of?.normal === "of" && held.some((t) => MARKET_WORDS.has(t.normal))
    // "bought 21 pct of the stock": a verb of buying names a holding only by the part of a firm it takes.
    if (!OWNING_VERBS.has(verb.normal) && (market || !partOfFirm(facts, quantity))) return []
    return [{ value: market ? MARKET_SHARE : STAKE, first: i, end: i + 1, start: verb.start, stop: verb.end }]
  })

/** The participle a percentage held is written before: "its 63 pct-owned Brunswick Mining", "50 pct owned by Amoco". */
const OWNED = "owned"

/** The index of "owned" right after a percentage, hyphened or not ("63 pct-owned", "92%-owned", "50 pct owned"), else -1. */
const ownedRightAfter = (facts: SentenceFacts, quantity: Quantity): number => {
  if (quantity.kind !== "percent") return -1
  const next = indexStartingFrom(facts.tokens, quantity.end)
  const at = facts.tokens[next]?.text === "-" ? next + 1 : next
  return facts.tokens[at]?.normal === OWNED ? at : -1
}

/** "its 63 pct-owned Brunswick Mining", "DataCard, which is 92%-owned by Ogden Corp.": a percentage owned is a holding (`ownedParties`). */
const ownedParticiples = (facts: SentenceFacts): ReadonlyArray<PhraseMatch<Measure>> =>
  facts.quantities.flatMap((quantity) => {
    const i = ownedRightAfter(facts, quantity)
    const owned = facts.tokens[i]
    return owned === undefined ? [] : [{ value: STAKE, first: i, end: i + 1, start: owned.start, stop: owned.end }]
  })

/** Words between a firm and the percentage of it owned by another: "Gadget, which is 92%-owned by", "<Kia Industrial Corp>, which is". */
const OWNED_FIRM_GAP: ReadonlySet<string> = new Set([",", ">", "which", "that", "about", "some", "nearly", "almost", "roughly", "approximately"])
/** Parts of speech between a firm and the percentage of it owned: "Alcan Australia is indirectly 70 pct owned". */
const OWNED_FIRM_GAP_POS: ReadonlySet<string> = new Set(["AUX", "ADV"])
/** Possessives a firm owning a part is referred to with: "its 63 pct-owned Brunswick Mining". */
const OWNER_REFERENCES: ReadonlySet<string> = new Set(["its", "their"])

/**
 * Who owns what, of a percentage owned. After "by", the firm named there owns the firm named before the percentage
 * ("DataCard, which is 92%-owned by Ogden Corp."); before a firm's name, the possessive's firm owns that one ("Noranda's
 * 63 pct-owned Brunswick Mining"; "its": the firm the clause names before it, else the firm in focus, found on completion).
 * An owner read no other way is none: never the firm in focus, which is as often the firm owned.
 */
const ownedParties = (
  facts: SentenceFacts,
  clause: Span,
  quantity: Quantity,
  owned: number
): { readonly owner: EntityMention | undefined; readonly held: EntityMention | undefined; readonly referredBack: boolean } => {
  const { tokens } = facts
  if (tokens[owned + 1]?.normal === "by") {
    const owner = firmNamedFrom(facts, clause, tokens.slice(owned + 2).find((t) => !BEFORE_NAME.has(t.normal)))
    let i = indexStartingFrom(tokens, quantity.start) - 1
    while (i >= 0 && (OWNED_FIRM_GAP.has(tokens[i]!.normal) || OWNED_FIRM_GAP_POS.has(tokens[i]!.pos))) i--
    const end = tokens[i]?.end
    const named = (e: EntityMention) => e.type === "organization" && e.end === end
    const held = end === undefined ? undefined : facts.entities.find(named) ?? namedSubjects(facts, facts.span, end).find(named)
    return { owner, held, referredBack: false }
  }
  const held = firmNamedFrom(facts, clause, tokens.slice(owned + 1).find((t) => !BEFORE_NAME.has(t.normal)))
  return { ...(possessorBefore(facts, clause, quantity) ?? { owner: undefined, referredBack: false }), held }
}

/**
 * The firm whose possessive is right before a figure: "Noranda's 63 pct-owned", "Gulf's 83 pct stake" (the name before "'s");
 * "its 38 pct interest" (the firm the clause names before it, else the one the sentence is about, else the firm in focus,
 * found on completion). None without one.
 */
const possessorBefore = (facts: SentenceFacts, clause: Span, quantity: Quantity): { readonly owner: EntityMention | undefined; readonly referredBack: boolean } | undefined => {
  const before = facts.tokens[indexStartingFrom(facts.tokens, quantity.start) - 1]
  // "Goodyear said it is selling its 50 pct interest": past the clause, the firm the sentence is about
  if (before !== undefined && OWNER_REFERENCES.has(before.normal)) return { owner: firmBefore(facts, clause, before.start) ?? subjectFirm(facts), referredBack: true }
  if (before === undefined || !POSSESSIVE_MARKS.has(before.normal)) return undefined
  const possessor = (e: EntityMention) => e.type === "organization" && e.end === before.start
  const owner = facts.entities.find(possessor) ?? namedSubjects(facts, clause, before.start).find(possessor)
  return owner === undefined ? undefined : { owner, referredBack: false }
}

/**
 * "having agreed to sell its 38 pct interest in DataCard", "will hold Gulf's 83 pct stake in Consumers Gas": a holding named
 * with its possessor right before its figure is the possessor's as it stands, whatever the clause goes on to do with it.
 */
const possessedHolding = (facts: SentenceFacts, clause: Span, quantity: Quantity, match: PhraseMatch<Measure>) => {
  if (match.value.id !== STAKE.id || facts.tokens[indexStartingFrom(facts.tokens, quantity.end)]?.start !== match.start) return undefined
  const possessor = possessorBefore(facts, clause, quantity)
  return possessor === undefined ? undefined : { ...possessor, held: heldFirm(facts, STAKE, quantity, match, clause) }
}

/** The firm named from `token` on, one a country's name opens too ("British Petroleum Co PLC"). */
const firmNamedFrom = (facts: SentenceFacts, clause: Span, token: Token | undefined): EntityMention | undefined => {
  const country = token === undefined ? undefined : facts.entities.find((e) => e.type === "country" && e.start === token.start)
  const opened = country === undefined ? undefined : firmOpenedByCountry(facts, country)
  return firmAt(facts, clause, token) ?? (opened?.type === "organization" ? opened : undefined)
}

/** Verbs a firm's shares close a day's trading with, written of the firm itself: "Ogden Projects closed yesterday at $26.875". */
const CLOSING_VERBS: ReadonlySet<string> = new Set(["closed", "ended", "finished", "opened"])
/** How many words may stand between the closing verb and "at" ("closed yesterday at", "ended unchanged at"). */
const CLOSING_GAP = 3

/**
 * "In New York Stock Exchange composite trading, Ogden Projects closed yesterday at $26.875, down 75 cents": a firm
 * the text names, closing at a sum of money, is its share's price, as if "shares" were written.
 */
const closingVerbs = (facts: SentenceFacts): ReadonlyArray<PhraseMatch<Measure>> =>
  facts.quantities.flatMap((quantity) => {
    if (quantity.kind !== "money") return []
    const at = facts.tokens.findIndex((t) => t.start >= quantity.start) - 1
    if (facts.tokens[at]?.normal !== "at") return []
    let i = at - 1
    while (i >= 0 && at - i <= CLOSING_GAP && !CLOSING_VERBS.has(facts.tokens[i]!.normal) && facts.tokens[i]!.pos !== "NUM" && facts.tokens[i]!.pos !== "VERB") i--
    const verb = facts.tokens[i]
    if (verb === undefined || !CLOSING_VERBS.has(verb.normal) || verb.pos !== "VERB") return []
    const subject = subjectWordBefore(facts.tokens, i)
    const named = (e: EntityMention) => e.type === "organization" && subject !== undefined && e.start <= subject.start && subject.end <= e.end
    const firm = facts.entities.some(named) || namedSubjects(facts, clauseAt(facts, verb.start), verb.start).some(named)
    return firm ? [{ value: measureById(SHARE_PRICE)!, first: i, end: i + 1, start: verb.start, stop: verb.end }] : []
  })

/** The index of the verb of owning or buying right before a percentage ("owns 56 pct", "bought the 50%"), else -1. */
const verbOfPart = (facts: SentenceFacts, quantity: Quantity): number => (quantity.kind === "percent" ? verbRightBefore(facts, quantity) : -1)

/** The index of the verb of owning, holding or buying right before a figure, past words such as "the" or "another", else -1. */
const verbRightBefore = (facts: SentenceFacts, quantity: Quantity): number => {
  let i = facts.tokens.findIndex((t) => t.start >= quantity.start) - 1
  while (i >= 0 && OWNED_GAP_WORDS.has(facts.tokens[i]!.normal)) i--
  const verb = facts.tokens[i]
  return verb !== undefined && isVerbOfPart(verb) ? i : -1
}

/**
 * The index of the verb of a count of shares held, else -1: "Willis already owns 2.05 mln shares", "holds 258,591 shares of
 * Epsilon". A verb of buying names a holding only when the count is restated as a part of the whole: "acquired 163,000 shares
 * of Twin Disc Inc common stock, or 5.2 pct of the company's common stock outstanding" is what a filing says is now held;
 * "bought 32,800 Robeson common shares" is what was bought (`sharesTraded`).
 */
const verbOfSharesHeld = (facts: SentenceFacts, quantity: Quantity, next: Quantity | undefined): number => {
  const i = verbRightBefore(facts, quantity)
  const verb = facts.tokens[i]
  const shares = verb === undefined ? undefined : sharesNamed(facts, quantity)
  if (verb === undefined || shares === undefined) return -1
  // "the authorization to buy 800,000 shares, or 10 pct": a bare infinitive buys nothing yet.
  const bought = verb.normal !== verb.lowerLemma && restatedAsPart(facts, shares.end, next)
  return OWNING_VERBS.has(verb.normal) || HOLDING_VERBS.has(verb.normal) || bought ? i : -1
}

/** The next figure is a percentage after a comma and "or" that end the words from `from`, with no verb among them: "…common stock, or 5.2 pct". */
const restatedAsPart = (facts: SentenceFacts, from: number, next: Quantity | undefined): boolean => {
  if (next?.kind !== "percent") return false
  const between = facts.tokens.filter((t) => t.start >= from && t.end <= next.start)
  return between.at(-2)?.text === "," && between.at(-1)?.normal === "or" && !between.some((t) => t.pos === "VERB" || t.pos === "AUX")
}
const isVerbOfPart = (token: Token): boolean => OWNING_VERBS.has(token.normal) || ((ACQUIRING_WORDS.has(token.lowerLemma) || HOLDING_VERBS.has(token.normal)) && token.pos === "VERB")
/** Subjects of a verb of owning that name no holder: people holding shares ("existing shareholders will hold about 15 pct"). */
const HOLDERS_UNNAMED: ReadonlySet<string> = new Set(["shareholders", "stockholders", "holders", "shareowners", "investors"])

/** The sentence's first verb up to `before` has a part of a firm for its subject: "That subsidiary now holds …", "The unit owns …". */
const subjectIsFirmPart = (facts: SentenceFacts, before: number): boolean => {
  const verb = facts.tokens.findIndex((t) => t.start >= facts.span.start && t.start <= before && t.pos === "VERB")
  return verb >= 0 && FIRM_PART_NOUNS.has(subjectWordBefore(facts.tokens, verb)?.normal ?? "")
}

/**
 * The name right before a verb between the measure words and the figure, after "and", "but", "while" or a comma that
 * joins a clause of its own: "… and Nationwide reported a rise of 0.4%". None when no name is such a subject.
 */
const tellerBetween = (facts: SentenceFacts, clause: Span, from: number, to: number): EntityMention | undefined => {
  const verb = facts.tokens.findLastIndex((t) => t.start >= from && t.end <= to && t.pos === "VERB")
  const subject = verb < 0 ? undefined : subjectWordBefore(facts.tokens, verb)
  if (subject === undefined || subject.start < from || subject.pos !== "PROPN") return undefined
  const at = facts.tokens.findLastIndex((t) => t.end <= subject.start && t.pos !== "PROPN")
  const [before, joined] = [facts.tokens[at - 1], facts.tokens[at]]
  // "… in January and Nationwide reported": the joiner ends what came before; "Savings and Loan Association", "Venezuela,
  // Nigeria and Kuwait loaned" are one name or a list of subjects.
  if (joined === undefined || !CLAUSE_JOINERS.has(joined.normal) || before === undefined || (before.pos === "PROPN" && !inTimex(facts, before))) return undefined
  const ends = (e: EntityMention) => e.end === subject.end
  return facts.entities.find(ends) ?? namedSubjects(facts, clause, subject.end).find(ends)
}
const CLAUSE_JOINERS: ReadonlySet<string> = new Set(["and", "but", "while", "whereas", ","])

/**
 * Verbs of holding: like verbs of buying, they name a holding only by the part of a firm held ("holds 55.2 pct of
 * Vernitron"), not of a vote or seats. Finite forms only: "holding" is most often the noun ("raising its holding to 100 pct").
 */
const HOLDING_VERBS: ReadonlySet<string> = new Set(["hold", "holds", "held"])

/**
 * What a part bought or held is "of": a firm's stock or a firm ("21 pct of the stock", "the 90% of the car unit"), not its
 * supplies or assets; or the firm it is "in" ("holds 55.2 pct in Vernitron").
 */
const partOfFirm = (facts: SentenceFacts, quantity: Quantity): boolean => {
  const [of, ...after] = tokensFrom(facts.tokens, quantity.end).slice(0, PART_REACH + 1)
  const firm = () => firmAt(facts, facts.span, after.find((t) => !BEFORE_NAME.has(t.normal))) !== undefined
  return (of?.normal === "of" && (after.some((t) => STOCK_WORDS.has(t.normal) || isFirmNoun(t)) || firm())) || (of?.normal === "in" && firm())
}
/** How far past "of" the stock or firm a part is of may be named: "of the company's outstanding common stock". */
const PART_REACH = 5
/** A noun for a firm or a part of one. */
const isFirmNoun = (token: Token): boolean => FIRM_NOUNS.has(token.normal) || FIRM_PART_NOUNS.has(token.normal)

/** "Sainsbury bought about 21 pct of the stock", "acquired 163,000 shares …, or 5.2 pct": the verb names the part of a firm it bought or the shares now held (`owningVerbs`), no volume bought. */
const buysPart = (facts: SentenceFacts, match: PhraseMatch<Measure>): boolean =>
  match.value.id === SALES_VOLUME &&
  match.end - match.first === 1 &&
  facts.quantities.some((q, n) => (verbOfPart(facts, q) === match.first && partOfFirm(facts, q)) || (q.kind === "count" && verbOfSharesHeld(facts, q, facts.quantities[n + 1]) === match.first))
const MARKET_WORDS: ReadonlySet<string> = new Set(["market", "markets"])

const DEAL_VALUE_ID = "deal_value"
const DEAL_VALUE = measureById(DEAL_VALUE_ID)!
/** No price per share is this much: a sum after one restates the offer in total. */
const OFFER_TOTAL_FLOOR = 100_000

/** A sum of money no share costs, right after "or" after an offer's price: the offer in total. */
const restatesOfferInTotal = (tokens: ReadonlyArray<Token>, quantity: Quantity, before: PhraseMatch<Measure>): boolean =>
  before.value.id === "offer_price" &&
  quantity.kind === "money" &&
  Math.abs(quantity.value) >= OFFER_TOTAL_FLOOR &&
  restatedAfterOr(tokens, quantity)

/** The verb nearest before the figure in its clause is a present-tense state: "it has 13 facilities", "which controls 51%". */
const inPresentState = (tokens: ReadonlyArray<Token>, quantity: Quantity): boolean => {
  // wink may tag a state verb a noun ("which controls 51% of Yukos"): the table's words count as verbs.
  const verb = tokens.findLast((t) => t.end <= quantity.start && (t.pos === "VERB" || t.pos === "AUX" || PRESENT_STATE_VERBS.has(t.normal)))
  if (verb !== undefined) return PRESENT_STATE_VERBS.has(verb.normal) || PRESENT_ACT_VERBS.has(verb.normal)
  // "About 400 mln dlrs of debt is affected": the figure is the subject of a present "is" or "are" after it, stating a
  // state, not what is expected of it ("is expected to rise").
  const after = tokens.findIndex((t) => t.start >= quantity.end && (t.pos === "VERB" || t.pos === "AUX"))
  const [copula, next] = [tokens[after], tokens[after + 1]]
  return copula !== undefined && PRESENT_COPULAS.has(copula.normal) && next !== undefined && STATED_STATES.has(next.normal)
}
/**
 * "Moody's Investors Service Inc said it affirmed the ratings on 2.2 billion dlrs of debt": the debt a rating covers is what
 * is outstanding on the day of the rating, whatever becomes of the rating.
 */
const isRatedDebt = (measure: Measure, tokens: ReadonlyArray<Token>): boolean => measure.id === DEBT && tokens.some((t) => RATING_WORDS.has(t.lowerLemma))
const DEBT = "debt"
/** Rating agencies as the wire's names of them read (cut at "and" or a possessive: "Duff and Phelps", "Standard and Poor's Corp"). */
const RATING_AGENCIES: ReadonlySet<string> = new Set(["org:poor", "org:standard-and-poor", "org:s-and-p", "org:s-p", "org:moody", "org:moodys", "org:investors-service", "org:moody-s-investors-service", "org:phelps", "org:duff-and-phelps", "org:fitch"])
/** Words (lemmas) of a credit rating's action. */
const RATING_WORDS: ReadonlySet<string> = new Set(["rating", "ratings", "affirm", "downgrade", "upgrade", "creditwatch"])

/** Present forms of "be" a figure is the subject of. */
const PRESENT_COPULAS: ReadonlySet<string> = new Set(["is", "are"])
/** What a figure stated as a present state is: "is affected", "are outstanding", "is involved". */
const STATED_STATES: ReadonlySet<string> = new Set(["affected", "outstanding", "involved", "covered", "held", "owed", "unpaid", "invested"])

/**
 * Figures in prose read by their phrase: the measure words of the vocabulary nearest the figure in
 * its own clause ("Japan's current account surplus … will rise to 95 billion dlrs"), whose (the
 * country or organisation named before them, else in the sentence, else the figure before's), its
 * period from its clause's dates, a change or a level ("rose 5 pct", "by 1.2 bln", "to 3.4 bln"),
 * and a deficit or a fall negative. Figures other readers took are left to them.
 */
export const proseFigureClaims = (doc: DocumentFacts, taken: ReadonlySet<string>): ReadonlyArray<ClaimDraft> => {
  // The holder the text last named, for figures whose sentence names none ("it should fall back to 87 bln"):
  // of the economies a sentence names, the headline's if it is one ("… attention to Japan, West Germany and Taiwan's surplus" under "TAIWAN …").
  const last = { economy: undefined as EntityMention | undefined, any: undefined as EntityMention | undefined, balance: undefined as Measure | undefined }
  // The article's day, when its metadata gives one: what a present state or a stated holding holds on.
  const knownDay = doc.referenceDate._tag === "Day" && doc.referenceDate.basis === "metadata"
  // The one currency the article's sums are in, if they are in one: what a share's price written bare is in (worked out when asked).
  let sole: string | null | undefined
  const currency = (): string | undefined => (sole === undefined ? (sole = soleCurrency(doc) ?? null) : sole) ?? undefined
  // The day a market reading of the sentence before was dated by its own words ("Telerate shares fell 50 cents on Friday").
  let marketDay: { readonly time: TimeScope; readonly sentence: number } | undefined
  return doc.sentences.flatMap((facts) => {
    const previous = { ...last }
    // An economy's measure is held the same way, by fewer types of entity: its holders are among these, read once.
    const holders = holdersIn(facts, undefined)
    const economies = holders.filter((e) => ECONOMIES.has(e.type))
    // A bloc named in passing under a headline's economy is the frame, not a new subject ("Italy …: The country has been one of
    // the eurozone's worst performers. Growth was 1.1% in 2004"): the headline's economy goes on.
    last.economy = economies.find((e) => e.entity === doc.economy?.id) ?? economies.find((e) => e.type !== "bloc" || doc.economy === undefined) ?? last.economy
    last.any = holders[0] ?? last.any
    const matches = [
      ...facts.measurePhrases.filter(
        (m) => !facts.quantities.some((q) => m.start >= q.start && m.stop <= q.end) && !nounOnlyNotNoun(facts.tokens, m) && !tradesNot(facts, m) && !holdsNothing(facts, m) && !isReferenceOfFigure(facts, m) && !buysPart(facts, m) && !namesPartOrPeople(facts.tokens, m) && !paysNoDividend(facts, m) && !isNetOfOther(facts.tokens, m) && !pricesSecurity(facts, m) && !isComplementOfMeasure(facts, m) && !isRateOfOther(facts.tokens, m)
      ),
      ...owningVerbs(facts),
      ...ownedParticiples(facts),
      ...closingVerbs(facts)
    ]
      .flatMap((m) => asDealVerb(facts, m))
      .sort((a, b) => a.start - b.start)
      .reduce(growthOfMeasureBefore(doc.text), [])
      // "Italy's overall balance of payments showed a deficit of 3,211 billion lire": the overall balance, no trade's
      .filter((m) => !(isBareBalance(facts.tokens, m) && OVERALL_BALANCE.test(doc.text.slice(facts.span.start, facts.span.end))))
      .map((m) => {
        // "the deficit" goes on with the balance the text last named, else is the text's (`bareBalanceMeasure`); a balance named in
        // full is the one it goes on with next.
        const bare = isBareBalance(facts.tokens, m)
        if (!bare && m.value.sign === "balance" && m.value.holder === "economy" && m.end - m.first > 1) last.balance = m.value
        if (!bare) return m
        return last.balance !== undefined ? { ...m, value: last.balance } : m.value.id === doc.balance ? m : { ...m, value: measureById(doc.balance)! }
      })
    // A figure is read by measure words of its sentence (its own, or those of the figure before it in the sentence): with none, no figure is.
    if (matches.length === 0) return []
    const asides = dashAsides(doc.text, facts.span)
    // The last figure read in this sentence, which a continuing clause goes on with.
    let figureBefore:
      | {
          readonly match: PhraseMatch<Measure>
          readonly holder: EntityMention | undefined
          readonly partner: EntityMention | undefined
          readonly held: EntityMention | undefined
          readonly earlier: boolean
          /** What it is of ("rice"), which its earlier value is of too. */
          readonly part: string | undefined
          /** Its figure as read, in its unit, unsigned. */
          readonly value: Quantity
          /** When it was, which its earlier value's "previous week" is reckoned from. */
          readonly time: TimeScope | undefined
          /** Where its figure starts: a restatement follows that figure, not another read or left in between. */
          readonly at: number
          readonly clause: Span
          /** It counts shares bought or sold, whose cost may follow ("… common shares for 175,691 dlrs"). */
          readonly trade: boolean
          /** Its aspect and whether it fell: a restatement of a change ("…, or 8.1 pct,") changed the same way. */
          readonly aspect: FigureAspect
          readonly negative: boolean
        }
      | undefined
    const drafts = facts.quantities.flatMap((written, i): ReadonlyArray<ClaimDraft> => {
      if (taken.has(written.id) || written.kind === "ordinal" || isNoFigure(facts.tokens, written) || isBareLowEnd(doc.text, written, facts.quantities[i + 1])) return []
      let quantity = wirePrice(facts, carriedUnit(doc.text, facts.timexes, facts.quantities[i - 1], written), currency)
      const clause = clauseAt(facts, quantity.start)
      const tokens = tokensWithin(facts.tokens, clause)
      const before = tokens.findLast((t) => t.end <= quantity.start)
      // "its 63 pct-owned Brunswick Mining": a percentage owned is the holding's, whatever measure words are near.
      const owned = ownedRightAfter(facts, quantity)
      // …and the participle names no other figure ("more than 80% owned by its 10 largest shareholders").
      const others = owned >= 0 ? matches : matches.filter((m) => facts.tokens[m.first]?.normal !== OWNED || m.value !== STAKE)
      const ownMatch =
        (owned >= 0 ? matches.find((m) => m.first === owned) : undefined) ??
        comparedBack(doc.text, facts, others, measureFor(tokens, facts.timexes, matchesIn(others, clause).filter((m) => !apartInAside(asides, { start: m.start, end: m.stop }, quantity)), quantity, !clause.asserts)) ??
        measureOfAntecedent(facts, others, clause)
      // "…, before declining to 29 bln dlrs": the measure and holder of the clause before's figure
      // "…widened to 8.1 bln dlrs in May, up from 6.2 bln a year ago": an earlier value with no measure words of its own is the
      // figure before's, in its unit, when it is of its kind and size ("2.77 dlrs a share … compared with 77.4 mln dlrs" is not).
      const earlierOfBefore =
        ownMatch === undefined &&
        figureBefore !== undefined &&
        // "Net advanced to $94.2 million, or 89 cents a share, from $85 million": past its restatement per share.
        (figureBefore.clause.start === clause.start || restatedOnlySince(facts.tokens, facts.quantities, figureBefore.at, i)) &&
        isEarlierValue(facts.tokens, quantity.start) &&
        sameKindAndSize(inUnitOf(quantity, figureBefore.value), figureBefore.value)
      // "…for 15 dlrs a share, or about 175 mln dlrs": the offer's total; "bought 32,800 Robeson common shares … for 175,691
      // dlrs": what the shares cost; either the deal's value.
      const offerTotal =
        figureBefore !== undefined &&
        facts.quantities[i - 1]?.start === figureBefore.at &&
        ((ownMatch === undefined && restatesOfferInTotal(facts.tokens, quantity, figureBefore.match)) || (figureBefore.trade && paidFor(facts.tokens, quantity)))
      // "rose 8.5p, or 8.1%, to 113.5p": the change restated as a percentage, then the level it reached, are the same figure's.
      const changeGoesOn =
        ownMatch === undefined &&
        figureBefore !== undefined &&
        facts.quantities[i - 1]?.start === figureBefore.at &&
        (restatesChange(facts.tokens, quantity, figureBefore) || reachedAfterChange(facts.tokens, quantity, figureBefore))
      const after =
        figureBefore !== undefined && ((ownMatch === undefined && (figureBefore.clause.end <= clause.start || earlierOfBefore || changeGoesOn)) || offerTotal) ? figureBefore : undefined
      // "…, from 246,500 shares, or 5.9 pct": a restated holding is the one restated, an earlier value if that was.
      const restated = after !== undefined && facts.quantities[i - 1]?.start === after.at && restatesHolding(tokens, quantity, after.match) ? after : undefined
      const continued =
        after !== undefined && (restated !== undefined || changeGoesOn || offerTotal || earlierOfBefore || continuesFigureBefore(tokens, quantity) || pronounChangesAgain(facts, tokens, quantity, after.value))
          ? after
          : undefined
      const match = offerTotal ? continued?.match : ownMatch ?? continued?.match
      if (earlierOfBefore) quantity = inUnitOf(quantity, figureBefore!.value)
      if (match === undefined || growthOfOther(doc.text, facts, tokens, matches, match) || (SOLD_MEASURES.has(match.value.id) && isPriceOfSale(facts, quantity)) || isNoGrowthSize(facts.tokens, match, quantity)) return []
      // "down from 123,450,000 dlrs or 1.53 dlrs in the third quarter", "raise taxes by £10bn or £11bn": a sum restating the sum
      // before it after "or" is no figure of the measure before it, unless it is a charge's or dividend's amount per share ("a
      // charge of 16.7 mln dlrs or 11 cts"); a change restated as a percentage ("rose 8.5p, or 8.1%") is a figure of its own.
      const sumBefore = facts.quantities[i - 1]
      const perShareOfSum = sumBefore !== undefined && Math.abs(sumBefore.value) >= Math.abs(quantity.value) * PER_SHARE_RATIO
      if (
        !PER_SHARE.has(match.value.id) && !(perShareOfSum && PER_SHARE_OF.has(match.value.id)) && sumBefore !== undefined && sumBefore.kind === written.kind &&
        // a price per share restated in total ("$50 a share, or about $950 million") is the deal's value
        !offerTotal && !isPerShare(facts.tokens, sumBefore) &&
        (taken.has(sumBefore.id) || figureBefore?.at === sumBefore.start) && restatedAfterOr(facts.tokens, quantity)
      ) return []
      // "growth of 2 pct" in a text that names GDP only is GDP's growth
      const read = offerTotal
        ? DEAL_VALUE
        : ofShares(tokens, quantity, match.value.id === "gnp" && !namesOutputMeasure(doc.text.slice(match.start, match.stop)) ? measureById(doc.growth)! : match.value)
      // "bought 32,800 Robeson common shares": shares bought or sold change a holding in their firm.
      const shareTrade = read.id === SALES_VOLUME ? sharesTraded(facts, match, quantity) : undefined
      const measure = shareTrade !== undefined ? STAKE : read
      // "Thai rice exports rose to 72,987 tonnes": a flow in tonnes is of the commodity named; with none named it is not read.
      // "Thailand exported 72,987 tonnes of rice": or, after the verb of a flow, the one the amount itself is of
      // (an "export bonus … to cover the sale of 37,000 long tons of wheat flour" exports nothing).
      const ofAmount = quantity.kind === "measure" && facts.tokens[match.first]?.pos === "VERB" ? commodityAfter(facts, quantity.end) : undefined
      // "Ecuador sold 16.1 mln barrels of crude": what another verb's physical amount is of is its item too.
      const commodity =
        measure.unit === "flow"
          ? (continued !== undefined ? continued.part : commodityBefore(facts, match.first) ?? ofAmount)
          : measure.id === COMMODITY_PRICE ? commodityPriced(facts, match.first, match.end, quantity) : ofAmount
      if (measure.unit === "flow" && quantity.kind === "measure" && commodity === undefined) return []
      // "Dutch margarine consumption … at just under 210,000 tonnes": a bare consumption of something no fuel is no energy's.
      if (measure.unit === "physical" && !isEnergy(commodityBefore(facts, match.first))) return []
      const part = commodity ?? partModifier(doc.text, match.start) ?? (HOLDING_MEASURES.has(measure.id) && (shareTrade !== undefined || countsShares(facts, quantity)) ? SHARES_ITEM : undefined)
      const partner = continued !== undefined ? continued.partner : partnerAfter(facts, measure, match.stop, clause)
      if (partner === "unknown") return []
      // "The firm's revenue", "its shares": the firm in focus's (the article's company), read when the figure is completed.
      const back =
        (measure.holder === "company" && refersBack(facts, match.start, quantity)) ||
        // "the group's plans to create 10,000 US jobs": the firm in focus's jobs, not the country's.
        (measure.holder === "any" && ownedByFirmReferredTo(facts, clause, quantity.start) && !facts.entities.some((e) => e.type === "organization" && within(clause)(e))) ||
        // "The Florida-based firm has total debts of $1.87bn": the firm in focus's.
        (measure.holder !== "economy" && subjectRefersBack(facts, clause, match.start))
      // "its 63 pct-owned Brunswick Mining", "its 38 pct interest in DataCard": who holds what is read from the participle's or the possessive's own words.
      const parties = owned >= 0 && owned === match.first ? ownedParties(facts, clause, quantity, owned) : possessedHolding(facts, clause, quantity, match)
      const heldRead = parties !== undefined ? parties.held : continued !== undefined ? continued.held : shareTrade?.firm ?? heldFirm(facts, measure, quantity, match, clause)
      // "OPEC's accord boosted oil prices to 18 dlrs": the cause named before the verb holds no price; none is sure.
      const cause = causedBefore(tokens, match.start)
      // "Global GDP": the world's, held by no one named (`isWorldFigure`).
      const world = measure.holder === "economy" && isWorldFigure(facts, match.start, quantity)
      // "existing shareholders will hold about 15 pct of the company's shares": a holding of people the text does not name,
      // never the firm in focus's.
      const unnamedHolders = isVerbOfPart(facts.tokens[match.first]!) && HOLDERS_UNNAMED.has(subjectWordBefore(facts.tokens, match.first)?.normal ?? "")
      // "That subsidiary now holds the group's 80 pct stake in …": a part of a firm holds it, never the firm in focus.
      // "The chemical unit last year had revenues of 1.9 billion dlrs": a part of a firm its noun refers to holds its own results.
      const partHolds = (HOLDING_MEASURES.has(measure.id) && subjectIsFirmPart(facts, match.start)) || (measure.holder !== "economy" && subjectIsUnnamedPart(facts, clause, match.start))
      // "BP Canada Inc, 64 pct-owned by British Petroleum": an owner not read is none, never the firm in focus (often the one owned).
      const unowned = parties !== undefined && parties.owner === undefined && !parties.referredBack
      const caused = cause || world || unnamedHolders || partHolds || unowned
      // "Deutsche Bank said it would reduce its German workforce": what "its" owns is the firm's that says so.
      const speaker = !caused && measure.holder !== "economy" && refersBack(facts, match.start, quantity) ? firmSaying(facts) : undefined
      // "helped Renault boost its profits": the firm the clause names before "its" is whose; with none, the firm in focus.
      const owner = back && !caused ? firmBefore(facts, clause, match.start) ?? speaker : undefined
      // "Halifax said house prices rose by 0.8% in January and Nationwide reported a rise of 0.4%": a name that is the subject
      // of a verb between the measure words and the figure tells the figure of its own, whoever told the one before.
      const teller = caused ? undefined : tellerBetween(facts, clause, match.stop, quantity.start)
      const named =
        caused ? undefined
        : parties !== undefined ? parties.owner
        : teller !== undefined ? teller
        : continued !== undefined ? continued.holder
        : back ? owner
        : holderFor(facts, measure, clause, match, heldRead, matches) ?? speaker
      // A verb of owning's subject is in its sentence ("…, and controls 45%"), never a name of the sentence before.
      // "Travelers had sales of $5.2bn … It has total net assets of $96bn": a pronoun after a sentence whose subject is a firm is
      // that firm (found on completion), never a place the sentence before names ("the US's leading insurance company").
      const pronounOfFirm = () => facts.index > 0 && subjectIsPronoun(facts, clause, match.start) && subjectFirm(doc.sentences[facts.index - 1]!) !== undefined
      const carriedAny = measure.holder === "economy" || !ECONOMIES.has(previous.any?.type ?? "organization") || !pronounOfFirm() ? previous.any : undefined
      const carried = isOwningVerb(facts.tokens, match) || parties !== undefined ? undefined : measure.holder === "economy" ? previous.economy : carriedAny
      const found = caused || (back && owner === undefined) ? undefined : named ?? carried
      // A figure's holder is never the firm it is held in or bought: "the offer for Spectra-Physics" is no offer of Spectra-Physics's.
      // the debt a rating covers is outstanding, whatever the rating may become ("may downgrade 350 mln dlrs of debt")
      const ratedDebt = isRatedDebt(measure, tokens) && !isEarlierValue(facts.tokens, quantity.start)
      // A rating agency rates debt, never holds it: the firm rated (the headline's, in focus) does.
      const holderRead =
        (found !== undefined && found.entity === heldRead?.entity) || placeHoldsNoDeal(facts, measure, match, found) || (ratedDebt && RATING_AGENCIES.has(found?.entity ?? "")) ? undefined : found
      // "Citigroup has sold its Travelers arm to Metlife for $11.5bn": a sale's buyer holds the deal, its seller is the other party (GUIDE).
      const sale = continued === undefined && measure.id === DEAL_VALUE_ID ? soldTo(facts, match, clause) : undefined
      // "Kaiser Steel Corp was acquired by Oregon Steel Mills for 16 mln dlrs": the passive's doer is the buyer, its subject the firm bought.
      const doer = continued === undefined && sale === undefined && measure.id === DEAL_VALUE_ID ? boughtBy(facts, match, clause) : undefined
      const buyer = sale ?? doer
      const holder = buyer ?? holderRead
      const held = sale !== undefined ? holderRead : doer !== undefined ? (heldRead ?? holderRead) : heldRead
      const change = changeOf(tokens, quantity)
      // "closed at 93-7/8, off 1/8": a market's reading right after "off" fell by it.
      const off = DAY_READINGS.has(measure.id) && before?.normal === OFF
      const by = before !== undefined && CHANGE_BY_WORDS.has(before.normal)
      // "raised its posted prices by 50 cts", "raise taxes by £10bn": a verb of raising changes by the figure after "by" only.
      const raisedBy = by && tokens.some((t) => t.end <= quantity.start && RAISING_VERBS.has(t.lowerLemma) && t.pos === "VERB")
      const level = isLevelAfterChange(tokens, quantity.start)
      const jobs = jobChange(tokens, measure, quantity)
      const aspect: FigureAspect =
        jobs !== undefined || shareTrade !== undefined || (quantity.kind !== "percent" && namesGrowth(facts.tokens, match))
          ? "change_amount"
          : isOwningVerb(facts.tokens, match) || parties !== undefined || statedAsPart(tokens, quantity) || partSetAgainst(facts.tokens, quantity, figureBefore, match)
          ? "level"
          : quantity.kind === "percent" && !isShareOf(tokens, quantity) && (PERCENT_IS_CHANGE.has(measure.id) || measure.unit === "money" || measure.unit === "count" || measure.unit === "measure" || (measure.unit !== "percent" && change !== undefined && !level))
          ? "change_percent"
          : off || (by && (change !== undefined || raisedBy)) || changedRightBefore(tokens, quantity) || changedRightAfter(tokens, quantity) || (quantity.kind !== "percent" && changedPhraseAfter(tokens, quantity.end) !== undefined) ||
              (quantity.kind !== "percent" && changedAcrossObject(tokens, quantity, match, facts.quantities))
            // "shed 10% of the workforce": a change of a measure not in percent, by a percentage, is a percentage change
            ? quantity.kind === "percent" && measure.unit !== "percent" ? "change_percent" : "change_amount"
            : "level"
      // "a deficit of 300 mln schillings compared with an 800 mln surplus", "a net loss … versus a 330.5 mln dlr profit":
      // a balance's noun right after the figure is its own.
      const ownBalance = measure.sign === "balance" ? signedNounAfter(facts.tokens, quantity) : undefined
      const words = ownBalance !== undefined ? [ownBalance] : facts.tokens.slice(match.first, match.end)
      const negative =
        // "fell 0.5 pct", "contracted by 0.6 pct" are falls; "growth will slip to 1.5 pct" lands at 1.5.
        jobs === "fall" ||
        shareTrade?.direction === "fall" ||
        (jobs === undefined && shareTrade === undefined && aspect !== "level" && (off || change?.direction === "fall") && !level) ||
        (aspect === "level" && measure.sign === "balance" && namesNegativeSide(words)) ||
        // "a net loss of $2.3 million, or 68 cents a share": a result per share takes the sign of the result it divides.
        (aspect === "level" && PER_SHARE.has(measure.id) && lossBefore(facts.tokens, quantity)) ||
        (changeGoesOn && aspect !== "level" && continued!.negative)
      const value = inIndexPoints(measure, negative ? negated(quantity) : quantity)
      // "from $85 million, or 83 cents a share": a result's amount per share restated right after it is of its period.
      const perShareOf = PER_SHARE.has(measure.id) && facts.quantities[i - 1]?.start === figureBefore?.at && restatedAfterOr(facts.tokens, quantity) ? figureBefore : undefined
      // "from $94.8 million, or 17.3 cents a share": the amount restated per share is an earlier value, whichever reader read it (or none).
      const restatesEarlier = PER_SHARE.has(measure.id) && i > 0 && restatedAfterOr(facts.tokens, quantity) && isEarlierValue(facts.tokens, facts.quantities[i - 1]!.start)
      const earlier = isEarlierValue(facts.tokens, quantity.start) || restated?.earlier === true || perShareOf?.earlier === true || restatesEarlier
      // A firm's result over a period, not a reading of a day nor a statement's (a share price, a holding, an offer).
      // A deal's worth is stated as the day's news when the firm it buys is named ("about $576 million, for the 33% of Telerate Inc.").
      const statement = DATED_BY_STATEMENT.has(measure.id) || (ACQUISITION_MEASURES.has(measure.id) && held !== undefined)
      const firmResult = measure.holder === "company" && !DAY_READINGS.has(measure.id) && !statement
      // "from 86 billion in 1986": an earlier value's period is the date right after it (both years of "in 1985/86"), else one
      // after it in its line (below); a figure's own, the clause's.
      const own = earlier ? joinedRange(doc.text, facts.timexes, ownDateAfter(doc.text, facts.timexes, quantity, facts.quantities[i + 1])) : []
      // An earlier value with no date of its own is no value of a date before it ("rose to 120.5 in May from 118.2"); a date
      // after it in its clause is its own ("compared with 123.4 mln dlrs in the 1986 third quarter").
      const framed = own.length > 0 ? own : framingTimexes(facts, quantity, facts.quantities, { firmResult, statement })
      // "will lower its prime rate to 16 pct from 16.5, effective tomorrow": the day a change takes effect dates the level it changes to.
      const framing = framed.length > 0 || earlier ? framed : effectiveDate(facts, quantity)
      const ownScope =
        !earlier || own.length > 0 || framing.some((t) => datesEarlierValue(doc.text, facts, quantity, t)) ? timeScopeOf(doc.text, framing, doc.referenceDate) : undefined
      // "72,987 tonnes in the week ended October 13, up from 54,075 the previous week": the week before the figure before's.
      // "Revenue rose 33% to $378.1 million from $283.8 million": a firm's result's earlier value, its year-ago period (inherited).
      // "Nine month profits were up 23 pct to 64 cts a share from 52 cts last year": of a run of months whose end is not
      // written, "last year" is the same run a year before, whose months are not written either ("the first nine months …
      // compared with a loss of $195 million in the 1988 period" is the same part of 1988).
      const runYearBefore =
        earlier && firmResult && figureBefore?.time === undefined && ownScope !== undefined && WHOLE_YEAR.test(ownScope.start) && ownScope.start === ownScope.end && countsRunOfMonths(facts, clause)
      // "an interim dividend of 4.6 pence, up 15% from 4 pence a year earlier": a year back from a result its sentence does
      // not date is a year back from the period the article reports, when it reports one (`yearBack`), not from the date named last.
      const yearBackOfUndated =
        earlier && firmResult && ownScope !== undefined && isOnlyAYearBack(ownScope) && figureBefore !== undefined && !figureBefore.earlier && figureBefore.time === undefined
      const dated =
        runYearBefore || (earlier && isYearBackFromUnread(facts, quantity, ownScope, figureBefore?.earlier === false ? figureBefore : undefined))
        ? undefined
        : (restatesEarlier && ownScope === undefined && figureBefore !== undefined && !figureBefore.earlier && firmResult ? yearBefore(figureBefore.time) : undefined) ??
        (earlier && ownScope !== undefined ? weekBefore(figureBefore?.time, ownScope) : undefined) ??
        (earlier && ownScope !== undefined && measure.holder === "company" ? partYearBefore(figureBefore?.time, ownScope) : undefined) ??
        // counted from the figure it is set against, never from another earlier value ("from 65 mln … compared to 1.1 billion a year earlier")
        (earlier ? samePartBefore(figureBefore === undefined ? periodOfTakenBefore(doc, facts, i, taken) : figureBefore.earlier ? undefined : figureBefore.time, ownScope) : undefined) ??
        ownScope ??
        (earlier && measure.holder === "company" ? yearBefore(timeScopeOf(doc.text, framingTimexes(facts, quantity, facts.quantities, { inherit: true, firmResult: true, referenceDay: referenceDay(doc.referenceDate) }), doc.referenceDate)) : undefined)
      // "it has 13 facilities": a present state with no date of its own holds on the article's day (only a known day),
      // never on the period of the sentence before; so do a holding, an offer or a quota the article states, when its day is known.
      // Other undated figures go on with that period, as the statistic reader's do.
      // A day's reading only as a market's: a share index the text names, shares said to trade ("BA's shares closed up four pence").
      const dayReading = DAY_READINGS.has(measure.id) && (measure.id === INDEX_MEASURE ? holder?.type === "index" : tokens.some((t) => TRADING_WORDS.has(t.normal)))
      // Shares bought or sold changed a holding when they were, not on the day it is stated.
      const present = !earlier && (inPresentState(tokens, quantity) || statesPresent(clause, facts.tokens, quantity.start) || dayReading || (knownDay && statement && shareTrade === undefined) || ratedDebt)
      // "Telerate shares fell 50 cents on Friday … Dow Jones shares also fell 50 cents to close at $36.125": a market's reading
      // with no date of its own, right after one dated to a day, is of that day.
      const sameDay = dayReading && !earlier && dated === undefined && marketDay?.sentence === facts.index - 1 ? { ...marketDay.time, origin: "inherited" as const } : undefined
      if (dayReading && dated !== undefined && decodeIsoDay(dated.start) !== undefined && dated.start === dated.end) marketDay = { time: dated, sentence: facts.index }
      // "workers at its 63 pct-owned Brunswick Mining will vote on Monday": a participle's holding is the article's day's, not its clause's date.
      const time =
        (parties !== undefined ? (knownDay ? referenceScope(doc.referenceDate) : undefined) : undefined) ??
        (perShareOf?.earlier === true ? perShareOf.time : undefined) ??
        (changeGoesOn ? continued!.time : undefined) ??
        dated ??
        sameDay ??
        // The offer in total is the offer's, stated when it is.
        (offerTotal ? continued?.time : undefined) ??
        (present
          ? knownDay ? referenceScope(doc.referenceDate) : undefined
          : earlier ? undefined : timeScopeOf(doc.text, framingTimexes(facts, quantity, facts.quantities, { inherit: true, firmResult, referenceDay: referenceDay(doc.referenceDate) }), doc.referenceDate))
      const measureText = oneLine(doc.text.slice(match.start, match.stop))
      // A restatement per share leaves the result it restates the one an earlier value goes on with ("…, or 89 cents a share, from $85 million").
      if (perShareOf === undefined) figureBefore = { match, holder, partner, held, earlier, part, value: quantity, time, at: quantity.start, clause, trade: shareTrade !== undefined, aspect, negative }
      return [
        {
          kind: "statistic",
          predicate: `statistic.${measure.id}`,
          subjects: holder === undefined ? [] : [holder.entity],
          object: measureText.toLowerCase(),
          value,
          ...(time !== undefined ? { time } : {}),
          figure: {
            measure: measure.id,
            aspect,
            ...(holder !== undefined ? { holder: holder.entity, holderText: holder.text } : {}),
            ...(partner !== undefined ? { counterpart: partner.entity } : held !== undefined ? { counterpart: held.entity } : {}),
            ...(part !== undefined ? { item: part } : {}),
            // "its 63 pct-owned Brunswick Mining": a participle states a holding as it stands, whatever the clause goes on to say.
            ...(ratedDebt || parties !== undefined ? { status: "actual" as const } : {}),
            // A year back from an undated result is left for completion to date: by the period the article reports, if any.
            ...(time !== undefined && earlier && !yearBackOfUndated
              ? { period: { value: time.start === time.end ? time.start : `${time.start}/${time.end}`, origin: time.origin === "inherited" ? ("inherited" as const) : ("written" as const), prior: true } }
              : {})
          },
          sentence: facts,
          anchor: quantity,
          parts: [quantity, { start: match.start, end: match.stop }, ...(named !== undefined && within(clause)(named) ? [named] : [])],
          derivation: [
            `measure: '${measureText}' → ${measure.id} (${measure.description})`,
            `value: ${value.derivation}`,
            world ? "holder: none (the world's figure)" : cause ? "holder: none (the cause of the change is named before its verb)" : holder === undefined ? "holder: none named" : `holder: '${holder.text}' → ${holder.entity}${named === undefined ? " (the figure before's)" : ""}`,
            `aspect: ${aspect}`,
            ...(time ? [`time: ${time.derivation}`] : ["time: none written"])
          ],
          confidence: PROSE_CONFIDENCE,
          ...(caused ? { holderless: true } : {}),
          ...(earlier ? { earlier: true } : {}),
          ...(yearBackOfUndated ? { yearBack: true } : {}),
          coreferent: named === undefined && holder !== undefined
        }
      ]
    })
    return drafts
  })
}

/**
 * The period of the figure right before figure `i` of the sentence when another reader took it ("The trade deficit in the
 * first four months fell to 16.4 billion schillings from 17.5 billion in the same period last year"): what "the same
 * period" is of.
 */
const periodOfTakenBefore = (doc: DocumentFacts, facts: SentenceFacts, i: number, taken: ReadonlySet<string>): TimeScope | undefined => {
  const before = facts.quantities[i - 1]
  return before === undefined || !taken.has(before.id) ? undefined : timeScopeOf(doc.text, framingTimexes(facts, before, facts.quantities), doc.referenceDate)
}
