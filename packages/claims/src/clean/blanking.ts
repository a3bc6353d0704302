import type { FurnitureKind, FurnitureRegion } from "../model/article.js"

/**
 * One blanking decision: `[start, end)` of the text is furniture of `kind`. `replacement`, when
 * given, is written at `start` (an HTML entity's character, a block tag's line break); the rest
 * of the range becomes spaces. Line breaks inside the range are always kept.
 */
export interface Blank {
  readonly start: number
  readonly end: number
  readonly kind: FurnitureKind
  readonly replacement?: string
}

const NOT_LINE_BREAK = /[^\n\r]/g
const isLineBreak = (char: string | undefined): boolean => char === "\n" || char === "\r"

/** `segment` as spaces, its line breaks kept, with `replacement` written over its start. */
const blankSegment = (segment: string, replacement: string): string => {
  const spaces = segment.replace(NOT_LINE_BREAK, " ")
  if (replacement === "" || replacement.length > segment.length) return spaces
  let head = ""
  for (let i = 0; i < replacement.length; i++) head += isLineBreak(segment[i]) ? segment[i] : replacement[i]
  return head + spaces.slice(replacement.length)
}

/**
 * A same-length copy of `text` with every blank applied, built from slices in one pass (a
 * per-character array is far slower to join on long pages). Where blanks overlap, the union is
 * blanked and only the earliest-starting blank's replacement is written.
 */
export const applyBlanks = (text: string, blanks: ReadonlyArray<Blank>): string => {
  if (blanks.length === 0) return text
  const sorted = [...blanks].sort((a, b) => a.start - b.start)
  const parts: Array<string> = []
  let cursor = 0
  for (const blank of sorted) {
    if (blank.end <= cursor) continue
    if (blank.start >= cursor) {
      parts.push(text.slice(cursor, blank.start), blankSegment(text.slice(blank.start, blank.end), blank.replacement ?? ""))
    } else {
      parts.push(blankSegment(text.slice(cursor, blank.end), ""))
    }
    cursor = blank.end
  }
  parts.push(text.slice(cursor))
  return parts.join("")
}

const onlyWhitespaceBetween = (text: string, from: number, to: number): boolean =>
  from >= to || text.slice(from, to).trim() === ""

/**
 * The blanks as furniture regions, sorted, with regions of one kind merged where they overlap or
 * only whitespace separates them (an HTML page is thousands of tags: one region per run).
 */
export const furnitureRegions = (text: string, blanks: ReadonlyArray<Blank>): ReadonlyArray<FurnitureRegion> => {
  const sorted = [...blanks].filter((b) => b.end > b.start).sort((a, b) => a.start - b.start || b.end - a.end)
  const merged: Array<{ start: number; end: number; kind: FurnitureKind }> = []
  for (const blank of sorted) {
    const last = merged[merged.length - 1]
    if (last !== undefined && blank.start < last.end) {
      // Nested in or overlapping a region already listed: it is furniture already.
      if (blank.kind === last.kind || blank.end <= last.end) {
        last.end = Math.max(last.end, blank.end)
        continue
      }
      merged.push({ start: last.end, end: blank.end, kind: blank.kind })
      continue
    }
    if (last !== undefined && last.kind === blank.kind && onlyWhitespaceBetween(text, last.end, blank.start)) {
      last.end = blank.end
      continue
    }
    merged.push({ start: blank.start, end: blank.end, kind: blank.kind })
  }
  return merged
}
