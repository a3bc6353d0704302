import type { Claim, Relation, RelationType } from "@crosscheck/claims"
import { compareGroup, type Group, MAX_GROUP_CLAIMS } from "./compare-group.js"
import { comparisonKeyOf, type KeyedClaim } from "./comparison-key.js"
import { eventClusters } from "./event-clusters.js"
import { pushTo } from "./multimap.js"
import { compareStrings } from "./order.js"
import { type ArticleRef, findSameStories } from "./same-story.js"
import { timelines } from "./timelines.js"

export { MAX_GROUP_CLAIMS } from "./compare-group.js"

export interface CrossReferenceStats {
  readonly claims: number
  readonly groups: number
  readonly largestGroup: number
  /** Pairwise comparisons made: at most the sum over groups of n(n−1)/2 with n ≤ MAX_GROUP_CLAIMS. */
  readonly comparisons: number
  /** Claims left out of groups larger than MAX_GROUP_CLAIMS. */
  readonly skippedClaims: number
}

const TYPE_ORDER: ReadonlyArray<RelationType> = ["contradiction", "revision", "overlap", "duplicate", "timeline"]

/** The groups within which claims are compared pairwise: one Map pass, never all pairs of claims. */
const comparisonGroups = (entries: ReadonlyArray<KeyedClaim>): ReadonlyArray<Group> => {
  const byKey = new Map<string, Array<KeyedClaim>>()
  for (const entry of entries) pushTo(byKey, entry.key.key, entry)
  const groups: Array<Group> = []
  for (const [key, members] of byKey) {
    if (members.length < 2) continue
    const family = members[0]?.key.family
    for (const cluster of family === "event" ? eventClusters(members) : [members]) {
      if (cluster.length >= 2) groups.push({ key, members: cluster })
    }
  }
  return groups
}

const byTypeKeyId = (a: Relation, b: Relation): number =>
  TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) || compareStrings(a.key, b.key) || compareStrings(a.id, b.id)

/** Relations in their one order: by type, then key, then id. */
export const orderRelations = (relations: ReadonlyArray<Relation>): ReadonlyArray<Relation> => [...relations].sort(byTypeKeyId)

/** What comparing a set of claims found, and how much comparing it took. */
export interface RelatedClaims {
  readonly relations: ReadonlyArray<Relation>
  readonly stats: CrossReferenceStats
}

/**
 * The relations among these claims, given which articles are copies of one story (`sourceOf`):
 * groups by comparison key (a Map pass, near-linear), pairwise comparisons only within groups
 * (capped at MAX_GROUP_CLAIMS), and timelines. Every group and series lies within one comparison
 * partition (comparison-partition.ts), so a store is related partition by partition, in no order.
 */
export const relateClaims = (claims: ReadonlyArray<Claim>, sourceOf: (article: string) => string): RelatedClaims => {
  const entries = claims.flatMap((claim) => {
    const key = comparisonKeyOf(claim)
    return key === undefined ? [] : [{ claim, key }]
  })
  const groups = comparisonGroups(entries)
  const relations: Array<Relation> = []
  let comparisons = 0
  for (const group of groups) {
    const findings = compareGroup(group, sourceOf)
    relations.push(...findings.relations)
    comparisons += findings.comparisons
  }
  relations.push(...timelines(entries, sourceOf))
  const sizes = groups.map((g) => g.members.length)
  return {
    relations,
    stats: {
      claims: claims.length,
      groups: groups.length,
      largestGroup: sizes.reduce((largest, n) => Math.max(largest, n), 0),
      comparisons,
      skippedClaims: sizes.reduce((sum, n) => sum + Math.max(0, n - MAX_GROUP_CLAIMS), 0)
    }
  }
}

/**
 * Cross-references claims: finds the stories published twice, then relates the claims (see
 * `relateClaims`). Emits:
 * - contradictions: at most one per pair of articles under a key (their closest differing
 *   readings, none if they also agree there), with a severity from the distance and certainty;
 * - overlaps: one per set of agreeing claims from two or more sources ("confirmed by N sources");
 * - duplicates: a fact repeated within one article, and a story published twice (one per article
 *   pair; its copies then count as one source and take part in nothing else);
 * - timelines: one per series of the same metric and parties over two or more periods.
 */
export const crossReferenceWithStats = (claims: ReadonlyArray<Claim>, articles: ReadonlyArray<ArticleRef>): RelatedClaims => {
  const stories = findSameStories(claims, articles)
  const related = relateClaims(claims, stories.sourceOf)
  return { relations: orderRelations([...stories.relations, ...related.relations]), stats: related.stats }
}

/** The contract of docs/architecture.md: relations between claims, grouped by comparison key. */
export const crossReference = (claims: ReadonlyArray<Claim>, articles: ReadonlyArray<ArticleRef>): ReadonlyArray<Relation> =>
  crossReferenceWithStats(claims, articles).relations
