import type { Token } from "../nlp/analyze.js"

/** Phrases (space-separated words) looked up by their first word, compiled once. */
export interface PhraseIndex<T> {
  readonly byFirst: ReadonlyMap<string, ReadonlyArray<{ readonly words: ReadonlyArray<string>; readonly value: T }>>
}

export const phraseIndex = <T>(entries: ReadonlyArray<readonly [string, T]>): PhraseIndex<T> => {
  const byFirst = new Map<string, Array<{ words: ReadonlyArray<string>; value: T }>>()
  for (const [phrase, value] of entries) {
    const written = phrase.toLowerCase().split(/\s+/)
    // The tokenizer reads most hyphens as words of their own ("write - off", "loan - loss") and keeps some inside one
    // ("M-1"): a phrase written with one is looked for both ways.
    const split = written.flatMap((word) => word.split(/(-)/).filter((part) => part !== ""))
    for (const words of split.length === written.length ? [written] : [written, split]) {
      const list = byFirst.get(words[0]!) ?? []
      list.push({ words, value })
      // Longest phrases first, so "state visit" wins over "visit".
      list.sort((a, b) => b.words.length - a.words.length)
      byFirst.set(words[0]!, list)
    }
  }
  return { byFirst }
}

export interface PhraseMatch<T> {
  readonly value: T
  /** Token indices [first, end). */
  readonly first: number
  readonly end: number
  readonly start: number
  readonly stop: number
}

/** A token's forms a phrase word may match: its normal form or its lemma. */
const wordMatches = (token: Token | undefined, word: string) =>
  token !== undefined && (token.normal === word || token.lowerLemma === word)

/** The longest phrase of `index` starting at token `i`, if any. */
export const phraseAt = <T>(index: PhraseIndex<T>, tokens: ReadonlyArray<Token>, i: number): PhraseMatch<T> | undefined => {
  const token = tokens[i]
  if (token === undefined) return undefined
  const lemma = token.lowerLemma
  // Called at every token: most start no phrase, so no list is made for them. Each list is
  // already longest first; only two lists together are sorted again (stably, as one would be).
  const byNormal = index.byFirst.get(token.normal)
  const byLemma = lemma === token.normal ? undefined : index.byFirst.get(lemma)
  if (byLemma === undefined && byNormal === undefined) return undefined
  const candidates = byLemma === undefined
    ? byNormal!
    : byNormal === undefined ? byLemma : [...byNormal, ...byLemma].sort((a, b) => b.words.length - a.words.length)
  for (const { words, value } of candidates) {
    if (words.every((word, k) => wordMatches(tokens[i + k], word))) {
      const last = tokens[i + words.length - 1]!
      return { value, first: i, end: i + words.length, start: token.start, stop: last.end }
    }
  }
  return undefined
}

/** Every non-overlapping phrase of `index` among `tokens`, left to right. */
export const findPhrases = <T>(index: PhraseIndex<T>, tokens: ReadonlyArray<Token>): ReadonlyArray<PhraseMatch<T>> => {
  const found: Array<PhraseMatch<T>> = []
  for (let i = 0; i < tokens.length; i++) {
    const match = phraseAt(index, tokens, i)
    if (match !== undefined) {
      found.push(match)
      i = match.end - 1
    }
  }
  return found
}

/** `a` and `b` written with no space between. */
const touching = (a: Token | undefined, b: Token | undefined): boolean => a !== undefined && b !== undefined && a.end === b.start

/**
 * A phrase hyphened to a word outside it is part of a compound modifier, not a name of its own: "slow-growth
 * businesses", "the loss-making unit", "after-tax profit" ("tax"), "profit-taking". A number before the hyphen makes a
 * name's size, which names the thing still: "the 225-share index".
 */
export const isInHyphenedCompound = <T>(tokens: ReadonlyArray<Token>, match: PhraseMatch<T>): boolean => {
  const [before, dashBefore, dashAfter, after] = [tokens[match.first - 2], tokens[match.first - 1], tokens[match.end], tokens[match.end + 1]]
  return (
    (dashBefore?.text === "-" && touching(before, dashBefore) && touching(dashBefore, tokens[match.first]) && before!.pos !== "NUM") ||
    (dashAfter?.text === "-" && touching(tokens[match.end - 1], dashAfter) && touching(dashAfter, after))
  )
}
