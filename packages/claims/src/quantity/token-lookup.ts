import type { Token } from "../nlp/analyze.js"
import { indexEndingAfter } from "../nlp/sorted-spans.js"

/** Index of the first token that ends after `offset` (tokens are in text order): the token at or after it. */
export const tokenIndexFrom = (tokens: ReadonlyArray<Token>, offset: number): number => indexEndingAfter(tokens, offset)

const NOUN_PHRASE_POS: ReadonlySet<string> = new Set(["ADJ", "NOUN", "PROPN"])
const MAX_NOUN_PHRASE = 6

/**
 * The head of the noun phrase right after a count: "two US Air Force B-1B strategic bombers" →
 * "bombers". The last common noun of the run of adjectives and nouns, else its last proper noun;
 * the phrase ends at `limit` (where a time expression begins: "fell 11,000 last month").
 * `partitive` figures ("dozens") reach over their "of".
 */
export const countedNoun = (tokens: ReadonlyArray<Token>, offset: number, limit: number, partitive: boolean): Token | undefined => {
  let noun: Token | undefined
  let proper: Token | undefined
  let first = tokenIndexFrom(tokens, offset)
  // a token straddling the offset ("5.3m." read as one) belongs to the figure
  while (first < tokens.length && tokens[first]!.start < offset) first++
  // a partitive figure counts what follows its "of": "dozens of protesters", "millions of people"
  if (partitive && tokens[first]?.normal === "of") first++
  for (let k = first; k < tokens.length && k < first + MAX_NOUN_PHRASE; k++) {
    const token = tokens[k]!
    if (token.end > limit) break
    if (token.text === "-" && k > first) continue
    if (!NOUN_PHRASE_POS.has(token.pos)) break
    if (token.pos === "NOUN") noun = token
    else if (token.pos === "PROPN") proper = token
  }
  return noun ?? proper
}
