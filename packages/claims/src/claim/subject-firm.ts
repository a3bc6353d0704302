import type { EntityMention } from "../model/entity.js"
import type { Span } from "../model/span.js"
import type { Token } from "../nlp/analyze.js"
import { BETWEEN_SUBJECT_AND_VERB, FIRM_PART_NOUNS } from "../figure/figure-words.js"
import { firmNameKey, type HeadlineCompany } from "../figure/headline.js"
import { type DocumentFacts, inTimex, type SentenceFacts } from "./document-facts.js"
import { namedSubjects, REFERRING_WORDS } from "./named-subjects.js"
import { isAnalystsFirm, isAudienceOrReporter, isCitedSource, isNationalityOfFirm } from "./no-holder.js"

/** Parts of speech that end a sentence's subject: its main verb ("Ogden Projects Inc. said …"). */
const VERBS = new Set(["VERB", "AUX"])

/**
 * The firm a sentence is about: an organisation named before its first verb ("Ogden Projects Inc.
 * said net income jumped …", "Meanwhile, Ogden Corp., which …, reported"), whether the gazetteer
 * knows it or it is a run of proper nouns. Later sentences' "the company", "it" and bare figures
 * ("Revenue soared to $101.7 million") are that firm's. A place or person opening the sentence is
 * no firm; a sentence whose subject is not a firm, or refers back ("the company"), names none.
 */
export const subjectFirm = (facts: SentenceFacts): EntityMention | undefined => {
  // "Ask Jeeves has become …": a capitalised verb opening the sentence before a name is part of the name.
  const verb = facts.tokens.find((t, i) => VERBS.has(t.pos) && !(i === 0 && facts.tokens[1]?.pos === "PROPN" && /^\p{Lu}/u.test(t.text)))
  if (verb === undefined) return undefined
  const subject = { start: facts.span.start, end: verb.start }
  // "the group" refers back; "Halvorsen Group" is a name, and "supermarket group Winn-Dixie" describes one.
  if (facts.tokens.some((t, i) => t.end <= verb.start && REFERRING_WORDS.has(t.normal) && t.pos !== "PROPN" && facts.tokens[i + 1]?.pos !== "PROPN")) return undefined
  // "US supermarket group Winn-Dixie": a firm's nationality is no subject; a source cited "according to" neither.
  const first = facts.entities.find((e) => e.end <= verb.start && e.start >= subject.start && !isNationalityOfFirm(facts, e) && !isCitedSource(facts, e))
  // A country, bloc or person first is the subject: "Japan's exports …", "Mr Smith said"; an outlet's
  // reporter too ("BBC correspondent Simon Hall said"), and an analyst of a firm ("analyst Richard Pzena of Sanford C. Bernstein said").
  if (first !== undefined) return first.type === "organization" && !isAudienceOrReporter(facts, first) && !isAnalystsFirm(facts, first) ? first : undefined
  const named = namedSubjects(facts, subject, verb.start).at(-1)
  return named !== undefined && !isAnalystsFirm(facts, named) && !isCitedSource(facts, named) ? named : undefined
}

/**
 * The firm last made a sentence's subject up to and including sentence `index`, as the article's
 * company. Asked only for the sentences of figures that need a holder (most sentences hold none):
 * it looks back from there to the nearest sentence with a firm as subject, working out each
 * sentence's subject once.
 */
export const firmInFocus = (doc: DocumentFacts): ((index: number) => HeadlineCompany | undefined) => {
  const subjects = new Map<number, HeadlineCompany | undefined>()
  const subjectAt = (index: number): HeadlineCompany | undefined => {
    if (subjects.has(index)) return subjects.get(index)
    const firm = subjectFirm(doc.sentences[index]!)
    const company = firm === undefined ? undefined : { id: firm.entity, name: firm.text, nameKey: firmNameKey(firm.text.split(/\s+/)) }
    subjects.set(index, company)
    return company
  }
  return (index) => {
    for (let i = index; i >= 0; i--) {
      const company = subjectAt(i)
      if (company !== undefined) return company
    }
    return undefined
  }
}

/** Possessives that refer back to the firm in focus: "Its $17m profit", "their shares". */
const POSSESSIVE_BACK = new Set(["its", "their"])
/** Words that may stand between such a possessive and the measure: "Its $17m profit", "its annual net"; a place too, "its German workforce". */
const MODIFIER_POS = new Set(["ADJ", "NUM", "SYM", "ADV"])
const PLACE_TYPES: ReadonlySet<string> = new Set(["country", "bloc"])

/**
 * True when the measure words starting at `measureStart` are owned by a word referring back ("Its
 * $17m profit", "The firm's revenue") and `figure` is theirs (inside the phrase, or after it when
 * the phrase holds none): the figure is the firm in focus's, not a firm's named later in the clause
 * ("Its $17m profit was dwarfed by the $204m announced by rival Google": the $204m is Google's).
 */
