import { Runtime, Schema } from "effect"

/**
 * Findings at or above the `--fail-on` threshold: exit code 1, as linters do. The summary has
 * already been printed; this only carries the exit code out of the program.
 */
export class FindingsAtThreshold extends Schema.TaggedError<FindingsAtThreshold>()("FindingsAtThreshold", {
  count: Schema.Number,
  threshold: Schema.String
}) {
  override readonly [Runtime.errorExitCode] = 1
  override get message() {
    return `${this.count} finding(s) at or above '${this.threshold}'`
  }
}

/** Usage and internal errors: exit code 2. The message has already been printed. */
export class CommandFailed extends Schema.TaggedError<CommandFailed>()("CommandFailed", {
  message: Schema.String
}) {
  override readonly [Runtime.errorExitCode] = 2
}
