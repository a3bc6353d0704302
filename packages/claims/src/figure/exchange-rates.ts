import type { Quantity } from "../model/quantity.js"
import type { Token } from "../nlp/analyze.js"
import type { ClaimDraft } from "../claim/claim-draft.js"
import { changeDirection, isEarlierValue } from "../claim/change-words.js"
import { clauseAt, type DocumentFacts, type SentenceFacts, tokensWithin } from "../claim/document-facts.js"
import { type PhraseMatch, phraseAt, phraseIndex } from "../claim/phrase-index.js"
import { negated } from "../claim/synthetic-quantity.js"
import { framingTimexes, timeScopeOf } from "../claim/time-scope.js"
import { currencyNamesWritten } from "../quantity/currencies.js"
import { BETWEEN_SUBJECT_AND_VERB, EXCHANGE_RATE_LINKS, EXCHANGE_RATE_VERBS } from "./figure-words.js"
import { inCurrency } from "./table-money.js"

/** Currencies by their names as words of a text, built once: the rate reader's and the sales reader's (prose-figures.ts). */
export const CURRENCIES = phraseIndex(currencyNamesWritten)
const PROSE_CONFIDENCE = 0.7
const MEASURE = "exchange_rate"

/**
 * A currency's holder: the country its ISO 4217 code names in its first two letters ("JPY" Japan),
 * the euro's the European Union; none for the codes of no country (X…).
 */
const currencyHolder = (code: string): string | undefined => (code === "EUR" ? "org:eu" : code.startsWith("X") ? undefined : `country:${code.slice(0, 2)}`)

/** The currencies named before token `end`, each phrase whole ("the Taiwan dollar" is no "dollar"). */
const currenciesBefore = (tokens: ReadonlyArray<Token>, end: number): ReadonlyArray<PhraseMatch<string>> => {
  const found: Array<PhraseMatch<string>> = []
  for (let i = 0; i < end; i++) {
    const match = currencyAt(tokens, i)
    if (match === undefined || match.end > end) continue
    found.push(match)
    i = match.end - 1
  }
  return found
}

/**
 * "the Lebanese pound … The pound closed at 407.00": a bare name ("pound", "dollar", "franc") after
 * the text named a currency of another country by it is not sure to be the one it names alone.
 */
const namedOtherwiseBefore = (doc: DocumentFacts, subject: PhraseMatch<string>): boolean => {
  const word = doc.text.slice(subject.start, subject.stop).toLowerCase()
  if (word.includes(" ")) return false
  return doc.sentences.some((facts) =>
    facts.span.start < subject.start &&
    currenciesBefore(facts.tokens, facts.tokens.length).some((m) => m.start < subject.start && m.value !== subject.value && doc.text.slice(m.start, m.stop).toLowerCase().endsWith(` ${word}`))
  )
}

/** "to the U.S. dollar", "against the dollar", "per dollar" at token `i`: the currency so named. */
const currencyAfter = (tokens: ReadonlyArray<Token>, i: number): PhraseMatch<string> | undefined =>
  PAIR_WORDS.has(tokens[i]?.normal ?? "") ? currencyAt(tokens, tokens[i + 1]?.normal === "the" ? i + 2 : i + 1) : undefined
const RECORD_WORDS: ReadonlySet<string> = new Set(["a", "an", "the", "record", "new", "fresh"])
const PAIR_WORDS: ReadonlySet<string> = new Set(["to", "against", "per", "versus"])

/** A figure of a move: in percent, or right after a word of change or "by" ("rose 0.7%", "by one Taiwan cent"). */
const isMove = (tokens: ReadonlyArray<Token>, quantity: Quantity): boolean => {
  const before = tokens.findLast((t) => t.end <= quantity.start)
  return quantity.kind === "percent" || (before !== undefined && (changeDirection(before) !== undefined || before.normal === "by"))
}

/** The link at token `link` says where a move ended ("to 104.53", "to close at 31.08"), not what it came near ("close to"). */
const reachedLevel = (tokens: ReadonlyArray<Token>, link: number): boolean =>
  EXCHANGE_RATE_LINKS.has(tokens[link]?.normal ?? "") && !(tokens[link]!.normal === "to" && NEAR_WORDS.has(tokens[link - 1]?.normal ?? ""))
const NEAR_WORDS: ReadonlySet<string> = new Set(["close", "near", "nearer", "closer"])

/** The currency named right before the verb at token `verb`, past auxiliaries and adverbs only ("The Taiwan dollar has risen"). */
const currencySubject = (tokens: ReadonlyArray<Token>, verb: number): PhraseMatch<string> | undefined => {
  const subject = currenciesBefore(tokens, verb).at(-1)
  return subject === undefined || tokens.slice(subject.end, verb).some((t) => !BETWEEN_SUBJECT_AND_VERB.has(t.pos)) ? undefined : subject
}

/** The currency a phrase at token `i` names, if one does. */
const currencyAt = (tokens: ReadonlyArray<Token>, i: number): PhraseMatch<string> | undefined => phraseAt(CURRENCIES, tokens, i)

