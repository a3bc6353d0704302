import { Claim, encodeReferenceDate, Relation } from "@crosscheck/claims/model"
import { Console, Effect, Schema } from "effect"
import { StoreReader } from "../store/store-reader.js"
import type { ExportInput } from "./export-command.js"

const encodeClaim = Schema.encodeSync(Claim)
const encodeRelation = Schema.encodeSync(Relation)

export const exportAction = Effect.fn("exportCommand")(function*({ what }: ExportInput) {
  const store = yield* StoreReader
  const rows: ReadonlyArray<unknown> = what === "claims"
    ? (yield* store.loadClaims()).map((claim) => encodeClaim(claim))
    : what === "relations"
    ? (yield* store.loadRelations()).map((relation) => encodeRelation(relation))
    // The reference date as the store and every JSON output write it: { date, basis, why }.
    : (yield* store.loadArticleSummaries()).map((article) => ({
      ...article,
      referenceDate: encodeReferenceDate(article.referenceDate)
    }))
  for (const row of rows) yield* Console.log(JSON.stringify(row))
}, (effect, { db }) => effect.pipe(Effect.provide(StoreReader.layer(db))))
