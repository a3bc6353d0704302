import type { FurnitureKind } from "../model/article.js"
import type { Blank } from "./blanking.js"
import { COMMENT_LINE, furniturePhrases, type PhraseRole } from "./furniture-phrases.js"
import { shareLine } from "./share-line.js"
import { isTagRun } from "./tag-run.js"

/** A non-blank line: `[start, end)` spans its visible text; `text` is it normalised for matching. */
interface Line {
  readonly start: number
  readonly end: number
  readonly text: string
}

interface LineRole {
  readonly kind: FurnitureKind
  readonly role: PhraseRole
}

// Furniture is short; longer lines are prose and skip the phrase matcher.
const MAX_FURNITURE_LINE = 300
// A trailing section starts only after this much article text: a "3 Comments" under the headline is not one.
const MIN_CONTENT_BEFORE_SECTION = 300
// How many lines after a "Comments" heading or a comment count may show a comment (a name, then "3 years ago").
const COMMENT_LOOKAHEAD = 3
// At most this many leading lines are headline candidates; longer lines are paragraphs.
const MAX_HEADLINE_LINES = 3
const MAX_HEADLINE_LENGTH = 200
const MIN_REPEATED_HEADLINE_LENGTH = 12
// Link lists under a "Related" heading are headline-sized and do not end like sentences.
const MAX_LIST_ITEM_LENGTH = 150
const ENDS_LIKE_SENTENCE = /[.;:]["”’']?$/

const PHRASES = new RegExp(`^(?:${furniturePhrases.map((phrase) => `(${phrase.pattern})`).join("|")})$`, "i")
const DECORATION = /^[\s•·|»›«‹>→*–—-]+|[\s•·|»›«‹<→*:–—-]+$/g
const WHITESPACE = /\s+/g
const LINE = /[^\n\r]+/g

const nonBlankLines = (content: string): ReadonlyArray<Line> => {
  const lines: Array<Line> = []
  for (const m of content.matchAll(LINE)) {
    const raw = m[0]
    const trimmedStart = raw.length - raw.trimStart().length
    const trimmed = raw.trim()
    if (trimmed === "") continue
    const start = m.index + trimmedStart
    lines.push({ start, end: start + trimmed.length, text: trimmed.replace(WHITESPACE, " ").replace(DECORATION, "") })
  }
  return lines
}

const roleOf = (text: string): LineRole | undefined => {
  if (text.length > MAX_FURNITURE_LINE) return undefined
  const share = shareLine(text)
  if (share !== undefined) return { kind: "share", role: share }
  const m = PHRASES.exec(text)
  if (m === null) return undefined
  const phrase = furniturePhrases[m.findIndex((group, i) => i > 0 && group !== undefined) - 1]
  return phrase === undefined ? undefined : { kind: phrase.kind, role: phrase.role }
}

const headlineKey = (text: string): string => text.toLowerCase()

const isListItem = (line: Line): boolean =>
  line.text.length <= MAX_LIST_ITEM_LENGTH && !ENDS_LIKE_SENTENCE.test(line.text)

/**
 * Page furniture in already de-marked content, found line by line: comment threads and reply
 * forms (everything from their first marker on, once article text precedes it), share bars,
 * subscription prompts, advertising slots, navigation and link lists, tag lists at the end, and
 * later repeats of the headline (`title`, or the leading headline-sized lines). Bylines,
 * datelines, subheadings and prose are left alone.
 */
export const pageFurnitureBlanks = (content: string, title: string | undefined): ReadonlyArray<Blank> => {
  const lines = nonBlankLines(content)
  const roles = lines.map((line) => roleOf(line.text))
  const blanks: Array<Blank> = []
  const marked = new Set<number>()
  const mark = (from: number, to: number, kind: FurnitureKind) => {
    blanks.push({ start: lines[from]!.start, end: lines[to]!.end, kind })
    for (let i = from; i <= to; i++) marked.add(i)
  }

  const confirmsComments = (index: number): boolean => {
    if (index === lines.length - 1) return true
    for (let next = index + 1; next <= Math.min(index + COMMENT_LOOKAHEAD, lines.length - 1); next++) {
      if (roles[next] !== undefined || COMMENT_LINE.test(lines[next]!.text)) return true
    }
    return false
  }
  const isSectionStart = (index: number): boolean => {
    const role = roles[index]?.role
    return role === "section" || ((role === "section-beside" || role === "count") && confirmsComments(index))
  }

  // The trailing section: the first marker with enough article text before it.
  let sectionStart = lines.length
  let contentBefore = 0
  for (let i = 0; i < lines.length; i++) {
    if (roles[i] === undefined) contentBefore += lines[i]!.text.length
    else if (contentBefore >= MIN_CONTENT_BEFORE_SECTION && isSectionStart(i)) {
      sectionStart = i
      mark(i, lines.length - 1, roles[i]!.kind)
      break
    }
  }

  // Tag lists: the last article lines, when they are runs of keywords.
  for (let i = sectionStart - 1; i >= 0; i--) {
    if (roles[i] !== undefined) continue
    if (!isTagRun(lines[i]!.text)) break
    mark(i, i, "tags")
  }

  // Lines that are furniture on their own, which confirm the lines that need company.
  const isDefinite = (i: number): boolean => {
    if (i >= sectionStart || marked.has(i)) return true
    const role = roles[i]?.role
    return role === "line" || role === "section" || role === "count" || (role === "section-beside" && confirmsComments(i))
  }
  const isBeside = (i: number) => i < sectionStart && roles[i]?.role === "beside"
  // A run of `beside` lines ("Twitter", "Facebook") is furniture when definite furniture borders it.
  const besideConfirmed = (i: number): boolean => {
    let before = i - 1
    while (isBeside(before)) before--
    let after = i + 1
    while (isBeside(after)) after++
    return (before >= 0 && isDefinite(before)) || (after < lines.length && isDefinite(after))
  }
  // The last line of a link list under the heading at `i`, when the list runs into furniture or the end.
  const listEnd = (i: number): number | undefined => {
    let next = i + 1
    while (next < sectionStart && !isDefinite(next) && isListItem(lines[next]!)) next++
    return next === lines.length || isDefinite(next) ? next - 1 : undefined
  }

  for (let i = 0; i < sectionStart; i++) {
    const role = roles[i]
    if (role === undefined || marked.has(i)) continue
    switch (role.role) {
      case "line":
      case "section":
      case "count":
        mark(i, i, role.kind)
        break
      case "section-beside":
        if (confirmsComments(i)) mark(i, i, role.kind)
        break
      case "beside":
        if (besideConfirmed(i)) mark(i, i, role.kind)
        break
      case "list":
      case "list-strong": {
        const end = listEnd(i)
        if (end !== undefined) mark(i, end, role.kind)
        else if (role.role === "list-strong") mark(i, i, role.kind)
        break
      }
    }
  }

  // Repeated headlines: a later line equal to the title or to a leading headline line.
  const headlines = new Set<string>()
  if (title !== undefined) headlines.add(headlineKey(title.trim().replace(WHITESPACE, " ")))
  let candidates = 0
  for (let i = 0; i < sectionStart && candidates < MAX_HEADLINE_LINES; i++) {
    if (marked.has(i)) continue
    const text = lines[i]!.text
    if (text.length > MAX_HEADLINE_LENGTH || ENDS_LIKE_SENTENCE.test(text)) break
    headlines.add(headlineKey(text))
    candidates++
  }
  const seen = new Set<string>()
  for (let i = 0; i < sectionStart; i++) {
    if (marked.has(i)) continue
    const key = headlineKey(lines[i]!.text)
    if (key.length < MIN_REPEATED_HEADLINE_LENGTH || !headlines.has(key)) continue
    if (seen.has(key)) mark(i, i, "repeated_headline")
    else seen.add(key)
  }
  return blanks
}
