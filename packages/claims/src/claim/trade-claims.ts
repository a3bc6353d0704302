import { coversBetween } from "../figure/figure-words.js"
import type { EntityMention } from "../model/entity.js"
import type { Quantity } from "../model/quantity.js"
import type { Span } from "../model/span.js"
import type { Token } from "../nlp/analyze.js"
import { changedPhraseAfter, changeNear } from "./change-words.js"
import type { ClaimDraft } from "./claim-draft.js"
import { clauseAt, type DocumentFacts, type SentenceFacts, tokensWithin } from "./document-facts.js"
import { commodityBefore } from "./commodity.js"
import { bilateralParties, distinctMentions, within } from "./parties.js"
import { findPhrases, phraseIndex } from "./phrase-index.js"
import { negated, rankQuantity } from "./synthetic-quantity.js"
import { framingTimexes, isUndatedEarlierValue, referenceScope, timeScopeOf } from "./time-scope.js"
import { referenceDay } from "../time/reference-day.js"

/** Nouns that make a clause about trade between economies ("trading" is a market's, "turnover" a firm's). */
const TRADE_WORDS = new Set(["trade", "export", "import", "exports", "imports", "commerce"])
/** Words of a partnership's rank: "biggest trading partner". */
const PARTNER_WORDS = new Set(["trade", "trading"])
/** Words that make a clause about markets, not trade: "shares were trading at", "the yen traded at". */
const MARKET_WORDS = new Set(["share", "shares", "stock", "stocks", "index", "crude", "currency", "yen", "dollar", "euro", "sterling", "bond", "bonds", "price", "prices"])
// A Map, not an object literal: a token such as "constructor" must not find a prototype member.
const BALANCE_WORDS: ReadonlyMap<string, 1 | -1> = new Map([["surplus", 1], ["surpluses", 1], ["deficit", -1], ["deficits", -1], ["gap", -1]])
/** Words that give a balance its other side: "surplus with China", "the gap between them". */
const BALANCE_PAIR_WORDS = new Set(["with", "between"])
/** Nouns that, standing nearer a figure than any trade word, make it theirs: "the economy grew 1.7%". */
const OTHER_MEASURES = new Set(["economy", "gdp", "output", "production", "inflation", "sales", "profit", "profits", "revenue", "revenues", "spending", "investment", "debt", "unemployment", "credit", "credits", "loan", "loans", "financing", "guarantee", "guarantees"])
/** A country's trade is counted in millions at least: a smaller sum is a price. */
const MIN_TRADE_VOLUME = 1e6
const SHARE_WORDS = new Set(["share", "account", "accounting", "accounted"])
const SHARE_REACH = 8

/** Ranks of a partner: "number one", "No. 1", "biggest", "second-largest", "third". */
const RANKS = phraseIndex<number>([
  ["number one", 1], ["no. 1", 1], ["no 1", 1], ["biggest", 1], ["largest", 1], ["top", 1], ["first", 1], ["leading", 1],
  ["second", 2], ["second biggest", 2], ["second largest", 2], ["second - biggest", 2], ["second - largest", 2],
  ["third", 3], ["third biggest", 3], ["third largest", 3], ["third - biggest", 3], ["third - largest", 3],
  ["fourth", 4], ["fifth", 5], ["number two", 2], ["number three", 3]
])
const RANK_REACH = 4
const POSSESSIVE = new Set(["'s", "’s", "s'", "’"])
const PARTY_TYPES = new Set<EntityMention["type"]>(["country", "bloc"])

const TRADE_CONFIDENCE = 0.85
/** A period or party carried over from earlier in the article is less sure than one written. */
const INHERITED_DOUBT = 0.1

