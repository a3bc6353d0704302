import type { Span } from "../model/span.js"
import type { Token } from "../nlp/analyze.js"
import { SPEECH_VERBS } from "../nlp/speech-verbs.js"
import { isThirdPersonPresent } from "../time/sentence-tense.js"

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

/** Parts of speech of a short subject between a comma and its verb of saying: ", Treasurer Paul Keating said". */
const REPORTER_POS: ReadonlySet<string> = new Set(["PROPN", "NOUN", "DET", "PRON", "ADJ"])
/** The longest subject of a reporting clause, in tokens. */
const REPORTER_REACH = 5

/**
 * Whether the comma at token `comma` opens a clause of saying with a subject of its own (", Keating said
 * the deficit is likely …", ", the ministry said"). What that clause says is not the clause before's:
 * "figures showed the May deficit was below forecasts at 866 mln dlrs, Keating said the cumulative
 * deficit is now likely …" hedges no May deficit. A verb right after the comma has its subject before
 * it ("Mutual Shares Corp, said it sold …"), and one that says nothing after it is an aside (", the
 * ministry said,"): no new clause.
 */
const opensReport = (tokens: ReadonlyArray<Token>, comma: number): boolean => {
  for (let i = comma + 1; i < tokens.length && i <= comma + REPORTER_REACH + 1; i++) {
    const token = tokens[i]!
    // a pronoun or determiner only opens the subject: ", a target he says he has" is a relative clause
    if ((token.pos === "PRON" || token.pos === "DET") && i > comma + 1) return false
    // a verb with nothing after it but punctuation is an aside (", the Agriculture Department said, with wine sales …")
    if (token.pos === "VERB" && SPEECH_VERBS.has(token.lowerLemma)) return i > comma + 1 && tokens[i + 1] !== undefined && tokens[i + 1]!.pos !== "PUNCT"
    if (!REPORTER_POS.has(token.pos)) return false
  }
  return false
}

/** A clause of a sentence, as a character span. */
export interface Clause extends Span {
  /** The clause states the sentence's own assertion: it opens the sentence, or a clause of saying opens it (`opensReport`). */
  readonly asserts: boolean
  /** A relative clause set off by a comma (", which it said could reach 14.8% by 2006"): what it dates is its own. */
  readonly relative: boolean
  /**
   * The part of the same clause before a relative clause interrupted it: "The OECD projection" of "The OECD projection,
   * which is based on …, is for a deficit of about 190 billion dollars".
   */
  readonly opening?: Span
}

/**
 * A sentence cut into clauses at semicolons, dashes, brackets, subordinating conjunctions ("as",
 * "after", "while") and commas that open a subordinate or coordinate clause; a relative clause
 * opened after a comma ends at the next comma; so does a clause before one of saying with its own
 * subject (`opensReport`).
 */
export const clausesOf = (sentence: Span, tokens: ReadonlyArray<Token>): ReadonlyArray<Clause> => {
  const clauses: Array<Clause> = []
  let start = sentence.start
  let asserts = true
  // Whether the clause so far has a verb, and opens with a preposition or a participle: a phrase put first ("In the year to
  // March, BA reported …", "For the quarter ended Sept 30, the company said …", "Revising its estimates, Ferro said …") is no
  // clause to end; one opened by a subordinator is ("after figures showed …, Keating said …").
  let verb = false
  let phrase: boolean | undefined
  // Inside a relative clause set off by commas: the next comma ends it and the main clause goes on.
  let relative = false
  // The main clause's part before the relative clause, while it is open; then the opening of the clause that goes on.
  let interrupted: Span | undefined
  let opening: Span | undefined
  const close = (end: number, next: number, reported = false) => {
    if (end > start) clauses.push({ start, end, asserts, relative, ...(opening !== undefined ? { opening } : {}) })
    opening = undefined
    start = next
    asserts = reported
    verb = false
    phrase = undefined
  }
  tokens.forEach((token, i) => {
    const next = tokens[i + 1]
    if (phrase === undefined) phrase = (token.pos === "ADP" || token.pos === "VERB") && !SUBORDINATORS.has(token.normal)
    if (token.pos === "VERB" || token.pos === "AUX") verb = true
    if (CLAUSE_PUNCTUATION.has(token.text) && next !== undefined) close(token.start, next.start)
    else if (token.text === "," && next !== undefined && CLAUSE_OPENERS.has(next.normal)) {
      const before = { start, end: token.start }
      close(token.start, next.start)
      relative = RELATIVE_PRONOUNS.has(next.normal)
      interrupted = relative ? before : undefined
      return
    } else if (token.text === "," && next !== undefined && relative) {
      close(token.start, next.start)
      opening = interrupted
      interrupted = undefined
    }
    else if (token.text === "," && next !== undefined && verb && !phrase && opensReport(tokens, i)) close(token.start, next.start, true)
    else if (i > 0 && (token.pos === "SCONJ" || SUBORDINATORS.has(token.normal)) && !FIXED_BEFORE.has(tokens[i - 1]!.normal)) close(token.start, token.start)
    else return
    relative = false
  })
  close(sentence.end, sentence.end)
  return clauses
}

/** Present forms of the verbs "be" and "have": "which is", "who have". */
const PRESENT_BE_HAVE: ReadonlySet<string> = new Set(["is", "are", "has", "have"])

