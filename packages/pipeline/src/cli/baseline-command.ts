import { Argument, Command, Flag } from "effect/cli"
import { lazyAction } from "./lazy-action.js"
import { dbFlag } from "./shared-flags.js"

const baselineFlag = Flag.String("baseline").pipe(
  Flag.withDescription("The baseline file of accepted findings"),
  Flag.withDefault("crosscheck-baseline.json")
)

const acceptFlags = {
  ids: Argument.String("id").pipe(
    Argument.withDescription("A finding's relation id or fingerprint, as the reports and `crosscheck run` print them"),
    Argument.atLeast(1)
  ),
  note: Flag.String("note").pipe(Flag.withDescription("Why it is accepted, kept in the file"), Flag.optional),
  baseline: baselineFlag,
  db: dbFlag
}
export type AcceptInput = Command.Command.Config.Infer<typeof acceptFlags>

const pruneFlags = { baseline: baselineFlag, db: dbFlag }
export type PruneInput = Command.Command.Config.Infer<typeof pruneFlags>

const accept = Command.make(
  "accept",
  acceptFlags,
  lazyAction(() => import("./baseline-action.js").then((module) => module.acceptAction))
).pipe(
  Command.withDescription("Accept findings into the baseline: later runs suppress them and count them as accepted"),
  Command.withExamples([{
    command: "crosscheck baseline accept contradiction-bc9bfcf1d4f4d8d9 --note \"planned vs actual dates\"",
    description: "Accept one finding, with the reason"
  }])
)

const prune = Command.make(
  "prune",
  pruneFlags,
  lazyAction(() => import("./baseline-action.js").then((module) => module.pruneAction))
).pipe(Command.withDescription("Remove baseline entries that match no finding of the database any more"))

export const baselineCommand = Command.make("baseline").pipe(
  Command.withDescription("Triage: accept findings into the baseline file, prune entries that went stale"),
  Command.withSubcommands([accept, prune])
)
