import { indexStartingFrom } from "../nlp/sorted-spans.js"
import type { EntityMention } from "../model/entity.js"
import type { Span } from "../model/span.js"
import type { Token } from "../nlp/analyze.js"
import type { SentenceFacts } from "./document-facts.js"
import { FIRM_NOUNS } from "../figure/figure-words.js"
import { hyphenedModifier, REFERRING_WORDS } from "./named-subjects.js"
import { NAME_JOINERS } from "../figure/headline.js"

/**
 * Country mentions that name no holder of a figure: people of a nationality ("killed 258 people,
 * including 12 Americans", "expelled five Iraqis"), a partner ("with the United States"), the ends of a route ("their boat sank on the way
 * from Cuba to the United States"), a place a figure is in ("10,000 US jobs") when the clause says
 * whose they are ("the group's plans to create …"), the nationality of a firm ("Dutch bank ABN
 * Amro"). A country never stands in for the people, the trip or the firm.
 */

/** How many words may stand between a nationality and its firm noun: "US media giant", "German engineering firm". */
const FIRM_NOUN_REACH = 3

/** "London-based dealer Gill and Duffus", "a Tokyo-listed firm": a place hyphened to a firm's modifier is where the firm is, never whose a figure is. */
export const isSeatOfFirm = (facts: SentenceFacts, entity: EntityMention): boolean => {
  const last = facts.tokens.findIndex((t) => t.end === entity.end)
  return last >= 0 && hyphenedModifier(facts.tokens, last)
}

/**
 * "ABN Amro, the Netherlands' largest bank, is to cut 2,850 jobs": a name inside an apposition
 * describes the name before it; the figures are that name's.
 */
export const isInApposition = (facts: SentenceFacts, entity: EntityMention): boolean =>
  facts.appositions.some((a) => entity.start >= a.start && entity.end <= a.end)

/** Journalists' jobs after an outlet's name: "BBC correspondent Simon Hall said 2,000 people …". */
const REPORTER_WORDS: ReadonlySet<string> = new Set(["correspondent", "correspondents", "reporter", "reporters", "editor", "presenter", "interviewer"])

/**
 * "he told the BBC", "BBC correspondent Simon Hall said": the one spoken to, or the outlet of the
 * one reporting, is never whose a figure is.
 */
export const isAudienceOrReporter = (facts: SentenceFacts, entity: EntityMention): boolean => {
  // "told the Securities and Exchange Commission": past the rest of a name the entity may be the end of.
  let before = tokenBefore(facts.tokens, entity.start)
  while (before !== undefined && (before.pos === "PROPN" || NAME_JOINERS.has(before.normal))) before = tokenBefore(facts.tokens, before.start)
  if (before !== undefined && before.lowerLemma === "tell") return true
  const after = tokenAfter(facts.tokens, entity.end)
  return after !== undefined && REPORTER_WORDS.has(after.normal)
}

/** People who comment on others' figures for a living: the firm they work for holds none of them. */
const ANALYST_WORDS: ReadonlySet<string> = new Set([
  "analyst", "analysts", "economist", "economists", "strategist", "strategists", "dealer", "dealers", "trader", "traders", "broker", "brokers"
])
/** Words between an analyst and the firm they work for: "analyst Richard Pzena of Sanford C. Bernstein". */
const EMPLOYER_PREPOSITIONS: ReadonlySet<string> = new Set(["of", "at", "with", "from"])
/** How many tokens back an analyst word may stand from "of" + their firm (the analyst's name between). */
const ANALYST_REACH = 6

/**
 * "Industry analyst Richard Pzena of Sanford C. Bernstein said the unit earned 132 mln dlrs",
 * "Smith Barney analyst George Baker said": the firm of an analyst, economist or dealer is who
 * comments, never whose the figure is; nor is the analyst, a name no firm ("Laurie Law, analyst at …").
 */
export const isAnalystsFirm = (facts: SentenceFacts, entity: EntityMention): boolean => {
  if (entity.type !== "organization") return false
  if (ANALYST_WORDS.has(tokenAfter(facts.tokens, entity.end)?.normal ?? "")) return true
  const at = facts.tokens.findIndex((t) => t.start >= entity.start)
  const before = facts.tokens[at - 1]
  if (before !== undefined && EMPLOYER_PREPOSITIONS.has(before.normal) && facts.tokens.slice(Math.max(0, at - 1 - ANALYST_REACH), at - 1).some((t) => ANALYST_WORDS.has(t.normal))) {
    return true
  }
  // "Laurie Law, analyst at E.F. Hutton", "Philip Shaw, chief economist at Investec": the name is the analyst's own
  const after = facts.tokens.filter((t) => t.start >= entity.end).slice(0, APPOSED_TITLE_REACH)
  return after[0]?.text === "," && after.slice(1).some((t) => ANALYST_TITLES.has(t.normal))
}
/** The titles of a person who comments, set after their name ("a California broker" describes a firm). */
const ANALYST_TITLES: ReadonlySet<string> = new Set(["analyst", "economist", "strategist"])
/** How many tokens after a name an apposed analyst's title may end: ", chief economist". */
const APPOSED_TITLE_REACH = 4

