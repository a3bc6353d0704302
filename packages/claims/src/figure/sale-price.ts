import type { Quantity } from "../model/quantity.js"
import type { Token } from "../nlp/analyze.js"
import { PRICED_SALE_VERBS } from "./figure-words.js"

/** Parts of speech of a list of figures: "4,340, 4,345 and 4,350". */
const LIST_POS: ReadonlySet<string> = new Set(["NUM", "PUNCT", "CCONJ", "SYM"])

/**
 * "March/April sold at 4,340", "sales were registered at 785 to 995 dlrs for March/April": a figure right
 * after the "at" a sale was made at (past the list it ends) is the price each went at, not what was sold.
 */
export const isPriceOfSale = (tokens: ReadonlyArray<Token>, quantity: Quantity): boolean => {
  let i = tokens.findLastIndex((t) => t.end <= quantity.start)
  while (i > 0 && LIST_POS.has(tokens[i]!.pos)) i--
  const at = tokens[i]
  if (at?.normal !== "at") return false
  const verb = tokens.findLast((t) => t.end <= at.start && t.pos === "VERB")
  return verb !== undefined && PRICED_SALE_VERBS.has(verb.lowerLemma)
}
