import type { Token } from "../nlp/analyze.js"
import type { Span } from "../model/span.js"

/**
 * Words that say a figure is a change, by lemma or normal form, and its direction. Irregular past
 * forms are listed too: the tagger does not always see a verb ("the industrial average fell" as a noun).
 */
const RISES = new Set(["grow", "growth", "increase", "rise", "jump", "climb", "surge", "soar", "up", "expand", "gain", "boost", "rocket", "leap", "double", "rose", "risen", "grew", "grown", "strengthen", "appreciate", "higher", "hike", "rebound", "rally"])
const FALLS = new Set(["decline", "fall", "drop", "decrease", "shrink", "slump", "plunge", "down", "contract", "slide", "dip", "tumble", "sink", "cut", "lose", "slip", "reduce", "fell", "fallen", "shrank", "sank", "slid", "weaken", "depreciate", "ease", "lower", "trim", "slash", "pare", "shed", "axe", "plummet"])

export type Direction = "rise" | "fall"

/** Words of change that as nouns name something else: "the contract price" is no shrinking. */
const CHANGES_ONLY_AS_VERBS: ReadonlySet<string> = new Set(["contract"])

/** The direction a word of change says, if it is one. */
export const changeDirection = (token: Token): Direction | undefined => {
  const word = token.lowerLemma
  if (CHANGES_ONLY_AS_VERBS.has(word) && token.pos !== "VERB") return undefined
  return RISES.has(word) || RISES.has(token.normal) ? "rise" : FALLS.has(word) || FALLS.has(token.normal) ? "fall" : undefined
}

/** Words between a change and what changed: "a rise in imports", "a fall of exports". */
const CHANGE_OF: ReadonlySet<string> = new Set(["in", "of"])

/**
 * Words a change's figure may have between it and the change: "a record 2 pct fall". Not a name: in
 * "a 4.9 billion stg July rise" the month is no date the time tagger reads, and the sentence's other
 * date would be taken for the change's.
 */
const MODIFIER_POS: ReadonlySet<string> = new Set(["ADJ"])
/** Parts of speech of the noun phrase that names what changed: "in U.K. September sterling bank lending". */
const PHRASE_POS: ReadonlySet<string> = new Set(["ADJ", "PROPN", "NOUN", "NUM", "DET", "PART", "PRON"])
/** How many modifiers may stand between a figure and its change word, and how long what changed may run. */
const MODIFIER_REACH = 2
const PHRASE_REACH = 7

/**
 * "a 4.4 billion stg surge in U.K. September sterling bank lending", "a 6.9 pct drop in January
 * shipments": the noun phrase naming what changed after the figure, its change word and "in" or
 * "of", an adjective between figure and change word allowed. Undefined when the figure is not
 * followed by a change so.
 */
export const changedPhraseAfter = (tokens: ReadonlyArray<Token>, at: number): { readonly start: number; readonly end: number } | undefined => {
  const next = tokens.filter((t) => t.start >= at && t.text.trim() !== "")
  const change = next.findIndex((t) => changeDirection(t) !== undefined)
  if (change < 0 || change > MODIFIER_REACH || !next.slice(0, change).every((t) => MODIFIER_POS.has(t.pos))) return undefined
  if (!CHANGE_OF.has(next[change + 1]?.normal ?? "")) return undefined
  const phrase: Array<Token> = []
  const words = next.slice(change + 2, change + 2 + PHRASE_REACH)
  for (const [i, t] of words.entries()) {
    // "in 1987 operating earnings": a verb's -ing form before a noun modifies it
    const modifier = t.pos === "VERB" && t.normal.endsWith("ing") && words[i + 1]?.pos === "NOUN"
    if (!PHRASE_POS.has(t.pos) && !modifier && !(t.pos === "PUNCT" && t.text === ".")) break
    phrase.push(t)
  }
  return phrase.length === 0 ? undefined : { start: phrase[0]!.start, end: phrase.at(-1)!.end }
}

