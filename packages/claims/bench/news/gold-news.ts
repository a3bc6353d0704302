import { Result, Schema } from "effect"
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"

/** One line of bench/gold-news/<split>/articles.jsonl. */
export const NewsArticle = Schema.Struct({
  id: Schema.String,
  source: Schema.String,
  published: Schema.optionalKey(Schema.NullOr(Schema.String)),
  title: Schema.optionalKey(Schema.NullOr(Schema.String)),
  body: Schema.String
})
export type NewsArticle = typeof NewsArticle.Type

const Nullable = <S extends Schema.Top>(schema: S) => Schema.optionalKey(Schema.NullOr(schema))

/** One figure as bench/gold-news/GUIDE.md has annotators write it. */
export const GoldFigure = Schema.Struct({
  quote: Schema.String,
  value_text: Nullable(Schema.String),
  value: Schema.Finite,
  value_high: Nullable(Schema.Finite),
  unit: Schema.String,
  qualifier: Nullable(Schema.String),
  aspect: Schema.String,
  holder: Nullable(Schema.String),
  holder_type: Nullable(Schema.String),
  measure: Schema.String,
  item: Nullable(Schema.String),
  counterpart: Nullable(Schema.String),
  period: Nullable(Schema.String),
  period_relative: Nullable(Schema.Boolean),
  period_note: Nullable(Schema.String),
  basis: Nullable(Schema.String),
  source: Nullable(Schema.String),
  status: Schema.String
})
export type GoldFigure = typeof GoldFigure.Type

export const GoldNewsAnnotation = Schema.Struct({
  id: Schema.String,
  figures: Schema.Array(GoldFigure),
  notes: Nullable(Schema.String)
})

export interface GoldNewsDocument {
  readonly article: NewsArticle
  readonly figures: ReadonlyArray<GoldFigure>
}

const decodeArticle = Schema.decodeUnknownSync(Schema.fromJsonString(NewsArticle))
const decodeAnnotation = Schema.decodeUnknownResult(Schema.fromJsonString(GoldNewsAnnotation))

/**
 * The annotated articles of one split (`dev`, `dev-b`, `dev-c`, `validation` or `test`): only those with an annotation file yet
 * (annotators land them as they go). A file that cannot be read is named on stderr and skipped.
 */
export const readGoldNews = (root: string, split: string): ReadonlyArray<GoldNewsDocument> => {
  const dir = join(root, "bench", "gold-news", split)
  const annotations = join(dir, "annotations")
  if (!existsSync(annotations)) return []
  const files = new Set(readdirSync(annotations))
  return readFileSync(join(dir, "articles.jsonl"), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .flatMap((line) => {
      const article = decodeArticle(line)
      const file = `${article.id.replaceAll("/", "_")}.json`
      if (!files.has(file)) return []
      const decoded = decodeAnnotation(readFileSync(join(annotations, file), "utf8"))
      if (Result.isFailure(decoded)) {
        console.error(`${join(annotations, file)}: ${String(decoded.failure).split("\n")[0]}`)
        return []
      }
      return [{ article, figures: decoded.success.figures }]
    })
}
