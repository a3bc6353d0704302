import type { FigureAspect, FigureStatus } from "@crosscheck/claims"

/**
 * When two figures are the same quantity. Data, not logic: extend the tables, not the code. Every
 * id here is a measure id of the claims package's vocabulary (bench/gold-news/GUIDE.md).
 */

/**
 * Bilateral measures whose holder and counterpart can be swapped, and what the swap does to the
 * value: A's surplus with B is B's deficit with A (`signed`: the sign of a level or an absolute
 * change flips; a percentage change does not), two-way trade between A and B is the same between
 * B and A, as is a deal between two parties, whichever the text names first (`symmetric`).
 */
export const SWAPPABLE_MEASURES: ReadonlyMap<string, "signed" | "symmetric"> = new Map([
  ["trade_balance", "signed"],
  ["current_account", "signed"],
  ["total_trade", "symmetric"],
  ["deal_count", "symmetric"],
  ["deal_value", "symmetric"],
  // "the dollar fell to 140 yen" and "the yen rose to 140 to the dollar": one rate, its pair in `item`.
  ["exchange_rate", "symmetric"]
])

/** Aspects whose value changes sign with a signed measure's direction (a percentage change does not). */
export const SIGNED_ASPECTS: ReadonlySet<FigureAspect> = new Set(["level", "change_amount"])

/**
 * One flow seen from either end: A's exports to B are B's imports from A. Each country's customs
 * records its side (exports free on board, imports with cost, insurance and freight, at different
 * dates), so the two are the same quantity only when one source states both: such pairs compare
 * only when both figures name the same source entity.
 */
export const MIRRORED_MEASURES: ReadonlyMap<string, string> = new Map([["imports", "exports"]])

/**
 * Measures that name no quantity until their item says which: the production of what, the price of
 * which commodity, which interest rate, which money aggregate, casualties killed or injured. A
 * figure of one of these with no item is never compared ("U.S. production in 1986 was 2.09 billion
 * bushels" is wheat in one story and corn in the next).
 */
export const ITEM_REQUIRED_MEASURES: ReadonlySet<string> = new Set([
  "production",
  "stocks",
  "quota",
  "commodity_price",
  "sales_volume",
  "interest_rate",
  "exchange_rate",
  "money_supply",
  "extraordinary_item",
  "public_spending",
  "tax",
  "people_count",
  "casualties",
  // Loans, credit lines and borrowings of whom, to whom: "2.15 billion dlrs in new loans" and a
  // week's discount window borrowings are different quantities until an item says which.
  "credit"
])

/**
 * Measures that name no quantity until their counterpart says of what: a stake in which firm, a deal
 * or an offer for what. A figure of one of these with no counterpart is never compared ("Willis
 * already owns 2.05 mln" and "holds 9.9 pct" may be stakes in two firms).
 */
export const COUNTERPART_REQUIRED_MEASURES: ReadonlySet<string> = new Set(["stake", "deal_value", "offer_price"])

/**
 * Measures of a market that moves through its trading day: its opening, midday and closing readings
 * differ without disagreeing ("the FTSE 100 was down 259.1 points at 0945 GMT", "closed down 249.6"),
 * and a text seldom says which it gives. Two figures of one day or hour corroborate but never contradict.
 */
export const MARKET_MEASURES: ReadonlySet<string> = new Set(["index_level", "share_price", "exchange_rate", "commodity_price", "market_volume"])

/** Statuses of figures that are measured (first, final or corrected readings of what happened). */
export const MEASURED_STATUSES: ReadonlySet<FigureStatus> = new Set(["actual", "preliminary", "revised"])

/**
 * Statuses where a later reading of the same figure is expected to differ: a preliminary figure
 * and a revised one differ by revision, not by disagreement.
 */
export const PROVISIONAL_STATUSES: ReadonlySet<FigureStatus> = new Set(["preliminary", "revised"])

/**
 * Bases that measure the same quantity differently, grouped by what they say: two figures whose
 * bases of one group differ ("customs" and "balance_of_payments", "annualised" and
 * "year_on_year") are different quantities. A basis stated on one figure only leaves the other's
 * unknown: they may corroborate each other but never contradict.
 */
export const BASIS_GROUPS: ReadonlyMap<string, string> = new Map([
  ["customs", "trade"],
  ["balance_of_payments", "trade"],
  ["fob", "valuation"],
  ["cif", "valuation"],
  ["seasonally_adjusted", "adjustment"],
  ["not_seasonally_adjusted", "adjustment"],
  ["annualised", "rate"],
  ["year_on_year", "rate"],
  ["quarter_on_quarter", "rate"],
  ["month_on_month", "rate"],
  ["official", "authority"],
  ["unofficial", "authority"],
  ["per_share", "per_share"]
])

/** Figures further apart than this factor are different facts (a cost and a saving), not a disagreement. */
export const MAX_COMPARABLE_RATIO = 10