/** The direction of the change word among `tokens` closest to `at`, if any. */
export const changeNear = (tokens: ReadonlyArray<Token>, at: number): { readonly direction: Direction; readonly token: Token } | undefined => {
  let best: { direction: Direction; token: Token; distance: number } | undefined
  for (const token of tokens) {
    const direction = changeDirection(token)
    if (direction === undefined) continue
    const distance = Math.abs(token.start - at)
    if (best === undefined || distance < best.distance) best = { direction, token, distance }
  }
  return best
}

/** Words right before a figure that make it a level even beside a change word: "raised tariffs to 100 pct", "stood at", "growth will slow to 1.5 pct". */
const LEVEL_WORDS = new Set(["to", "at", "from", "of"])

/** Words opening a figure that bound the level a change reached: "inflation fell below 10%", "rose above 2 mln". */
const LEVEL_BOUNDS = new Set(["below", "above", "under", "beneath"])

/**
 * True when the word right before the figure at `at` makes it the level a change reached or left ("slip to 1.5 pct"), or
 * the figure's own first word bounds that level ("fell below 10%"), not the change.
 */
export const isLevelAfterChange = (tokens: ReadonlyArray<Token>, at: number): boolean => {
  const before = tokens.findLast((t) => t.end <= at)
  const first = tokens.find((t) => t.start >= at)
  return (before !== undefined && LEVEL_WORDS.has(before.normal)) || (first?.start === at && LEVEL_BOUNDS.has(first.normal))
}

/** How many words may stand between "from" and a bracket restating the sum after it: "from #94.8 million (". */
const BRACKETED_REACH = 4
/** How many words a figure's number may stand before the "from" that follows it: "1.90 billion dlrs from". */
const FIGURE_BEFORE_FROM = 3

/**
 * "from $639m" in "rose to $1.13bn from $639m", "$18bn, down from $38bn" or "sales of 1.90 billion
 * dlrs from 1.69 billion a year earlier": the value a change started from.
 */
export const isEarlierValue = (tokens: ReadonlyArray<Token>, at: number): boolean => {
  const index = tokens.findIndex((t) => t.start >= at)
  if (comparedWith(tokens, index) || afterChange(tokens, index)) return true
  // "from #94.8 million ($149.9 million)": a sum restated in brackets right after the earlier value is of it, even when the
  // sum it restates is written in a way no figure is read from.
  if (tokens[index - 1]?.text === "(") {
    const from = tokens.findLastIndex((t, k) => k < index - 1 && k >= index - 1 - BRACKETED_REACH && t.normal === "from")
    return from >= 0 && tokens.slice(from + 1, index - 1).some((t) => /\d/.test(t.text))
  }
  if (tokens[index - 1]?.normal !== "from") return false
  const cue = tokens[index - 2]
  const words = tokens.slice(0, index - 1).filter((t) => t.text.trim() !== "")
  const figureBefore = words.slice(-FIGURE_BEFORE_FROM).some((t) => /\d/.test(t.text))
  return (cue !== undefined && (RISES.has(cue.normal) || FALLS.has(cue.normal))) || figureBefore || tokens.some((t) => t.normal === "to" && t.start < at)
}

/**
 * "rose 0.2 pct in May, after rising 0.6 pct in April", "after a 0.4 pct rise in April": the change before the one
 * reported, its own figure and date, with a figure said before it in the sentence.
 */
const afterChange = (tokens: ReadonlyArray<Token>, index: number): boolean => {
  const [before, opener] = [tokens[index - 1], tokens[index - 2]]
  const figureBefore = () => tokens.slice(0, Math.max(0, index - 2)).some((t) => /\d/.test(t.text))
  if (opener?.normal === "after" && before !== undefined && before.normal.endsWith("ing") && changeDirection(before) !== undefined) return figureBefore()
  if (opener?.normal !== "after" || (before?.normal !== "a" && before?.normal !== "an")) return false
  // "after a 0.4 pct rise": the change word right after the figure's unit
  const next = tokens.slice(index, index + 4).find((t) => !/\d/.test(t.text) && !PERCENT_UNIT_WORDS.has(t.normal))
  return next !== undefined && changeDirection(next) !== undefined && figureBefore()
}
/** Words of a percentage's unit between it and a word of change: "a 0.4 pct rise". */
const PERCENT_UNIT_WORDS: ReadonlySet<string> = new Set(["pct", "percent", "%", "per", "cent", "point", "points", "percentage"])

