import { Schema, SchemaGetter } from "effect"
import { IsoDay } from "../time/iso-day.js"
import { formatTimexValue, isYearValue } from "../time/timex-value.js"

/** TIMEX3 types (ISO-TimeML). */
export const TimexType = Schema.Literals(["DATE", "TIME", "DURATION", "SET"])
export type TimexType = typeof TimexType.Type

/** TIMEX3 `mod` values: "early April" is 2018-04 with mod START, "more than two years" P2Y with MORE_THAN. */
export const TimexMod = Schema.Literals([
  "START",
  "MID",
  "END",
  "BEFORE",
  "AFTER",
  "ON_OR_BEFORE",
  "ON_OR_AFTER",
  "APPROX",
  "LESS_THAN",
  "MORE_THAN",
  "EQUAL_OR_LESS",
  "EQUAL_OR_MORE"
])
export type TimexMod = typeof TimexMod.Type

/**
 * One time expression found in a text, with its exact span and its TIMEX3 value
 * ("2018-06-09", "2018-06", "2018-W11", "XXXX-06-09", "P3D", "PRESENT_REF", …).
 * Coordinated and ranged dates ("between June 9 and 10") yield one Timex per end point, as TimeML
 * annotates them, tied together by `range`.
 */
export const Timex = Schema.Struct({
  id: Schema.String,
  start: Schema.Int,
  end: Schema.Int,
  text: Schema.String,
  type: TimexType,
  value: Schema.String,
  mod: Schema.optionalKey(TimexMod),
  /** For a SET: how often ("each season" → XXXX-SU with quant EACH). */
  quant: Schema.optionalKey(Schema.String),
  freq: Schema.optionalKey(Schema.String),
  /** The id of the other end point when this expression is one end of a range. */
  range: Schema.optionalKey(Schema.Struct({ role: Schema.Literals(["begin", "end"]), other: Schema.String })),
  /** How the value was reached, in words: "'Friday' → 2018-06-08: the Friday before the reference date 2018-06-09 (past tense)". */
  derivation: Schema.String,
  /** True when the value has no known year (XXXX-…) because the reference date is unknown. */
  yearOpen: Schema.optionalKey(Schema.Boolean),
  /** True when the value's year was taken from an earlier date that writes it ("the fourth quarter of 2004 ... the same quarter"), not from the reference date. */
  yearWritten: Schema.optionalKey(Schema.Boolean)
})
export type Timex = typeof Timex.Type

/**
 * Where a claim's period comes from: `written` in its own sentence, `inherited` from the words of
 * an earlier one (a report's period set once: the scope's `timexes` say which), a results `table`
 * (its headline and row heads: `text` says which words), or the `reference` date (a present-tense
 * state, no time expression at all).
 */
export const TimeScopeOrigin = Schema.Literals(["written", "inherited", "table", "reference"])
export type TimeScopeOrigin = typeof TimeScopeOrigin.Type

/**
 * A claim's time scope: a closed interval between two TIMEX3 values at their own precision
 * ("2023" .. "2023" is the year 2023; "2018-06-09" .. "2018-06-10" two days).
 */
export const TimeScope = Schema.Struct({
  start: Schema.String,
  end: Schema.String,
  /** The source text the scope was read from. */
  text: Schema.String,
  /** Ids of the Timex expressions it was built from. */
  timexes: Schema.Array(Schema.String),
  derivation: Schema.String,
  /** Written, inherited or the reference date: set on every claim extracted (absent from claims stored before it existed). */
  origin: Schema.optionalKey(TimeScopeOrigin)
})
export type TimeScope = typeof TimeScope.Type

/** Where an article's reference date came from, as written in the store and the JSON outputs. */
export const ReferenceDateBasis = Schema.Literals(["metadata", "inferred", "unknown"])
export type ReferenceDateBasis = typeof ReferenceDateBasis.Type

/**
 * The date an article was written, as far as it is known: a day (from the corpus metadata, or
 * inferred from the text), only a year (inferred from past-tense reporting: relative days stay
 * open), or unknown. `why` says how it was reached ("published date from the corpus metadata",
 * "weekday–date agreement 'Thursday, May 16'").
 */
export const KnownReferenceDay = Schema.TaggedStruct("Day", {
  day: IsoDay,
  basis: Schema.Literals(["metadata", "inferred"]),
  why: Schema.String
})
export const ReferenceYear = Schema.TaggedStruct("Year", { year: Schema.Int, why: Schema.String })
export const UnknownReferenceDate = Schema.TaggedStruct("Unknown", { why: Schema.String })
const ReferenceDateCases = Schema.Union([KnownReferenceDay, ReferenceYear, UnknownReferenceDate])

/** How a reference date is written in the store and the JSON outputs: `{ date, basis, why }`. */
const WrittenReferenceDate = Schema.Struct({
  /** YYYY-MM-DD; a bare year YYYY when only the year could be inferred; null when unknown. */
  date: Schema.NullOr(Schema.String),
  basis: ReferenceDateBasis,
  why: Schema.String
})

export const ReferenceDate = WrittenReferenceDate.pipe(
  Schema.decodeTo(ReferenceDateCases, {
    decode: SchemaGetter.transform(({ basis, date, why }) =>
      date === null || basis === "unknown"
        ? { _tag: "Unknown" as const, why }
        : isYearValue(date)
        ? { _tag: "Year" as const, year: Number(date), why }
        : { _tag: "Day" as const, day: date, basis, why }
    ),
    encode: SchemaGetter.transform((reference) => ({
      date: reference._tag === "Unknown" ? null : reference._tag === "Year" ? formatTimexValue({ year: reference.year }) : reference.day,
      basis: reference._tag === "Unknown" ? "unknown" as const : reference._tag === "Year" ? "inferred" as const : reference.basis,
      why: reference.why
    }))
  })
)
export type ReferenceDate = typeof ReferenceDate.Type
