import { Claim, encodeReferenceDate, Relation } from "@crosscheck/claims"
import { Console, Effect, Schema } from "effect"
import { Argument, Command } from "effect/cli"
import { StoreReader } from "../store/store-reader.js"
import { dbFlag } from "./shared-flags.js"

const encodeClaim = Schema.encodeSync(Claim)
const encodeRelation = Schema.encodeSync(Relation)

export const exportCommand = Command.make(
  "export",
  {
    what: Argument.Literals("what", ["claims", "relations", "articles"]).pipe(
      Argument.withDescription("What to print, one JSON object per line")
    ),
    db: dbFlag
  },
  Effect.fn("exportCommand")(function*({ what }) {
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
).pipe(
  Command.withDescription("Print the stored claims, relations or articles as JSON Lines"),
  Command.withExamples([
    { command: "crosscheck export claims --db crosscheck.db > claims.jsonl", description: "Every claim, one per line" }
  ])
)