/**
 * A currency's rate as the markets report it: "the dollar closed at 145.20 yen", "the Taiwan
 * dollar rose to 31.08 to the U.S. dollar", "sterling ended at 1.6234 dlrs". The figure is the
 * price of one unit of the currency the clause is about in another's (`item` the pair "USD/JPY",
 * base first), held by the country of the currency named as subject and set against the other's.
 * A level or a change in the other currency is read, never an earlier value ("up from 144.80
 * yen"); a currency's move in percent only against a currency written ("the yen strengthening 0.7%
 * against the dollar": the yen's price in dollars), since which pair it is of is not always written.
 */
export const exchangeRateClaims = (doc: DocumentFacts, taken: ReadonlySet<string>): ReadonlyArray<ClaimDraft> =>
  doc.sentences.flatMap((facts) => {
    const marketVerb = mayStateRate(facts)
    return facts.quantities
      .filter((q) => (q.kind === "money" || q.kind === "count" || q.kind === "percent") && !taken.has(q.id))
      .flatMap((quantity) => {
        const read = marketVerb ? rateOf(doc, facts, quantity) : []
        return read.length > 0 ? read : quotedRate(doc, facts, quantity)
      })
  })

/**
 * "a new exchange rate for oil export earnings, setting it at 14.50 bolivars to the dollar", "about 140 yen per dollar":
 * a sum in one currency written against another is that rate whatever the verb, held by the country of the sum's
 * currency (the price of the other in it: item "USD/VEB").
 */
const quotedRate = (doc: DocumentFacts, facts: SentenceFacts, quantity: Quantity): ReadonlyArray<ClaimDraft> => {
  // Asked of every sum of money: most have no "to", "per" or "against" right after them, and are done with at once.
  if (quantity.kind !== "money" || !PAIR_WORDS.has(facts.tokens.find((t) => t.start >= quantity.end)?.normal ?? "")) return []
  const clause = clauseAt(facts, quantity.start)
  // "an average exchange rate of 1.71 Swiss francs to the dollar this year, against 1.69 in the second half": the rate's own
  // words name it, and the prose reader reads it with the earlier value that goes on with it.
  if (facts.measurePhrases.some((m) => m.value.id === MEASURE && m.start >= clause.start && m.stop <= quantity.start)) return []
  const tokens = tokensWithin(facts.tokens, clause)
  const after = tokens.findIndex((t) => t.start >= quantity.end)
  const pairAfter = currencyAfter(tokens, after)
  if (pairAfter === undefined || pairAfter.value === quantity.unit || isEarlierValue(tokens, quantity.start)) return []
  // "69 cents per pound", "$1.20 a pound": a price by weight, no rate; "to the pound", "against sterling" name the currency.
  if (tokens[after]?.normal === "per" && WEIGHT_OR_CURRENCY.has(tokens[after + 1]?.normal ?? "")) return []
  const holder = currencyHolder(quantity.unit)
  const counterpart = currencyHolder(pairAfter.value)
  if (holder === undefined || counterpart === undefined || holder === counterpart) return []
  const pairText = doc.text.slice(pairAfter.start, pairAfter.stop)
  return [
    rateClaim(doc, facts, {
      quantity,
      holder,
      counterpart,
      pair: `${pairAfter.value}/${quantity.unit}`,
      aspect: "level",
      named: { start: pairAfter.start, end: pairAfter.stop },
      object: pairText.toLowerCase(),
      holderText: quantity.unit,
      how: `a sum in ${quantity.unit} against '${pairText}'`
    })
  ]
}

/** Currency names that are units of weight too: a sum "per pound" is a price by weight. */
const WEIGHT_OR_CURRENCY: ReadonlySet<string> = new Set(["pound", "pounds"])

/** What a rate claim is made of, however it was read. */
interface RateReading {
  readonly quantity: Quantity
  readonly holder: string
  readonly counterpart: string
  readonly pair: string
  readonly aspect: "level" | "change_amount" | "change_percent"
  /** The words naming the currency the clause is about (or the other one a sum is set against). */
  readonly named: { readonly start: number; readonly end: number }
  readonly object: string
  readonly holderText: string
  /** How the measure was read, for the derivation. */
  readonly how: string
}

const rateClaim = (doc: DocumentFacts, facts: SentenceFacts, reading: RateReading): ClaimDraft => {
  const { quantity, holder, counterpart, pair, aspect } = reading
  const time = timeScopeOf(doc.text, framingTimexes(facts, quantity, facts.quantities), doc.referenceDate)
  return {
    kind: "statistic",
    predicate: `statistic.${MEASURE}`,
    subjects: [holder],
    object: reading.object,
    value: quantity,
    ...(time !== undefined ? { time } : {}),
    figure: { measure: MEASURE, aspect, holder, holderText: reading.holderText, counterpart, item: pair },
    sentence: facts,
    anchor: quantity,
    parts: [quantity, reading.named],
    derivation: [
      `measure: ${reading.how} → ${MEASURE} ${pair}`,
      `value: ${quantity.derivation}`,
      `holder: the currency's country ${holder}, against ${counterpart}`,
      ...(time ? [`time: ${time.derivation}`] : ["time: none written"])
    ],
    confidence: PROSE_CONFIDENCE,
    coreferent: false
  }
}

