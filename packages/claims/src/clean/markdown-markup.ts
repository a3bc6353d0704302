import type { Blank } from "./blanking.js"

// YAML front matter: `---` on the very first line, closed by a `---` or `...` line.
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n[\s\S]*?(?:\r?\n)(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/

// Line-start syntax: heading #s, blockquote >s, list bullets and numbers (the text stays).
const LINE_PREFIX = /^[ \t]{0,3}(?:#{1,6}(?=[ \t]|$)|(?:>[ \t]?)+|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))/gm
// Closing #s of an ATX heading ("## Title ##").
const HEADING_CLOSE = /^([ \t]{0,3}#{1,6}[ \t].*?)([ \t]+#+)[ \t]*$/gm
// Thematic breaks, setext underlines, fenced-code fences and reference-link definitions: all markup.
const MARKUP_LINE = /^[ \t]{0,3}(?:(?:[-*_=][ \t]*){3,}|```.*|~~~.*|\[[^\]\n]+\]:[ \t]*\S.*)$/gm
// Spans are bounded so a line of unmatched brackets or asterisks stays linear.
// Images carry no article text: the whole `![alt](url)` goes.
const IMAGE = /!\[[^\]\n]{0,500}\]\([^)\n]{0,2000}\)/g
// Inline and reference links: the brackets and destination go, the link text stays.
const LINK = /(?<!!)(\[)[^\]\n]{0,500}(\]\([^)\n]{0,2000}\)|\]\[[^\]\n]{0,100}\])/g
const AUTOLINK = /<(?:https?:|mailto:)[^>\s]*>/g
// Emphasis delimiter runs: a run touching a word on one side (CommonMark's flanking rule, without
// pairing them up, which nested emphasis makes unreliable); underscores never inside a word.
const EMPHASIS = /(?<=\S)(?:\*{1,3}|~~)|(?:\*{1,3}|~~)(?=\S)|(?<![\p{L}\p{N}_])_{1,3}(?=\S)|(?<=\S)_{1,3}(?![\p{L}\p{N}_])/gu
const CODE_SPAN = /(`+)[^`\n]{1,500}?\1/g
const ESCAPE = /\\(?=[\\`*_{}[\]()#+\-.!>])/g
// An unclosed comment runs to the end (CommonMark), matched once rather than retried.
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g

const blank = (start: number, end: number): Blank => ({ start, end, kind: "markup" })

/**
 * Blanks for markdown: front matter, and the syntax that would confuse extraction (link
 * destinations, images, heading #s, emphasis markers), keeping the visible text.
 */
export const markdownBlanks = (text: string): ReadonlyArray<Blank> => {
  const blanks: Array<Blank> = []
  const frontMatter = FRONT_MATTER.exec(text)
  const bodyStart = frontMatter === null ? 0 : frontMatter[0].length
  if (frontMatter !== null) blanks.push({ start: 0, end: bodyStart, kind: "front_matter" })
  const body = text.slice(bodyStart)
  const at = (offset: number) => bodyStart + offset

  for (const m of body.matchAll(LINE_PREFIX)) blanks.push(blank(at(m.index), at(m.index + m[0].length)))
  for (const m of body.matchAll(HEADING_CLOSE)) {
    const start = m.index + m[1]!.length
    blanks.push(blank(at(start), at(start + m[2]!.length)))
  }
  for (const re of [MARKUP_LINE, IMAGE, AUTOLINK, COMMENT, ESCAPE, EMPHASIS]) {
    for (const m of body.matchAll(re)) blanks.push(blank(at(m.index), at(m.index + m[0].length)))
  }
  for (const m of body.matchAll(LINK)) {
    blanks.push(blank(at(m.index), at(m.index + 1)))
    const close = m[2]!
    const closeStart = m.index + m[0].length - close.length
    blanks.push(blank(at(closeStart), at(closeStart + close.length)))
  }
  for (const m of body.matchAll(CODE_SPAN)) {
    const delimiter = m[1]!.length
    const end = m.index + m[0].length
    blanks.push(blank(at(m.index), at(m.index + delimiter)), blank(at(end - delimiter), at(end)))
  }
  return blanks
}