/** A flow of goods one way: "China's exports to Russia" is trade.exports [CN, RU], "imports from Russia" trade.imports. */
const FLOWS: ReadonlyMap<string, "exports" | "imports"> = new Map([
  ["export", "exports"],
  ["exports", "exports"],
  ["import", "imports"],
  ["imports", "imports"]
])
/** Words that name a flow's partner: "exports to Russia", "imports from China". */
const FLOW_PARTNER_WORDS = new Set(["to", "from", "with"])

/** Words that join the words of a name: "Department of Trade", "Ministry of International Trade and Industry". */
const NAME_LINKS: ReadonlySet<string> = new Set(["of", "and", "&"])
const capitalisedName = (t: Token | undefined): boolean => t !== undefined && t.pos === "PROPN" && /^\p{Lu}/u.test(t.text)

/**
 * The trade words of a sentence: a trade noun, unless it is a word of a name the sentence writes with others ("the
 * Commerce Department said", "the Department of Trade", "World Trade Center", "Trade Secretary Patricia Hewitt").
 * A capitalised one alone is a trade word ("Exports in the first four months …").
 */
const tradeWordsOf = (sentence: ReadonlyArray<Token>): ((t: Token) => boolean) => {
  // one pass, the name and credit tests asked only of trade nouns
  const words = new Set(
    sentence.filter(
      (t, i) => (t.pos === "NOUN" || t.pos === "PROPN") && (TRADE_WORDS.has(t.normal) || TRADE_WORDS.has(t.lowerLemma)) && !isNameWord(sentence, i) && !financesTrade(sentence, i)
    )
  )
  return (t) => words.has(t)
}

/** A capitalised word of a name the sentence writes with others: "Commerce Department", "Department of Trade". */
const isNameWord = (sentence: ReadonlyArray<Token>, i: number): boolean =>
  capitalisedName(sentence[i]) && (capitalisedName(sentence[i + 1]) || capitalisedName(sentence[i - 1]) || (NAME_LINKS.has(sentence[i - 1]?.normal ?? "") && capitalisedName(sentence[i - 2])))

/** Credit nouns a trade word may modify: "short-term trade and interbank lines", "export credits", "trade finance". */
const CREDIT_NOUNS: ReadonlySet<string> = new Set(["line", "lines", "credit", "credits", "finance", "financing", "loan", "loans", "debt", "debts", "facility", "facilities", "bills"])
/** Words (lemmas) of lending before a trade word: "a loan for trade", "to help to finance its trade". */
const LENDING_WORDS: ReadonlySet<string> = new Set(["finance", "loan", "credit", "lend", "financing"])
/** How far a trade word's credit noun or lending word may stand: "trade and interbank lines", "finance its trade". */
const CREDIT_REACH = 3

/**
 * "a freeze on some 15 billion dlrs of short-term trade and interbank lines", "71.7 mln dlrs to help to finance its
 * trade": the trade word names what credit is for; the sum is credit, no trade.
 */
const financesTrade = (sentence: ReadonlyArray<Token>, i: number): boolean => {
  const after = sentence.slice(i + 1, i + 1 + CREDIT_REACH)
  const upTo = after.findIndex((t) => !(t.pos === "NOUN" || t.pos === "ADJ" || t.normal === "and"))
  const phrase = upTo < 0 ? after : after.slice(0, upTo)
  return phrase.some((t) => CREDIT_NOUNS.has(t.normal)) || sentence.slice(Math.max(0, i - CREDIT_REACH), i).some((t) => LENDING_WORDS.has(t.lowerLemma))
}

/** Trade figures: volume, growth, share, balance, exports and imports and a partner's rank, between two parties. */
export const tradeClaims = (doc: DocumentFacts): ReadonlyArray<ClaimDraft> => {
  const period: ArticlePeriod = { governing: undefined, partyMentions: new Map() }
  return doc.sentences.flatMap((facts) => {
    for (const e of facts.entities) if (PARTY_TYPES.has(e.type)) period.partyMentions.set(e.entity, (period.partyMentions.get(e.entity) ?? 0) + 1)
    // A sentence without figures (most) is not searched for trade words.
    const isTradeWord = tradeWordsOf(facts.tokens)
    const aboutTrade = facts.quantities.length > 0 && facts.tokens.some((t) => isTradeWord(t) || BALANCE_WORDS.has(t.normal))
    const figures = aboutTrade ? facts.quantities.flatMap((q) => figureClaim(doc, facts, q, period, isTradeWord)) : []
    return [...figures, ...rankClaims(doc, facts, isTradeWord)]
  })
}

