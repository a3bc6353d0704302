import type { Token } from "./analyze.js"

/** Parts of speech that qualify a noun before it: "loan", "unrealized", "special". */
const MODIFIER_POS: ReadonlySet<string> = new Set(["NOUN", "PROPN", "ADJ"])

/** Whether the word at `k` qualifies the noun right after it, a space apart: "loss" in "loan loss provisions". */
export const qualifiesNextNoun = (words: ReadonlyArray<Token>, k: number): boolean => {
  const word = words[k]
  const next = words[k + 1]
  return word !== undefined && next !== undefined && next.start - word.end === 1 && (next.pos === "NOUN" || next.pos === "PROPN")
}

/**
 * Whether the noun at `k` (of a phrase from `first`: "carry forward") heads its phrase among `words`: it
 * qualifies no noun after it and, its modifiers aside, is no preposition's object. "a loss from discontinued
 * operations" and "loan sales loss" are losses; "loan loss provisions" and "a provision for unrealized loss"
 * are provisions.
 */
export const headsNounPhrase = (words: ReadonlyArray<Token>, k: number, first = k): boolean => {
  if (qualifiesNextNoun(words, k)) return false
  let before = first - 1
  while (before >= 0 && MODIFIER_POS.has(words[before]!.pos)) before--
  return before < 0 || words[before]!.pos !== "ADP"
}
