import type { Quantity } from "../model/quantity.js"
import type { Span } from "../model/span.js"
import type { Token } from "../nlp/analyze.js"
import type { ClaimDraft } from "./claim-draft.js"
import { clauseAt, type DocumentFacts, type SentenceFacts } from "./document-facts.js"
import { firmOpenedByCountry, namedSubjects } from "./named-subjects.js"
import { countriesIn, within } from "./parties.js"
import { framingTimexes, timeScopeOf } from "./time-scope.js"

/** Nouns that name deals, by lemma or normal form. */
const DEAL_NOUNS = new Set(["deal", "agreement", "contract", "accord", "memorandum", "memoranda", "mou", "mous", "treaty", "pact"])

/** Vague quantifiers are no count to check: "several contracts", "a number of agreements". */
const VAGUE_COUNT = /^(?:several|multiple|numerous|many|some|a few|few|a number of|a string of|a series of|a raft of|a slew of|a host of|dozens of|scores of|hundreds of|a couple of)$/i
/** Words that tie a sum to deals: "contracts worth $10 billion", "deals valued at", "a total of". */
const VALUE_WORDS = new Set(["worth", "valued", "value", "total", "totalling", "totaling", "amounting", "collective"])
/** Adjectives allowed between a count and its noun: "30 intergovernmental agreements". */
const MODIFIER_POS = new Set(["ADJ", "NOUN", "PROPN", "VERB"])
const MODIFIER_REACH = 3
/** "on infrastructure, trade, …" / "in various fields": what the deals cover. */
const OBJECT_PREPOSITIONS = new Set(["on", "in"])
const OBJECT_STOP = new Set(["during", "at", "with", "worth", "as", "which", "that", "while", "to", "between", "by"])
const OBJECT_MAX_TOKENS = 10

const DEAL_CONFIDENCE = 0.8

// A capitalised plural ("Deals worth …" opening a sentence) may keep its -s in the lemma.
// Asked of every token of every sentence: three set lookups, no array nor string made for most.
const isDealNoun = (t: Token) =>
  (t.pos === "NOUN" || t.pos === "PROPN") &&
  (DEAL_NOUNS.has(t.lowerLemma) || DEAL_NOUNS.has(t.normal) || (t.normal.endsWith("s") && DEAL_NOUNS.has(t.normal.slice(0, -1))))

/** Deals: how many were signed or planned, and what they are worth, with their parties and scope. */
export const dealClaims = (doc: DocumentFacts): ReadonlyArray<ClaimDraft> =>
  doc.sentences.flatMap((facts) => {
    // A count or a sum is a figure: a sentence with none (most) has no deal noun worth looking for.
    if (facts.quantities.length === 0) return []
    // A sum tied to two deal nouns ("deals and contracts worth $10bn") is one claim, read at the first.
    const valued = new Set<string>()
    // A loop, not a flatMap: every token is looked at, and most give nothing to allocate a list for.
    const drafts: Array<ClaimDraft> = []
    facts.tokens.forEach((token, index) => {
      if (!isDealNoun(token)) return
      const clause = clauseAt(facts, token.start)
      const count = countOf(facts, index)
      const values = facts.quantities.filter(
        (q) => q.kind === "money" && !valued.has(q.id) && within(clause)(q) && tiedByValueWord(facts.tokens, q, token)
      )
      for (const value of values) valued.add(value.id)
      if (count) drafts.push(draft(doc, facts, clause, token, index, "deal.count", count, DEAL_CONFIDENCE))
      for (const value of values) drafts.push(draft(doc, facts, clause, token, index, "deal.value", value, DEAL_CONFIDENCE))
    })
    return drafts
  })

/** The figure counting a deal noun: "more than 30 deals", "more than a dozen intergovernmental agreements". */
const countOf = (facts: SentenceFacts, noun: number): Quantity | undefined => {
  // The count ends right before the noun, or before up to MODIFIER_REACH modifiers.
  for (let i = noun - 1; i >= 0 && noun - i <= MODIFIER_REACH + 1; i--) {
    const token = facts.tokens[i]!
    const figure = facts.quantities.find((q) => q.kind === "count" && q.end === token.end)
    // "30 deals" yes; "a 767 tanker contract" names a model, not a count.
    if (figure) return !VAGUE_COUNT.test(figure.text) && (figure.value === 1) === !isPlural(facts.tokens[noun]!) ? figure : undefined
    if (!MODIFIER_POS.has(token.pos) || isDealNoun(token)) return undefined
  }
  return undefined
}

const isPlural = (t: Token) => t.normal !== t.lowerLemma || /s$/.test(t.normal)

