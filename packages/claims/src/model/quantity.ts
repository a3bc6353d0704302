import { Schema } from "effect"

export const QuantityKind = Schema.Literals(["money", "percent", "count", "ordinal", "measure"])
export type QuantityKind = typeof QuantityKind.Type

/** How a figure was qualified in the text: "more than", "almost", "about", "up to", … */
export const Qualifier = Schema.Literals([
  "exact",
  "approximate",
  "more_than",
  "at_least",
  "less_than",
  "almost",
  "at_most",
  "total"
])
export type Qualifier = typeof Qualifier.Type

/**
 * The interval a qualified figure stands for, in base units: "more than 200 bn" → (200e9, null);
 * "almost 90 bn" → [85.5e9, 90e9). A null bound is unbounded (JSON has no Infinity).
 */
export const ValueInterval = Schema.Struct({
  low: Schema.NullOr(Schema.Finite),
  high: Schema.NullOr(Schema.Finite),
  lowInclusive: Schema.Boolean,
  highInclusive: Schema.Boolean
})
export type ValueInterval = typeof ValueInterval.Type

/**
 * A figure found in a text. `value` is in base units: 200000000000 for "US$200 billion", 14.3 for
 * "14.3 percent", 2802000 for "2,802 kilometers" (metres). `unit` is an ISO 4217 code for money,
 * "percent", a SI-style base unit for measures ("m", "kg", "s", "t/yr"), "item" for counts and
 * ordinals.
 */
export const Quantity = Schema.Struct({
  id: Schema.String,
  start: Schema.Int,
  end: Schema.Int,
  text: Schema.String,
  kind: QuantityKind,
  value: Schema.Finite,
  unit: Schema.String,
  /** For measures, what is measured ("length", "mass", "duration", "mass_rate", …). */
  dimension: Schema.optionalKey(Schema.String),
  qualifier: Qualifier,
  interval: ValueInterval,
  /** Significant precision of the figure as written, in base units (24.5 billion → 1e8): compares "24.47" with "24.5". */
  precision: Schema.Finite,
  /** The same figure restated in other units in the same breath: "2,802 kilometers (1,741 miles)". */
  equivalents: Schema.Array(
    Schema.Struct({ start: Schema.Int, end: Schema.Int, text: Schema.String, value: Schema.Finite, unit: Schema.String })
  ),
  derivation: Schema.String
})
export type Quantity = typeof Quantity.Type
