import { type Claim, describeReference, oneLine } from "@crosscheck/claims/model"
import { Console, Effect, Option } from "effect"
import { StoreReader } from "../store/store-reader.js"
import type { ClaimProvenance, StoredArticle } from "../store/store-records.js"
import { StoreError } from "../store/store-error.js"
import type { ShowInput } from "./show-command.js"
import { findRelation, relationClaims, renderRelation } from "./show-relation.js"

/** The claim's sentence with the quote marked »…«, on one line. */
export const sentenceInContext = (claim: Claim, text: string): string => {
  const { sentence, span } = claim
  if (span.start < sentence.start || span.end > sentence.end) {
    return `${oneLine(text.slice(sentence.start, sentence.end))} [quote: »${oneLine(claim.quote)}«]`
  }
  return oneLine(
    `${text.slice(sentence.start, span.start)}»${text.slice(span.start, span.end)}«${text.slice(span.end, sentence.end)}`
  )
}

const articleLine = (article: StoredArticle): string => {
  const title = article.metadata.title === undefined ? "" : ` — "${article.metadata.title}"`
  return `${article.id}${title}, reference date ${describeReference(article.referenceDate)}`
}

const field = (name: string, value: string | undefined): ReadonlyArray<string> =>
  value === undefined ? [] : [`  ${name.padEnd(12)}${value}`]

/**
 * Every derivation of the claim, then those of its value and time scope that the claim's own lines
 * do not already quote ("value: '$1bn': …").
 */
const derivations = (claim: Claim): ReadonlyArray<string> => {
  const parts = [claim.value?.derivation, claim.time?.derivation].filter((part): part is string =>
    part !== undefined && part !== "" && !claim.derivation.some((line) => line.includes(part))
  )
  return [...claim.derivation, ...parts].map((line) => `    - ${line}`)
}

/** `crosscheck show`: one claim with where it came from, how it was read, and what it relates to. */
export const renderClaimProvenance = ({ article, claim, relations }: ClaimProvenance): string => {
  const value = claim.value
  const time = claim.time
  const attribution = claim.attribution
  const lines = [
    `claim ${claim.id}  ${claim.predicate} (${claim.kind})`,
    `article ${articleLine(article)}`,
    "",
    `  ${sentenceInContext(claim, article.text)}`,
    "",
    ...field("subjects", claim.subjects.length === 0 ? undefined : claim.subjects.join(", ")),
    ...field("place", claim.place),
    ...field("object", claim.object),
    ...field(
      "value",
      value === undefined ? undefined : `${value.value} ${value.unit} (${value.kind}, ${value.qualifier}) from "${value.text}"`
    ),
    ...field("time", time === undefined ? undefined : `${time.start} .. ${time.end} from "${time.text}"`),
    ...field("asserted at", claim.assertedAt),
    ...field("modality", claim.modality),
    ...field(
      "attribution",
      attribution === undefined
        ? undefined
        : [
          `"${attribution.text}"`,
          attribution.entity === undefined ? "" : ` (${attribution.entity})`,
          attribution.said === undefined ? "" : `, said ${attribution.said}`
        ].join("")
    ),
    ...field("confidence", claim.confidence.toFixed(2)),
    ...field("extractor", claim.extractor),
    ...field("span", `[${claim.span.start}, ${claim.span.end})`),
    ...field(
      "mentions",
      claim.mentions.length === 0 ? undefined : claim.mentions.map((span) => `[${span.start}, ${span.end})`).join(" ")
    ),
    "  derivation",
    ...derivations(claim),
    "",
    relations.length === 0 ? "relations: none" : `relations (${relations.length}):`,
    ...relations.flatMap(({ others, relation }) => [
      `  ${relation.type}${relation.severity === undefined ? "" : ` (${relation.severity})`}  ${relation.key}`,
      ...others.map((other) =>
        `    ↔ ${other.claimId} in ${other.articleId}` +
        `${other.articleTitle === undefined ? "" : ` ("${other.articleTitle}")`}: »${oneLine(other.quote)}«`
      ),
      `    ${oneLine(relation.explanation)}`
    ])
  ]
  return lines.join("\n")
}

export const showAction = Effect.fn("showCommand")(function*({ claim, db }: ShowInput) {
  const store = yield* StoreReader
  const provenance = yield* store.claimProvenance(claim)
  if (Option.isSome(provenance)) return yield* Console.log(renderClaimProvenance(provenance.value))
  const relation = yield* findRelation(store, claim)
  if (Option.isNone(relation)) return yield* new StoreError({ path: db, reason: `no claim or finding ${claim}` })
  yield* Console.log(renderRelation(relation.value, yield* relationClaims(store, relation.value)))
}, (effect, { db }) => effect.pipe(Effect.provide(StoreReader.layer(db))))
