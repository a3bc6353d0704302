import { Argument, Command } from "effect/cli"
import { dbFlag } from "./shared-flags.js"
import { lazyAction } from "./lazy-action.js"

const exportFlags = {
  what: Argument.Literals("what", ["claims", "relations", "articles"]).pipe(
    Argument.withDescription("What to print, one JSON object per line")
  ),
  db: dbFlag
}
export type ExportInput = Command.Command.Config.Infer<typeof exportFlags>

export const exportCommand = Command.make(
  "export",
  exportFlags,
  lazyAction(() => import("./export-action.js").then((module) => module.exportAction))
).pipe(
  Command.withDescription("Print the stored claims, relations or articles as JSON Lines"),
  Command.withExamples([
    { command: "crosscheck export claims --db crosscheck.db > claims.jsonl", description: "Every claim, one per line" }
  ])
)
