import type { Span } from "../model/span.js"
import { spanContaining } from "../nlp/sorted-spans.js"

// Quotes open with any opening mark and close with any closing one: articles mix straight and
// curly marks ("Our two countries …”). A quote left open runs to the end of its paragraph, so one
// stray mark cannot swallow the article.
const OPENING = new Set(["“", "«", "„", '"'])
const CLOSING = new Set(["”", "»", '"'])

// Every article is read through: a regex finds the next mark or blank line natively, rather than a
// loop looking at every character (which V8 could also fall into deoptimising once per article).
const codesOf = (marks: ReadonlySet<string>): ReadonlySet<number> => new Set([...marks].map((mark) => mark.charCodeAt(0)))
const OPENING_CODES = codesOf(OPENING)
const CLOSING_CODES = codesOf(CLOSING)
// (None of the marks needs escaping inside a character class.)
const MARK_OR_BLANK_LINE = new RegExp(`\n\n|[${[...OPENING, ...CLOSING].join("")}]`, "g")
const LINE_BREAK = 10

/** The regions of `text` between quotation marks, in text order. */
export const quotedRegions = (text: string): ReadonlyArray<Span> => {
  const regions: Array<Span> = []
  let open: number | undefined
  MARK_OR_BLANK_LINE.lastIndex = 0
  for (let m = MARK_OR_BLANK_LINE.exec(text); m !== null; m = MARK_OR_BLANK_LINE.exec(text)) {
    const i = m.index
    const c = text.charCodeAt(i)
    if (c === LINE_BREAK) {
      // The second break of a blank line may open one: look at it again.
      MARK_OR_BLANK_LINE.lastIndex = i + 1
      if (open !== undefined) {
        regions.push({ start: open, end: i })
        open = undefined
      }
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
