import type { Qualifier, ValueInterval } from "../model/quantity.js"
import { compilePhrases } from "./phrase-table.js"
import { tidyNumber } from "./tidy-number.js"

const phrases = (qualifier: Qualifier, ...words: ReadonlyArray<string>) => words.map((w) => [w, qualifier] as const)

/** Words before a figure that qualify it: "more than 30 deals", "almost 90 billion". */
export const qualifierBefore = compilePhrases<Qualifier>([
  // verbs of passing a mark too: "growth had topped 9%" is no growth of 9%, and agrees with 9.5% ("top" alone is also "the top 10")
  ...phrases("more_than", "more than", "over", "above", "in excess of", "upwards of", "just over", "well over", "greater than", "exceeding", "topped", "tops", "topping", "exceeded", "exceeds", "surpassed", "surpasses", "surpassing"),
  ...phrases("at_least", "at least", "no less than", "no fewer than", "not less than", "a minimum of"),
  ...phrases("almost", "almost", "nearly", "close to", "just under", "just below", "just shy of", "not quite"),
  ...phrases("approximate", "about", "around", "approximately", "approx", "some", "roughly", "an estimated", "estimated", "circa", "~", "an average of", "on average"),
  ...phrases("less_than", "less than", "under", "below", "fewer than", "lower than"),
  ...phrases("at_most", "up to", "at most", "no more than", "not more than", "a maximum of", "as many as", "as much as"),
  ...phrases("total", "a total of", "totalling", "totaling", "a combined", "a combined total of")
])

/**
 * Verbs of moving after which "up to" is the particle and "to" of a change, no bound: "edged up to 1.144 billion dlrs",
 * "shot up to 881.0 from …", "went up to 5.5%" (but "buy up to", "fined up to").
 */
export const MOVED_UP_WORDS: ReadonlySet<string> = new Set([
  "edged", "edging", "inched", "inching", "moved", "moving", "crept", "creeping", "ticked", "ticking", "climbed", "climbing", "went",
  "shot", "pushed", "revised", "marked", "nudged", "drifted", "jumped", "rose", "risen", "rising", "gone", "soared", "surged"
])

/** Verbs of summing after which "up to" is the particle of "add up to", no bound: "imports and exports added up to 22,201bn yen". */
export const SUMMED_UP_WORDS: ReadonlySet<string> = new Set(["add", "adds", "added", "adding"])

/** Words after a figure that qualify it: "30 or more", "a dozen or so". */
export const qualifierAfter = compilePhrases<Qualifier>([
  ...phrases("at_least", "or more", "-plus", "plus", "and over", "and above"),
  ...phrases("approximate", "or so"),
  ...phrases("at_most", "or less", "or fewer", "and under", "and below")
])

/** Words that open a range: "between 5 and 6 percent". ("from 5 to 6" is a change, not a range.) */
export const rangeOpeners: ReadonlySet<string> = new Set(["between"])

const closed = (low: number, high: number): ValueInterval => ({
  low: Math.min(low, high),
  high: Math.max(low, high),
  lowInclusive: true,
  highInclusive: true
})

/**
 * The interval a qualified figure stands for, in base units (see the `ValueInterval` schema):
 * exact and total → [v, v]; more than → (v, ∞); at least → [v, ∞); almost → [0.95v, v);
 * about → [0.9v, 1.1v]; less than → (−∞, v); at most → (−∞, v].
 */
export const qualifiedInterval = (qualifier: Qualifier, value: number): ValueInterval => {
  switch (qualifier) {
    case "exact":
    case "total":
      return closed(value, value)
    case "more_than":
      return { low: value, high: null, lowInclusive: false, highInclusive: false }
    case "at_least":
      return { low: value, high: null, lowInclusive: true, highInclusive: false }
    case "almost":
      return value >= 0
        ? { low: tidyNumber(value * 0.95), high: value, lowInclusive: true, highInclusive: false }
        : { low: tidyNumber(value * 1.05), high: value, lowInclusive: true, highInclusive: false }
    case "approximate":
      return closed(tidyNumber(value * 0.9), tidyNumber(value * 1.1))
    case "less_than":
      return { low: null, high: value, lowInclusive: false, highInclusive: false }
    case "at_most":
      return { low: null, high: value, lowInclusive: false, highInclusive: true }
  }
}

/** A range as written ("$5-6 billion", "between 5 and 6 percent"): both ends included. */
export const rangeInterval = (low: number, high: number): ValueInterval => closed(low, high)

/** A vague amount ("dozens of"): from `low` up to, not including, `high`. */
export const vagueInterval = (low: number, high: number): ValueInterval => ({ low, high, lowInclusive: true, highInclusive: false })
