import { Schema } from "effect"
import { FurnitureRegion } from "./article.js"
import { Claim } from "./claim.js"
import { EntityMention } from "./entity.js"
import { Quantity } from "./quantity.js"
import { ReferenceDate, Timex } from "./time.js"

/** Everything extracted from one article: what `crosscheck extract --json` prints. */
export const Extraction = Schema.Struct({
  article: Schema.String,
  referenceDate: ReferenceDate,
  furniture: Schema.Array(FurnitureRegion),
  timexes: Schema.Array(Timex),
  quantities: Schema.Array(Quantity),
  entities: Schema.Array(EntityMention),
  claims: Schema.Array(Claim)
})
export type Extraction = typeof Extraction.Type