/** The word right before a figure, commas aside, is "or": "$85 million, or 83 cents a share". */
export const restatedAfterOr = (tokens: ReadonlyArray<Token>, at: Span): boolean =>
  tokens.findLast((t) => t.end <= at.start && t.text !== ",")?.normal === "or"

/** Every figure after the one at `from` and before the `i`th of `quantities` is a restatement after "or" ("…, or 89 cents a share,"). */
export const restatedOnlySince = (tokens: ReadonlyArray<Token>, quantities: ReadonlyArray<Span>, from: number, i: number): boolean => {
  const between = quantities.slice(0, i).filter((q) => q.start > from)
  return between.length > 0 && between.every((q) => restatedAfterOr(tokens, q))
}

/** Words right before a figure that set it against another one said before it: "18.2 billion, against 16.1 billion a year earlier". */
const COMPARISON_OPENERS: ReadonlyArray<ReadonlyArray<string>> = [["against"], ["versus"], ["vs"], ["vs."], ["compared", "with"], ["compared", "to"]]

/** Words that open the figure another is set against: the openers' first words, and a change's "from" ("up 4 pct from a revised 3 pct"). */
export const COMPARISON_WORDS: ReadonlySet<string> = new Set([...COMPARISON_OPENERS.map((words) => words[0]!), "from"])

/** How many words may name the earlier value's measure between the opener and it: "compared with a deficit of 39.40 billion". */
const COMPARED_PHRASE_REACH = 4
/** Parts of speech of those words, the last of them "of": "against a year-earlier loss of". */
const COMPARED_PHRASE_POS: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN", "PROPN"])

/** Words between a comparison opener and its figure that say only how final the figure is: "against a revised 27.52 pct". */
const COMPARED_STATUS_WORDS: ReadonlySet<string> = new Set([
  "a", "an", "the", "revised", "unrevised", "upwardly", "downwardly", "provisional", "preliminary", "estimated", "originally", "previously", "reported", "adjusted"
])

/** True when the word at token `index` follows a comparison opener, with a figure said before it in the sentence. */
export const comparedWith = (tokens: ReadonlyArray<Token>, index: number): boolean => {
  for (let gap = 0; gap <= COMPARED_PHRASE_REACH; gap++) {
    const end = index - gap
    const between = tokens.slice(end, index)
    const namesMeasure = tokens[index - 1]?.normal === "of" && tokens.slice(end, index - 1).every((t) => COMPARED_PHRASE_POS.has(t.pos) && !/\d/.test(t.text))
    if (gap > 0 && !namesMeasure && !between.every((t) => COMPARED_STATUS_WORDS.has(t.normal))) continue
    const opener = COMPARISON_OPENERS.find((words) => words.every((word, k) => tokens[end - words.length + k]?.normal === word))
    if (opener !== undefined) return tokens.slice(0, Math.max(0, end - opener.length)).some((t) => /\d/.test(t.text))
  }
  return false
}

/**
 * The word of change a figure is of: the nearest one among `tokens` (its clause), unless that one comes after the figure
 * and goes on to a figure of its own ("GDP is tipped to be 4.1% this year, dipping to 4% in 2005": the dip is the 4%'s).
 */
export const changeOf = (tokens: ReadonlyArray<Token>, figure: { readonly start: number; readonly end: number }): ReturnType<typeof changeNear> => {
  const near = changeNear(tokens, figure.start)
  if (near === undefined || near.token.start < figure.end) return near
  const at = tokens.indexOf(near.token)
  const [link, next] = [tokens[at + 1], tokens[at + 2]]
  const ownFigure = link !== undefined && next !== undefined && OWN_FIGURE_LINKS.has(link.normal) && next.pos === "NUM"
  return ownFigure ? changeNear(tokens.filter((t) => t.end <= figure.start), figure.start) : near
}
const OWN_FIGURE_LINKS: ReadonlySet<string> = new Set(["to", "by"])
