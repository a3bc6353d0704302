import type { EntityMention } from "../model/entity.js"
import { firmNameKey, type HeadlineCompany } from "../figure/headline.js"
import type { DocumentFacts, SentenceFacts } from "./document-facts.js"
import { namedSubjects, REFERRING_WORDS } from "./named-subjects.js"

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
  const verb = facts.tokens.find((t) => VERBS.has(t.pos))
  if (verb === undefined) return undefined
  const subject = { start: facts.span.start, end: verb.start }
  // "the group" refers back; "Halvorsen Group" is a name.
  if (facts.tokens.some((t) => t.end <= verb.start && REFERRING_WORDS.has(t.normal) && t.pos !== "PROPN")) return undefined
  const before = facts.entities.filter((e) => e.end <= verb.start && e.start >= subject.start)
  const first = before[0]
  // A country, bloc or person first is the subject: "Japan's exports …", "Mr Smith said".
  if (first !== undefined) return first.type === "organization" ? first : undefined
  return namedSubjects(facts, subject, verb.start).at(-1)
}

/** Per sentence index, the firm last made a sentence's subject up to and including it, as the article's company. */
export const firmsInFocus = (doc: DocumentFacts): ReadonlyArray<HeadlineCompany | undefined> => {
  let focus: HeadlineCompany | undefined
  return doc.sentences.map((facts) => {
    const firm = subjectFirm(facts)
    if (firm !== undefined) focus = { id: firm.entity, name: firm.text, nameKey: firmNameKey(firm.text.split(/\s+/)) }
    return focus
  })
}