/**
 * A trade report sets its period and parties once ("China's foreign trade rose 28.5 percent from
 * January to April") and its later figures share them ("Trade with the EU rose 26.9 percent").
 * The latest dated figure governs the undated ones after it: a newly stated period replaces the
 * one before ("in 2023 …; in January-April 2024 … Imports rose 5%" is January-April's).
 */
interface ArticlePeriod {
  governing: ClaimDraft | undefined
  /** How often each country or bloc has been named so far: the most named one reports the figures that name none. */
  readonly partyMentions: Map<string, number>
}

/** The party the article reports on so far: the most named (the first named on a tie). */
const principalParty = (period: ArticlePeriod): string | undefined => {
  let best: [string, number] | undefined
  for (const entry of period.partyMentions) if (best === undefined || entry[1] > best[1]) best = entry
  return best?.[0]
}

/** "Foreign trade rose", "total trade shrank": the reporting party's trade with the world, not a pair's. */
const WORLD_WORDS = new Set(["foreign", "total", "overall", "external", "global"])

/** "Bilateral trade fell", "trade with the EU rose": a party is left implicit. */
const IMPLICIT_PARTNER = new Set(["bilateral", "with"])

const figureClaim = (doc: DocumentFacts, facts: SentenceFacts, quantity: Quantity, period: ArticlePeriod, isTradeWord: (t: Token) => boolean): ReadonlyArray<ClaimDraft> => {
  const clause = clauseAt(facts, quantity.start)
  const tokens = tokensWithin(facts.tokens, clause)
  const balanceWith = tokens.some((t, i) => BALANCE_WORDS.has(t.normal) && tokens[i + 1]?.normal === "with")
  if (!(tokens.some(isTradeWord) || balanceWith) || isUndatedEarlierValue(facts, quantity)) return []
  // A market word inside a figure or a name ("75 trillion yen", "the euro zone") says nothing of the clause.
  const named = [...facts.quantities, ...facts.entities]
  const isMarketWord = (t: Token) => MARKET_WORDS.has(t.normal) && !named.some((n) => n.start <= t.start && t.end <= n.end)
  if (tokens.some(isMarketWord) && !tokens.some((t) => FLOWS.has(t.normal) || BALANCE_WORDS.has(t.normal))) return []
  if (nearestNoun(tokens, quantity, (t) => OTHER_MEASURES.has(t.normal) || isMarketWord(t)) < nearestNoun(tokens, quantity, isTradeWord)) return []
  const reading = readFigure(tokens, quantity, isTradeWord)
  if (reading === undefined) return []
  // "annual trade surpluses had been sufficient to cover the 12 billion dlrs": what a verb of covering or paying takes after the
  // trade words is what is covered or paid, no trade figure
  const cue = reading.cue
  if (coversBetween(tokens.filter((t) => t.start >= cue.end && t.end <= quantity.start))) return []
  const written =
    reading.predicate === "trade.share"
      ? shareParties(facts, clause, quantity)
      : reading.predicate === "trade.balance"
        ? balanceParties(facts, clause, reading.cue)
        : reading.flowCue !== undefined
          ? flowParties(facts, clause, reading.flowCue)
          : tradeWithParties(facts, clause, tradeCue(tokens, quantity, isTradeWord)?.cue, principalParty(period))
  // "Peru's coffee exports": the flow of one commodity, never the whole of the country's exports; "a car parts trade deficit",
  // "a deficit in semiconductor trade": the balance of one trade, never the country's.
  const flowCue = reading.flowCue
  const goods =
    flowCue !== undefined ? facts.tokens.findIndex((t) => t.start === flowCue.start) : reading.predicate === "trade.balance" || reading.predicate === "trade.volume" ? tradeOfBalance(facts, reading, isTradeWord) : undefined
  const commodity = goods === undefined || goods < 0 ? undefined : goodsOf(commodityBefore(facts, goods))
  const governing = period.governing
  const implicit =
    written.length < 2 && governing !== undefined && tokens.some((t) => IMPLICIT_PARTNER.has(t.normal))
      ? governing.subjects.filter((s) => !written.some((p) => p.entity === s)).slice(0, 2 - written.length)
      : []
  const unwritten = written.length === 0 && implicit.length === 0 ? unwrittenParties(period, facts, clause, tokens, reading) : []
  const subjects = [...implicit, ...written.map((p) => p.entity), ...unwritten]
  if (subjects.length === 0) return []
  const framed = timeScopeOf(doc.text, framingTimexes(facts, quantity, facts.quantities, { inherit: true, referenceDay: referenceDay(doc.referenceDate) }), doc.referenceDate)
  // A share stated in the present holds at the reference date; a volume takes the article's period.
  const inherited = framed === undefined && reading.predicate !== "trade.share" ? governing?.time : undefined
  const time = framed ?? inherited ?? (reading.predicate === "trade.share" ? referenceScope(doc.referenceDate) : undefined)
  const draft: ClaimDraft = {
    kind: "trade",
    predicate: reading.predicate,
    subjects,
    value: reading.value,
    ...(time ? { time } : {}),
    ...(commodity !== undefined ? { figure: { item: commodity } } : {}),
    sentence: facts,
    anchor: quantity,
    parts: [quantity, reading.cue, ...written.filter(within(clause))],
    derivation: [
      `predicate: '${doc.text.slice(reading.cue.start, reading.cue.end)}' with ${quantity.kind} → ${reading.predicate}`,
      `value: ${reading.value.derivation}`,
      ...written.map((p) => `party: '${p.text}' → ${p.entity} (${p.via})`),
      ...implicit.map((id) => `party: ${id}, left implicit, from the latest dated trade figure before it`),
      ...unwritten.map((id) => `party: ${id}, none written: the party the article reports on`),
      time === undefined
        ? "time: none written"
        : inherited !== undefined
          ? `time: none written; the period set last, in '${inherited.text}': ${inherited.derivation}`
          : `time: ${time.derivation}`
    ],
    confidence: TRADE_CONFIDENCE - (inherited !== undefined || implicit.length > 0 || unwritten.length > 0 ? INHERITED_DOUBT : 0),
    coreferent: written.some((p) => p.via === "coreference")
  }
  if (framed !== undefined && reading.predicate !== "trade.share") period.governing = draft
  return [draft]
}

