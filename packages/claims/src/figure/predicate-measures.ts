import type { FigureAspect } from "../model/figure.js"

export interface PredicateMeasure {
  readonly measure: string
  readonly aspect?: FigureAspect
  /** The predicate names its measure's negative side (a loss of net income): a level it states is negative. */
  readonly negative?: boolean
}

/**
 * The measure (and aspect) each claim predicate states, for claims read by kind before their
 * figure: `trade.exports_growth` is exports' percentage change. A predicate not listed leaves the
 * measure unresolved.
 */
export const PREDICATE_MEASURES: ReadonlyMap<string, PredicateMeasure> = new Map<string, PredicateMeasure>([
  ["trade.balance", { measure: "trade_balance" }],
  ["trade.volume", { measure: "total_trade" }],
  ["trade.exports", { measure: "exports" }],
  ["trade.imports", { measure: "imports" }],
  ["trade.growth", { measure: "total_trade", aspect: "change_percent" }],
  ["trade.exports_growth", { measure: "exports", aspect: "change_percent" }],
  ["trade.imports_growth", { measure: "imports", aspect: "change_percent" }],
  ["trade.share", { measure: "other:share of trade" }],
  ["deal.value", { measure: "deal_value" }],
  ["deal.count", { measure: "deal_count" }],
  ["statistic.profit", { measure: "net_income" }],
  ["statistic.net_income", { measure: "net_income" }],
  ["statistic.loss", { measure: "net_income", negative: true }],
  ["statistic.operating_profit", { measure: "operating_income" }],
  ["statistic.pretax_profit", { measure: "pretax_income" }],
  ["statistic.operating_loss", { measure: "operating_income", negative: true }],
  ["statistic.pretax_loss", { measure: "pretax_income", negative: true }],
  ["statistic.extraordinary_loss", { measure: "extraordinary_item", negative: true }],
  ["statistic.tax", { measure: "tax" }],
  ["statistic.revenue", { measure: "revenue" }],
  ["statistic.sales", { measure: "revenue" }],
  ["statistic.turnover", { measure: "revenue" }],
  ["statistic.production", { measure: "production" }],
  ["statistic.capacity", { measure: "other:capacity" }],
  ["statistic.casualties", { measure: "casualties" }],
  ["statistic.injuries", { measure: "casualties" }],
  ["statistic.refugees", { measure: "people_count" }],
  ["statistic.gdp_growth", { measure: "gdp", aspect: "change_percent" }],
  ["statistic.inflation", { measure: "consumer_prices", aspect: "change_percent" }],
  ["statistic.unemployment", { measure: "unemployment_rate" }],
  ["statistic.interest_rate", { measure: "interest_rate" }],
  ["statistic.market_share", { measure: "market_share" }],
  ["statistic.seats", { measure: "seats" }],
  ["statistic.vote_share", { measure: "votes" }],
  ["statistic.turnout", { measure: "votes" }],
  ["statistic.altitude", { measure: "other:altitude" }],
  ["statistic.distance", { measure: "other:distance" }],
  ["statistic.range", { measure: "other:range" }],
  ["statistic.depth", { measure: "other:depth" }],
  ["statistic.speed", { measure: "other:speed" }],
  ["statistic.flight_time", { measure: "other:flight time" }]
])
