import type { Quantity } from "../model/quantity.js"
import { isBareDollar } from "../quantity/currencies.js"

/** Countries whose own currency is a dollar, and its code. */
const HOME_DOLLARS: ReadonlyMap<string, string> = new Map([
  ["country:CA", "CAD"],
  ["country:AU", "AUD"],
  ["country:NZ", "NZD"],
  ["country:HK", "HKD"],
  ["country:SG", "SGD"],
  ["country:TW", "TWD"]
])

/** A government's own accounts: kept in its own currency, whatever the wire writes. */
const PUBLIC_ACCOUNTS: ReadonlySet<string> = new Set(["budget_balance", "public_spending", "government_spending", "tax"])

/**
 * "Wilson estimated the deficit will fall to 29.3 billion dlrs": a bare "dlrs" of a dollar country's
 * budget, spending or taxes is that country's dollar, not the U.S. one the word reads as alone.
 */
export const inHomeDollars = (value: Quantity, holder: string | undefined, measure: string | undefined): Quantity => {
  const home = holder === undefined ? undefined : HOME_DOLLARS.get(holder)
  if (home === undefined || value.unit !== "USD" || !PUBLIC_ACCOUNTS.has(measure ?? "") || !isBareDollar(value.text)) return value
  return { ...value, unit: home, derivation: `${value.derivation}; 'dlrs' → ${home}: ${holder}'s own accounts are in its dollar` }
}