export const refersBack = (facts: SentenceFacts, measureStart: number, figure: Span): boolean => {
  const { tokens } = facts
  const inFigure = (t: Token) => facts.quantities.some((q) => t.start >= q.start && t.end <= q.end)
  const inPlace = (t: Token) => facts.entities.some((e) => PLACE_TYPES.has(e.type) && t.start >= e.start && t.end <= e.end)
  let i = tokens.findLastIndex((t) => t.end <= measureStart)
  while (i >= 0 && (MODIFIER_POS.has(tokens[i]!.pos) || inFigure(tokens[i]!) || inPlace(tokens[i]!))) i--
  const owner = tokens[i]
  if (owner === undefined) return false
  const referring = POSSESSIVE_BACK.has(owner.normal) || (owner.normal === "'s" && REFERRING_WORDS.has(tokens[i - 1]?.normal ?? "") && tokens[i - 1]!.pos !== "PROPN")
  const inside = (q: Span) => q.start >= owner.end && q.end <= measureStart
  return referring && (inside(figure) || !facts.quantities.some(inside))
}

/** Nouns a definite subject refers back to a firm with: "the company", "the Jacksonville, Florida-based firm". */
const FIRM_REFERENCES: ReadonlySet<string> = new Set(["company", "firm", "concern", "group"])

/**
 * True when the subject of the clause before `measureStart` is a definite phrase ending in a firm
 * noun ("The Jacksonville, Florida-based firm has total debts of $1.87bn"): the clause's figures are
 * the firm in focus's. "Halvorsen Group" is a name, not a reference.
 */
export const subjectRefersBack = (facts: SentenceFacts, clause: Span, measureStart: number): boolean => {
  // "Florida-based": a word joined by a hyphen is a modifier, no verb.
  const verb = facts.tokens.find((t, i) => t.start >= clause.start && t.end <= measureStart && VERBS.has(t.pos) && !(facts.tokens[i - 1]?.text === "-" && facts.tokens[i - 1]!.end === t.start))
  if (verb === undefined) return false
  const subject = facts.tokens.filter((t) => t.start >= clause.start && t.end <= verb.start)
  const head = subject.at(-1)
  return head !== undefined && FIRM_REFERENCES.has(head.normal) && head.pos !== "PROPN" && subject[0]?.normal === "the"
}

/** Words a part of a firm is referred to with: "the unit", "its chemical unit", "that subsidiary", "Arco's chemical unit". */
const PART_REFERRING_WORDS: ReadonlySet<string> = new Set(["the", "its", "their", "that", "this", "'s", "’s"])

/**
 * The subject of the clause's verb before `before` is a part of a firm referred to by its noun, with no name of its own:
 * "The chemical unit last year had revenues of 1.9 billion dlrs", "Arco said the unit had operating earnings of 132 mln
 * dlrs". Its figures are its own, never its parent's (the firm in focus); "its Bendix unit" names the part.
 */
export const subjectIsUnnamedPart = (facts: SentenceFacts, clause: Span, before: number): boolean => {
  const { tokens } = facts
  const verb = tokens.findLastIndex((t) => t.start >= clause.start && t.end <= before && (t.pos === "VERB" || t.pos === "AUX"))
  // "ask the buyer of its former production unit to pay back a $900m loan": an infinitive's doer is not the noun before "to".
  if (verb < 0 || tokens[verb - 1]?.normal === "to") return false
  let i = verb - 1
  while (i >= 0 && (BETWEEN_SUBJECT_AND_VERB.has(tokens[i]!.pos) || inTimex(facts, tokens[i]!))) i--
  const head = tokens[i]
  if (head === undefined || head.start < clause.start || head.pos !== "NOUN" || !FIRM_PART_NOUNS.has(head.normal)) return false
  let j = i - 1
  while (j >= 0 && (tokens[j]!.pos === "ADJ" || tokens[j]!.pos === "NOUN")) j--
  return PART_REFERRING_WORDS.has(tokens[j]?.normal ?? "")
}

/** Pronouns a clause's subject refers back with: "It has total net assets of $96bn". */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(["it", "they"])

/** The subject of the clause's first verb before `before` is "it" or "they", other than an empty "it is thought". */
export const subjectIsPronoun = (facts: SentenceFacts, clause: Span, before: number): boolean => {
  const verb = facts.tokens.findIndex((t) => t.start >= clause.start && t.end <= before && (t.pos === "VERB" || t.pos === "AUX"))
  const subject = verb < 0 ? undefined : subjectWordBefore(facts.tokens, verb)
  return subject !== undefined && subject.start >= clause.start && SUBJECT_PRONOUNS.has(subject.normal) && facts.tokens[verb]!.lowerLemma !== "be"
}

/** The word before the verb at token `verb`, past auxiliaries and adverbs ("BA has already cut"): its subject's last word. */
export const subjectWordBefore = (tokens: ReadonlyArray<Token>, verb: number): Token | undefined => {
  let i = verb - 1
  while (i >= 0 && BETWEEN_SUBJECT_AND_VERB.has(tokens[i]!.pos)) i--
  return tokens[i]
}