/**
 * The parties of a figure that names none ("Exports jumped 33.8 percent", "the trade surplus rose
 * to 880 billion yuan"): one way's flow, a balance and foreign trade are the reporting party's with
 * the world, or with the partner a flow names ("exports to China grew 34%"); a bare "trade" figure continues the pair of the latest dated one ("trade amounted to $33.4 bln"),
 * and with none before it is no one's ("trade in pirated wares is worth 200bn euros").
 */
const unwrittenParties = (
  period: ArticlePeriod,
  facts: SentenceFacts,
  clause: Span,
  tokens: ReadonlyArray<Token>,
  reading: FigureReading
): ReadonlyArray<string> => {
  if (reading.predicate === "trade.share") return []
  const principal = principalParty(period)
  const own = principal === undefined ? [] : [principal]
  const partner = reading.flowCue === undefined ? undefined : flowPartner(facts, clause, reading.flowCue)?.entity
  if (partner !== undefined) return principal === undefined || principal === partner ? [] : [principal, partner]
  // "Exports to Europe fell": a partner written but not known is no flow of the reporting party's with the world.
  if (reading.flowCue !== undefined && partnerWordAfter(facts, clause, reading.flowCue) !== undefined) return []
  if (reading.flow !== undefined || reading.predicate === "trade.balance" || tokens.some((t) => WORLD_WORDS.has(t.normal))) return own
  return period.governing?.subjects ?? []
}

