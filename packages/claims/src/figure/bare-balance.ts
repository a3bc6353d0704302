/** Words of a text about trade in goods: its bare deficit or surplus is the trade balance. */
const TRADE_WORDS = /\b(?:trade|trading|exports?|imports?|exported|imported)\b/i
/** Words of a text about a government's budget. */
const BUDGET_WORDS = /\b(?:budget|budgets|fiscal)\b/i

/** The measures a deficit or surplus named bare ("the deficit") may be, with no balance named before it. */
export type BareBalanceMeasure = "trade_balance" | "budget_balance"

/**
 * What a deficit or surplus named bare measures in a text that names no balance before it ("It would
 * cut next year's deficit by about $37 billion to $134 billion" in a story of a budget plan): the
 * government's budget when the text speaks of a budget and never of trade, else the trade balance.
 */
export const bareBalanceMeasure = (text: string, title: string | undefined): BareBalanceMeasure => {
  const words = title === undefined ? text : `${title}\n${text}`
  return BUDGET_WORDS.test(words) && !TRADE_WORDS.test(words) ? "budget_balance" : "trade_balance"
}
