import type { Relation } from "@crosscheck/claims"
import { comparePair, type PairOutcome } from "./compare-pair.js"
import type { KeyedClaim } from "./comparison-key.js"
import { normalisedReading, statement } from "./explain.js"
import { makeRelation } from "./make-relation.js"
import { byArticleThenId } from "./order.js"
import { sameFirm, tickersOf } from "./firm-identity.js"
import { certaintyOf, severityOf } from "./severity.js"
import { UnionFind } from "./union-find.js"

/**
 * Claims compared pairwise within one group at most. Groups are small in practice (one figure,
 * one period, one pair of parties); a larger one keeps its most certain claims.
 */
export const MAX_GROUP_CLAIMS = 64

/** Claims under one comparison key (for events: one cluster of close dates). */
export interface Group {
  readonly key: string
  readonly members: ReadonlyArray<KeyedClaim>
}

export interface GroupFindings {
  readonly relations: ReadonlyArray<Relation>
  readonly comparisons: number
}

/** The most certain claims of an oversized group, in a deterministic order. */
const capped = (members: ReadonlyArray<KeyedClaim>): ReadonlyArray<KeyedClaim> =>
  members.length <= MAX_GROUP_CLAIMS
    ? members
    : [...members]
        .sort((a, b) => certaintyOf(b.claim) - certaintyOf(a.claim) || byArticleThenId(a, b))
        .slice(0, MAX_GROUP_CLAIMS)

const undatedNote = (members: ReadonlyArray<KeyedClaim>): string =>
  members.some((m) => m.key.looseTime) ? " — low confidence: the time is not known to the year" : ""

type Difference = Extract<PairOutcome, { agree: false }>

const articlePair = (a: KeyedClaim, b: KeyedClaim): string =>
  a.claim.article < b.claim.article ? `${a.claim.article}\n${b.claim.article}` : `${b.claim.article}\n${a.claim.article}`

const contradictionOf = (key: string, a: KeyedClaim, b: KeyedClaim, outcome: Difference): Relation => {
  const [first, second] = [a, b].sort(byArticleThenId) as [KeyedClaim, KeyedClaim]
  const severity = severityOf(outcome.magnitude, first.claim, second.claim, first.key.looseTime)
  const explanation = `${statement(first)}; ${statement(second)}: ${outcome.detail}${undatedNote([first, second])}`
  return makeRelation("contradiction", key, [first, second], explanation, [normalisedReading(first), normalisedReading(second)], severity)
}

/** The earlier statement first: a revision reads from the first reading to the later one. */
const byAssertion = (a: KeyedClaim, b: KeyedClaim): number =>
  (a.claim.assertedAt ?? "").localeCompare(b.claim.assertedAt ?? "") || byArticleThenId(a, b)

const revisionOf = (key: string, a: KeyedClaim, b: KeyedClaim, outcome: Difference, why: string): Relation => {
  const [first, second] = [a, b].sort(byAssertion) as [KeyedClaim, KeyedClaim]
  const explanation = `${statement(first)}; later, ${statement(second)}: ${outcome.detail} — a revision, not a contradiction: ${why}`
  return makeRelation("revision", key, [first, second], explanation, [normalisedReading(first), normalisedReading(second)])
}

const agreementOf = (type: "overlap" | "duplicate", key: string, members: ReadonlyArray<KeyedClaim>, details: ReadonlySet<string>, sources: number): Relation => {
  const sorted = [...members].sort(byArticleThenId)
  const head =
    type === "overlap"
      ? `confirmed by ${sources} sources`
      : `article ${sorted[0]?.claim.article} states the same fact ${sorted.length} times and extraction did not merge them`
  const explanation = `${head}: ${sorted.map(statement).join("; ")}: ${[...details].sort().join("; ")}${undatedNote(sorted)}`
  return makeRelation(type, key, sorted, explanation, sorted.map(normalisedReading))
}

