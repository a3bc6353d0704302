import { Schema } from "effect"

/**
 * - contradiction: the same fact stated with incompatible values;
 * - overlap: the same fact in two or more articles (corroboration);
 * - revision: the same figure given first as preliminary (or as first reported) and later revised
 *   (or restated as a prior-period figure) to another value — a correction, not a conflict;
 * - duplicate: the same fact repeated within one article, or the same story published twice;
 * - timeline: the same metric for different periods — a series, not a conflict.
 */
export const RelationType = Schema.Literals(["contradiction", "overlap", "revision", "duplicate", "timeline"])
export type RelationType = typeof RelationType.Type

/**
 * The findings a reviewer acts on: those a CI gate can fail on, the CI formats list and a baseline
 * accepts. Not series (timelines), repeats (duplicates) or revisions, which are only counted.
 */
export const ACTIONABLE_TYPES: ReadonlySet<RelationType> = new Set(["contradiction", "overlap"])

export const Severity = Schema.Literals(["low", "medium", "high"])
export type Severity = typeof Severity.Type

/** A symmetric relation between claims, stable across re-runs. */
export const Relation = Schema.Struct({
  /** Derived from the type and the sorted claim ids. */
  id: Schema.String,
  type: RelationType,
  /** Sorted claim ids. */
  claims: Schema.Array(Schema.String),
  /** Sorted ids of the articles the claims come from. */
  articles: Schema.Array(Schema.String),
  /** The comparison key the claims were grouped under ("trade.volume|country:CN,country:RU|2023"). */
  key: Schema.String,
  severity: Schema.optionalKey(Severity),
  /** Plain words: both quotes, both normalised values, and how each was derived. */
  explanation: Schema.String,
  /** What the finding is (type, key, articles, values), independent of offsets: the baseline matches on it. */
  fingerprint: Schema.String
})
export type Relation = typeof Relation.Type