/** Words before a trade word that name all goods or a scope, no one trade: "merchandise trade deficit", "two-way trade", "world tungsten exports". */
const ALL_GOODS: ReadonlySet<string> = new Set(["merchandise", "goods", "visible", "visibles", "commodity", "commodities", "way", "world"])
/** The goods the nouns before a trade word name, words of all goods or a scope left out. */
const goodsOf = (nouns: string | undefined): string | undefined => {
  const words = nouns?.split(" ").filter((w) => !ALL_GOODS.has(w)) ?? []
  return words.length === 0 ? undefined : words.join(" ")
}
/** How far after "deficit in" its trade word may stand: "a deficit in car parts trade". */
const TRADE_AFTER_IN = 4

/**
 * The index of the trade word a balance or volume is of: the cue itself for a volume ("semiconductor trade"), the trade
 * word right before a balance word ("car parts trade deficit") or after its "in" ("deficit in car parts trade").
 */
const tradeOfBalance = (facts: SentenceFacts, reading: FigureReading, isTradeWord: (t: Token) => boolean): number | undefined => {
  const at = facts.tokens.findIndex((t) => t.start === reading.cue.start)
  if (at < 0) return undefined
  const cue = facts.tokens[at]!
  if (isTradeWord(cue)) return at
  if (!isBalanceWord(cue)) return undefined
  if (isTradeWord(facts.tokens[at - 1] ?? cue)) return at - 1
  if (facts.tokens[at + 1]?.normal !== "in") return undefined
  const trade = facts.tokens.slice(at + 2, at + 2 + TRADE_AFTER_IN).findIndex(isTradeWord)
  return trade < 0 ? undefined : at + 2 + trade
}

/** How far the nearest token satisfying `test` stands before the figure (after it counts double). */
const nearestNoun = (tokens: ReadonlyArray<Token>, quantity: Quantity, test: (t: Token) => boolean): number =>
  Math.min(
    Number.POSITIVE_INFINITY,
    ...tokens.filter(test).map((t) => (t.end <= quantity.start ? quantity.start - t.end : (t.start - quantity.end) * 2))
  )

interface FigureReading {
  readonly predicate: string
  readonly value: Quantity
  /** The word that says what the figure is. */
  readonly cue: Span
  /** Set when the figure is one way's trade: exports or imports. */
  readonly flow?: "exports" | "imports"
  /** The flow's own word ("exports" in "exports to the U.S. fell 25 pct"): its partner follows it. */
  readonly flowCue?: Span
}

const flowOf = (t: Token | undefined) => (t === undefined ? undefined : (FLOWS.get(t.normal) ?? FLOWS.get(t.lowerLemma)))

/**
 * The trade word nearest the figure, preferring one before it; its flow, if it names one alone
 * ("exports and imports" are both ways: the volume).
 */
const tradeCue = (tokens: ReadonlyArray<Token>, quantity: Quantity, isTradeWord: (t: Token) => boolean): { readonly cue: Token; readonly flow?: "exports" | "imports" } | undefined => {
  const words = tokens.filter(isTradeWord)
  // "a 3.5 pct rise in imports": what changed is named after the figure, whatever came before it
  const phrase = changedPhraseAfter(tokens, quantity.end)
  const changed = phrase === undefined ? undefined : tokens.find((t) => t.start === phrase.start)
  const cue = (changed !== undefined && isTradeWord(changed) ? changed : undefined) ?? words.findLast((t) => t.end <= quantity.start) ?? words[0]
  if (cue === undefined) return undefined
  const at = tokens.indexOf(cue)
  // "exports and imports", "imports from and exports to China": the other flow joined to it by "and", each with its preposition
  const joined = (from: number, to: number) => tokens.slice(from + 1, to).some((t) => t.normal === "and") && flowOf(tokens[from === at ? to : from]) !== undefined
  const paired = [at - 3, at - 2, at + 2, at + 3].some((k) => {
    const other = tokens[k]
    return other !== undefined && flowOf(other) !== undefined && flowOf(other) !== flowOf(cue) && joined(Math.min(k, at), Math.max(k, at))
  })
  const flow = paired ? undefined : flowOf(cue)
  return flow === undefined ? { cue } : { cue, flow }
}