/** Prepositions of place: a capital after them is the city ("agreed this weekend in Vienna"), never its country's government. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "at", "near", "outside"])

/** "in Vienna", "at Geneva": a country named by its capital after a preposition of place is where, never whose. */
export const isCityOfMeeting = (facts: SentenceFacts, entity: EntityMention): boolean => {
  if (entity.via !== "metonym") return false
  const before = tokenBefore(facts.tokens, entity.start)
  return before !== undefined && PLACE_PREPOSITIONS.has(before.normal)
}

/** Pronouns that open a relative clause about the name right before them: "Norway, which pumps around one mln bpd". */
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(["which", "who", "that"])

/**
 * The word a relative clause is about, right before its comma ("Norway, which pumps …", "GDP, which
 * contracted …"): the clause opens with a relative pronoun right after a comma.
 */
export const relativeClauseAntecedent = (facts: SentenceFacts, clause: Span): { readonly end: number; readonly comma: number } | undefined => {
  const at = indexStartingFrom(facts.tokens, clause.start)
  const pronoun = facts.tokens[at]
  const comma = facts.tokens[at - 1]
  const word = facts.tokens[at - 2]
  if (pronoun === undefined || comma === undefined || word === undefined || !RELATIVE_PRONOUNS.has(pronoun.normal) || comma.text !== ",") return undefined
  return { end: word.end, comma: comma.start }
}

/**
 * The name a relative clause is about ("Norway, which pumps around one mln bpd …"): whose the
 * clause's figures are, before anyone else the sentence names.
 */
export const relativeAntecedent = (
  facts: SentenceFacts,
  clause: Span,
  types: ReadonlySet<EntityMention["type"]>,
  names: (before: number) => ReadonlyArray<EntityMention> = () => []
): EntityMention | undefined => {
  const antecedent = relativeClauseAntecedent(facts, clause)
  if (antecedent === undefined) return undefined
  // Else a name the gazetteer does not know: "Group Menatep, which controls 51% of Yukos".
  return facts.entities.find((e) => types.has(e.type) && e.end === antecedent.end) ?? names(antecedent.comma).find((e) => e.end === antecedent.end)
}

/** Words of a partner: a country after them is the other side ("a surplus with the U.S.", "about 90 pct of it was with the United States"). */
const PARTNER_WORDS: ReadonlySet<string> = new Set(["with"])
/** Words of a route: a country after them is where something went from or to, not whose a figure is. */
const ROUTE_WORDS: ReadonlySet<string> = new Set(["from", "to"])
/** Parts of speech of a noun a demonym may qualify ("Swiss exports", "American troops"): then it is no people. */
const NOUNS: ReadonlySet<string> = new Set(["NOUN", "PROPN"])

const tokenAfter = (tokens: ReadonlyArray<Token>, end: number): Token | undefined => tokens.find((t) => t.start >= end)
const tokenBefore = (tokens: ReadonlyArray<Token>, start: number): Token | undefined => tokens.findLast((t) => t.end <= start && t.normal !== "the")

/** "12 Americans", "five Iraqis and a Libyan": a plural demonym standing alone names people, not their country. */
export const isNationalityOfPeople = (facts: SentenceFacts, entity: EntityMention): boolean => {
  if (entity.type !== "country" || entity.via !== "demonym" || !/s$/i.test(entity.text)) return false
  const next = tokenAfter(facts.tokens, entity.end)
  return next === undefined || !NOUNS.has(next.pos)
}

/** "from Cuba to the United States": a country an end of a route. */
export const isRouteEnd = (facts: SentenceFacts, entity: EntityMention): boolean => {
  if (entity.type !== "country" && entity.type !== "bloc") return false
  const before = tokenBefore(facts.tokens, entity.start)
  return before !== undefined && ROUTE_WORDS.has(before.normal)
}

/** "with the United States": a country or bloc the other side of something, never whose a figure is. */
export const isPartner = (facts: SentenceFacts, entity: EntityMention): boolean => {
  if (entity.type !== "country" && entity.type !== "bloc") return false
  const before = tokenBefore(facts.tokens, entity.start)
  return before !== undefined && PARTNER_WORDS.has(before.normal)
}

/**
 * "the group's plans to create more than 10,000 US jobs": a firm referred back to ("the group's",
 * "the company's") owns what the clause counts before the figure; a country beside the figure is
 * only where. True when such an owner stands in the clause before `at`.
 */
export const ownedByFirmReferredTo = (facts: SentenceFacts, clause: Span, at: number): boolean =>
  facts.tokens.some(
    (t, i) =>
      t.start >= clause.start &&
      t.end <= at &&
      t.normal === "'s" &&
      REFERRING_WORDS.has(facts.tokens[i - 1]?.normal ?? "") &&
      facts.tokens[i - 1]!.pos !== "PROPN" &&
      facts.tokens[i - 2]?.normal === "the"
  )

