import type { Quantity } from "../model/quantity.js"
import { isBareDollar, isUnmarkedDollar } from "../quantity/currencies.js"
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

/** Stock exchanges of a dollar country by the suffix the wires put on a ticker ("KFL.TO"): Toronto, Montreal, Vancouver. */
const LISTING_COUNTRIES: ReadonlyMap<string, string> = new Map([
  ["TO", "country:CA"],
  ["M", "country:CA"],
  ["V", "country:CA"]
])

/** The dollar country whose exchange a ticker is of, if its suffix names one: "CWS.TO" → Canada. */
export const listingCountry = (ticker: string | undefined): string | undefined => {
  const suffix = ticker === undefined ? undefined : /\.([A-Z]{1,2})$/.exec(ticker)?.[1]
  return suffix === undefined ? undefined : LISTING_COUNTRIES.get(suffix)
}

/** A firm listed on a dollar country's exchange, by its holder id: its accounts are in that country's dollar. */
export interface ListedFirm {
  readonly id: string
  readonly country: string
}

/**
 * "Wilson estimated the deficit will fall to 29.3 billion dlrs": a bare "dlrs" of a dollar country's
 * budget, spending or taxes is that country's dollar, not the U.S. one the word reads as alone; so is one
 * of its economy's statistics where the wires write its own dollar bare, and any of a firm listed only
 * there ("KAUFEL GROUP LTD (KFL.TO) 4TH QTR NET … Net 1,213,000 vs 992,000").
 */
export const inHomeDollars = (value: Quantity, holder: string | undefined, measure: string | undefined, listed?: ListedFirm): Quantity => {
  const firm = listed !== undefined && holder === listed.id
  const country = firm ? listed.country : holder
  const home = country === undefined ? undefined : HOME_DOLLARS.get(country)
  if (home === undefined || value.unit !== "USD" || !(firm ? isUnmarkedDollar(value.text) : isBareDollar(value.text))) return value
  const own = firm || PUBLIC_ACCOUNTS.has(measure ?? "") || (home.statistics && measureById(measure ?? "")?.holder === "economy")
  return own ? { ...value, unit: home.code, derivation: `${value.derivation}; 'dlrs' → ${home.code}: ${firm ? `a firm listed in ${country} keeps its accounts` : `${holder}'s own accounts are`} in its dollar` } : value
}