/**
 * The word that says what a figure is, of those `test` accepts: the nearest before it, else the first after
 * ("imports totalled 520 mln dlrs, giving Russia a surplus": the figure is the imports').
 */
const nearestCue = (tokens: ReadonlyArray<Token>, quantity: Quantity, test: (t: Token) => boolean): Token | undefined =>
  tokens.findLast((t) => t.end <= quantity.start && test(t)) ?? tokens.find((t) => t.start >= quantity.end && test(t))

const isBalanceWord = (t: Token) => BALANCE_WORDS.has(t.normal)

const readFigure = (tokens: ReadonlyArray<Token>, quantity: Quantity, isTradeWord: (t: Token) => boolean): FigureReading | undefined => {
  const nearest = nearestCue(tokens, quantity, (t) => isBalanceWord(t) || isTradeWord(t))
  // "a five billion dlr car parts trade deficit": the trade word modifies the balance word right after it
  const next = nearest === undefined ? undefined : tokens[tokens.indexOf(nearest) + 1]
  const balance = nearest !== undefined && isBalanceWord(nearest) ? nearest : nearest !== undefined && next !== undefined && isTradeWord(nearest) && isBalanceWord(next) ? next : undefined
  const trade = tradeCue(tokens, quantity, isTradeWord)
  const flow = trade?.flow === undefined ? {} : { flow: trade.flow, flowCue: trade.cue }
  if (quantity.kind === "money") {
    // "a 36.6 billion dlr rise in Japan's trade surplus", "a 1.2 billion dlr drop in imports": the size of a change, no level.
    if (changedPhraseAfter(tokens, quantity.end) !== undefined) return undefined
    if (balance !== undefined) {
      const sign = BALANCE_WORDS.get(balance.normal)!
      return { predicate: "trade.balance", value: sign < 0 ? negated(quantity) : quantity, cue: balance }
    }
    // "boost exports by about 13 billion dlrs" is a change of the flow, not its level.
    if (trade === undefined || quantity.value < MIN_TRADE_VOLUME || tokens.findLast((t) => t.end <= quantity.start)?.normal === "by") return undefined
    return { predicate: trade.flow === undefined ? "trade.volume" : `trade.${trade.flow}`, value: quantity, cue: trade.cue, ...flow }
  }
  // A percentage of a balance ("the gap narrowed by 4.9%") is neither growth of trade nor a share.
  if (quantity.kind !== "percent" || balance !== undefined) return undefined
  // "14.3 percent of Russia's foreign trade turnover", "a 9% share of its trade".
  const after = tokens.filter((t) => t.start >= quantity.end).slice(0, SHARE_REACH)
  const shareOf = after[0]?.normal === "of" || tokens.some((t) => SHARE_WORDS.has(t.normal))
  const tradeAfter = after.findLast(isTradeWord)
  if (shareOf && tradeAfter !== undefined) return { predicate: "trade.share", value: quantity, cue: tradeAfter }
  const change = changeNear(tokens, quantity.start)
  if (change === undefined) return undefined
  const predicate = trade?.flow === undefined ? "trade.growth" : `trade.${trade.flow}_growth`
  return { predicate, value: change.direction === "fall" ? negated(quantity) : quantity, cue: change.token, ...flow }
}

