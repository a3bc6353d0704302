import { Schema } from "effect"
import { IsoDay } from "../time/iso-day.js"

/**
 * Metadata as a corpus writes it for an article (manifest.json, front matter, HTML meta tags, a
 * JSONL line): the published date is still text, checked once where the article is read.
 */
export const WrittenMetadata = Schema.Struct({
  title: Schema.optionalKey(Schema.String),
  /** Publication date as written (an article whose date is not a calendar day is refused when read). */
  published: Schema.optionalKey(Schema.String),
  outlet: Schema.optionalKey(Schema.String),
  url: Schema.optionalKey(Schema.String)
})
export type WrittenMetadata = typeof WrittenMetadata.Type

/** An article's metadata once read: its published date is a calendar day. */
export const ArticleMetadata = Schema.Struct({
  ...WrittenMetadata.fields,
  /** Publication day (YYYY-MM-DD). */
  published: Schema.optionalKey(IsoDay)
})
export type ArticleMetadata = typeof ArticleMetadata.Type

export const ArticleFormat = Schema.Literals(["text", "markdown", "html"])
export type ArticleFormat = typeof ArticleFormat.Type

/** An article as read: `text` is exactly what the file held; every offset indexes it. */
export const Article = Schema.Struct({
  /** Path relative to the corpus root with `/` separators, or the JSONL line's id. */
  id: Schema.String,
  /** Where it was read from (file path, or `corpus.jsonl#12`). */
  path: Schema.String,
  format: ArticleFormat,
  metadata: ArticleMetadata,
  text: Schema.String,
  /** sha256 of the text, hex. */
  contentHash: Schema.String
})
export type Article = typeof Article.Type

export const FurnitureKind = Schema.Literals([
  "markup",
  "front_matter",
  "comments",
  "share",
  "subscribe",
  "advertisement",
  "reply_form",
  "tags",
  "repeated_headline",
  "navigation"
])
export type FurnitureKind = typeof FurnitureKind.Type

/** A region of page furniture: it stays in the stored text, marked, and is kept out of claims. */
export const FurnitureRegion = Schema.Struct({
  start: Schema.Int,
  end: Schema.Int,
  kind: FurnitureKind
})
export type FurnitureRegion = typeof FurnitureRegion.Type

/**
 * A cleaned article: `content` has the same length as `article.text`, with furniture and markup
 * blanked to spaces (line breaks kept), so extraction on it yields offsets into the original.
 */
export interface CleanedArticle {
  readonly article: Article
  readonly content: string
  readonly furniture: ReadonlyArray<FurnitureRegion>
}

