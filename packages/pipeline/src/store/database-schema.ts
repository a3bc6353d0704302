import type { ColumnType, Generated } from "kysely"

/**
 * The SQLite schema as kysely sees it: the single source of column types for the query builder.
 * Tables are written by migrations (./migrations/); every row is a projection of the claim model
 * (`Claim`, `Relation`, `Extraction` in @crosscheck/claims), and `data` columns hold the whole
 * encoded model value, which is what the store decodes on the way back.
 */
export interface Database {
  readonly articles: ArticlesTable
  readonly claims: ClaimsTable
  readonly claim_entities: ClaimEntitiesTable
  readonly entities: EntitiesTable
  readonly claim_times: ClaimTimesTable
  readonly timexes: TimexesTable
  readonly quantities: QuantitiesTable
  readonly relations: RelationsTable
  readonly relation_claims: RelationClaimsTable
  readonly runs: RunsTable
  readonly writer_lock: WriterLockTable
  readonly run_replays: RunReplaysTable
  readonly store_generation: StoreGenerationTable
  readonly unreadable_articles: UnreadableArticlesTable
  readonly claims_flat: ClaimsFlatView
}

/** JSON text (the column holds `JSON.stringify` of a model value). */
export type Json = string

export interface ArticlesTable {
  readonly id: string
  readonly path: string
  readonly format: string
  readonly title: string | null
  readonly outlet: string | null
  readonly url: string | null
  /** ISO date from the corpus metadata. */
  readonly published: string | null
  /** ISO date the article was written, or null when unknown. */
  readonly reference_date: string | null
  readonly reference_basis: string
  readonly reference_why: string
  readonly content_hash: string
  readonly extractor: string
  readonly text: string
  /** `FurnitureRegion[]`. */
  readonly furniture: Json
  /** ISO instant. */
  readonly extracted_at: string
  readonly run_id: number
}

export interface ClaimsTable {
  readonly id: string
  readonly article_id: string
  readonly kind: string
  readonly predicate: string
  /** Entity ids, in the claim's order. */
  readonly subjects: Json
  readonly place: string | null
  readonly object: string | null
  /** The value in base units (`Quantity.value`). */
  readonly value_amount: number | null
  readonly value_unit: string | null
  readonly value_kind: string | null
  /** The interval a qualified figure stands for; null is unbounded (or no value). */
  readonly value_low: number | null
  readonly value_high: number | null
  readonly value_qualifier: string | null
  /** TIMEX3 values of the claim's time scope. */
  readonly time_start: string | null
  readonly time_end: string | null
  readonly asserted_at: string | null
  readonly modality: string
  /** The source as written. */
  readonly attribution: string | null
  readonly span_start: number
  readonly span_end: number
  readonly sentence_start: number
  readonly sentence_end: number
  readonly quote: string
  readonly confidence: number
  readonly extractor: string
  /** `Claim.figure` (migration 0004): null when the claim states no figure. */
  readonly figure_holder: string | null
  readonly figure_measure: string | null
  readonly figure_item: string | null
  readonly figure_counterpart: string | null
  /** TIMEX3 value of the period the figure refers to. */
  readonly figure_period: string | null
  readonly figure_period_origin: string | null
  /** 1 for the prior-period figure of a pair ("vs", "a year earlier"). */
  readonly figure_period_prior: number | null
  readonly figure_basis: string | null
  /** The source as written. */
  readonly figure_source: string | null
  readonly figure_status: string | null
  readonly figure_aspect: string | null
  /** JSON array of what could not be resolved (`["holder","period"]`); `[]` when complete. */
  readonly figure_unresolved: Json | null
  /**
   * Where cross-referencing compares the claim (migration 0006, `comparisonStanding`): its partition,
   * coarser than its comparison key and timeline series; null when it is never compared.
   */
  readonly comparison_partition: string | null
  /** Why the claim is never compared (an `UncomparedReason`); null when it is compared. */
  readonly uncompared_reason: string | null
  /** The `STANDING_RULES` the two columns above were worked out by (null: not yet). */
  readonly standing_rules: number | null
  /** The whole encoded `Claim`. */
  readonly data: Json
}

export type ClaimEntityRole = "subject" | "place" | "source"

export interface ClaimEntitiesTable {
  readonly claim_id: string
  readonly entity_id: string
  readonly role: ClaimEntityRole
}

/** An entity claims name (migration 0003): `claim_entities.entity_id` → `entities.id`. */
export interface EntitiesTable {
  readonly id: string
  readonly type: string
  /** As written where the text names it. */
  readonly name: string
  /** JSON array of the other ways articles wrote it. */
  readonly aliases: Json
}

