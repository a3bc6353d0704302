/**
 * How each predicate's parties are compared. Data, not logic: extend the tables, not the code.
 *
 * - `signed`: parties are sorted and the value's sign flips when the order changes
 *   (A's trade surplus with B is B's deficit with A).
 * - `directed`: the order is part of the meaning (China's share of Russia's trade is not Russia's
 *   share of China's), so it is kept.
 * - every other predicate is symmetric: parties are sorted ("Putin met Xi" = "Xi met Putin").
 */
export const SIGNED_PREDICATES: ReadonlySet<string> = new Set(["trade.balance"])

export const DIRECTED_PREDICATES: ReadonlySet<string> = new Set([
  "trade.share",
  "trade.rank",
  // The reporting country first: China's exports to Russia are not Russia's exports to China.
  "trade.exports",
  "trade.imports",
  "trade.exports_growth",
  "trade.imports_growth"
])

/** Event predicates that name the same kind of event for comparison: a state visit is a visit. */
export const EVENT_FAMILIES: ReadonlyMap<string, string> = new Map([["event.state_visit", "event.visit"]])

/**
 * Kinds whose `object` distinguishes what is counted: "30 contracts" and "a dozen
 * intergovernmental agreements" are different counts. (A statistic's predicate already names
 * what it measures: `statistic.altitude`.)
 */
export const OBJECT_SCOPED_KINDS: ReadonlySet<string> = new Set(["deal"])