/** "contracts worth a total of $10 billion", "deals worth $10 billion", "a $10bn deal". */
const tiedByValueWord = (tokens: ReadonlyArray<Token>, value: Quantity, noun: Token): boolean => {
  const [from, to] = value.start < noun.start ? [value.end, noun.start] : [noun.end, value.start]
  const between = tokens.filter((t) => t.start >= from && t.end <= to)
  return between.length <= 1 || (between.length <= 8 && between.some((t) => VALUE_WORDS.has(t.normal)))
}

const draft = (
  doc: DocumentFacts,
  facts: SentenceFacts,
  clause: Span,
  noun: Token,
  nounIndex: number,
  predicate: "deal.count" | "deal.value",
  value: Quantity,
  confidence: number
): ClaimDraft => {
  const mentions = facts.entities.filter(within(clause))
  const around = mentions.length > 0 ? mentions : facts.entities
  // A firm's deal is the firm's, never its country's ("Shell has signed a $6bn deal with … Qatar", "British
  // Aerospace has won a 150 mln stg contract to supply Switzerland"): firms the gazetteer knows (those with a
  // home country), else names it does not know ("MCI agreed to a buyout by Verizon"); the countries only when no firm is named.
  // "British Aerospace Plc", "US Sprint": a country opening a firm's name is the firm.
  const opened = around.flatMap((m) => (m.type === "country" ? [firmOpenedByCountry(facts, m)] : [])).filter((m) => m.type === "organization")
  // "70 Boeing 737-800 planes": a firm's name before a model's number names the model.
  const known = around.filter((m) => m.type === "organization" && doc.countryOf(m.entity) !== undefined && !namesModel(facts.tokens, m))
  const named = namedSubjects(facts, clause, clause.end).filter((n) => !opened.some((o) => n.start >= o.start && n.end <= o.end))
  const firms = byAgentFirst(facts.tokens, [...opened, ...known, ...named].sort((a, b) => a.start - b.start))
  const countries = firms.length === 0 ? countriesIn(doc, around) : []
  const partner =
    firms.length > 0
      ? (partnerOf(facts.tokens, noun, firms[0]!, [...firms.slice(1), ...around.filter((m) => m.type === "country" && m.via !== "demonym")], firms) ??
        awarderSaying(facts, clause, firms))
      : undefined
  const parties = firms.length > 0 ? [firms[0]!.entity, ...(partner ? [partner.entity] : [])] : countries
  const object = objectOf(doc.text, facts.tokens, nounIndex, clause)
  const time = timeScopeOf(doc.text, framingTimexes(facts, value, facts.quantities), doc.referenceDate)
  return {
    kind: "deal",
    predicate,
    subjects: parties,
    ...(object ? { object: object.text } : {}),
    value,
    ...(time ? { time } : {}),
    sentence: facts,
    anchor: value,
    parts: [value, noun, ...(object ? [object] : []), ...mentions, ...named],
    derivation: [
      `predicate: '${noun.text}' with a ${value.kind} → ${predicate}`,
      `value: ${value.derivation}`,
      ...(countries.length > 0 ? [`parties: the countries of ${mentions.length > 0 ? "the clause" : "the sentence"} → ${countries.join(", ")}`] : []),
      ...[...opened, ...known].map((n) => `party: '${n.text}' → ${n.entity} (a firm)`),
      ...named.map((n) => `party: '${n.text}' → ${n.entity} (a proper name the gazetteer does not know)`),
      ...(object ? [`object: '${object.text}'`] : []),
      ...(time ? [`time: ${time.derivation}`] : ["time: none written"])
    ],
    confidence,
    coreferent: mentions.some((m) => m.via === "coreference")
  }
}

/** Words that introduce the other side of a firm's deal: "a deal with Qatar", "a contract from Siemens", "agreed to buy Bexley Mills". */
const PARTNER_WORDS: ReadonlySet<string> = new Set(["with", "from", "to", "by", "for", "of", "buy", "acquire", "purchase", "supply"])
/**
 * Of those, the ones that make a country a party: "a deal with Qatar", "a contract to supply Switzerland"; "Elbit Computers Ltd of
 * Israel", "sell planes to Air China" during a visit "to Beijing", "37.5% of India's United Breweries" name places.
 */
const COUNTRY_PARTNER_WORDS: ReadonlySet<string> = new Set(["with", "from", "by", "supply"])
/** What may stand between such a word and the party: "with the Middle Eastern sheikhdom of Qatar". */
const PARTNER_GAP_POS: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN", "PROPN"])
const PARTNER_REACH = 7
/** Brackets a name may open with in wire copy: "a contract from <Mississippi Chemical Corp> unit …". */
const NAME_OPENERS: ReadonlySet<string> = new Set(["<"])

