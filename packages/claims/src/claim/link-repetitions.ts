import type { Claim } from "../model/claim.js"
import { periodInterval } from "../time/timex-interval.js"
import { timexInterval } from "../time/timex-interval.js"

/** What must be equal for two claims to state the same fact: kind, predicate and value. */
const factKey = (claim: Claim): string =>
  [claim.kind, claim.predicate, claim.value ? `${claim.value.value}|${claim.value.unit}` : ""].join("#")

/** Places agree when one is unnamed: "talks with Xi" and "talks at the Kremlin" may be one meeting. */
const placesAgree = (a: Claim, b: Claim): boolean => a.place === undefined || b.place === undefined || a.place === b.place

const subjectsAgree = (a: Claim, b: Claim): boolean => {
  const [small, large] = a.subjects.length <= b.subjects.length ? [a.subjects, b.subjects] : [b.subjects, a.subjects]
  return small.every((s) => large.includes(s))
}

const bounds = (claim: Claim) => {
  if (claim.time === undefined) return undefined
  const first = timexInterval(claim.time.start)?.first
  const last = timexInterval(claim.time.end)?.last
  return first !== undefined && last !== undefined ? { first, last } : undefined
}

const TABLE = "table"

/** Times agree when one is unknown or they overlap: "during the visit" and "July 3-4" may be one time. */
const timesAgree = (a: Claim, b: Claim): boolean => {
  // Two figures' periods, when both are known, must overlap: a year-ago figure is another fact.
  const [p, q] = [a.figure?.period, b.figure?.period]
  if (p !== undefined && q !== undefined && p.value !== q.value) {
    // "Avg 13.2 mln vs 13.0 mln" in the quarter's rows and "Avg shrs 13.2 mln vs 12.0 mln" in the nine months': two
    // periods a table's heads set are two facts, however they overlap (prose may write one period two ways: "the current
    // fiscal year", "1987/88").
    if (p.origin === TABLE && q.origin === TABLE) return false
    const [u, v] = [periodInterval(p.value), periodInterval(q.value)]
    if (p.prior !== q.prior || u === undefined || v === undefined || u.first > v.last || v.first > u.last) return false
  }
  const x = bounds(a)
  const y = bounds(b)
  return x === undefined || y === undefined || (x.first <= y.last && y.first <= x.last)
}

/** The better-read of two statements of one fact: dated, placed, with more parties, more confident. */
const informativeness = (claim: Claim) => (claim.time ? 4 : 0) + (claim.place ? 1 : 0) + claim.subjects.length + claim.confidence

/**
 * Repetitions inside one article linked, not multiplied: claims stating the same fact (kind,
 * predicate, value, compatible parties, places and times) become one claim — the best-read statement —
 * with the other statements' spans in `mentions`.
 */
export const linkRepetitions = (claims: ReadonlyArray<Claim>): ReadonlyArray<Claim> => {
  const groups = new Map<string, Array<Array<Claim>>>()
  for (const claim of claims) {
    const clusters = groups.get(factKey(claim)) ?? []
    const cluster = clusters.find((c) => c.every((other) => subjectsAgree(claim, other) && placesAgree(claim, other) && timesAgree(claim, other)))
    if (cluster) cluster.push(claim)
    else clusters.push([claim])
    groups.set(factKey(claim), clusters)
  }
  const linked: Array<Claim> = []
  for (const clusters of groups.values()) {
    for (const cluster of clusters) {
      const best = cluster.reduce((a, b) => (informativeness(b) > informativeness(a) ? b : a))
      const subjects = cluster.reduce((a, b) => (b.subjects.length > a.subjects.length ? b : a)).subjects
      const mentions = cluster
        .filter((c) => c.span.start !== best.span.start || c.span.end !== best.span.end)
        .map((c) => c.span)
        .filter((span, i, all) => all.findIndex((o) => o.start === span.start && o.end === span.end) === i)
      const place = best.place ?? cluster.find((c) => c.place !== undefined)?.place
      linked.push({ ...best, subjects, ...(place ? { place } : {}), mentions })
    }
  }
  return linked.sort((a, b) => a.span.start - b.span.start || a.predicate.localeCompare(b.predicate))
}