/**
 * The parties of a flow, the reporting side first: "China's exports to Russia" → [China, Russia],
 * "Russia's imports from China" → [Russia, China]. The partner is the party after "to"/"from"
 * following the flow word; the other party of the clause (else the sentence) reports it; with
 * no other party the flow has none.
 */
const flowParties = (facts: SentenceFacts, clause: Span, cue: Span): ReadonlyArray<EntityMention> => {
  const parties = bilateralParties(facts, clause)
  const partner = flowPartner(facts, clause, cue)
  if (partner === undefined) return parties
  // "imports from China" with no one importing written: the partner alone would read as the importer.
  const owner = parties.find((e) => e.entity !== partner.entity)
  return owner === undefined ? [] : [owner, partner]
}

/** "to"/"from"/"with" right after a flow word ("exports to", "imports from the"): the flow names its partner. */
const partnerWordAfter = (facts: SentenceFacts, clause: Span, cue: Span): Token | undefined => {
  const next = facts.tokens.find((t) => t.start >= cue.end)
  return next !== undefined && next.end <= clause.end && FLOW_PARTNER_WORDS.has(next.normal) ? next : undefined
}

/** The party after "to"/"from"/"with" following a flow word: "exports to Russia" → Russia. */
const flowPartner = (facts: SentenceFacts, clause: Span, cue: Span): EntityMention | undefined => {
  const link = facts.tokens.find((t) => t.start >= cue.end && t.end <= clause.end && FLOW_PARTNER_WORDS.has(t.normal))
  return link === undefined ? undefined : facts.entities.find((e) => PARTY_TYPES.has(e.type) && e.start >= link.end && e.end <= clause.end)
}

/**
 * "Trade with the European Union fell 8.2 percent": the partner follows "with"; the other side is
 * a party of the clause before it, else the party the article reports on ("Trade with China totaled 25.45
 * trillion yen" in a report on Japan), else left to the latest dated figure.
 */
const tradeWithParties = (facts: SentenceFacts, clause: Span, cue: Span | undefined, principal: string | undefined): ReadonlyArray<EntityMention> => {
  const link = cue === undefined ? undefined : facts.tokens.find((t) => t.start >= cue.end)
  if (link?.normal !== "with" || link.end > clause.end) return bilateralParties(facts, clause)
  const partner = facts.entities.find((e) => PARTY_TYPES.has(e.type) && e.start >= link.end && e.end <= clause.end)
  if (partner === undefined) return bilateralParties(facts, clause)
  const owner =
    facts.entities.find((e) => PARTY_TYPES.has(e.type) && e.start >= clause.start && e.end <= link.start && e.entity !== partner.entity) ??
    facts.entities.find((e) => e.entity === principal && principal !== partner.entity)
  return owner === undefined ? [partner] : [owner, partner]
}

/** "14.3 percent of Russia's foreign trade turnover": [the partner, Russia]. */
const shareParties = (facts: SentenceFacts, clause: Span, quantity: Quantity): ReadonlyArray<EntityMention> => {
  const parties = facts.entities.filter((e) => PARTY_TYPES.has(e.type))
  const owner = parties.find((e) => e.start >= quantity.end && e.end <= clause.end)
  const partner = parties.find((e) => e.entity !== owner?.entity)
  return distinctMentions([partner, owner].filter((e) => e !== undefined))
}

/**
 * "the U.S. deficit with China", "giving Russia a surplus of $890m with its neighbour": [owner, other].
 * An owner's balance with no "with" or "between" and no other party before it is its balance with
 * the world ("Japan's trade surplus rose …, as exports to China hit records" → [Japan]); after a
 * pair's figures it is the pair's ("imports from Vietnam …, giving Germany a surplus").
 */
