import type { ArticleFormat, WrittenMetadata } from "@crosscheck/claims"

/**
 * What discovery yields for each article: a file still to be read, a JSONL line already in
 * memory, or an entry that is broken (reported with its path and the reason, and skipped).
 */
export type ArticleSource =
  | {
    readonly _tag: "File"
    readonly id: string
    /** The path to open. */
    readonly path: string
    readonly format: ArticleFormat
    readonly metadata: WrittenMetadata
  }
  | {
    readonly _tag: "Inline"
    readonly id: string
    /** `corpus.jsonl#12`: the file and line it came from. */
    readonly path: string
    readonly metadata: WrittenMetadata
    readonly text: string
  }
  | {
    readonly _tag: "Invalid"
    /** The article id the entry would have had, when it has one: what is stored for it is kept. */
    readonly id?: string | undefined
    readonly path: string
    readonly reason: string
  }

const FORMATS: ReadonlyMap<string, ArticleFormat> = new Map([
  [".txt", "text"],
  [".text", "text"],
  [".md", "markdown"],
  [".markdown", "markdown"],
  [".html", "html"],
  [".htm", "html"],
  // TimeML (TimeBank, TempEval) and other XML: markup is blanked like HTML's.
  [".tml", "html"],
  [".xml", "html"]
])

/** The article format a file name says, or undefined for files that are not articles. */
export const formatOfFile = (name: string): ArticleFormat | undefined => {
  const dot = name.lastIndexOf(".")
  return dot < 0 ? undefined : FORMATS.get(name.slice(dot).toLowerCase())
}
