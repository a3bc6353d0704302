export interface SpanLike {
  readonly start: number
  readonly end: number
}

/** Characters two half-open spans share. */
export const overlapLength = (a: SpanLike, b: SpanLike): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))

export const sameSpan = (a: SpanLike, b: SpanLike): boolean => a.start === b.start && a.end === b.end

/** Two figures in base units are the same when they agree to a part in a million (float noise, not rounding). */
export const sameNumber = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b))
