import { Command, Flag } from "effect/cli"
import { DEFAULT_OUT_DIR } from "../report/report-files.js"
import { dbFlag } from "./shared-flags.js"
import { lazyAction } from "./lazy-action.js"

const reportFlags = {
  db: dbFlag,
  format: Flag.Literals("format", ["md", "html", "json"]).pipe(
    Flag.withDescription("Write only this report (default: all three)"),
    Flag.optional
  ),
  out: Flag.String("out").pipe(Flag.withDescription("Where to write the reports"), Flag.withDefault(DEFAULT_OUT_DIR)),
  baseline: Flag.String("baseline").pipe(
    Flag.withDescription("A JSON file of accepted findings to suppress"),
    Flag.optional
  )
}
export type ReportInput = Command.Command.Config.Infer<typeof reportFlags>

export const reportCommand = Command.make(
  "report",
  reportFlags,
  lazyAction(() => import("./report-action.js").then((module) => module.reportAction))
).pipe(Command.withDescription("Re-render the reports from the database alone"))
