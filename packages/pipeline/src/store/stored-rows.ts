import { Article, ArticleFormat, ArticleMetadata, Claim, FurnitureRegion, ReferenceDate, Relation, type WrittenMetadata } from "@crosscheck/claims/model"
import type { ClaimFacets, OutlineClaim, QuotedSpan } from "@crosscheck/report"
import { Schema } from "effect"
import type { Selectable } from "kysely"
import type { ArticlesTable, RunsTable } from "./database-schema.js"
import {
  type ArticleFingerprint,
  type ArticleSummary,
  RunCounts,
  RunError,
  type RunRecord,
  type StoredArticle,
  type StoredExtractionInfo
} from "./store-records.js"

/** Table rows → model values: `data` columns and the rest decode with the model's own Schemas. */

export const decodeClaim = Schema.decodeUnknownSync(Schema.fromJsonString(Claim))
export const decodeRelation = Schema.decodeUnknownSync(Schema.fromJsonString(Relation))
const decodeArticle = Schema.decodeUnknownSync(Article)
const decodeFormat = Schema.decodeUnknownSync(ArticleFormat)
const decodeMetadata = Schema.decodeUnknownSync(ArticleMetadata)
const decodeReferenceDate = Schema.decodeUnknownSync(ReferenceDate)
const decodeFurniture = Schema.decodeUnknownSync(Schema.fromJsonString(Schema.Array(FurnitureRegion)))
const decodeCounts = Schema.decodeUnknownSync(Schema.fromJsonString(RunCounts))
const decodeErrors = Schema.decodeUnknownSync(Schema.fromJsonString(Schema.Array(RunError)))

/** The article columns a summary needs (everything but the text and furniture). */
export type ArticleSummaryRow = Omit<Selectable<ArticlesTable>, "text" | "furniture">

/** The article columns that hold its metadata, one per `ArticleMetadata` key. */
export const METADATA_COLUMNS = ["title", "published", "outlet", "url"] as const

/** The metadata the corpus gave: a null column was an absent key. */
export const metadataOf = (row: Pick<ArticleSummaryRow, typeof METADATA_COLUMNS[number]>): ArticleMetadata =>
  decodeMetadata(Object.fromEntries(METADATA_COLUMNS.flatMap((key) => row[key] === null ? [] : [[key, row[key]]])))

/** The metadata columns as stored, undecoded (a null column was an absent key): what a fingerprint compares. */
const writtenMetadataOf = (row: Pick<ArticleSummaryRow, typeof METADATA_COLUMNS[number]>): WrittenMetadata => {
  const metadata: { -readonly [K in keyof WrittenMetadata]: WrittenMetadata[K] } = {}
  for (const key of METADATA_COLUMNS) if (row[key] !== null) metadata[key] = row[key]
  return metadata
}

/** Whether two articles were read with the same metadata (absent and absent are the same). */
export const sameMetadata = (a: WrittenMetadata, b: WrittenMetadata): boolean =>
  METADATA_COLUMNS.every((key) => a[key] === b[key])

const extractionInfo = (row: ArticleSummaryRow): StoredExtractionInfo => ({
  referenceDate: decodeReferenceDate({ date: row.reference_date, basis: row.reference_basis, why: row.reference_why }),
  extractor: row.extractor,
  extractedAt: row.extracted_at,
  runId: row.run_id
})

export const storedArticle = (row: Selectable<ArticlesTable>): StoredArticle => ({
  ...decodeArticle({
    id: row.id,
    path: row.path,
    format: row.format,
    metadata: metadataOf(row),
    text: row.text,
    contentHash: row.content_hash
  }),
  furniture: decodeFurniture(row.furniture),
  ...extractionInfo(row)
})

export const fingerprintOf = (
  row: Pick<ArticleSummaryRow, "content_hash" | "extractor" | typeof METADATA_COLUMNS[number]>
): ArticleFingerprint => ({ contentHash: row.content_hash, extractor: row.extractor, metadata: writtenMetadataOf(row) })

export const articleSummary = (row: ArticleSummaryRow): ArticleSummary => ({
  id: row.id,
  path: row.path,
  format: decodeFormat(row.format),
  ...metadataOf(row),
  contentHash: row.content_hash,
  ...extractionInfo(row)
})

export const runRecord = (row: Selectable<RunsTable>): RunRecord => ({
  id: row.id,
  startedAt: row.started_at,
  finishedAt: row.finished_at ?? undefined,
  status: row.status,
  version: row.version,
  extractor: row.extractor,
  corpus: row.corpus,
  counts: decodeCounts(row.counts),
  errors: decodeErrors(row.errors)
})

/** What a report ranks and orders a claim by, from the columns that copy its fields (`claimRow`). */
export const outlineClaim = (row: {
  readonly id: string
  readonly article_id: string
  readonly span_start: number
  readonly value_amount: number | null
  readonly time_start: string | null
  readonly confidence: number
}): OutlineClaim => ({
  id: row.id,
  article: row.article_id,
  span: { start: row.span_start },
  value: row.value_amount === null ? undefined : { value: row.value_amount },
  time: row.time_start === null ? undefined : { start: row.time_start },
  confidence: row.confidence
})

/** Where a claim's quote and sentence are, and the quote, from the columns that copy them (`claimRow`). */
export const quotedSpan = (row: {
  readonly id: string
  readonly article_id: string
  readonly span_start: number
  readonly span_end: number
  readonly sentence_start: number
  readonly sentence_end: number
  readonly quote: string
}): QuotedSpan => ({
  id: row.id,
  article: row.article_id,
  span: { start: row.span_start, end: row.span_end },
  sentence: { start: row.sentence_start, end: row.sentence_end },
  quote: row.quote
})

const decodeSubjects = Schema.decodeUnknownSync(Schema.fromJsonString(Schema.Array(Schema.String)))

/** What report.html's entity filter reads of a claim, from the columns that copy it (`claimRow`), by id. */
export const claimFacets = (row: {
  readonly id: string
  readonly subjects: string
  readonly place: string | null
  readonly figure_holder: string | null
  readonly figure_counterpart: string | null
}): readonly [string, ClaimFacets] => [row.id, {
  subjects: decodeSubjects(row.subjects),
  place: row.place ?? undefined,
  figure: { holder: row.figure_holder ?? undefined, counterpart: row.figure_counterpart ?? undefined }
}]
