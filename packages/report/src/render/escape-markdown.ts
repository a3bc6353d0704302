import { showControls } from "./visible-controls.js"

// The ASCII punctuation Markdown (GFM, with GitHub's `$` math and `@` mentions) can read as inline syntax
// or HTML; a backslash makes each literal. Block markers only count at the start of a line, and autolinks
// only after a scheme or "www.", so those are escaped there alone. Whitespace runs collapse so a quote
// stays on one line.
const inlineSpecial = /[\\`*_{}[\]()<>#+!|~$&@]/g
const blockStart = /^\s*(?:\d+[.)]|[-=])/
const autolink = /\b(https?|ftp):(?=\/\/)|\b(www)\./gi
const whitespaceRun = /\s+/g

/**
 * Escapes article text for inline use in Markdown: no markup, HTML, math, autolink, line break or
 * control character survives.
 */
export const escapeMarkdown = (text: string): string =>
  showControls(text)
    .replace(whitespaceRun, " ")
    .replace(inlineSpecial, (char) => `\\${char}`)
    .replace(autolink, (match) => `${match.slice(0, -1)}\\${match.slice(-1)}`)
    .replace(blockStart, (match) => `${match.slice(0, -1)}\\${match.slice(-1)}`)

/**
 * Text as an inline code span: literal, HTML included, as long as the span is not ended early. A
 * backtick would end it and a blank line would end its paragraph (a file name may hold both), so
 * backticks become quotes and whitespace runs one space.
 */
export const markdownCode = (text: string): string =>
  `\`${showControls(text).replace(whitespaceRun, " ").replaceAll("`", "'")}\``

const urlUnsafe = /[\s()<>[\]]/g

/** A URL made safe inside `[text](url)`: characters that would end the link destination are percent-encoded. */
export const markdownUrl = (url: string): string =>
  url.replace(urlUnsafe, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`)
