import { ClaimKind, IsoDay } from "@crosscheck/claims/model"
import { Command, Flag } from "effect/cli"
import { formatFlag } from "./output-format.js"
import { dbFlag } from "./shared-flags.js"
import { lazyAction } from "./lazy-action.js"

const optionalText = (name: string, description: string) =>
  Flag.String(name).pipe(Flag.withDescription(description), Flag.optional)

const optionalDay = (name: string, description: string) =>
  Flag.String(name).pipe(Flag.withDescription(description), Flag.withSchema(IsoDay), Flag.optional)

const claimsFlags = {
  kind: Flag.Literals("kind", ClaimKind.literals).pipe(Flag.withDescription("Only claims of this kind"), Flag.optional),
  entity: optionalText("entity", "Only claims naming this entity id (country:RU) as subject, place or source"),
  from: optionalDay("from", "Only claims whose time overlaps days from this one (YYYY-MM-DD)"),
  to: optionalDay("to", "Only claims whose time overlaps days up to this one (YYYY-MM-DD)"),
  text: optionalText("text", "Only claims whose quote contains this phrase (full-text search, stemmed)"),
  article: optionalText("article", "Only claims of this article id"),
  db: dbFlag,
  format: formatFlag
}
export type ClaimsInput = Command.Command.Config.Infer<typeof claimsFlags>

export const claimsCommand = Command.make(
  "claims",
  claimsFlags,
  lazyAction(() => import("./claims-action.js").then((module) => module.claimsAction))
).pipe(
  Command.withDescription("List stored claims, filtered by kind, entity, time, article or a phrase in the quote"),
  Command.withExamples([
    {
      command: "crosscheck claims --kind trade --entity country:CN --from 2023-01-01 --to 2023-12-31",
      description: "Trade claims about China for periods in 2023"
    },
    { command: "crosscheck claims --text \"trade turnover\" --format csv", description: "A phrase in the quotes, as CSV" }
  ])
)
