import type { Span } from "../model/span.js"
import type { Token } from "../nlp/analyze.js"
import type { SentenceFacts } from "./document-facts.js"

/** How many nouns before a flow's words may name its commodity: "crude oil imports", "Thai rice exports". */
const COMMODITY_NOUNS = 2

/**
 * The commodity a flow's words are of: the common nouns right before them ("rice" in "Thai rice
 * exports", "crude oil" in "Japan's crude oil imports"), never a name, a date or a figure.
 */
export const commodityBefore = (facts: SentenceFacts, first: number): string | undefined => {
  const taken: ReadonlyArray<Span> = [...facts.timexes, ...facts.quantities, ...facts.entities]
  const nouns: Array<Token> = []
  for (let i = first - 1; i >= 0 && nouns.length < COMMODITY_NOUNS; i--) {
    const token = facts.tokens[i]!
    if (token.pos !== "NOUN" || token.text !== token.normal || taken.some((s) => token.start < s.end && s.start < token.end)) break
    nouns.unshift(token)
  }
  return nouns.length === 0 ? undefined : nouns.map((t) => t.normal).join(" ")
}

/**
 * Nouns that say what kind of price a price is, not of what: "the contract price", "its base price", "the spot price".
 */
const PRICE_KIND_NOUNS: ReadonlySet<string> = new Set([
  "contract", "base", "list", "spot", "market", "world", "purchase", "sale", "sales", "retail", "wholesale", "reference",
  "producer", "consumer", "record", "target", "floor", "support", "intervention", "export", "import", "cash", "futures",
  "share", "stock", "offer", "issue", "conversion", "exercise", "strike", "average", "unit", "units", "selling", "buying",
  "posting", "closing", "opening", "asking", "offering", "official", "forecast", "launch", "suspension", "increase", "rise",
  "cut", "hike", "fall", "drop"
])

/**
 * The commodity a price's words are of: the common nouns right before them ("its copper cathode price", "U.S. primary
 * aluminum prices"), none when a noun says only what kind of price it is ("the contract price"); else the common nouns
 * after "for" or "of" between the price's words and its figure ("the contract price it will pay for all grades of crude
 * oil by 50 cts").
 */
export const commodityPriced = (facts: SentenceFacts, first: number, end: number, figure: Span): string | undefined => {
  const before = commodityBefore(facts, first)
  if (before !== undefined && !before.split(" ").some((w) => PRICE_KIND_NOUNS.has(w))) return before
  const between = facts.tokens.filter((t) => t.start >= facts.tokens[end - 1]!.end && t.end <= figure.start)
  const joiner = between.findLastIndex((t) => PRICED_AFTER.has(t.normal))
  if (joiner < 0) return undefined
  const after = between.slice(joiner + 1)
  // at most two common nouns, then only the verb of the change and the word joining its figure ("of gold rose to")
  let nouns = 0
  while (nouns < after.length && nouns < COMMODITY_NOUNS && after[nouns]!.pos === "NOUN" && after[nouns]!.text === after[nouns]!.normal) nouns++
  return nouns > 0 && after.slice(nouns).every((t) => TO_FIGURE_POS.has(t.pos)) ? after.slice(0, nouns).map((t) => t.normal).join(" ") : undefined
}
/** Words after a price's words that name what it is for: "the price it will pay for crude oil", "all grades of crude oil". */
const PRICED_AFTER: ReadonlySet<string> = new Set(["for", "of"])
/** Parts of speech between what is priced and the figure: "of gold rose to", "for crude oil by". */
const TO_FIGURE_POS: ReadonlySet<string> = new Set(["VERB", "AUX", "ADV", "ADP", "PART"])

/** How many common nouns after "of" may name what a physical amount is of: "tonnes of wheat flour". */
const OF_COMMODITY_NOUNS = 2

/**
 * The commodity a physical amount is of, named right after it: "exported 72,987 tonnes of rice",
 * "37,000 long tons of wheat flour". Common nouns only: "tonnes of Thai rice" names a place first.
 */
export const commodityAfter = (facts: SentenceFacts, end: number): string | undefined => {
  const at = facts.tokens.findIndex((t) => t.start >= end)
  if (at < 0 || facts.tokens[at]!.normal !== "of") return undefined
  const nouns: Array<Token> = []
  for (let i = at + 1; i < facts.tokens.length && nouns.length < OF_COMMODITY_NOUNS; i++) {
    const token = facts.tokens[i]!
    if (token.pos !== "NOUN" || token.text !== token.normal) break
    nouns.push(token)
  }
  return nouns.length === 0 ? undefined : nouns.map((t) => t.normal).join(" ")
}
