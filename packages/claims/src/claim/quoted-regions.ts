import type { Span } from "../model/span.js"
import { spanContaining } from "../nlp/sorted-spans.js"

// Quotes open with any opening mark and close with any closing one: articles mix straight and
// curly marks ("Our two countries …”). A quote left open runs to the end of its paragraph, so one
// stray mark cannot swallow the article.
const OPENING = new Set(["“", "«", "„", '"'])
const CLOSING = new Set(["”", "»", '"'])

/** The regions of `text` between quotation marks, in text order. */
export const quotedRegions = (text: string): ReadonlyArray<Span> => {
  const regions: Array<Span> = []
  let open: number | undefined
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c === "\n" && text[i + 1] === "\n" && open !== undefined) {
      regions.push({ start: open, end: i })
      open = undefined
    } else if (open === undefined && OPENING.has(c)) {
      open = i
    } else if (open !== undefined && CLOSING.has(c)) {
      regions.push({ start: open, end: i + 1 })
      open = undefined
    }
  }
  if (open !== undefined) regions.push({ start: open, end: text.length })
  return regions
}

/** A test of "is this offset quoted?", by binary search over the regions (which are in order and disjoint). */
export const quotedTest = (regions: ReadonlyArray<Span>) => (at: number): boolean => spanContaining(regions, at) !== undefined
