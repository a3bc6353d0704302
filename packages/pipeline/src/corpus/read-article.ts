import { createHash } from "node:crypto"
import { type Article, type ArticleFormat, type ArticleMetadata, decodeIsoDay, htmlMetadata, type WrittenMetadata } from "@crosscheck/claims"
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
}>()("@crosscheck/pipeline/corpus/ArticleReader") {
  static readonly layer = Layer.effect(
    ArticleReader,
    Effect.gen(function*() {
      const fs = yield* FileSystem.FileSystem
      const utf8 = new TextDecoder("utf-8", { fatal: true })

      const readText = (path: string) =>
        fs.readFile(path).pipe(
          Effect.mapError((error) => new ArticleReadError({ path, reason: error.message })),
          Effect.flatMap((bytes) =>
            Effect.try({
              try: () => utf8.decode(bytes),
              catch: () => new ArticleReadError({ path, reason: "not valid UTF-8 text" })
            })
          )
        )

      const read = Effect.fn("ArticleReader.read")(function*(source: ArticleSource) {
        if (source._tag === "Invalid") return yield* new ArticleReadError({ path: source.path, reason: source.reason })
        const format: ArticleFormat = source._tag === "File" ? source.format : "text"
        const text = source._tag === "File" ? yield* readText(source.path) : source.text
        if (text.trim() === "") return yield* new ArticleReadError({ path: source.path, reason: "the article is empty" })
        if (text.includes("\u0000")) {
          return yield* new ArticleReadError({ path: source.path, reason: "binary data (NUL bytes), not an article" })
        }
        const written = { ...source.metadata, ...ownMetadata(format, text) }
        // The one place a published date is checked: from here on it is a calendar day.
        const published = written.published === undefined ? undefined : decodeIsoDay(written.published)
        if (written.published !== undefined && published === undefined) {
          return yield* new ArticleReadError({
            path: source.path,
            reason: `published date '${written.published}' is not a calendar date (YYYY-MM-DD)`
          })
        }
        const { published: _written, ...rest } = written
        const metadata: ArticleMetadata = { ...rest, ...(published === undefined ? {} : { published }) }
        return {
          id: source.id,
          path: source.path,
          format,
          metadata,
          text,
          contentHash: createHash("sha256").update(text).digest("hex")
        } satisfies Article
      })

      return ArticleReader.of({ read })
    })
  )
}

const ownMetadata = (format: ArticleFormat, text: string): WrittenMetadata =>
  format === "markdown" ? frontMatterMetadata(text) : format === "html" ? htmlMetadata(text) : {}
