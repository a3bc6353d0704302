import { readFileSync } from "node:fs"
import type { Article, ArticleFormat, ArticleMetadata } from "../../src/model/article.js"

/** The repository root, for the fixtures (`fixtures/…`). */
export const repoRoot = new URL("../../../../", import.meta.url)

export const readRepoFile = (path: string): string => readFileSync(new URL(path, repoRoot), "utf8")

export const articleOf = (text: string, format: ArticleFormat = "text", metadata: ArticleMetadata = {}): Article => ({
  id: "test",
  path: "test",
  format,
  metadata,
  text,
  contentHash: ""
})

/** `text` with `[start, end)` ranges blanked the way cleaning blanks them (line breaks kept). */
export const blankedCopy = (text: string, ranges: ReadonlyArray<readonly [number, number]>): string => {
  const chars = text.split("")
  for (const [start, end] of ranges) {
    for (let i = start; i < end; i++) if (chars[i] !== "\n" && chars[i] !== "\r") chars[i] = " "
  }
  return chars.join("")
}

/** The range of the only occurrence of `part` in `text` (throws when absent or repeated, to keep tests honest). */
export const rangeOf = (text: string, part: string): readonly [number, number] => {
  const start = text.indexOf(part)
  if (start < 0 || text.indexOf(part, start + 1) >= 0) throw new Error(`expected exactly one ${JSON.stringify(part)}`)
  return [start, start + part.length]
}

/** The range from `part` (its only occurrence) to the end of the text's last non-blank character. */
export const rangeToEnd = (text: string, part: string): readonly [number, number] => [
  rangeOf(text, part)[0],
  text.trimEnd().length
]

/** What a reader sees: the content with runs of whitespace collapsed. */
export const visibleText = (content: string): string => content.replace(/\s+/g, " ").trim()