const balanceParties = (facts: SentenceFacts, clause: Span, balance: Span): ReadonlyArray<EntityMention> => {
  const parties = facts.entities.filter((e) => PARTY_TYPES.has(e.type) && within(clause)(e))
  const owner = parties.findLast((e) => e.end <= balance.start)
  const paired = facts.tokens.some((t) => t.start >= clause.start && t.end <= clause.end && BALANCE_PAIR_WORDS.has(t.normal))
  const earlier = facts.entities.find((e) => PARTY_TYPES.has(e.type) && e.end <= balance.start && e.entity !== owner?.entity)
  if (owner !== undefined && !paired && earlier === undefined) return [owner]
  const other =
    parties.find((e) => e.start >= balance.end && e.entity !== owner?.entity) ?? earlier ?? bilateralParties(facts, clause).find((e) => e.entity !== owner?.entity)
  return distinctMentions([owner, other].filter((e) => e !== undefined))
}

/** "China is Russia's number one trade partner": trade.rank 1 for [China, Russia]. */
const rankClaims = (doc: DocumentFacts, facts: SentenceFacts, isTradeWord: (t: Token) => boolean): ReadonlyArray<ClaimDraft> => {
  // A loop, not a flatMap: every token is looked at, and few are "partner".
  const drafts: Array<ClaimDraft> = []
  facts.tokens.forEach((token, index) => {
    const claim = token.lowerLemma === "partner" ? rankClaim(doc, facts, token, index, isTradeWord) : undefined
    if (claim !== undefined) drafts.push(claim)
  })
  return drafts
}

/** The rank claim of the word "partner" at `index`, if its sentence ranks a partnership. */
const rankClaim = (doc: DocumentFacts, facts: SentenceFacts, token: Token, index: number, isTradeWord: (t: Token) => boolean): ClaimDraft | undefined => {
  const window = facts.tokens.slice(Math.max(0, index - RANK_REACH), index)
  if (!window.some((t) => PARTNER_WORDS.has(t.normal)) && !facts.tokens.some(isTradeWord)) return undefined
  const rank = findPhrases(RANKS, window).at(0)
  if (rank === undefined) return undefined
  const rankIndex = index - window.length + rank.first
  const rankStart = window[rank.first]!.start
  // The owner of the partnership stands right before the rank, in the possessive: "Russia's".
  const possessive = facts.tokens.slice(Math.max(0, rankIndex - 2), rankIndex).find((t) => POSSESSIVE.has(t.normal))
  const owner = possessive && facts.entities.findLast((e) => PARTY_TYPES.has(e.type) && e.end <= possessive.start)
  if (!owner) return undefined
  const clause = clauseAt(facts, token.start)
  const partner = facts.entities.findLast((e) => PARTY_TYPES.has(e.type) && e.end <= owner.start && e.entity !== owner.entity && e.start >= clause.start)
  if (partner === undefined) return undefined
  const value = rankQuantity(doc.text, { start: rankStart, end: rank.stop }, rank.value, `'${doc.text.slice(rankStart, rank.stop)}' → rank ${rank.value}`)
  const time = timeScopeOf(doc.text, framingTimexes(facts, token, facts.quantities), doc.referenceDate) ?? referenceScope(doc.referenceDate)
  return {
    kind: "trade" as const,
    predicate: "trade.rank",
    subjects: [partner.entity, owner.entity],
    value,
    ...(time ? { time } : {}),
    sentence: facts,
    anchor: { start: rankStart, end: token.end },
    parts: [partner, owner, { start: rankStart, end: token.end }],
    derivation: [
      `predicate: '${doc.text.slice(rankStart, token.end)}' → trade.rank`,
      `value: ${value.derivation}`,
      `partner: '${partner.text}' → ${partner.entity} (${partner.via})`,
      `of: '${owner.text}' → ${owner.entity} (${owner.via})`,
      ...(time ? [`time: ${time.derivation}`] : [])
    ],
    confidence: TRADE_CONFIDENCE,
    coreferent: partner.via === "coreference" || owner.via === "coreference"
  }
}
