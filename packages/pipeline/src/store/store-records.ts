import type { Article, Claim, Extraction, FurnitureRegion, IsoDay, ReferenceDate, Relation, WrittenMetadata } from "@crosscheck/claims"
import { Schema } from "effect"
import type { RunStatus } from "./database-schema.js"

/** What a run counted (articles read, skipped, extracted, claims, relations, …). */
export const RunCounts = Schema.Record(Schema.String, Schema.Number)
export type RunCounts = typeof RunCounts.Type

/** A failure a run recorded and went on from: where (an article's path) and why. */
export const RunError = Schema.Struct({
  path: Schema.String,
  reason: Schema.String
})
export type RunError = typeof RunError.Type

/**
 * An article a run could not read, as the store keeps it (table `unreadable_articles`): until a later
 * completed run of its share of the corpus reads it.
 */
export interface UnreadableRecord extends RunError {
  /** The article's id, when the entry has one. */
  readonly article: string | undefined
  /** What puts it in a shard (`shardKey`): its id, or a broken entry's path. */
  readonly shardKey: string
}

export interface RunRecord {
  readonly id: number
  readonly startedAt: string
  readonly finishedAt: string | undefined
  readonly status: RunStatus
  readonly version: string
  readonly extractor: string
  readonly corpus: string
  readonly counts: RunCounts
  readonly errors: ReadonlyArray<RunError>
}

export interface RunOutcome {
  readonly status: Exclude<RunStatus, "running">
  readonly counts: RunCounts
  readonly errors: ReadonlyArray<RunError>
}

/**
 * How an article was stored: enough to tell whether it must be extracted again — its text, the
 * extractor, and the metadata it was read with (a new `published` date moves its reference date).
 */
export interface ArticleFingerprint {
  readonly contentHash: string
  readonly extractor: string
  /** The metadata as stored, not decoded: a fingerprint is only ever compared with an article's (see `sameMetadata`). */
  readonly metadata: WrittenMetadata
}

/** What the store recorded about an article besides the article itself. */
export interface StoredExtractionInfo {
  readonly referenceDate: ReferenceDate
  readonly extractor: string
  readonly extractedAt: string
  readonly runId: number
}

/** An article as stored: the `Article` that was saved (same value), its furniture, and how it was extracted. */
export interface StoredArticle extends Article, StoredExtractionInfo {
  readonly furniture: ReadonlyArray<FurnitureRegion>
}

/** An article without its text, for cross-referencing and listings (`title` at the top, as `ArticleRef` has it). */
export interface ArticleSummary extends StoredExtractionInfo {
  readonly id: string
  readonly path: string
  readonly format: Article["format"]
  readonly title?: string
  readonly published?: IsoDay
  readonly outlet?: string
  readonly url?: string
  readonly contentHash: string
}

/** Filters of `crosscheck claims`; all optional, combined with AND. */
export interface ClaimFilter {
  readonly kind?: string
  /** An entity id (`country:RU`) the claim names as subject, place or source. */
  readonly entity?: string
  /** ISO days: claims whose time scope overlaps [from, to]. */
  readonly from?: string
  readonly to?: string
  /** A phrase searched in the quotes (full text, stemmed). */
  readonly text?: string
  readonly article?: string
}

/** A claim related to the one shown, with where it comes from. */
export interface RelatedClaim {
  readonly claimId: string
  readonly articleId: string
  readonly articleTitle: string | undefined
  readonly quote: string
}

/** One claim with everything `crosscheck show` prints about where it came from. */
export interface ClaimProvenance {
  readonly claim: Claim
  readonly article: StoredArticle
  readonly relations: ReadonlyArray<{ readonly relation: Relation; readonly others: ReadonlyArray<RelatedClaim> }>
}

/** The result of `crosscheck query`: column names in order, and rows as arrays of cell values. */
export interface QueryResult {
  readonly columns: ReadonlyArray<string>
  readonly rows: ReadonlyArray<ReadonlyArray<unknown>>
}

/** One article to store: it, its furniture and what was extracted from it. */
export interface ArticleWrite {
  readonly article: Article
  readonly furniture: ReadonlyArray<FurnitureRegion>
  readonly extraction: Extraction
}

/**
 * What a completed run leaves for a no-change rerun to replay (table `run_replays`; see
 * src/replay/replay-run.ts): what it depends on, as digests, and what such a rerun prints.
 */
export interface RunReplay {
  readonly runId: number
  readonly corpusDigest: string
  readonly settingsDigest: string
  /** The settings files the settings digest read (absolute paths). */
  readonly settingsFiles: ReadonlyArray<string>
  /** Each report file as the run left it: `fileStamp` (size, modification time, inode). */
  readonly reports: ReadonlyArray<{ readonly path: string; readonly stamp: string }>
  readonly stdout: string
  readonly stderr: string
  readonly exitCode: number
}
