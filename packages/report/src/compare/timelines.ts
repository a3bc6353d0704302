import type { Relation } from "@crosscheck/claims"
import type { KeyedClaim } from "./comparison-key.js"
import { normalisedReading } from "./explain.js"
import { formatPeriod, formatQuantity } from "./format-value.js"
import { makeRelation } from "./make-relation.js"
import { pushTo } from "./multimap.js"
import { byArticleThenId } from "./order.js"

/** Articles named per period in a timeline's explanation; the relation lists them all. */
const ARTICLES_NAMED_PER_PERIOD = 3

const namedArticles = (ms: ReadonlyArray<KeyedClaim>): string => {
  const articles = [...new Set(ms.map((m) => m.claim.article))].sort()
  const named = articles.slice(0, ARTICLES_NAMED_PER_PERIOD).join(", ")
  return articles.length > ARTICLES_NAMED_PER_PERIOD ? `${named} and ${articles.length - ARTICLES_NAMED_PER_PERIOD} more` : named
}

const periodStart = (m: KeyedClaim): number => (m.key.period.dated ? m.key.period.first : 0)
const periodEnd = (m: KeyedClaim): number => (m.key.period.dated ? m.key.period.last : 0)

/** One relation per series: the same metric and parties stated for two or more periods. */
export const timelines = (entries: ReadonlyArray<KeyedClaim>, sourceOf: (article: string) => string): ReadonlyArray<Relation> => {
  const bySeries = new Map<string, Array<KeyedClaim>>()
  for (const entry of entries) {
    const { key, claim } = entry
    // Copies of a story add nothing to a series: its first copy stands for it.
    const isSeriesPoint = key.family === "value" && key.period.dated && claim.modality !== "negated" && sourceOf(claim.article) === claim.article
    if (isSeriesPoint) pushTo(bySeries, key.series, entry)
  }
  const relations: Array<Relation> = []
  for (const [series, members] of bySeries) {
    const byPeriod = new Map<string, Array<KeyedClaim>>()
    const ordered = [...members].sort((a, b) => periodStart(a) - periodStart(b) || periodEnd(a) - periodEnd(b) || byArticleThenId(a, b))
    for (const m of ordered) pushTo(byPeriod, m.key.period.label, m)
    if (byPeriod.size < 2) continue
    const points = [...byPeriod.values()].map((ms) => {
      const readings = [...new Set(ms.flatMap(({ claim, key }) => (claim.value === undefined ? [] : [formatQuantity(claim.value, key.flipped)])))].join(" / ")
      return `${formatPeriod(ms[0]!.key.period)}: ${readings} (${namedArticles(ms)})`
    })
    const explanation = `a series of ${byPeriod.size} periods, not a conflict: ${points.join("; ")}`
    relations.push(makeRelation("timeline", series, ordered, explanation, ordered.map(normalisedReading)))
  }
  return relations
}
