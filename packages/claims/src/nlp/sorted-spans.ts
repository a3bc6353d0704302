/** Binary searches over spans sorted by start whose ends are also in order (disjoint spans: timexes, identifiers, entities). */
export interface SpanLike {
  readonly start: number
  readonly end: number
}

/** The index of the first span (or token) that ends after `offset`: the one at or after it; `sorted.length` when none does. */
export const indexEndingAfter = (sorted: ReadonlyArray<SpanLike>, offset: number): number => {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid]!.end <= offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The first span that overlaps [start, end), if any. */
export const firstOverlapping = <S extends SpanLike>(sorted: ReadonlyArray<S>, start: number, end: number): S | undefined => {
  const candidate = sorted[indexEndingAfter(sorted, start)]
  return candidate !== undefined && candidate.start < end ? candidate : undefined
}

/** The span that contains offset `at`, if any. */
export const spanContaining = <S extends SpanLike>(sorted: ReadonlyArray<S>, at: number): S | undefined =>
  firstOverlapping(sorted, at, at + 1)

/** The index of the first span (or token) that starts at or after `offset`; `sorted.length` when none does. */
export const indexStartingFrom = (sorted: ReadonlyArray<{ readonly start: number }>, offset: number): number => {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid]!.start < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The index of the last span (or token, or sentence) that starts at or before `offset`; -1 when none does. */
export const indexStartingBy = (sorted: ReadonlyArray<{ readonly start: number }>, offset: number): number =>
  indexStartingFrom(sorted, offset + 1) - 1

/** The first span that starts at or after `offset`. */
export const firstStartingFrom = <S extends SpanLike>(sorted: ReadonlyArray<S>, offset: number): S | undefined =>
  sorted[indexStartingFrom(sorted, offset)]

/** Sorts spans and unites overlapping ones, so the searches above may rely on ordered ends. */
export const disjointSpans = (spans: ReadonlyArray<SpanLike>): ReadonlyArray<SpanLike> => {
  const out: Array<SpanLike> = []
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out.at(-1)
    if (last !== undefined && span.start < last.end) out[out.length - 1] = { start: last.start, end: Math.max(last.end, span.end) }
    else out.push({ start: span.start, end: span.end })
  }
  return out
}
