import type { Claim, Figure, FigureGap, FigureStatus } from "@crosscheck/claims"
import { COUNTERPART_REQUIRED_MEASURES, ITEM_REQUIRED_MEASURES, MARKET_MEASURES, MEASURED_STATUSES } from "./figure-rules.js"

/**
 * Why a claim is not compared with any other, in the order a claim is counted under (each claim
 * counts once, under the first that applies). Reports show these counts, so users see what was
 * not checked.
 */
export const UNCOMPARED_REASONS = {
  no_figure: "a value with no figure identity",
  unresolved_value: "the value could not be resolved",
  no_holder: "no holder (whose figure it is)",
  no_measure: "no measure (what it counts)",
  no_period: "no period",
  no_item: "no item (which commodity, rate or category)",
  no_counterpart: "no counterpart (a stake in, or a deal or offer for, what)",
  forecast: "a forecast",
  estimate: "an estimate",
  target: "a target or quota",
  plan: "a plan, proposal or offer",
  negated: "negated",
  no_value: "a deal or statistic with no figure",
  no_actors: "an event with no named actors"
} as const satisfies Record<string, string>

export type UncomparedReason = keyof typeof UNCOMPARED_REASONS

const GAP_REASONS: Readonly<Record<FigureGap, UncomparedReason>> = {
  value: "unresolved_value",
  holder: "no_holder",
  measure: "no_measure",
  period: "no_period"
}
const GAP_ORDER: ReadonlyArray<FigureGap> = ["value", "holder", "measure", "period"]

const STATUS_REASONS: Readonly<Record<Exclude<FigureStatus, "actual" | "preliminary" | "revised">, UncomparedReason>> = {
  forecast: "forecast",
  estimate: "estimate",
  target: "target",
  plan: "plan"
}

/** The identity fields a comparable figure has, all resolved. */
export interface ResolvedFigure extends Figure {
  readonly holder: string
  readonly measure: string
  readonly period: NonNullable<Figure["period"]>
}

/**
 * How a figure claim stands for comparison: never compared (with the reason), or comparable.
 * A comparable figure is `conclusive` — able to contradict — when it is asserted plainly (not
 * planned or hedged) about a period written, tabled or carried from its own sentence; a figure
 * dated only by the article's day or by another sentence's date, or hedged, may still corroborate.
 */
export type FigureStanding =
  | { readonly comparable: false; readonly reason: UncomparedReason }
  | { readonly comparable: true; readonly figure: ResolvedFigure; readonly conclusive: boolean }

const isResolved = (figure: Figure): figure is ResolvedFigure =>
  figure.unresolved.length === 0 && figure.holder !== undefined && figure.measure !== undefined && figure.period !== undefined

/** Whether, and how firmly, a claim's figure can be compared: reads only `claim.figure`, `claim.value` and `claim.modality`. */
export const figureStanding = (claim: Claim): FigureStanding => {
  const { figure } = claim
  if (claim.value === undefined) return { comparable: false, reason: "no_value" }
  if (figure === undefined) return { comparable: false, reason: "no_figure" }
  const gap = GAP_ORDER.find((g) => figure.unresolved.includes(g))
  if (gap !== undefined) return { comparable: false, reason: GAP_REASONS[gap] }
  if (!isResolved(figure)) {
    return { comparable: false, reason: figure.holder === undefined ? "no_holder" : figure.measure === undefined ? "no_measure" : "no_period" }
  }
  if (figure.item === undefined && ITEM_REQUIRED_MEASURES.has(figure.measure)) return { comparable: false, reason: "no_item" }
  if (figure.counterpart === undefined && COUNTERPART_REQUIRED_MEASURES.has(figure.measure)) return { comparable: false, reason: "no_counterpart" }
  if (!MEASURED_STATUSES.has(figure.status)) return { comparable: false, reason: STATUS_REASONS[figure.status as keyof typeof STATUS_REASONS] }
  if (claim.modality === "negated") return { comparable: false, reason: "negated" }
  const plainlyAsserted = claim.modality === "reported" || claim.modality === "quoted_opinion"
  // A period carried from another sentence ("2003's imbalance of $496.5bn. The deficit with China, up 30.5% at $162bn")
  // may be that sentence's own: such a figure corroborates but never contradicts. Nor does a market's reading of one day.
  const intraday = MARKET_MEASURES.has(figure.measure) && A_DAY_OR_FINER.test(figure.period.value)
  return { comparable: true, figure, conclusive: plainlyAsserted && !intraday && figure.period.origin !== "document_date" && figure.period.origin !== "inherited" }
}

/** A period of one day, or a time of one ("1987-10-20", "1987-10-20T09:45"). */
const A_DAY_OR_FINER = /^\d{4}-\d{2}-\d{2}(?:T|$)/
