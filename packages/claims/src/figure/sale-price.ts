import type { SentenceFacts } from "../claim/document-facts.js"
import type { Quantity } from "../model/quantity.js"
import type { Token } from "../nlp/analyze.js"
import { PRICED_SALE_VERBS } from "./figure-words.js"

/** Parts of speech of a list of figures: "4,340, 4,345 and 4,350". */
const LIST_POS: ReadonlySet<string> = new Set(["NUM", "PUNCT", "CCONJ", "SYM"])
/** Words that join a list of prices and the periods they were for: "785 to 995 dlrs for March/April, 785 dlrs for May". */
const LIST_WORDS: ReadonlySet<string> = new Set(["to", "for", "and"])

/**
 * "March/April sold at 4,340", "sales were registered at 785 to 995 dlrs for March/April, 785 dlrs for May": a figure
 * right after the "at" a sale was made at (past the list it ends, its prices' periods included) is the price each
 * went at, not what was sold.
 */
export const isPriceOfSale = (facts: SentenceFacts, quantity: Quantity): boolean => {
  const { tokens } = facts
  // a word of a figure or a date in the list ("dlrs", "March/April")
  const spans = [...facts.quantities, ...facts.timexes]
  const listed = (t: Token) => LIST_POS.has(t.pos) || LIST_WORDS.has(t.normal) || spans.some((s) => s.start <= t.start && t.end <= s.end)
  let i = tokens.findLastIndex((t) => t.end <= quantity.start)
  while (i > 0 && listed(tokens[i]!)) i--
  const at = tokens[i]
  if (at?.normal !== "at") return false
  const verb = tokens.findLast((t) => t.end <= at.start && t.pos === "VERB")
  return verb !== undefined && PRICED_SALE_VERBS.has(verb.lowerLemma)
}
