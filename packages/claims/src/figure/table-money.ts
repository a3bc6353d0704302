import type { Quantity } from "../model/quantity.js"

/** A results table's bare figure ("Net 1,804,000 vs …") as money in the table's currency. */
export const inTableCurrency = (quantity: Quantity, currency: string): Quantity =>
  quantity.kind !== "count"
    ? quantity
    : { ...quantity, kind: "money", unit: currency, derivation: `${quantity.derivation}; the table's currency ${currency}` }
