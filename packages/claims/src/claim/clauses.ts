import type { Span } from "../model/span.js"
import type { Token } from "../nlp/analyze.js"

/** Punctuation that always ends a clause (brackets do not: they restate, "on Friday (May 17)"). */
const CLAUSE_PUNCTUATION = new Set([";", ":", "—", "–"])
/** Words that open a new clause after a comma: ", which …", ", while …", ", adding …". */
const CLAUSE_OPENERS = new Set([
  "which", "who", "whom", "whose", "while", "whereas", "but", "although", "though", "where", "when",
  "as", "after", "before", "since", "because", "adding", "noting", "saying", "according", "and", "or"
])

/** Pronouns that open a relative clause: set off by commas, it ends at the next one (", whose shares began trading in August, closed …"). */
const RELATIVE_PRONOUNS = new Set(["which", "who", "whom", "whose"])

/** Words that open a subordinate clause even without a comma ("… traveled to Beijing as trade declined"). */
const SUBORDINATORS = new Set(["as", "after", "because", "while", "although", "though", "whereas", "since", "when", "before", "unless"])
/** Words that make the next one part of a fixed phrase, not a clause opener: "as well as", "such as", "soon after", "as many as". */
const FIXED_BEFORE = new Set(["well", "such", "so", "as", "soon", "shortly", "just", "long", "even", "many", "much", "far", "day", "week", "month", "year", "years", "months", "days", "weeks"])

/**
 * A sentence cut into clauses at semicolons, dashes, brackets, subordinating conjunctions ("as",
 * "after", "while") and commas that open a subordinate or coordinate clause; a relative clause
 * opened after a comma ends at the next comma.
 */
export const clausesOf = (sentence: Span, tokens: ReadonlyArray<Token>): ReadonlyArray<Span> => {
  const clauses: Array<Span> = []
  let start = sentence.start
  const close = (end: number, next: number) => {
    if (end > start) clauses.push({ start, end })
    start = next
  }
  // Inside a relative clause set off by commas: the next comma ends it and the main clause goes on.
  let relative = false
  tokens.forEach((token, i) => {
    const next = tokens[i + 1]
    if (CLAUSE_PUNCTUATION.has(token.text) && next !== undefined) close(token.start, next.start)
    else if (token.text === "," && next !== undefined && CLAUSE_OPENERS.has(next.normal)) {
      close(token.start, next.start)
      relative = RELATIVE_PRONOUNS.has(next.normal)
      return
    } else if (token.text === "," && next !== undefined && relative) close(token.start, next.start)
    else if (i > 0 && (token.pos === "SCONJ" || SUBORDINATORS.has(token.normal)) && !FIXED_BEFORE.has(tokens[i - 1]!.normal)) close(token.start, token.start)
    else return
    relative = false
  })
  close(sentence.end, sentence.end)
  return clauses
}

/** Determiners that open an apposition set off by commas: "the surplus, the target of much criticism, is expected to rise". */
const APPOSITION_OPENERS: ReadonlySet<string> = new Set(["the", "a", "an"])
/** The longest apposition skipped, in tokens with its commas. */
const APPOSITION_REACH = 16

/**
 * How many tokens an apposition at `index` takes (its commas included), 0 when there is none: a noun
 * phrase set off by commas, no verb in it (", the company said it has revised …," is a clause).
 */
export const appositionAt = (tokens: ReadonlyArray<Token>, index: number): number => {
  if (tokens[index]?.text !== "," || !APPOSITION_OPENERS.has(tokens[index + 1]?.normal ?? "")) return 0
  const close = tokens.findIndex((t, i) => i > index + 1 && t.text === ",")
  if (close < 0 || close - index >= APPOSITION_REACH) return 0
  return tokens.slice(index + 1, close).some((t) => t.pos === "VERB" || t.pos === "AUX") ? 0 : close - index + 1
}

/** The appositions of a sentence ("ABN Amro, the Netherlands' largest bank, is to cut …"), as character spans, commas included. */
export const appositionsOf = (tokens: ReadonlyArray<Token>): ReadonlyArray<Span> => {
  const spans: Array<Span> = []
  for (let i = 0; i < tokens.length; i++) {
    const length = appositionAt(tokens, i)
    if (length === 0) continue
    spans.push({ start: tokens[i]!.start, end: tokens[i + length - 1]!.end })
    i += length - 1
  }
  return spans
}

/** A spaced hyphen or double hyphen, as prose writes a dash: "Growth in industrial output - the main target … - was 11.5%". */
const SPACED_DASH = / --? /g

/**
 * The asides a sentence sets off between two spaced dashes ("Growth in industrial output - the main
 * target of government efforts to impose curbs on credit and investments - was 11.5% in 2004"): what
 * such an aside names measures no figure outside it. A lone dash sets off nothing (it may join a range
 * or a list), so dashes count in pairs.
 */
export const dashAsides = (text: string, sentence: Span): ReadonlyArray<Span> => {
  const dashes = [...text.slice(sentence.start, sentence.end).matchAll(SPACED_DASH)].map((m) => sentence.start + m.index)
  const asides: Array<Span> = []
  for (let i = 0; i + 1 < dashes.length; i += 2) asides.push({ start: dashes[i]!, end: dashes[i + 1]! })
  return asides
}

/** How many characters into an aside (its dash counted) its head noun may start: " - loans approved but not yet made - ". */
const ASIDE_HEAD_REACH = 6

/**
 * Whether `inner` lies in an aside that `outer` does not, past the aside's head: then what it names is
 * not `outer`'s. An aside that opens with it restates the noun before ("mortgage approvals - loans
 * approved but not yet made - were £2bn"): that is the figure's.
 */
export const apartInAside = (asides: ReadonlyArray<Span>, inner: Span, outer: Span): boolean =>
  asides.some((a) => inner.start > a.start + ASIDE_HEAD_REACH && inner.end <= a.end && !(outer.start >= a.start && outer.end <= a.end))
