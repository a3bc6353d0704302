import type { Quantity } from "../model/quantity.js"
import type { Span } from "../model/span.js"

/**
 * A rank read from words the quantity module does not count as figures ("the biggest trading
 * partner"). Its id says where it was read, so it stays stable.
 */
export const rankQuantity = (text: string, span: Span, value: number, derivation: string): Quantity => ({
  id: `rank@${span.start}`,
  start: span.start,
  end: span.end,
  text: text.slice(span.start, span.end),
  kind: "ordinal",
  value,
  unit: "item",
  qualifier: "exact",
  interval: { low: value, high: value, lowInclusive: true, highInclusive: true },
  precision: 1,
  equivalents: [],
  derivation
})

/** The same figure with its sign turned: a fall of 5% is a change of −5%; a loss of 3 mln a level of −3 mln. */
export const negated = (quantity: Quantity, why = "a fall"): Quantity => ({
  ...quantity,
  value: -quantity.value,
  interval: {
    low: quantity.interval.high === null ? null : -quantity.interval.high,
    high: quantity.interval.low === null ? null : -quantity.interval.low,
    lowInclusive: quantity.interval.highInclusive,
    highInclusive: quantity.interval.lowInclusive
  },
  derivation: `${quantity.derivation}; negative: ${why}`
})
