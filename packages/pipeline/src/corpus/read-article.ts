import { createHash } from "node:crypto"
import { type Article, type ArticleFormat, type ArticleMetadata, htmlMetadata } from "@crosscheck/claims"
import { Context, Effect, FileSystem, Layer } from "effect"
import type { ArticleSource } from "./article-source.js"
import { ArticleReadError } from "./corpus-error.js"
import { frontMatterMetadata } from "./front-matter.js"

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

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
        const metadata = { ...source.metadata, ...ownMetadata(format, text) }
        if (metadata.published !== undefined && !ISO_DATE.test(metadata.published)) {
          return yield* new ArticleReadError({
            path: source.path,
            reason: `published date '${metadata.published}' is not a calendar date (YYYY-MM-DD)`
          })
        }
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

const ownMetadata = (format: ArticleFormat, text: string): ArticleMetadata =>
  format === "markdown" ? frontMatterMetadata(text) : format === "html" ? htmlMetadata(text) : {}