/**
 * The other side of a firm's deal: the first firm or country that names the deal or that a partner word introduces; none
 * when no such word does (a place, a product or the one who reported it is no party: "Shell's … deal to supply LNG").
 */
const partnerOf = <T extends Span & { readonly entity: string; readonly type: string }>(
  tokens: ReadonlyArray<Token>,
  noun: Token,
  holder: T,
  candidates: ReadonlyArray<T>,
  firms: ReadonlyArray<Span>
): T | undefined =>
  candidates
    .filter((c) => c.entity !== holder.entity && !firms.some((f) => f !== c && c.start >= f.start && c.end <= f.end))
    .sort((a, b) => a.start - b.start)
    .find((c) => {
      // "a U.S. Air Force contract": the party naming the deal.
      if (c.end <= noun.start && tokens.every((t) => t.start < c.end || t.end > noun.start || t.pos === "ADJ" || t.pos === "NOUN")) return true
      // "MCI agreed to a buyout by Verizon": the doer of a passive deals with its subject.
      if (isAgent(tokens, holder) && firms.includes(c)) return true
      const at = tokens.findIndex((t) => t.start >= c.start)
      const words = c.type === "country" ? COUNTRY_PARTNER_WORDS : PARTNER_WORDS
      for (let i = at - 1; i >= 0 && at - i <= PARTNER_REACH; i--) {
        if (words.has(tokens[i]!.normal) || words.has(tokens[i]!.lowerLemma)) return true
        // "with the Middle Eastern sheikhdom of Qatar", "with the government of Iran".
        if (c.type === "country" && tokens[i]!.normal === "of") continue
        if (!PARTNER_GAP_POS.has(tokens[i]!.pos) && !NAME_OPENERS.has(tokens[i]!.text)) return false
      }
      return false
    })

/** Verbs of a contract won: "has been awarded a 43.4 mln dlr contract", "has received a … contract", "won a … contract". */
const AWARDED_VERBS: ReadonlySet<string> = new Set(["award", "receive", "win", "get", "land"])

/** "Boeing Co has been awarded a 43.4 mln dlr contract …, the Air Force said": the one who says it awarded it. */
const awarderSaying = (facts: SentenceFacts, clause: Span, firms: ReadonlyArray<Span & { readonly entity: string }>) => {
  const source = facts.attribution?.span
  if (source === undefined || !facts.tokens.some((t) => within(clause)(t) && t.pos === "VERB" && AWARDED_VERBS.has(t.lowerLemma))) return undefined
  return firms.slice(1).find((f) => f.entity !== firms[0]!.entity && f.start >= source.start && f.end <= source.end)
}

const namesModel = (tokens: ReadonlyArray<Token>, mention: Span): boolean => /\d/.test(tokens.find((t) => t.start >= mention.end)?.text ?? "")

/** Words right before a party that make it the deal's doer in a passive: "agreed to a buyout by Verizon", "acquired by Rosneft". */
const AGENT_WORDS = new Set(["by"])

/** Parties in text order, the doer of a passive first: the buyer holds the deal, the bought firm is its counterpart (GUIDE). */
const byAgentFirst = <T extends Span>(tokens: ReadonlyArray<Token>, parties: ReadonlyArray<T>): ReadonlyArray<T> =>
  [...parties.filter((p) => isAgent(tokens, p)), ...parties.filter((p) => !isAgent(tokens, p))]

const isAgent = (tokens: ReadonlyArray<Token>, party: Span): boolean => AGENT_WORDS.has(tokens.findLast((t) => t.end <= party.start)?.normal ?? "")

/** What the deals cover: the phrase after "on"/"in" following the noun, up to the clause's next turn. */
const objectOf = (text: string, tokens: ReadonlyArray<Token>, noun: number, clause: Span): (Span & { text: string }) | undefined => {
  let i = noun + 1
  while (i < tokens.length && tokens[i]!.pos === "ADJ") i++
  if (!OBJECT_PREPOSITIONS.has(tokens[i]?.normal ?? "")) return undefined
  const first = tokens[i + 1]
  let last: Token | undefined
  for (let k = i + 1; k < tokens.length && k - i <= OBJECT_MAX_TOKENS; k++) {
    const t = tokens[k]!
    if (t.end > clause.end || OBJECT_STOP.has(t.normal) || t.pos === "VERB" || t.pos === "AUX" || /^[.;:“”"()]$/.test(t.text)) break
    if (t.pos !== "PUNCT" && t.pos !== "CCONJ") last = t
  }
  if (first === undefined || last === undefined || last.end <= first.start) return undefined
  return { start: first.start, end: last.end, text: text.slice(first.start, last.end) }
}
