import { Schema } from "effect"

/**
 * What a figure states: the amount itself ("exports were 3.4 bln", "rose to 3.4 bln"), an absolute
 * change ("rose by 1.2 bln", "up 300 mln") or a percentage change ("rose 5 pct", "growth of 2.5 pct").
 */
export const FigureAspect = Schema.Literals(["level", "change_amount", "change_percent"])
export type FigureAspect = typeof FigureAspect.Type

/**
 * How the figure is given: as having happened, a first (preliminary, provisional, flash) or a
 * revised reading, an estimate of an unmeasured amount, a forecast, an official target or quota,
 * or a planned, proposed or offered amount. A forecast, estimate or target is never compared with
 * an actual.
 */
export const FigureStatus = Schema.Literals(["actual", "preliminary", "revised", "estimate", "forecast", "target", "plan"])
export type FigureStatus = typeof FigureStatus.Type

/**
 * Where a figure's period came from: written in its own sentence, a results table's row head and
 * period-end date, the article's own day ("closed at 1,234 today"), or carried from another
 * sentence (a trade report's period set once; such a period may corroborate, never contradict).
 */
export const PeriodOrigin = Schema.Literals(["written", "table", "document_date", "inherited"])
export type PeriodOrigin = typeof PeriodOrigin.Type

/** The time a figure refers to (not when it was said). */
export const FigurePeriod = Schema.Struct({
  /** A TIMEX3 value: `1987-Q3`, `1987-03`, `1986`, `1987-01/1987-04` for a span of months, `FY1987`. */
  value: Schema.String,
  origin: PeriodOrigin,
  /** True for the comparison figure of a pair: the one after "vs", "from X a year earlier". */
  prior: Schema.Boolean
})
export type FigurePeriod = typeof FigurePeriod.Type

/** Who issued or said the figure: "the Commerce Department said", "according to trade estimates". */
export const FigureSource = Schema.Struct({
  /** As written. */
  text: Schema.String,
  /** Its entity id, when resolved. */
  entity: Schema.optionalKey(Schema.String)
})
export type FigureSource = typeof FigureSource.Type

/** What kept a figure from being fully identified: such a figure is stored, never compared. */
export const FigureGap = Schema.Literals(["holder", "measure", "period", "value"])
export type FigureGap = typeof FigureGap.Type

/**
 * A figure's identity: whose figure it is, what it measures, against whom, for which period, on
 * what basis, from whom, how final, and whether it is a level or a change. Two claims are the same
 * quantity only when these agree; comparison reads these fields, never derivation text.
 */
export const Figure = Schema.Struct({
  /** Entity id of whose figure it is: a company, country, bloc, market, index, agency. */
  holder: Schema.optionalKey(Schema.String),
  /** The holder as written ("Dean Foods Co"), kept when it resolves to no gazetteer entry too. */
  holderText: Schema.optionalKey(Schema.String),
  /** An id of the measure vocabulary (packages/claims/src/figure/measures.ts): `net_income`, `trade_balance`, … */
  measure: Schema.optionalKey(Schema.String),
  /** The commodity, product or named rate when the measure alone does not say ("wheat", "prime rate"). */
  item: Schema.optionalKey(Schema.String),
  /** Entity id of a bilateral figure's partner ("surplus with the U.S."), or `world`. */
  counterpart: Schema.optionalKey(Schema.String),
  period: Schema.optionalKey(FigurePeriod),
  /** `customs`, `balance_of_payments`, `seasonally_adjusted`, `annualised`, `year_on_year`, … */
  basis: Schema.optionalKey(Schema.String),
  source: Schema.optionalKey(FigureSource),
  status: FigureStatus,
  aspect: FigureAspect,
  /** What could not be resolved; non-empty means the figure is never compared. */
  unresolved: Schema.Array(FigureGap)
})
export type Figure = typeof Figure.Type
