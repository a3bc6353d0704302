import { SAME_EVENT_MAX_GAP_DAYS } from "./compare-events.js"
import type { KeyedClaim } from "./comparison-key.js"
import { byArticleThenId } from "./order.js"

/**
 * Event claims of one key (kind, actors, place, year), split where dates lie more than a few days
 * apart. Claims dated more loosely than a month ("in 2018") are no occurrence to cluster on: they
 * meet only each other, as do claims with open or unknown times (held literally by the key).
 */
export const eventClusters = (members: ReadonlyArray<KeyedClaim>): ReadonlyArray<ReadonlyArray<KeyedClaim>> => {
  const loose: Array<KeyedClaim> = []
  const dated: Array<{ readonly m: KeyedClaim; readonly first: number; readonly last: number }> = []
  for (const m of members) {
    const { period } = m.key
    if (period.dated && m.key.conclusive) dated.push({ m, first: period.first, last: period.last })
    else loose.push(m)
  }
  dated.sort((x, y) => x.first - y.first || byArticleThenId(x.m, y.m))
  const clusters: Array<Array<KeyedClaim>> = [loose]
  let reach = Number.NEGATIVE_INFINITY
  for (const { m, first, last } of dated) {
    const current = clusters[clusters.length - 1]
    if (current !== undefined && current !== loose && first <= reach + SAME_EVENT_MAX_GAP_DAYS) {
      current.push(m)
      reach = Math.max(reach, last)
    } else {
      clusters.push([m])
      reach = last
    }
  }
  return clusters
}
