import type { Quantity } from "../model/quantity.js"
import { isBareDollar } from "../quantity/currencies.js"
import { measureById } from "./measures.js"

/**
 * Countries whose own currency is a dollar: its code, and whether the wires write a bare "dlrs" for it in
 * the economy's statistics too (Canada, Australia, New Zealand: "the current account deficit narrowed to
 * 12.32 billion dlrs"), or only in the government's own accounts (Taiwan's trade is counted in U.S. dollars).
 */
const HOME_DOLLARS: ReadonlyMap<string, { readonly code: string; readonly statistics: boolean }> = new Map([
  ["country:CA", { code: "CAD", statistics: true }],
  ["country:AU", { code: "AUD", statistics: true }],
  ["country:NZ", { code: "NZD", statistics: true }],
  ["country:HK", { code: "HKD", statistics: false }],
  ["country:SG", { code: "SGD", statistics: false }],
  ["country:TW", { code: "TWD", statistics: false }]
])

/** A government's own accounts: kept in its own currency, whatever the wire writes. */
const PUBLIC_ACCOUNTS: ReadonlySet<string> = new Set(["budget_balance", "public_spending", "government_spending", "tax"])

/**
 * "Wilson estimated the deficit will fall to 29.3 billion dlrs": a bare "dlrs" of a dollar country's
 * budget, spending or taxes is that country's dollar, not the U.S. one the word reads as alone; so is one
 * of its economy's statistics where the wires write its own dollar bare.
 */
export const inHomeDollars = (value: Quantity, holder: string | undefined, measure: string | undefined): Quantity => {
  const home = holder === undefined ? undefined : HOME_DOLLARS.get(holder)
  if (home === undefined || value.unit !== "USD" || !isBareDollar(value.text)) return value
  const own = PUBLIC_ACCOUNTS.has(measure ?? "") || (home.statistics && measureById(measure ?? "")?.holder === "economy")
  return own ? { ...value, unit: home.code, derivation: `${value.derivation}; 'dlrs' → ${home.code}: ${holder}'s own accounts are in its dollar` } : value
}
