import type { FurnitureKind } from "../model/article.js"
import type { Blank } from "./blanking.js"
import { COMMENT_LINE, type FurniturePhrase, furniturePhrases, type PhraseRole } from "./furniture-phrases.js"
import { shareLine } from "./share-line.js"
import { isTagRun } from "./tag-run.js"
import { alternation } from "../time/time-words.js"

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

/** The phrases as one whole-line alternation, a group each (first match wins); those left out never match, keeping their group. */
const phrasesMatcher = (tried: (phrase: FurniturePhrase) => boolean): RegExp =>
  new RegExp(`^(?:${furniturePhrases.map((phrase) => (tried(phrase) ? `(${phrase.pattern})` : "((?!))")).join("|")})$`, "i")
const PHRASES = phrasesMatcher(() => true)
/** Without the phrases that may start anywhere in a line: for the lines (almost all) that hold none of their words. */
const PHRASES_AT_START = phrasesMatcher((phrase) => phrase.holds === undefined)
const HELD_WORDS = new RegExp(alternation(furniturePhrases.flatMap((phrase) => (phrase.holds === undefined ? [] : [phrase.holds]))), "i")
// Marks that decorate a line's start and its end: bullets, bars, arrows, dashes.
const LEADING_MARKS = "\\s•·|»›«‹>→*–—-"
const TRAILING_MARKS = "\\s•·|»›«‹<→*:–—-"
const DECORATION = new RegExp(`^[${LEADING_MARKS}]+|[${TRAILING_MARKS}]+$`, "g")
const LEADING_MARK = new RegExp(`[${LEADING_MARKS}]`)
const TRAILING_MARK = new RegExp(`[${TRAILING_MARKS}]`)
const WHITESPACE = /\s+/g
/** White space other than single spaces: what `WHITESPACE` would change in a trimmed line. */
const UNEVEN_SPACE = /\s\s|[^\S ]/
const LINE = /[^\n\r]+/g

/**
 * A trimmed line with its white space runs made single spaces and its decoration cut. Every line
 * of every text is normalised: most (prose) need neither, which a test tells without building a copy.
 */
const normalisedLine = (trimmed: string): string => {
  const spaced = UNEVEN_SPACE.test(trimmed) ? trimmed.replace(WHITESPACE, " ") : trimmed
  const decorated = LEADING_MARK.test(spaced[0] ?? "") || TRAILING_MARK.test(spaced.at(-1) ?? "")
  return decorated ? spaced.replace(DECORATION, "") : spaced
}

const nonBlankLines = (content: string): ReadonlyArray<Line> => {
  const lines: Array<Line> = []
  for (const m of content.matchAll(LINE)) {
    const raw = m[0]
    const trimmedStart = raw.length - raw.trimStart().length
    const trimmed = raw.trim()
    if (trimmed === "") continue
    const start = m.index + trimmedStart
    lines.push({ start, end: start + trimmed.length, text: normalisedLine(trimmed) })
  }
  return lines
}

const roleOf = (text: string): LineRole | undefined => {
  if (text.length > MAX_FURNITURE_LINE) return undefined
  const share = shareLine(text)
  if (share !== undefined) return { kind: "share", role: share }
  const m = (HELD_WORDS.test(text) ? PHRASES : PHRASES_AT_START).exec(text)
  if (m === null) return undefined
  const phrase = furniturePhrases[m.findIndex((group, i) => i > 0 && group !== undefined) - 1]
  return phrase === undefined ? undefined : { kind: phrase.kind, role: phrase.role }
}

const headlineKey = (text: string): string => text.toLowerCase()

const isListItem = (line: Line): boolean =>
  line.text.length <= MAX_LIST_ITEM_LENGTH && !ENDS_LIKE_SENTENCE.test(line.text)

/** A page read line by line, and what has been marked as furniture so far. */
interface Page {
  readonly lines: ReadonlyArray<Line>
  readonly roles: ReadonlyArray<LineRole | undefined>
  readonly marked: Set<number>
  readonly blanks: Array<Blank>
  /** Index of the trailing section's first line (`lines.length` when there is none). */
  sectionStart: number
}

const mark = (page: Page, from: number, to: number, kind: FurnitureKind): void => {
  page.blanks.push({ start: page.lines[from]!.start, end: page.lines[to]!.end, kind })
  for (let i = from; i <= to; i++) page.marked.add(i)
}

/** A comment-like line, or any furniture, within a few lines after `index` (or `index` is the last line). */
const confirmsComments = (page: Page, index: number): boolean => {
  const last = page.lines.length - 1
  if (index === last) return true
  for (let next = index + 1; next <= Math.min(index + COMMENT_LOOKAHEAD, last); next++) {
    if (page.roles[next] !== undefined || COMMENT_LINE.test(page.lines[next]!.text)) return true
  }
  return false
}

const isSectionStart = (page: Page, index: number): boolean => {
  const role = page.roles[index]?.role
  return role === "section" || ((role === "section-beside" || role === "count") && confirmsComments(page, index))
}

