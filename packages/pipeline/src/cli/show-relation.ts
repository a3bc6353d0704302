import { oneLine, type Relation, writtenReference } from "@crosscheck/claims/model"
import { Effect, Option } from "effect"
import type { StoreReaderService } from "../store/store-reader.js"
import type { ClaimProvenance } from "../store/store-records.js"
import { findingLabel, valueAsWritten } from "./run-output/checked-findings.js"
import { sentenceInContext } from "./show-action.js"

/** The relation with this id, or this fingerprint (what a baseline entry names). */
export const findRelation = (store: StoreReaderService, id: string) =>
  Effect.map(store.loadRelations(), (relations) =>
    Option.fromNullishOr(relations.find((relation) => relation.id === id || relation.fingerprint === id)))

/** Every claim of the relation with its article and sentence. */
export const relationClaims = (store: StoreReaderService, relation: Relation) =>
  Effect.map(
    Effect.forEach(relation.claims, (id) => store.claimProvenance(id)),
    (found) => found.flatMap((provenance) => Option.isSome(provenance) ? [provenance.value] : [])
  )

const articleDate = ({ article }: ClaimProvenance): string =>
  article.metadata.published ?? writtenReference(article.referenceDate) ?? "date unknown"

/**
 * `crosscheck show <relation-id>`: the verdict first, then each side — article, date, the value as
 * written and its sentence with the quote marked — then how it was decided, and the ids to act on.
 */
export const renderRelation = (relation: Relation, claims: ReadonlyArray<ClaimProvenance>): string =>
  [
    `${findingLabel(relation)}  ${relation.key}`,
    `relation ${relation.id}  fingerprint ${relation.fingerprint}`,
    "",
    ...claims.flatMap((side) => [
      `  ${side.article.id}${side.article.metadata.title === undefined ? "" : ` — "${side.article.metadata.title}"`}, ${articleDate(side)}`,
      `    "${oneLine(valueAsWritten(side.claim))}"  (claim ${side.claim.id})`,
      `    ${sentenceInContext(side.claim, side.article.text)}`,
      ""
    ]),
    oneLine(relation.explanation),
    "",
    `accept it: crosscheck baseline accept ${relation.id}`
  ].join("\n")
