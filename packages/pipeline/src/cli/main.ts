// Deep imports: the package index also loads the HTTP stack, which the CLI never uses.
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import * as NodeServices from "@effect/platform-node/NodeServices"
import { Cause, Console, Effect, Stdio } from "effect"
import { CliConfig, CliError, Command, GlobalFlag } from "effect/cli"
import { CROSSCHECK_VERSION } from "../version.js"
import { baselineCommand } from "./baseline-command.js"
import { claimsCommand } from "./claims-command.js"
import { crossrefCommand } from "./crossref-command.js"
import { dashValuesJoined } from "./dash-values.js"
import { CommandFailed, FindingsAtThreshold } from "./exit-status.js"
import { exportCommand } from "./export-command.js"
import { limitHeapGrowth } from "./heap-growth.js"
import { extractCommand } from "./extract-command.js"
import { queryCommand } from "./query-command.js"
import { reportCommand } from "./report-command.js"
import { runCommand } from "./run-command.js"
import { showCommand } from "./show-command.js"
import { usageOnStderr } from "./usage-on-stderr.js"

const crosscheck = Command.make("crosscheck").pipe(
  Command.withDescription("Extract dated, checkable claims from news articles and cross-reference them"),
  Command.withSubcommands([
    runCommand,
    crossrefCommand,
    extractCommand,
    exportCommand,
    reportCommand,
    queryCommand,
    claimsCommand,
    showCommand,
    baselineCommand
  ])
)

/**
 * Exit codes as linters use them: 0 nothing at or above the threshold, 1 findings, 2 usage or
 * internal error, 130 interrupted (Ctrl-C; the run is recorded as interrupted).
 */
// crosscheck logs nothing through Effect's logger: a --log-level flag would do nothing.
const builtIns = CliConfig.defaults.builtIns.filter((flag) => flag !== GlobalFlag.LogLevel)

const program = Stdio.Stdio.use(({ args }) =>
  Effect.flatMap(args, (args) => Command.runWith(crosscheck, { version: CROSSCHECK_VERSION })(dashValuesJoined(args)))
).pipe(
  usageOnStderr,
  Effect.provideService(CliConfig.CliConfig, CliConfig.make({ builtIns })),
  Effect.catchCause((cause) => {
    if (Cause.hasInterruptsOnly(cause)) return Effect.failCause(cause)
    const error = Cause.squash(cause)
    if (error instanceof FindingsAtThreshold) return Effect.fail(error)
    // effect/cli has already printed help and usage errors; `--help` itself is a success.
    if (CliError.isCliError(error)) {
      return error._tag === "ShowHelp" && error.errors.length === 0
        ? Effect.void
        : Effect.fail(new CommandFailed({ message: error.message }))
    }
    const message = error instanceof Error ? error.message : String(error)
    return Console.error(`crosscheck: ${message}`).pipe(Effect.andThen(Effect.fail(new CommandFailed({ message }))))
  }),
  Effect.provide(NodeServices.layer)
)

// Before any command runs: a worker thread started later has its heap grow by the same rule.
limitHeapGrowth()
NodeRuntime.runMain(program, { disableErrorReporting: true })
