import { Argument, Command } from "effect/cli"
import { lazyAction } from "./lazy-action.js"
import { dbFlag } from "./shared-flags.js"

const showFlags = {
  claim: Argument.String("id").pipe(
    Argument.withDescription("A claim's id (from crosscheck claims), or a finding's relation id or fingerprint (from the reports)")
  ),
  db: dbFlag
}
export type ShowInput = Command.Command.Config.Infer<typeof showFlags>

export const showCommand = Command.make(
  "show",
  showFlags,
  lazyAction(() => import("./show-action.js").then((module) => module.showAction))
).pipe(
  Command.withDescription(
    "Show one claim with its provenance (sentence, derivations, attribution, relations), or one finding with both sides"
  ),
  Command.withExamples([
    { command: "crosscheck show 3f2a9e1b5c0d7e64", description: "Where the claim comes from" },
    { command: "crosscheck show contradiction-bc9bfcf1d4f4d8d9", description: "A finding from a report, side by side" }
  ])
)