/** A claim's time scope as a range of days, so date filters are plain comparisons. */
export interface ClaimTimesTable {
  readonly claim_id: string
  /** The scope as TIMEX3: `2023`, or `2018-06-09/2018-06-10` when start and end differ. */
  readonly value: string
  /** First and last ISO day covered, inclusive. */
  readonly first_day: string
  readonly last_day: string
  readonly granularity: string
}

export interface TimexesTable {
  readonly article_id: string
  readonly id: string
  readonly start: number
  readonly end: number
  readonly text: string
  readonly type: string
  readonly value: string
}

export interface QuantitiesTable {
  readonly article_id: string
  readonly id: string
  readonly start: number
  readonly end: number
  readonly text: string
  readonly kind: string
  readonly value: number
  readonly unit: string
}

export interface RelationsTable {
  readonly id: string
  readonly type: string
  readonly key: string
  readonly severity: string | null
  readonly explanation: string
  readonly fingerprint: string
  /** Sorted article ids. */
  readonly articles: Json
  /** The whole encoded `Relation`. */
  readonly data: Json
}

export interface RelationClaimsTable {
  readonly relation_id: string
  readonly claim_id: string
}

export type RunStatus = "running" | "completed" | "interrupted" | "failed"

export interface RunsTable {
  readonly id: Generated<number>
  /** ISO instants. */
  readonly started_at: string
  readonly finished_at: string | null
  readonly status: RunStatus
  /** crosscheck's version. */
  readonly version: string
  readonly extractor: string
  /** The corpus the run read (its path). */
  readonly corpus: string
  /** `Record<string, number>`. */
  readonly counts: Json
  /** `RunError[]`. */
  readonly errors: Json
}

/** At most one row (id = 1): the run currently writing, and the process that runs it. */
export interface WriterLockTable {
  readonly id: number
  readonly run_id: number
  readonly pid: number
  readonly host: string
  readonly started_at: string
}

/**
 * At most one row: what the last completed run left for a no-change rerun to replay (migration
 * 0007; see src/replay/replay-run.ts).
 */
export interface RunReplaysTable {
  readonly run_id: number
  /** sha256 of every path and byte under the corpus but in the directories the walk never enters and the run's own outputs (`corpusDigest`). */
  readonly corpus_digest: string
  /** sha256 of the command line, working directory, versions and settings files (`settingsDigest`). */
  readonly settings_digest: string
  /** The settings files that digest covers (configuration, gazetteer): `string[]`, absolute. */
  readonly settings_files: Json
  /** The report files as the run left them: `{ path, stamp }[]` (size, modification time, inode). */
  readonly reports: Json
  /** What a no-change rerun prints, and its exit code. */
  readonly stdout: string
  readonly stderr: string
  readonly exit_code: number
}

/**
 * One row (migration 0008): the store's generation, which each committed write of articles or
 * claims on PostgreSQL moves on by one, and the generation the stored relations were found at.
 * PostgreSQL's driver hands a bigint over as a string.
 */
export interface StoreGenerationTable {
  readonly id: number
  readonly generation: ColumnType<number | string, number, number>
  readonly relations_generation: ColumnType<number | string, number, number>
}

/**
 * The articles the store's runs could not read (migration 0009): one row per entry, until a later
 * completed run of its share of the corpus reads it or finds it gone.
 */
export interface UnreadableArticlesTable {
  /** Where it was read from, as the run named it. */
  readonly path: string
  readonly reason: string
  /** The article's id, when the entry has one. */
  readonly article_id: string | null
  /** What puts it in a shard (`shardHash` of its id, or of a broken entry's path); PostgreSQL hands a bigint over as a string. */
  readonly shard_hash: ColumnType<number | string, number, number>
  /** The run that could not read it. */
  readonly run_id: number
}

/** The `claims_flat` view (migration 0002, figure columns from 0004). */
export interface ClaimsFlatView {
  readonly id: string
  readonly article_id: string
  readonly article_title: string | null
  /** Published date, else the reference date. */
  readonly article_date: string | null
  readonly kind: string
  readonly predicate: string
  readonly subjects: Json
  readonly place: string | null
  readonly object: string | null
  readonly value_amount: number | null
  readonly value_unit: string | null
  readonly value_kind: string | null
  readonly value_qualifier: string | null
  readonly value_low: number | null
  readonly value_high: number | null
  readonly time_start: string | null
  readonly time_end: string | null
  readonly first_day: string | null
  readonly last_day: string | null
  readonly asserted_at: string | null
  readonly modality: string
  readonly attribution: string | null
  readonly quote: string
  readonly confidence: number
  readonly holder: string | null
  readonly measure: string | null
  readonly item: string | null
  readonly counterpart: string | null
  readonly period: string | null
  readonly period_prior: number | null
  readonly status: string | null
  readonly aspect: string | null
  readonly unresolved: Json | null
}
