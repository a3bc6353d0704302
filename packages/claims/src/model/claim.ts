import { Schema } from "effect"
import { Figure } from "./figure.js"
import { Quantity } from "./quantity.js"
import { Span } from "./span.js"
import { TimeScope } from "./time.js"

/** The kinds of checkable claims crosscheck extracts. */
export const ClaimKind = Schema.Literals(["event", "trade", "deal", "statistic"])
export type ClaimKind = typeof ClaimKind.Type

/**
 * How the article asserts the claim: as a reported fact, as planned or expected, hedged
 * ("may", "reportedly"), negated, or as someone's quoted opinion.
 */
export const Modality = Schema.Literals(["reported", "planned", "hedged", "negated", "quoted_opinion"])
export type Modality = typeof Modality.Type

/** Who said it, and when: "Lavrov said on Sunday". */
export const Attribution = Schema.Struct({
  /** The source as written ("Russian Foreign Minister Sergei Lavrov", "the Kremlin"). */
  text: Schema.String,
  /** Its entity id, when resolved. */
  entity: Schema.optionalKey(Schema.String),
  /** When it was said, as a TIMEX3 value. */
  said: Schema.optionalKey(Schema.String),
  span: Span
})
export type Attribution = typeof Attribution.Type

/**
 * A dated, checkable claim with its provenance. This one model is what the database stores, what
 * `crosscheck export claims` prints and what reports show.
 *
 * Predicates are dotted, normalised names:
 * - event: `event.visit`, `event.state_visit`, `event.meeting`, `event.summit`, `event.talks`,
 *   `event.call`, `event.election`, `event.signing`, `event.launch`, `event.test`, `event.sanctions`, …
 * - trade: `trade.volume` (both ways), `trade.balance` (value > 0: surplus of subjects[0] with
 *   subjects[1]), `trade.share`, `trade.growth`, `trade.rank`; one way's flow: `trade.exports`
 *   (subjects[0] sells to subjects[1]), `trade.imports` (subjects[0] buys from subjects[1]) and their
 *   changes `trade.exports_growth`, `trade.imports_growth` — a lone subject is its total with the world
 * - deal: `deal.count`, `deal.value`
 * Every claim with a value carries `figure`, its identity as structured fields (holder, measure,
 * counterpart, period, basis, source, status, aspect): comparison reads those, not the predicate.
 * - statistic: `statistic.<measured thing>` (`statistic.altitude`, `statistic.casualties`, …)
 */
export const Claim = Schema.Struct({
  /** Stable across re-runs of unchanged input. */
  id: Schema.String,
  /** The article id (its path relative to the corpus root). */
  article: Schema.String,
  kind: ClaimKind,
  predicate: Schema.String,
  /** Entity ids of the actors or parties, in the order the claim states them. */
  subjects: Schema.Array(Schema.String),
  /** Where an event takes place (entity id). */
  place: Schema.optionalKey(Schema.String),
  /** What a deal covers or a statistic measures, in words ("nuclear energy", "altitude"). */
  object: Schema.optionalKey(Schema.String),
  value: Schema.optionalKey(Quantity),
  /** The identity of the figure a claim with a value states: holder, measure, period, status, aspect. */
  figure: Schema.optionalKey(Figure),
  time: Schema.optionalKey(TimeScope),
  /** When the claim was asserted (TIMEX3 value): the attribution's time, else the reference date. */
  assertedAt: Schema.optionalKey(Schema.String),
  attribution: Schema.optionalKey(Attribution),
  modality: Modality,
  /** The sentence the claim was read from. */
  sentence: Span,
  span: Span,
  /** Exactly `text.slice(span.start, span.end)`. */
  quote: Schema.String,
  confidence: Schema.Number.check(Schema.isBetween({ minimum: 0, maximum: 1 })),
  /** The extractor version that produced it. */
  extractor: Schema.String,
  /** Other places in the same article that state the same fact: repetitions are linked, not multiplied. */
  mentions: Schema.Array(Span),
  /** How each value was read, in plain words. */
  derivation: Schema.Array(Schema.String)
})
export type Claim = typeof Claim.Type
