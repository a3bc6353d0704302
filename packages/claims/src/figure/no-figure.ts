import type { Quantity } from "../model/quantity.js"
import type { Token } from "../nlp/analyze.js"
import { AGE_BOUND_WORDS, AGE_WORDS, CONTAINER_NOUNS, DEBT_SECURITY_WORDS, EARNER_WORDS, IDENTIFIER_BEFORE, IDIOM_AFTER, MAX_AGE, VAGUE_AMOUNT_WORDS } from "./figure-words.js"

/**
 * Numbers that are no figure of the world (GUIDE: ages, identifiers, numbers inside names, vague
 * amounts): read by every figure reader before it looks for a measure.
 */
export const isNoFigure = (tokens: ReadonlyArray<Token>, quantity: Quantity): boolean => {
  const at = tokens.findIndex((t) => t.start >= quantity.start)
  const before = at > 0 ? tokens[at - 1] : undefined
  const after = tokens.find((t) => t.start >= quantity.end)
  return (
    (before !== undefined && IDENTIFIER_BEFORE.has(before.normal)) ||
    (after !== undefined && quantity.kind === "count" && IDIOM_AFTER.has(after.normal)) ||
    isNumberInName(tokens, at, quantity) ||
    isVague(quantity) ||
    isAge(tokens, before, after, quantity) ||
    isApposedAge(tokens, at, after, quantity) ||
    isCompoundModifier(tokens, at, quantity) ||
    isSizeOfEach(tokens, at, quantity) ||
    isIssuePrice(tokens, at, quantity) ||
    isRatioTerm(tokens, at, quantity) ||
    isIncomeThreshold(tokens, at, quantity)
  )
}

/**
 * "cut taxes for those earning less than 250,000 rupees", "incomes above £100,000": an income that sorts people is a line
 * drawn, no one's income or tax to check ("Acme expects to earn more than $2m" is a firm's, and stays a figure).
 */
const isIncomeThreshold = (tokens: ReadonlyArray<Token>, at: number, quantity: Quantity): boolean =>
  quantity.kind === "money" && ((tokens[at - 1]?.normal === EARNING && EARNER_WORDS.has(tokens[at - 2]?.normal ?? "")) || tokens[at - 1]?.normal === INCOMES)
const EARNING = "earning"
const INCOMES = "incomes"

/** "a two-for-one stock split", "3-for-2": the terms of a ratio, no figure (no count of votes or shares). */
const isRatioTerm = (tokens: ReadonlyArray<Token>, at: number, quantity: Quantity): boolean => {
  if (quantity.kind !== "count") return false
  const end = tokens.findIndex((t, i) => i >= at && t.start >= quantity.end)
  const [dash, next] = [tokens[end], tokens[end + 1]]
  const opens = dash?.text === "-" && dash.start === quantity.end && next !== undefined && (next.normal === FOR || next.normal.startsWith(`${FOR}-`))
  const closes = tokens[at - 1]?.text === "-" && tokens[at - 2]?.normal === FOR && tokens[at - 3]?.text === "-"
  return opens || closes
}
const FOR = "for"

/**
 * "a five pct 12-year bond priced at 100.5 pct": a debt security's price, a percentage of its face value, is
 * a term of the issue, no figure of the world to check.
 */
const isIssuePrice = (tokens: ReadonlyArray<Token>, at: number, quantity: Quantity): boolean =>
  quantity.kind === "percent" && tokens[at - 1]?.normal === "at" && tokens[at - 2]?.lowerLemma === PRICE && tokens.some((t) => DEBT_SECURITY_WORDS.has(t.normal))
const PRICE = "price"

/** "155,221 bags of 60 kilos", "three cargoes of 30,000 tonnes": an amount of each of the goods counted before it. */
const isSizeOfEach = (tokens: ReadonlyArray<Token>, at: number, quantity: Quantity): boolean =>
  quantity.kind === "measure" && tokens[at - 1]?.normal === "of" && CONTAINER_NOUNS.has(tokens[at - 2]?.normal ?? "") && tokens[at - 3]?.pos === "NUM"

/**
 * A count hyphened to the noun after it qualifies the next noun, it counts nothing: "a seven-seat
 * version", "the 12-member panel", "a 10-seat minibus" (a property of one thing, no figure to check).
 */
const isCompoundModifier = (tokens: ReadonlyArray<Token>, at: number, quantity: Quantity): boolean => {
  if (quantity.kind !== "count") return false
  const end = tokens.findIndex((t, i) => i >= at && t.start >= quantity.end)
  const [dash, word, next] = [tokens[end], tokens[end + 1], tokens[end + 2]]
  return (
    dash !== undefined && word !== undefined && next !== undefined &&
    dash.text === "-" && dash.start === quantity.end && word.start === dash.end && /^\p{L}+$/u.test(word.text) && next.pos === "NOUN"
  )
}

/**
 * A number word capitalised inside a sentence is part of a name, no figure: "the Group of Seven",
 * "the Big Three". A sentence's first word is capitalised anyway.
 */
const isNumberInName = (tokens: ReadonlyArray<Token>, at: number, quantity: Quantity): boolean =>
  at > 0 && /^\p{Lu}\p{Ll}+$/u.test(quantity.text) && tokens[at - 1]!.pos !== "PUNCT"

/** "thousands of people", "several hundred": an amount written with no number is no figure to check. */
const isVague = (quantity: Quantity): boolean =>
  !/\d/.test(quantity.text) && quantity.text.toLowerCase().split(/[\s-]+/).some((word) => VAGUE_AMOUNT_WORDS.has(word))

/** A bare whole number no greater than an age, with nothing counted after it, in a sentence about ages or after "under"/"over". */
const isAge = (tokens: ReadonlyArray<Token>, before: Token | undefined, after: Token | undefined, quantity: Quantity): boolean => {
  const bare = quantity.kind === "count" && Number.isInteger(quantity.value) && quantity.value > 0 && quantity.value <= MAX_AGE && (after === undefined || (after.pos !== "NOUN" && after.pos !== "PROPN"))
  // The bound may be read into the figure as its qualifier: "under 55" is one quantity.
  const bound = AGE_BOUND_WORDS.has(quantity.text.split(/\s+/, 1)[0]!.toLowerCase()) || (before !== undefined && AGE_BOUND_WORDS.has(before.normal))
  return bare && (bound || tokens.some((t) => AGE_WORDS.has(t.normal)))
}

/** "died in the accident were Steve Arthur, 46, and …": a bare age set off by commas after a name is the person's. */
const isApposedAge = (tokens: ReadonlyArray<Token>, at: number, after: Token | undefined, quantity: Quantity): boolean =>
  quantity.kind === "count" &&
  Number.isInteger(quantity.value) &&
  quantity.value > 0 &&
  quantity.value <= MAX_AGE &&
  tokens[at - 1]?.text === "," &&
  tokens[at - 2]?.pos === "PROPN" &&
  (after === undefined || after.pos === "PUNCT")