/** A sentence with a figure, a currency's name and a verb of the markets, the only ones a rate is read from (most have neither). */
const mayStateRate = (facts: SentenceFacts): boolean =>
  facts.quantities.length > 0 &&
  facts.tokens.some((t) => EXCHANGE_RATE_VERBS.has(t.lowerLemma)) && facts.tokens.some((t) => CURRENCIES.byFirst.has(t.normal))

const rateOf = (doc: DocumentFacts, facts: SentenceFacts, written: Quantity): ReadonlyArray<ClaimDraft> => {
  const clause = clauseAt(facts, written.start)
  const tokens = tokensWithin(facts.tokens, clause)
  const at = tokens.findIndex((t) => t.start >= written.start)
  // "dropped to 141.60 per euro": a bare figure before the other currency is in the subject's (read below).
  const pairAfter = currencyAfter(tokens, tokens.findIndex((t) => t.start >= written.end))
  if (written.kind === "count" && pairAfter === undefined) return []
  // "The Taiwan dollar has risen by about 23 pct against the U.S. dollar": a move in percent only with the other currency written.
  const percent = written.kind === "percent"
  const against = tokens.flatMap((t, i) => (t.normal === "against" ? currencyAfter(tokens, i) ?? [] : [])).at(0)
  if (percent && against === undefined) return []
  // "slid to a record $1.3666": words of degree between the link and the figure.
  let link = at - 1
  while (link > 0 && (RECORD_WORDS.has(tokens[link]!.normal) || tokens[link]!.pos === "ADJ")) link--
  const before = tokens[link]
  if (before === undefined || isEarlierValue(tokens, written.start)) return []
  // "rose to 31.08", "closed at 145.20", "up 1.5 yen", "by one Taiwan cent".
  const change = changeDirection(before) !== undefined || before.normal === "by"
  if ((percent || !EXCHANGE_RATE_LINKS.has(before.normal)) && !change) return []
  // The currency the clause is about: the subject of its first verb of moving or standing that has a currency for one
  // ("The Nikkei ended up 0.7%, with the yen strengthening 0.7% against the dollar"), not the figure's own.
  const verb = tokens.findIndex((t, i) => i < at && EXCHANGE_RATE_VERBS.has(t.lowerLemma) && currencySubject(tokens, i) !== undefined)
  const subject = verb < 0 ? undefined : currencySubject(tokens, verb)
  if (subject === undefined) return []
  const quantity = percent ? written : inCurrency(written, subject.value, "a rate's figure before 'per' or 'to' another currency: the subject's")
  const quote = quantity.unit
  // "The dollar was trading at $1.2944 …, still close to the $1.3006 record": only the verb's first figure is its rate,
  // and the level a move reached ("the yen rose 0.7% against the dollar to 104.53 yen", "rose by one cent to close at 31.08").
  const first = facts.quantities.find((q) => q.start > tokens[verb]!.end && q.end <= written.start)
  if (first !== undefined && !(first === facts.quantities[facts.quantities.indexOf(written) - 1] && isMove(facts.tokens, first) && reachedLevel(tokens, link))) return []
  if (namedOtherwiseBefore(doc, subject)) return []
  // "to the U.S. dollar" after the figure, "against the dollar" in the clause: the pair the text writes ("the yen
  // strengthened against the dollar to 104.53 yen" is the dollar's price in yen); else the subject's in the figure's currency.
  // A move in percent is of the subject's price in the other currency.
  const base = percent ? subject.value : (pairAfter ?? against)?.value ?? subject.value
  const other = percent ? against!.value : subject.value === base ? quote : base
  const pair = percent ? `${subject.value}/${other}` : `${base}/${quote}`
  const holder = currencyHolder(subject.value)
  const counterpart = currencyHolder(other)
  if (holder === undefined || counterpart === undefined || (!percent && base === quote) || subject.value === other) return []
  const direction = change ? changeDirection(before) ?? changeDirection(tokens[verb]!) : undefined
  const subjectText = doc.text.slice(subject.start, subject.stop)
  return [
    rateClaim(doc, facts, {
      quantity: direction === "fall" ? negated(quantity) : quantity,
      holder,
      counterpart,
      pair,
      aspect: percent ? "change_percent" : change ? "change_amount" : "level",
      named: { start: subject.start, end: subject.stop },
      object: subjectText.toLowerCase(),
      holderText: subjectText,
      how: `'${subjectText}' ${tokens[verb]!.text} … ${before.text} ${percent ? "a move in percent" : `a figure in ${quote}`}`
    })
  ]
}
