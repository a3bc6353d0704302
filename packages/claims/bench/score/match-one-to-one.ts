/** A pair of indices: into the gold items, into the predicted items. */
export type MatchPair = readonly [gold: number, predicted: number]

/**
 * Pairs gold and predicted items one to one, as many pairs as possible (augmenting paths), each
 * gold item trying its best-affinity predictions first. `affinity` is 0 for items that may not be
 * paired, larger for better pairs (span overlap, agreement on more fields).
 */
export const matchOneToOne = <G, P>(
  gold: ReadonlyArray<G>,
  predicted: ReadonlyArray<P>,
  affinity: (gold: G, predicted: P) => number
): ReadonlyArray<MatchPair> => {
  const candidates = gold.map((g) =>
    predicted
      .map((p, j) => ({ j, affinity: affinity(g, p) }))
      .filter((c) => c.affinity > 0)
      .sort((a, b) => b.affinity - a.affinity || a.j - b.j)
      .map((c) => c.j)
  )
  const owner = new Map<number, number>()
  const assign = (i: number, visited: Set<number>): boolean => {
    for (const j of candidates[i]!) {
      if (visited.has(j)) continue
      visited.add(j)
      const current = owner.get(j)
      if (current === undefined || assign(current, visited)) {
        owner.set(j, i)
        return true
      }
    }
    return false
  }
  gold.forEach((_, i) => assign(i, new Set()))
  return [...owner].map(([j, i]): MatchPair => [i, j]).sort((x, y) => x[0] - y[0])
}

/** The items of `items` whose index is not in `used`. */
export const unmatched = <T>(items: ReadonlyArray<T>, used: ReadonlyArray<number>): ReadonlyArray<T> => {
  const taken = new Set(used)
  return items.filter((_, i) => !taken.has(i))
}
