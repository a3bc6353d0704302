import type { Token } from "../nlp/analyze.js"

/**
 * Event words that name no event that happened or is set: a summit only proposed or opposed ("his
 * proposal for an economic summit", "continued to oppose a budget summit"), and "meet" in the sense of
 * satisfying ("meeting its foreign exchange needs", "met a cool reception"). A time in such a sentence
 * belongs to another act (the proposing, the saying), so an event keyed on it would be wrong.
 */

/** Verbs whose object is an event wished for or against: "seek talks", "oppose a summit". */
const WISHING_VERBS = new Set(["propose", "oppose", "seek", "urge", "reject", "demand", "suggest", "favour", "favor", "want", "request", "resist", "advocate"])
/** Verbs whose "for" introduces a wish: "called for talks", "pressed for a meeting". */
const WISHING_FOR_VERBS = new Set(["call", "press", "push", "ask", "hope", "appeal", "lobby", "campaign"])
/** Nouns whose "for", "of" or "to" introduces an event not yet agreed: "proposal for", "idea of", "opposition to". */
const WISHING_NOUNS = new Set([
  "proposal", "proposals", "call", "calls", "idea", "demand", "demands", "request", "requests", "push", "pressure",
  "opposition", "suggestion", "prospect", "prospects", "possibility", "hope", "hopes", "appeal", "plea"
])
const INTRODUCERS = new Set(["for", "of", "to"])
/** What may stand between the governing word and the event word: "an economic", "a budget", "a swift". */
const NOUN_PHRASE_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"])
const PHRASE_REACH = 4

/** The index of the word that governs the noun phrase ending before `index`, skipping its modifiers. */
const governorOf = (tokens: ReadonlyArray<Token>, index: number): number => {
  let i = index - 1
  while (i >= 0 && index - i <= PHRASE_REACH && NOUN_PHRASE_POS.has(tokens[i]!.pos)) i--
  return i
}

/**
 * Whether the event word at `index` is only wished for: the object of a wishing verb, or introduced by
 * "for/of/to" after a wishing noun or "for" after a wishing verb; one step through "the convening of".
 */
export const isOnlyWishedFor = (tokens: ReadonlyArray<Token>, index: number, hops = 1): boolean => {
  const at = governorOf(tokens, index)
  const governor = tokens[at]
  if (governor === undefined) return false
  if (governor.pos === "VERB" && WISHING_VERBS.has(governor.lowerLemma)) return true
  if (!INTRODUCERS.has(governor.normal)) return false
  const head = tokens[at - 1]
  if (head === undefined) return false
  if (WISHING_NOUNS.has(head.normal)) return true
  if (governor.normal === "for" && head.pos === "VERB" && WISHING_FOR_VERBS.has(head.lowerLemma)) return true
  return governor.normal === "of" && head.pos === "NOUN" && hops > 0 && isOnlyWishedFor(tokens, at, hops - 1)
}

/** What one meets when one satisfies or receives it, not a party one sits down with: "meet its needs", "met a cool reception". */
const MET_NEEDS = new Set([
  "need", "needs", "demand", "demands", "target", "targets", "goal", "goals", "requirement", "requirements", "criteria",
  "condition", "conditions", "terms", "standard", "standards", "pattern", "deadline", "obligation", "obligations",
  "commitment", "commitments", "payment", "payments", "cost", "costs", "expectations", "forecast", "forecasts",
  "estimate", "estimates", "shortfall", "challenge", "reception", "resistance", "opposition", "response", "approval"
])
const OBJECT_POS = new Set(["DET", "PRON", "ADJ", "NOUN", "PROPN", "NUM", "SPACE"])

/**
 * "meet" as satisfying or receiving: its object's head is a need ("meets the pattern", "meeting its foreign
 * exchange needs", "met a cool reception"), where a meeting's object is someone.
 */
export const isMeetingANeed = (tokens: ReadonlyArray<Token>, index: number): boolean => {
  let end = index + 1
  // wink may tag a plural need as a verb ("its foreign exchange needs").
  while (end < tokens.length && (OBJECT_POS.has(tokens[end]!.pos) || MET_NEEDS.has(tokens[end]!.normal))) end++
  const head = tokens.slice(index + 1, end).findLast((t) => t.pos !== "SPACE")
  return head !== undefined && MET_NEEDS.has(head.normal)
}
