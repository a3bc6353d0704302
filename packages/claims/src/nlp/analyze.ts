import { insideTicker } from "./glued-tokens.js"
import { spanContaining } from "./sorted-spans.js"
import { freshWink } from "./wink-instance.js"

/** A token with its character offsets in the analysed text. */
export interface Token {
  readonly start: number
  readonly end: number
  readonly text: string
  /** Universal POS tag from wink's model ("PROPN", "VERB", "NUM", …). */
  readonly pos: string
  /** Lower-cased, normalised form. */
  readonly normal: string
  readonly lemma: string
  /** The lemma lower-cased (wink keeps a proper noun's capitals: "York"), once: rules test it at every token. */
  readonly lowerLemma: string
}

export interface Sentence {
  readonly start: number
  readonly end: number
  /** Index of the sentence's first token, and one past its last. */
  readonly firstToken: number
  readonly endToken: number
}

/** wink's entity types that crosscheck reads. */
export type NerType = "DATE" | "TIME" | "DURATION" | "MONEY" | "PERCENT" | "CARDINAL" | "ORDINAL" | string

export interface NerEntity {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly type: NerType
}

/** One linguistic analysis of a text, made once per document and shared by every extractor. */
export interface Analysis {
  readonly text: string
  readonly tokens: ReadonlyArray<Token>
  readonly sentences: ReadonlyArray<Sentence>
  readonly entities: ReadonlyArray<NerEntity>
}

/**
 * A run of this many characters without a space is no word, number, date or address: wink's
 * tokenizer tries patterns on it (an e-mail address) that backtrack quadratically ("ab.ab.ab…",
 * 21 KB: 8 s; 400 KB: hours), so wink reads it as a run of letters, which it reads in linear time.
 */
// Tried only where a run starts (the lookbehind): a match can only start there, and trying it at
// every offset of a word cost the word's length squared (the scan now takes half the time).
const OVERLONG = 1000
const OVERLONG_RUN = new RegExp(`(?<!\\S)\\S{${OVERLONG},}`, "g")
const SPACE = /\s/

/** Whether `text` has an over-long run: almost no text has, and this one pass costs a tenth of the regex's search. */
const hasOverlongRun = (text: string): boolean => {
  let run = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    // ASCII's white space is tab to carriage return and the space; other characters ask the regex's \s.
    const space = code < 128 ? code === 32 || (code >= 9 && code <= 13) : SPACE.test(text[i]!)
    run = space ? 0 : run + 1
    if (run >= OVERLONG) return true
  }
  return false
}

/**
 * A short word written in capitals only: an acronym ("CD", "DVD"), which no expansion of wink's reads ("cd" → "could"). Longer
 * words in capitals (a wire headline's "SCHERING-PLOUGH") keep wink's normal form, as the same words in the text do.
 */
const ACRONYM = /^[A-Z]{2,3}$/

/** A scale's or pence's letter with a full stop, as wink keeps it ("$901m." → "901", "m."; "548p."): an abbreviation only inside a sentence. */
const SCALE_STOP = /^(?:m|bn|k|tn|p)\.$/i
/** A unit's abbreviation with a full stop after a figure ("30 pct."). */
const UNIT_STOP = /^pct\.$/i
/** A new paragraph: an indented line, or a blank one (a line merely wrapped goes on at its margin). */
const PARAGRAPH_BREAK = /\n(?:[ \t]{2,}|[ \t]*\n)/

/**
 * Whether an abbreviation with a full stop at token `i` ends its sentence before a capitalised word:
 * a figure's scale letter or unit ("a profit of $901m. It has …", "inflation of more than 30 pct.
 * Msuya said …"), or any abbreviation at the end of a wire paragraph ("in Dallas, Tex.\n    Farmers …").
 * wink reads these as abbreviations inside a sentence and runs the two together.
 */
const endsSentence = (text: string, tokens: ReadonlyArray<Token>, i: number, next: Token): boolean => {
  const [before, stop] = [tokens[i - 1]!, tokens[i]!]
  if (next.start === stop.end || !/^\p{Lu}/u.test(next.text) || !stop.text.endsWith(".")) return false
  const figure = /^\d/.test(before.text)
  return (
    (figure && SCALE_STOP.test(stop.text) && before.end === stop.start) ||
    (figure && UNIT_STOP.test(stop.text)) ||
    (stop.text.length > 1 && PARAGRAPH_BREAK.test(text.slice(stop.end, next.start)))
  )
}