/**
 * Compares a group's claims pairwise: at most one contradiction per pair of articles, overlaps
 * and in-article duplicates per set of agreeing claims.
 */
export const compareGroup = (group: Group, sourceOf: (article: string) => string): GroupFindings => {
  const isCopy = (article: string): boolean => sourceOf(article) !== article
  const members = capped([...group.members].sort(byArticleThenId))
  const byId = new Map(members.map((m) => [m.claim.id, m]))
  const tickers = tickersOf(members.map((m) => m.key.figure?.holder))
  const across = new UnionFind()
  const within = new UnionFind()
  // How each set of agreeing claims agreed, by claim id, for its explanation.
  const acrossDetails = new Map<string, Set<string>>()
  const withinDetails = new Map<string, Set<string>>()
  // Per pair of articles: whether they agree on something under this key, and their closest difference.
  const agreeingArticles = new Set<string>()
  const closestDifference = new Map<string, { readonly a: KeyedClaim; readonly b: KeyedClaim; readonly outcome: Difference }>()
  let comparisons = 0
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      const a = members[i]!
      const b = members[j]!
      const sameArticle = a.claim.article === b.claim.article
      // A story published more than once is one source, represented by its first copy: the
      // other copies get their duplicate relation and nothing else.
      if (isCopy(a.claim.article) || isCopy(b.claim.article)) continue
      // Two firms of one name (their tickers differ) are never compared; a name without a ticker,
      // among several firms of that name, may corroborate one but contradicts none.
      const firm = sameFirm(a.key.figure?.holder, b.key.figure?.holder, tickers)
      if (firm === "different") continue
      comparisons++
      const outcome = comparePair(a, b)
      if (outcome === undefined || (firm === "uncertain" && !outcome.agree)) continue
      const articles = articlePair(a, b)
      if (outcome.agree) {
        // Within one article only the same figure or dates twice is a repetition.
        if (sameArticle && !outcome.exact) continue
        if (!sameArticle) agreeingArticles.add(articles)
        ;(sameArticle ? within : across).union(a.claim.id, b.claim.id)
        const details = sameArticle ? withinDetails : acrossDetails
        for (const id of [a.claim.id, b.claim.id]) details.set(id, (details.get(id) ?? new Set()).add(outcome.detail))
        continue
      }
      // Two different figures or dates under one key within one article are nearly always two
      // facts the key cannot tell apart (arrival and departure), not a clash; and a time too loose
      // to pin one fact down, or an identity known only in part, leaves a difference inconclusive.
      if (sameArticle || !outcome.conclusive) continue
      const known = closestDifference.get(articles)
      if (known === undefined || outcome.distance < known.outcome.distance) closestDifference.set(articles, { a, b, outcome })
    }
  }
  // Two articles with several figures under one key state one contradiction (or revision) at most:
  // their closest readings (the likeliest to be one fact), and none if they also agree (the rest
  // are other facts).
  const contradictions = [...closestDifference]
    .filter(([articles]) => !agreeingArticles.has(articles))
    .map(([, { a, b, outcome }]) =>
      outcome.revision === undefined ? contradictionOf(group.key, a, b, outcome) : revisionOf(group.key, a, b, outcome, outcome.revision)
    )
  const agreements = (type: "overlap" | "duplicate", sets: UnionFind, details: ReadonlyMap<string, ReadonlySet<string>>): ReadonlyArray<Relation> =>
    [...sets.groups().values()].flatMap((ids) => {
      const set = ids.map((id) => byId.get(id)!)
      const sources = new Set(set.map((m) => sourceOf(m.claim.article))).size
      if (type === "overlap" && sources < 2) return []
      const setDetails = new Set(ids.flatMap((id) => [...(details.get(id) ?? [])]))
      return [agreementOf(type, group.key, set, setDetails, sources)]
    })
  return {
    relations: [...contradictions, ...agreements("overlap", across, acrossDetails), ...agreements("duplicate", within, withinDetails)],
    comparisons
  }
}
