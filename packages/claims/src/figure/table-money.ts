import type { Quantity } from "../model/quantity.js"
import { minorUnitWritten } from "../quantity/currencies.js"
import { scaleQuantity } from "../quantity/scale-quantity.js"

/** A results table's bare figure ("Net 1,804,000 vs …") as money in the table's currency. */
export const inTableCurrency = (quantity: Quantity, currency: string): Quantity => inCurrency(quantity, currency, "the table's currency")

/** A bare figure as money of a currency its context gives (`why`); any other figure as it is. */
export const inCurrency = (quantity: Quantity, currency: string, why: string): Quantity =>
  quantity.kind !== "count" ? quantity : { ...quantity, kind: "money", unit: currency, derivation: `${quantity.derivation}; ${why} ${currency}` }

/**
 * A bare prior figure after one in cents or pence is in cents or pence too: "Shr profit six cents vs
 * loss 10" is ten cents, not ten dollars (the unit written once for the pair).
 */
export const inCurrentMinorUnit = (prior: Quantity, current: Quantity): Quantity => {
  const minor = current.kind === "money" && prior.kind === "count" ? minorUnitWritten(current.text) : undefined
  if (minor === undefined) return prior
  return {
    ...prior,
    kind: "money",
    unit: current.unit,
    ...scaleQuantity(prior, minor.factor),
    derivation: `${prior.derivation}; in the minor unit of '${current.text}' before it`
  }
}