/** wink's sentence from token `first` to `end`, cut where an abbreviation ends it (`endsSentence`). */
const splitAtAbbreviationStops = (text: string, tokens: ReadonlyArray<Token>, first: number, end: number): ReadonlyArray<Sentence> => {
  const parts: Array<Sentence> = []
  let from = first
  for (let i = first + 1; i < end - 1; i++) {
    // wink keeps line breaks as tokens of their own: the next word is past them, and they stay with the sentence they end.
    let j = i + 1
    while (j < end - 1 && tokens[j]!.text.trim() === "") j++
    if (endsSentence(text, tokens, i, tokens[j]!)) {
      parts.push({ start: tokens[from]!.start, end: tokens[i]!.end, firstToken: from, endToken: j })
      from = j
    }
  }
  parts.push({ start: tokens[from]!.start, end: tokens[end - 1]!.end, firstToken: from, endToken: end })
  return parts
}

/**
 * Tokenises, tags, splits into sentences and finds wink's entities, with character offsets into
 * `text`. wink reports token indices, so offsets come from walking the text once.
 */
export const analyze = (text: string): Analysis => {
  const nlp = freshWink()
  const its = nlp.its
  // wink reads a copy in which over-long runs are letters: same length, so offsets are the text's.
  const read = hasOverlongRun(text) ? text.replace(OVERLONG_RUN, (run) => "a".repeat(run.length)) : text
  const masked = read !== text
  const doc = nlp.readDoc(read)
  const values = doc.tokens().out(its.value) as Array<string>
  const spaces = doc.tokens().out(its.precedingSpaces as never) as Array<string>
  const pos = doc.tokens().out(its.pos) as Array<string>
  const normal = doc.tokens().out(its.normal) as Array<string>
  const lemma = doc.tokens().out(its.lemma as never) as Array<string>

  // Each token is preceded by exactly its `precedingSpaces`: walking them gives exact offsets.
  const tokens: Array<Token> = []
  let cursor = 0
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!
    let start = cursor + (spaces[i]?.length ?? 0)
    // Should wink ever normalise a token's text, find it rather than drift.
    const inPlace = read.startsWith(value, start)
    if (!inPlace) start = Math.max(cursor, read.indexOf(value, cursor))
    const end = Math.min(text.length, start + value.length)
    // in place, the value is the text (unless it was an over-long run): no need to cut a copy of it
    const written = inPlace && !masked ? value : text.slice(start, end)
    // wink expands some words it reads as abbreviations ("cd" → "could"): an acronym in capitals ("CD") is itself
    const acronym = ACRONYM.test(written) && normal[i] !== written.toLowerCase()
    const tokenLemma = acronym ? written : (lemma[i] ?? value)
    const tokenNormal = acronym ? written.toLowerCase() : (normal[i] ?? value)
    tokens.push({ start, end, text: written, pos: pos[i] ?? "X", normal: tokenNormal, lemma: tokenLemma, lowerLemma: tokenLemma.toLowerCase() })
    cursor = end
  }

  const sentenceSpans = doc.sentences().out(its.span as never) as unknown as Array<[number, number]>
  const sentences: Array<Sentence> = []
  for (const [first, last] of sentenceSpans) {
    const a = tokens[first]
    const b = tokens[last]
    if (a === undefined || b === undefined) continue
    const previous = sentences.at(-1)
    // wink breaks a sentence inside a ticker ("Isuzu Motors Ltd <ISUM. | T> forecast …"): no break there.
    if (previous !== undefined && insideTicker(tokens, first - 1, first)) sentences[sentences.length - 1] = { ...previous, end: b.end, endToken: last + 1 }
    else sentences.push(...splitAtAbbreviationStops(text, tokens, first, last + 1))
  }

  const entitySpans = doc.entities().out(its.span as never) as unknown as Array<[number, number]>
  const entityTypes = doc.entities().out(its.type) as Array<string>
  const entities: Array<NerEntity> = []
  entitySpans.forEach(([first, last], i) => {
    const a = tokens[first]
    const b = tokens[last]
    if (a === undefined || b === undefined) return
    entities.push({ start: a.start, end: b.end, text: text.slice(a.start, b.end), type: entityTypes[i] ?? "" })
  })

  return { text, tokens, sentences, entities }
}

/** The sentence containing character offset `at`, by binary search. */
export const sentenceAt = (analysis: Analysis, at: number): Sentence | undefined => spanContaining(analysis.sentences, at)
