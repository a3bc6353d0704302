import type { Attribution as AttributionModel } from "../model/claim.js"
import type { EntityMention } from "../model/entity.js"
import type { Timex } from "../model/time.js"
import type { Token } from "../nlp/analyze.js"
import { SPEECH_VERBS } from "../nlp/speech-verbs.js"
import { isYearQuarterOrHalf } from "../time/timex-value.js"

/** An attribution with the time expression it was dated by (kept out of the claim's own time). */
export interface Attribution extends AttributionModel {
  readonly saidTimex?: Timex
}

/** Words a source noun phrase is made of, by POS. */
const SOURCE_POS = new Set(["PROPN", "NOUN", "ADJ", "DET", "NUM", "PART"])
const PRONOUNS = new Set(["he", "she"])
/** Prepositions inside a source read forwards: "a note from the Kremlin", "the head of Rosatom". */
const SOURCE_LINKS = new Set(["of", "from"])
/** What may stand between a speech verb and the time it is dated by: "said on Sunday", "said in early April". */
const SAID_TIME_GAP = /^\s*(?:on|in|at|during|earlier|late|last)?\s*$/i
const SOURCE_MAX_TOKENS = 12
/** Parts of speech after a period that make it the modifier of what was reported: "reported third-quarter net income". */
const MODIFIED_POS = new Set(["NOUN", "ADJ", "PROPN"])

/** "reported third-quarter net income", "announced 1986 results": the period is what was reported on, not when. */
const modifiesNoun = (tokens: ReadonlyArray<Token>, timex: Timex): boolean => {
  const next = tokens.find((t) => t.start >= timex.end)
  // A year, quarter or half is a period a report is of, not a day it was made.
  return isYearQuarterOrHalf(timex.value) && next !== undefined && MODIFIED_POS.has(next.pos)
}
const ENTITY_PREFERENCE: ReadonlyArray<EntityMention["type"]> = ["person", "organization", "bloc", "country", "place"]

/**
 * Who a sentence is attributed to, if anyone: "according to X", "X said/told …", "…, said X".
 * The speech verb must stand outside quotation marks; a "he"/"she" source is read as the last
 * person mentioned before the sentence.
 */
export const findAttribution = (
  text: string,
  tokens: ReadonlyArray<Token>,
  timexes: ReadonlyArray<Timex>,
  entities: ReadonlyArray<EntityMention>,
  lastPerson: EntityMention | undefined,
  isQuoted: (at: number) => boolean
): Attribution | undefined => {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    if (isQuoted(token.start)) continue
    if (token.normal === "according" && tokens[i + 1]?.normal === "to") {
      const source = nounPhrase(tokens, i + 2, 1)
      if (source !== undefined) return attribution(text, tokens, source, { start: token.start, end: source.end }, timexes, entities, lastPerson, token)
    }
    if ((token.pos === "VERB" || token.pos === "AUX") && SPEECH_VERBS.has(token.lemma) && !addsAmount(tokens, i)) {
      const before = nounPhrase(tokens, i - 1, -1)
      const source = before ?? (afterQuoteOrComma(tokens, i) ? nounPhrase(tokens, i + 1, 1) : undefined)
      if (source !== undefined) {
        const span = { start: Math.min(source.start, token.start), end: Math.max(source.end, token.end) }
        return attribution(text, tokens, source, span, timexes, entities, lastPerson, token)
      }
    }
  }
  return undefined
}

/** "The US economy added 337,000 jobs": "add" with an amount right after it adds that amount, it says nothing. */
const addsAmount = (tokens: ReadonlyArray<Token>, verb: number): boolean => {
  const next = tokens[verb + 1]
  return tokens[verb]!.lemma === "add" && next !== undefined && (next.pos === "NUM" || next.pos === "SYM")
}

interface Phrase {
  readonly start: number
  readonly end: number
}

/** A noun phrase read from `from` in `direction`, or undefined when none stands there. */
const nounPhrase = (tokens: ReadonlyArray<Token>, from: number, direction: 1 | -1): Phrase | undefined => {
  let first: Token | undefined
  let last: Token | undefined
  for (let i = from, n = 0; i >= 0 && i < tokens.length && n < SOURCE_MAX_TOKENS; i += direction, n++) {
    const token = tokens[i]!
    const pronoun = PRONOUNS.has(token.normal)
    const link = direction === 1 && last !== undefined && SOURCE_LINKS.has(token.normal)
    if (!SOURCE_POS.has(token.pos) && !pronoun && !link) break
    first ??= token
    if (!link) last = token
    if (pronoun) break
  }
  if (first === undefined || last === undefined) return undefined
  const [a, b] = direction === 1 ? [first, last] : [last, first]
  // A phrase of nothing but determiners and particles ("the", "'s") is no source.
  return /\p{L}{2,}/u.test(`${a.text}${b.text}`) ? { start: a.start, end: b.end } : undefined
}

/** "…,” said the ambassador": a source after the verb only right after a quote or a comma. */
const afterQuoteOrComma = (tokens: ReadonlyArray<Token>, verb: number): boolean => {
  const previous = tokens[verb - 1]
  return previous === undefined || /^[,”"'’]$/.test(previous.text)
}

const attribution = (
  text: string,
  tokens: ReadonlyArray<Token>,
  source: Phrase,
  span: Phrase,
  timexes: ReadonlyArray<Timex>,
  entities: ReadonlyArray<EntityMention>,
  lastPerson: EntityMention | undefined,
  verb: Token
): Attribution => {
  const written = text.slice(source.start, source.end)
  const inside = entities.filter((e) => e.start >= source.start && e.end <= source.end)
  const entity = PRONOUNS.has(written.toLowerCase())
    ? lastPerson
    : ENTITY_PREFERENCE.map((type) => inside.find((e) => e.type === type)).find((e) => e !== undefined)
  const saidTimex = timexes.find(
    (t) => t.type === "DATE" && t.start >= verb.end && SAID_TIME_GAP.test(text.slice(verb.end, t.start)) && !modifiesNoun(tokens, t)
  )
  const end = Math.max(span.end, saidTimex?.end ?? 0)
  return {
    text: written,
    ...(entity !== undefined ? { entity: entity.entity } : {}),
    ...(saidTimex !== undefined ? { said: saidTimex.value, saidTimex } : {}),
    span: { start: span.start, end }
  }
}
