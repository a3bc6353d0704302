import { type Relation, RelationType } from "@crosscheck/claims/model"
import { Schema } from "effect"

/** A finding someone accepted: matched on its fingerprint, which ignores offsets and claim ids. */
export const BaselineEntry = Schema.Struct({
  fingerprint: Schema.String,
  type: RelationType,
  key: Schema.String,
  articles: Schema.Array(Schema.String),
  /** Why it was accepted, in the reviewer's words. */
  note: Schema.optionalKey(Schema.String),
  /** When it was accepted (ISO 8601). */
  acceptedAt: Schema.optionalKey(Schema.String)
})
export type BaselineEntry = typeof BaselineEntry.Type

/** The baseline file (JSON): the findings accepted so far. */
export const Baseline = Schema.Struct({
  version: Schema.Literal(1),
  entries: Schema.Array(BaselineEntry)
})
export type Baseline = typeof Baseline.Type

export interface BaselineOutcome {
  /** Findings the baseline does not accept. */
  readonly active: ReadonlyArray<Relation>
  /** Findings the baseline accepts. */
  readonly suppressed: ReadonlyArray<Relation>
  /** Entries matching no current finding: what they accepted is gone (fixed, or the text changed). */
  readonly stale: ReadonlyArray<BaselineEntry>
}

const byFingerprint = (a: BaselineEntry, b: BaselineEntry): number =>
  a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0

/**
 * The baseline accepting every given finding (`--update-baseline`), one entry per fingerprint,
 * sorted so the file diffs cleanly. Entries of `previous` that still match keep their note and
 * acceptance date; `acceptedAt` (from the caller's Clock) dates the new ones.
 */
export const baselineOf = (
  relations: ReadonlyArray<Relation>,
  options: { readonly previous?: Baseline; readonly acceptedAt?: string } = {}
): Baseline => {
  const kept = new Map((options.previous?.entries ?? []).map((entry) => [entry.fingerprint, entry]))
  const entries = new Map<string, BaselineEntry>()
  for (const relation of relations) {
    if (entries.has(relation.fingerprint)) continue
    const previous = kept.get(relation.fingerprint)
    entries.set(relation.fingerprint, {
      fingerprint: relation.fingerprint,
      type: relation.type,
      key: relation.key,
      articles: [...relation.articles].sort(),
      ...(previous?.note === undefined ? {} : { note: previous.note }),
      ...(previous?.acceptedAt !== undefined
        ? { acceptedAt: previous.acceptedAt }
        : options.acceptedAt === undefined
          ? {}
          : { acceptedAt: options.acceptedAt })
    })
  }
  return { version: 1, entries: [...entries.values()].sort(byFingerprint) }
}

/** Splits findings into those the baseline accepts and those it does not, and lists its stale entries. */
export const applyBaseline = (relations: ReadonlyArray<Relation>, baseline: Baseline): BaselineOutcome => {
  const accepted = new Set(baseline.entries.map((entry) => entry.fingerprint))
  const matched = new Set<string>()
  const active: Array<Relation> = []
  const suppressed: Array<Relation> = []
  for (const relation of relations) {
    if (accepted.has(relation.fingerprint)) {
      suppressed.push(relation)
      matched.add(relation.fingerprint)
    } else {
      active.push(relation)
    }
  }
  const stale = baseline.entries.filter((entry) => !matched.has(entry.fingerprint))
  return { active, suppressed, stale }
}
