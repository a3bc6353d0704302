import type { Claim } from "@crosscheck/claims"

/** Where a quote is in the files of the corpus, for annotations: 1-based lines and columns. */
export interface QuoteLocation {
  readonly file: string
  readonly line: number
  /** Absent for a `.jsonl` article: its text is one JSON-escaped line, columns do not carry over. */
  readonly column?: number
  readonly endLine?: number
  readonly endColumn?: number
}

// A `.jsonl` article's path is `corpus.jsonl#12`: the file and its 1-based line.
const JSONL_LINE = /^(.*)#(\d+)$/

const lineAndColumn = (text: string, offset: number): { readonly line: number; readonly column: number } => {
  let line = 1
  let lineStart = 0
  for (let at = text.indexOf("\n"); at !== -1 && at < offset; at = text.indexOf("\n", at + 1)) {
    line++
    lineStart = at + 1
  }
  return { line, column: offset - lineStart + 1 }
}

/**
 * The quote's place in the file it was read from. Offsets index the text exactly as read, so
 * counting line breaks before them gives the file's lines; without the text, the first line.
 */
export const quoteLocation = (path: string, claim: Claim, text: string | undefined): QuoteLocation => {
  const jsonl = JSONL_LINE.exec(path)
  if (jsonl !== null) return { file: jsonl[1] ?? path, line: Number(jsonl[2]) }
  if (text === undefined) return { file: path, line: 1 }
  const start = lineAndColumn(text, claim.span.start)
  const end = lineAndColumn(text, claim.span.end)
  return { file: path, line: start.line, column: start.column, endLine: end.line, endColumn: end.column }
}
