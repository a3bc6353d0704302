import { IsoDay } from "@crosscheck/claims/model"
import { Argument, Command, Flag } from "effect/cli"
import { lazyAction } from "./lazy-action.js"

const extractFlags = {
  file: Argument.String("file").pipe(Argument.withDescription("One article (.txt, .md or .html), or - to read plain text from stdin")),
  published: Flag.String("published").pipe(
    Flag.withDescription("The article's publication date (YYYY-MM-DD): the reference date for relative times"),
    Flag.withSchema(IsoDay),
    Flag.optional
  ),
  json: Flag.Boolean("json").pipe(Flag.withDescription("Print the extraction as JSON"), Flag.withDefault(false)),
  gazetteer: Flag.String("gazetteer").pipe(
    Flag.withDescription("A JSON gazetteer that adds entities to (or overrides) the built-in one"),
    Flag.optional
  )
}
export type ExtractInput = Command.Command.Config.Infer<typeof extractFlags>

export const extractCommand = Command.make(
  "extract",
  extractFlags,
  lazyAction(() => import("./extract-action.js").then((module) => module.extractAction))
).pipe(
  Command.withDescription("Extract time expressions, quantities and claims from one document, without a database"),
  Command.withExamples([
    { command: "crosscheck extract article.txt --published 2018-06-09 --json", description: "Print the extraction as JSON" }
  ])
)