/** Marks of a possessive, tokens of their own: "the Netherlands' largest bank", "Japan's biggest carmaker". */
export const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", "'", "’s", "’"])

/** "Dutch bank ABN Amro", "US media giant TimeWarner", "ABN Amro, the Netherlands' largest bank": a country qualifying a firm is the firm's nationality, never a holder. */
export const isNationalityOfFirm = (facts: SentenceFacts, entity: EntityMention): boolean => {
  if (entity.type !== "country") return false
  // "the Netherlands' largest bank": a possessive between is no word of the phrase.
  const after = facts.tokens.filter((t) => t.start >= entity.end && !POSSESSIVE_MARKS.has(t.normal)).slice(0, FIRM_NOUN_REACH)
  // A common noun: "U.K. Bank base rates" names a bank's rate.
  const at = after.findIndex((t) => FIRM_NOUNS.has(t.normal) && t.text === t.normal)
  // "US-German carmaker DaimlerChrysler", "Anglo-Dutch oil firm": the other nationality of a hyphened pair is of the phrase too.
  const ofPhrase = (t: Token) => t.pos === "NOUN" || t.pos === "ADJ" || t.text === "-" || facts.entities.some((e) => e.type === "country" && t.start >= e.start && t.end <= e.end)
  return at >= 0 && after.slice(0, at).every(ofPhrase)
}

/** Possessive words: the owner they stand for is named elsewhere. */
const POSSESSIVE_WORDS: ReadonlySet<string> = new Set(["its", "their", "his", "her", "our"])

/**
 * "its German workforce", "Japan's U.S. sales": a country between a possessive and the measure words
 * (at `measureStart`) names where the measure is counted, never whose it is.
 */
export const isPlaceOfOwnedMeasure = (facts: SentenceFacts, entity: EntityMention, measureStart: number): boolean => {
  if ((entity.type !== "country" && entity.type !== "bloc") || entity.end > measureStart) return false
  const at = facts.tokens.findLastIndex((t) => t.end <= entity.start)
  const before = facts.tokens[at]
  // "Friday's London closing price": a day's possessive owns nothing.
  const owner = facts.tokens[at - 1]
  const ownersMark = before !== undefined && POSSESSIVE_MARKS.has(before.normal) && owner !== undefined && !facts.timexes.some((t) => owner.start >= t.start && owner.end <= t.end)
  if (before === undefined || !(POSSESSIVE_WORDS.has(before.normal) || ownersMark)) return false
  return facts.tokens.filter((t) => t.start >= entity.end && t.end <= measureStart).every((t) => t.pos === "ADJ" || t.pos === "NOUN" || t.pos === "PROPN")
}

/**
 * "According to Labor Department figures, 157,000 new jobs were added": a body a figure is cited from
 * ("according to …") is its source, never whose it is; one that says it of itself ("Widget Corp said its
 * net rose") may be both.
 */
export const isCitedSource = (facts: SentenceFacts, mention: Span): boolean => {
  const source = facts.attribution?.span
  return (
    source !== undefined &&
    mention.start >= source.start &&
    mention.end <= source.end &&
    facts.tokens.some((t) => t.start >= source.start && t.end <= mention.start && t.normal === "according")
  )
}

/** Words before a measure that make it the whole world's: "global GDP", "world trade", "the world's economy". */
const WORLD_WORDS: ReadonlySet<string> = new Set(["global", "world", "worldwide", "world-wide"])

/**
 * "Global gross domestic product is tipped to be 4.1% this year", "world trade grew 5%": the world's
 * figure, which no country or firm in focus holds. Such a figure is left without a holder (never
 * compared), rather than given to the article's economy.
 */
export const isWorldFigure = (facts: SentenceFacts, measureStart: number, figure: Span): boolean => {
  let i = facts.tokens.findLastIndex((t) => t.end <= measureStart)
  if (POSSESSIVE_MARKS.has(facts.tokens[i]?.normal ?? "")) i--
  return WORLD_WORDS.has(facts.tokens[i]?.normal ?? "") && !economyNamedAfter(facts, figure)
}

/** "three pct for the world economy and four pct for Japan": a country or bloc named right after a figure ("for Japan") is its own. */
const economyNamedAfter = (facts: SentenceFacts, figure: Span): boolean => {
  const [link, next] = facts.tokens.filter((t) => t.start >= figure.end).slice(0, 2)
  return (link?.normal === "for" || link?.normal === "in") && facts.entities.some((e) => (e.type === "country" || e.type === "bloc") && e.start === next?.start)
}

/** "Diageo, which is listed on the London Stock Exchange, reported …": the exchange a firm is listed or traded on holds none of its figures. */
export const isListingVenue = (facts: SentenceFacts, entity: Span): boolean => {
  const at = facts.tokens.findLastIndex((t) => t.end <= entity.start && t.normal !== "the")
  return facts.tokens[at]?.normal === "on" && LISTING_VERBS.has(facts.tokens[at - 1]?.normal ?? "")
}
const LISTING_VERBS: ReadonlySet<string> = new Set(["listed", "traded", "quoted", "floated"])