/**
 * "Norway, which pumps around one mln bpd from its offshore fields, said it would …": a relative clause whose
 * first verb before `at` is in the simple present states what holds now, whatever the sentence around it dates.
 * A modal or any other verb form ("which would cut", "which rose") is no such state.
 */
export const statesPresent = (clause: Clause, tokens: ReadonlyArray<Token>, at: number): boolean => {
  if (!clause.relative) return false
  const opener = tokens.findIndex((t) => t.start >= clause.start)
  // Right after "which" or "who" the word is the verb, whatever wink tags it ("which pumps" is read a noun).
  const verb = SUBJECT_PRONOUNS.has(tokens[opener]?.normal ?? "") && tokens[opener + 1] !== undefined && tokens[opener + 1]!.end <= at
    ? tokens[opener + 1]!
    : tokens.find((t) => t.start >= clause.start && t.end <= at && (t.pos === "VERB" || t.pos === "AUX"))
  return verb !== undefined && (PRESENT_BE_HAVE.has(verb.normal) || (verb.pos !== "PROPN" && isThirdPersonPresent(verb)))
}
/** Relative pronouns that are the subject of the verb right after them. */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(["which", "who"])

/** Determiners that open an apposition set off by commas: "the surplus, the target of much criticism, is expected to rise". */
const APPOSITION_OPENERS: ReadonlySet<string> = new Set(["the", "a", "an"])
/** Possessive marks after a name that opens an apposition: ", Germany's only stock-market listed football club,". */
const POSSESSIVE_OPENER_MARKS: ReadonlySet<string> = new Set(["'s", "’s"])

/** Token `at` opens a noun phrase set off as an apposition: an article, or a name's possessive ("Germany's"). */
const opensApposition = (tokens: ReadonlyArray<Token>, at: number): boolean =>
  APPOSITION_OPENERS.has(tokens[at]?.normal ?? "") || (tokens[at]?.pos === "PROPN" && POSSESSIVE_OPENER_MARKS.has(tokens[at + 1]?.normal ?? ""))
/** The longest apposition skipped, in tokens with its commas. */
const APPOSITION_REACH = 16

/**
 * How many tokens an apposition at `index` takes (its commas included), 0 when there is none: a noun
 * phrase set off by commas, no verb in it (", the company said it has revised …," is a clause) but a
 * participle right after a determiner or right before a noun, which only qualifies the noun after it
 * (", the successor to the failed Fidelity Savings and Loan Association,", ", Germany's only listed football club,").
 */
export const appositionAt = (tokens: ReadonlyArray<Token>, index: number): number => {
  if (tokens[index]?.text !== "," || !opensApposition(tokens, index + 1)) return 0
  const close = tokens.findIndex((t, i) => i > index + 1 && t.text === ",")
  if (close < 0 || close - index >= APPOSITION_REACH) return 0
  // "stock-market listed": a word hyphened to the next is a compound's, no verb
  const hyphened = (t: Token, i: number) => tokens[i + 1]?.text === "-" && tokens[i + 1]!.start === t.end
  const verb = (t: Token, i: number) =>
    (t.pos === "VERB" || t.pos === "AUX") && !(t.normal.endsWith("ed") && (tokens[i - 1]?.pos === "DET" || tokens[i + 1]?.pos === "NOUN")) && !hyphened(t, i)
  return tokens.slice(index + 1, close).some((t, i) => verb(t, index + 1 + i)) ? 0 : close - index + 1
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

/**
 * The aside a last, unpaired spaced dash sets off to the sentence's end ("up 21.3% from the previous year - although some way
 * off the peak of 43% seen in the first quarter of 2004"), if there is one.
 */
export const trailingDashAside = (text: string, sentence: Span): Span | undefined => {
  const dashes = [...text.slice(sentence.start, sentence.end).matchAll(SPACED_DASH)].map((m) => sentence.start + m.index)
  return dashes.length % 2 === 1 ? { start: dashes.at(-1)!, end: sentence.end } : undefined
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

/** Pronouns that open a relative clause with no "that" after the noun it qualifies: "the contract price it will pay". */
const CONTACT_SUBJECTS: ReadonlySet<string> = new Set(["it", "they", "he", "she", "we", "i", "you"])

/**
 * "Amoco said it raised the contract price it will pay … by 50 cts, effective today": a word at `index` right after a
 * pronoun that follows a common noun is in a relative clause with no "that" qualifying that noun; its modal or status
 * word says nothing of the clause around it.
 */
export const inContactRelative = (tokens: ReadonlyArray<Token>, index: number): boolean => {
  const [noun, pronoun, verb, after] = [tokens[index - 2], tokens[index - 1], tokens[index + 1], tokens[index + 2]]
  // The noun is the verb's missing object ("the price it will pay for …"); a verb with an object or complement of its own
  // makes the clause what the noun says ("the impression it may be difficult to get …", "claims they could cut £35bn").
  return (
    noun !== undefined && pronoun !== undefined && noun.pos === "NOUN" && CONTACT_SUBJECTS.has(pronoun.normal) &&
    verb !== undefined && verb.pos === "VERB" && verb.lowerLemma !== "be" && (after === undefined || GAP_AFTER_VERB.has(after.pos))
  )
}
/** What may follow a verb whose object is missing: "pay for", "pay,", "pay now". */
const GAP_AFTER_VERB: ReadonlySet<string> = new Set(["ADP", "PUNCT", "ADV", "SCONJ", "SPACE"])
