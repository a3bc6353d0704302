import { Schema } from "effect"

/** An article cleaning failed on (kept apart from the cleaner, which loads the claims package's extraction). */
export class CleanError extends Schema.TaggedError<CleanError>()("CleanError", {
  path: Schema.String,
  reason: Schema.String,
  /** What was thrown or failed underneath, kept for a debugger or a log; the message stays one line. */
  cause: Schema.optionalKey(Schema.Defect())
}) {
  override get message() {
    return `${this.path}: cannot clean: ${this.reason}`
  }
}
