import { createHash } from "node:crypto"
import { type Article, type ArticleFormat, type ArticleMetadata, decodeIsoDay, htmlMetadata, type WrittenMetadata } from "@crosscheck/claims/model"
import { Context, Effect, FileSystem, Layer } from "effect"
import type { ArticleSource } from "./article-source.js"
import { ArticleReadError } from "./corpus-error.js"
import { frontMatterMetadata } from "./front-matter.js"

/**
 * Read: turns a discovered source into an `Article` — the text exactly as read (strict UTF-8),
 * its content hash, and its metadata (corpus manifest or JSONL line, then what the file itself
 * says in front matter or HTML meta tags).
 */
export class ArticleReader extends Context.Service<ArticleReader, {
  read(source: ArticleSource): Effect.Effect<Article, ArticleReadError>
}>()("@crosscheck/pipeline/read/ArticleReader") {
  static readonly layer = Layer.effect(
    ArticleReader,
    Effect.gen(function*() {
      const fs = yield* FileSystem.FileSystem
      const readText = (path: string) =>
        fs.readFile(path).pipe(
          Effect.mapError((error) => new ArticleReadError({ path, reason: error.message, cause: error })),
          Effect.filterOrFail(
            (bytes) => bytes.length <= MAX_ARTICLE_BYTES,
            (bytes) => new ArticleReadError({ path, reason: tooLarge(bytes.length) })
          ),
          Effect.flatMap((bytes) => {
            const encoding = encodingOf(bytes)
            return Effect.try({
              try: () => new TextDecoder(encoding, { fatal: true }).decode(bytes),
              catch: (cause) => new ArticleReadError({ path, reason: `not valid ${ENCODING_NAMES[encoding]} text`, cause })
            })
          })
        )

      const read = Effect.fn("ArticleReader.read")(function*(source: ArticleSource) {
        if (source._tag === "Invalid") return yield* new ArticleReadError({ path: source.path, reason: source.reason })
        if (source._tag === "Inline") return yield* resultOf(inlineArticle(source))
        return yield* resultOf(articleOf(source, source.format, yield* readText(source.path)))
      })

      return ArticleReader.of({ read })
    })
  )
}

const resultOf = (read: Article | ArticleReadError): Effect.Effect<Article, ArticleReadError> =>
  read instanceof ArticleReadError ? Effect.fail(read) : Effect.succeed(read)

/**
 * A JSONL line's article, read without effects (its text is in memory): the article, or why it
 * cannot be one. A corpus of many thousands is read this way, a chunk of lines at a time.
 */
export const inlineArticle = (source: Extract<ArticleSource, { readonly _tag: "Inline" }>): Article | ArticleReadError =>
  articleOf(source, "text", source.text)

/** The article a source's text makes: checked (size, emptiness, binary data, its date), its metadata merged, hashed. */
const articleOf = (
  source: { readonly id: string; readonly path: string; readonly metadata: WrittenMetadata },
  format: ArticleFormat,
  text: string
): Article | ArticleReadError => {
  if (text.length > MAX_ARTICLE_BYTES) return new ArticleReadError({ path: source.path, reason: tooLarge(text.length) })
  if (text.trim() === "") return new ArticleReadError({ path: source.path, reason: "the article is empty" })
  if (text.includes("\u0000")) return new ArticleReadError({ path: source.path, reason: "binary data (NUL bytes), not an article" })
  const written = { ...source.metadata, ...ownMetadata(format, text) }
  // The one place a published date is checked: from here on it is a calendar day.
  const published = written.published === undefined ? undefined : decodeIsoDay(written.published)
  if (written.published !== undefined && published === undefined) {
    return new ArticleReadError({ path: source.path, reason: `published date '${written.published}' is not a calendar date (YYYY-MM-DD)` })
  }
  const { published: _written, ...rest } = written
  const metadata: ArticleMetadata = { ...rest, ...(published === undefined ? {} : { published }) }
  return { id: source.id, path: source.path, format, metadata, text, contentHash: createHash("sha256").update(text).digest("hex") }
}

/**
 * News articles are kilobytes; a file of megabytes is a dump, a log or a book, and would hold one
 * worker for minutes: it is refused rather than read.
 */
const MAX_ARTICLE_BYTES = 4 * 1024 * 1024

const tooLarge = (size: number) =>
  `${(size / 1024 / 1024).toFixed(1)} MB, larger than an article can be (${MAX_ARTICLE_BYTES / 1024 / 1024} MB)`

type Encoding = "utf-8" | "utf-16le" | "utf-16be"

const ENCODING_NAMES: Readonly<Record<Encoding, string>> = {
  "utf-8": "UTF-8",
  "utf-16le": "UTF-16 (little-endian)",
  "utf-16be": "UTF-16 (big-endian)"
}

/** UTF-8 unless a UTF-16 byte order mark says otherwise; the decoder drops the mark either way. */
const encodingOf = (bytes: Uint8Array): Encoding =>
  bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : "utf-8"

const ownMetadata = (format: ArticleFormat, text: string): WrittenMetadata =>
  format === "markdown" ? frontMatterMetadata(text) : format === "html" ? htmlMetadata(text) : {}
