import type { Span } from "../model/span.js"
import { spanContaining } from "../nlp/sorted-spans.js"

// Quotes open with any opening mark and close with any closing one: articles mix straight and
// curly marks ("Our two countries …”). A quote left open runs to the end of its paragraph, so one
// stray mark cannot swallow the article.
const OPENING = new Set(["“", "«", "„", '"'])
const CLOSING = new Set(["”", "»", '"'])

// Every character of every article is looked at: by its code, and most (letters, digits, spaces:
// below "«" and neither '"' nor a line break) are passed over with one comparison.
const codesOf = (marks: ReadonlySet<string>): ReadonlySet<number> => new Set([...marks].map((mark) => mark.charCodeAt(0)))
const OPENING_CODES = codesOf(OPENING)
const CLOSING_CODES = codesOf(CLOSING)
const LINE_BREAK = 10
const LOWEST_OTHER_MARK = Math.min(...[...OPENING_CODES, ...CLOSING_CODES].filter((code) => code !== 0x22))

/** The regions of `text` between quotation marks, in text order. */
export const quotedRegions = (text: string): ReadonlyArray<Span> => {
  const regions: Array<Span> = []
  let open: number | undefined
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < LOWEST_OTHER_MARK && c !== 0x22 && c !== LINE_BREAK) continue
    if (c === LINE_BREAK && text.charCodeAt(i + 1) === LINE_BREAK && open !== undefined) {
      regions.push({ start: open, end: i })
      open = undefined
    } else if (open === undefined && OPENING_CODES.has(c)) {
      open = i
    } else if (open !== undefined && CLOSING_CODES.has(c)) {
      regions.push({ start: open, end: i + 1 })
      open = undefined
    }
  }
  if (open !== undefined) regions.push({ start: open, end: text.length })
  return regions
}

/** A test of "is this offset quoted?", by binary search over the regions (which are in order and disjoint). */
export const quotedTest = (regions: ReadonlyArray<Span>) => (at: number): boolean => spanContaining(regions, at) !== undefined
