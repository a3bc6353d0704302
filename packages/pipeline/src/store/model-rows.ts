import {
  type Article,
  Claim,
  encodeReferenceDate,
  type Extraction,
  FurnitureRegion,
  type ReferenceDate,
  Relation,
  timexInterval
} from "@crosscheck/claims/model"
import { Schema } from "effect"
import { comparisonStanding, STANDING_RULES } from "@crosscheck/report"
import type { Insertable } from "kysely"
import type { Database } from "./database-schema.js"

/**
 * Model values → table rows. Columns are projections of the encoded model value that goes, whole,
 * into `data`: the store reads `data` back, the columns are there for SQL.
 */

type Row<T extends keyof Database> = Insertable<Database[T]>

const encodeClaim = Schema.encodeSync(Claim)
const encodeRelation = Schema.encodeSync(Relation)
const encodeFurniture = Schema.encodeSync(Schema.Array(FurnitureRegion))

export const articleRow = (
  article: Article,
  furniture: ReadonlyArray<FurnitureRegion>,
  extraction: Extraction,
  run: { readonly id: number; readonly extractor: string },
  extractedAt: string
): Row<"articles"> => ({
  id: article.id,
  path: article.path,
  format: article.format,
  title: article.metadata.title ?? null,
  outlet: article.metadata.outlet ?? null,
  url: article.metadata.url ?? null,
  published: article.metadata.published ?? null,
  ...referenceColumns(extraction.referenceDate),
  content_hash: article.contentHash,
  extractor: run.extractor,
  text: article.text,
  furniture: JSON.stringify(encodeFurniture(furniture)),
  extracted_at: extractedAt,
  run_id: run.id
})

export const claimRow = (claim: Claim): Row<"claims"> => {
  const encoded = encodeClaim(claim)
  const value = encoded.value
  const figure = encoded.figure
  return {
    id: encoded.id,
    article_id: encoded.article,
    kind: encoded.kind,
    predicate: encoded.predicate,
    subjects: JSON.stringify(encoded.subjects),
    place: encoded.place ?? null,
    object: encoded.object ?? null,
    value_amount: value?.value ?? null,
    value_unit: value?.unit ?? null,
    value_kind: value?.kind ?? null,
    value_low: value?.interval.low ?? null,
    value_high: value?.interval.high ?? null,
    value_qualifier: value?.qualifier ?? null,
    time_start: encoded.time?.start ?? null,
    time_end: encoded.time?.end ?? null,
    asserted_at: encoded.assertedAt ?? null,
    modality: encoded.modality,
    attribution: encoded.attribution?.text ?? null,
    span_start: encoded.span.start,
    span_end: encoded.span.end,
    sentence_start: encoded.sentence.start,
    sentence_end: encoded.sentence.end,
    quote: encoded.quote,
    confidence: encoded.confidence,
    extractor: encoded.extractor,
    figure_holder: figure?.holder ?? null,
    figure_measure: figure?.measure ?? null,
    figure_item: figure?.item ?? null,
    figure_counterpart: figure?.counterpart ?? null,
    figure_period: figure?.period?.value ?? null,
    figure_period_origin: figure?.period?.origin ?? null,
    figure_period_prior: figure?.period === undefined ? null : figure.period.prior ? 1 : 0,
    figure_basis: figure?.basis ?? null,
    figure_source: figure?.source?.text ?? null,
    figure_status: figure?.status ?? null,
    figure_aspect: figure?.aspect ?? null,
    figure_unresolved: figure === undefined ? null : JSON.stringify(figure.unresolved),
    ...standingColumns(claim),
    data: JSON.stringify(encoded)
  }
}

/** Where cross-referencing compares the claim, or why it never does: computed once, as it is stored. */
export const standingColumns = (claim: Claim): Pick<Row<"claims">, "comparison_partition" | "uncompared_reason" | "standing_rules"> => {
  const standing = comparisonStanding(claim)
  return standing._tag === "Compared"
    ? { comparison_partition: standing.partition, uncompared_reason: null, standing_rules: STANDING_RULES }
    : { comparison_partition: null, uncompared_reason: standing.reason, standing_rules: STANDING_RULES }
}

/** The entities a claim names, by role, without repeats (the table's key). */
export const claimEntityRows = (claim: Claim): ReadonlyArray<Row<"claim_entities">> => {
  const rows = new Map<string, Row<"claim_entities">>()
  const add = (entity_id: string, role: Row<"claim_entities">["role"]) =>
    rows.set(`${role}|${entity_id}`, { claim_id: claim.id, entity_id, role })
  for (const subject of claim.subjects) add(subject, "subject")
  if (claim.place !== undefined) add(claim.place, "place")
  if (claim.attribution?.entity !== undefined) add(claim.attribution.entity, "source")
  return [...rows.values()]
}

/** The claim's time scope as days; none when an end has no calendar interval (`PRESENT_REF`, `XXXX-06`). */
export const claimTimeRow = (claim: Claim): Row<"claim_times"> | undefined => {
  if (claim.time === undefined) return undefined
  const { start, end } = claim.time
  const first = timexInterval(start)
  const last = end === start ? first : timexInterval(end)
  if (first === undefined || last === undefined) return undefined
  return {
    claim_id: claim.id,
    value: end === start ? start : `${start}/${end}`,
    first_day: first.first,
    last_day: last.last,
    granularity: first.granularity
  }
}

export const timexRows = (extraction: Extraction): ReadonlyArray<Row<"timexes">> =>
  extraction.timexes.map((timex) => ({
    article_id: extraction.article,
    id: timex.id,
    start: timex.start,
    end: timex.end,
    text: timex.text,
    type: timex.type,
    value: timex.value
  }))

export const quantityRows = (extraction: Extraction): ReadonlyArray<Row<"quantities">> =>
  extraction.quantities.map((quantity) => ({
    article_id: extraction.article,
    id: quantity.id,
    start: quantity.start,
    end: quantity.end,
    text: quantity.text,
    kind: quantity.kind,
    value: quantity.value,
    unit: quantity.unit
  }))

export const relationRow = (relation: Relation): Row<"relations"> => {
  const encoded = encodeRelation(relation)
  return {
    id: encoded.id,
    type: encoded.type,
    key: encoded.key,
    severity: encoded.severity ?? null,
    explanation: encoded.explanation,
    fingerprint: encoded.fingerprint,
    articles: JSON.stringify(encoded.articles),
    data: JSON.stringify(encoded)
  }
}

export const relationClaimRows = (relation: Relation): ReadonlyArray<Row<"relation_claims">> =>
  [...new Set(relation.claims)].map((claim_id) => ({ relation_id: relation.id, claim_id }))

/** The reference date in its three columns, as the model writes it: `{ date, basis, why }`. */
const referenceColumns = (referenceDate: ReferenceDate) => {
  const { basis, date, why } = encodeReferenceDate(referenceDate)
  return { reference_date: date, reference_basis: basis, reference_why: why }
}