/** The trailing section: from the first marker with enough article text before it, to the end. */
const markTrailingSection = (page: Page): void => {
  let contentBefore = 0
  for (let i = 0; i < page.lines.length; i++) {
    const role = page.roles[i]
    if (role === undefined) contentBefore += page.lines[i]!.text.length
    else if (contentBefore >= MIN_CONTENT_BEFORE_SECTION && isSectionStart(page, i)) {
      page.sectionStart = i
      mark(page, i, page.lines.length - 1, role.kind)
      return
    }
  }
}

/** Tag lists: the last article lines, when they are runs of keywords. */
const markTagLists = (page: Page): void => {
  for (let i = page.sectionStart - 1; i >= 0; i--) {
    if (page.roles[i] !== undefined) continue
    if (!isTagRun(page.lines[i]!.text)) break
    mark(page, i, i, "tags")
  }
}

/** Lines that are furniture on their own, which confirm the lines that need company. */
const isDefinite = (page: Page, i: number): boolean => {
  if (i >= page.sectionStart || page.marked.has(i)) return true
  const role = page.roles[i]?.role
  return role === "line" || role === "section" || role === "count" || (role === "section-beside" && confirmsComments(page, i))
}

const isBeside = (page: Page, i: number): boolean => i < page.sectionStart && page.roles[i]?.role === "beside"

/** A run of `beside` lines ("Twitter", "Facebook") is furniture when definite furniture borders it. */
const besideConfirmed = (page: Page, i: number): boolean => {
  let before = i - 1
  while (isBeside(page, before)) before--
  let after = i + 1
  while (isBeside(page, after)) after++
  return (before >= 0 && isDefinite(page, before)) || (after < page.lines.length && isDefinite(page, after))
}

/** The last line of a link list under the heading at `i`, when the list runs into furniture or the end. */
const listEnd = (page: Page, i: number): number | undefined => {
  let next = i + 1
  while (next < page.sectionStart && !isDefinite(page, next) && isListItem(page.lines[next]!)) next++
  return next === page.lines.length || isDefinite(page, next) ? next - 1 : undefined
}

/** What each role marks, given its line `i`: the lines [from, to], or nothing. */
const ROLE_MARKS: Readonly<Record<PhraseRole, (page: Page, i: number) => readonly [number, number] | undefined>> = {
  line: (_, i) => [i, i],
  section: (_, i) => [i, i],
  count: (_, i) => [i, i],
  "section-beside": (page, i) => confirmsComments(page, i) ? [i, i] : undefined,
  beside: (page, i) => besideConfirmed(page, i) ? [i, i] : undefined,
  list: (page, i) => {
    const end = listEnd(page, i)
    return end === undefined ? undefined : [i, end]
  },
  "list-strong": (page, i) => [i, listEnd(page, i) ?? i]
}

/** Each recognised line before the trailing section, by what its role marks. */
const markRecognisedLines = (page: Page): void => {
  for (let i = 0; i < page.sectionStart; i++) {
    const role = page.roles[i]
    if (role === undefined || page.marked.has(i)) continue
    const lines = ROLE_MARKS[role.role](page, i)
    if (lines !== undefined) mark(page, lines[0], lines[1], role.kind)
  }
}

/** Repeated headlines: a later line equal to the title or to a leading headline line. */
const markRepeatedHeadlines = (page: Page, title: string | undefined): void => {
  const headlines = new Set<string>()
  if (title !== undefined) headlines.add(headlineKey(title.trim().replace(WHITESPACE, " ")))
  let candidates = 0
  for (let i = 0; i < page.sectionStart && candidates < MAX_HEADLINE_LINES; i++) {
    if (page.marked.has(i)) continue
    const text = page.lines[i]!.text
    if (text.length > MAX_HEADLINE_LENGTH || ENDS_LIKE_SENTENCE.test(text)) break
    headlines.add(headlineKey(text))
    candidates++
  }
  const seen = new Set<string>()
  for (let i = 0; i < page.sectionStart; i++) {
    if (page.marked.has(i)) continue
    const key = headlineKey(page.lines[i]!.text)
    if (key.length < MIN_REPEATED_HEADLINE_LENGTH || !headlines.has(key)) continue
    if (seen.has(key)) mark(page, i, i, "repeated_headline")
    else seen.add(key)
  }
}

/**
 * Page furniture in already de-marked content, found line by line: comment threads and reply
 * forms (everything from their first marker on, once article text precedes it), share bars,
 * subscription prompts, advertising slots, navigation and link lists, tag lists at the end, and
 * later repeats of the headline (`title`, or the leading headline-sized lines). Bylines,
 * datelines, subheadings and prose are left alone.
 */
export const pageFurnitureBlanks = (content: string, title: string | undefined): ReadonlyArray<Blank> => {
  const lines = nonBlankLines(content)
  const page: Page = { lines, roles: lines.map((line) => roleOf(line.text)), marked: new Set(), blanks: [], sectionStart: lines.length }
  markTrailingSection(page)
  markTagLists(page)
  markRecognisedLines(page)
  markRepeatedHeadlines(page, title)
  return page.blanks
}
