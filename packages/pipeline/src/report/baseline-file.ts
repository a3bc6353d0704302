import { Baseline } from "@crosscheck/report"
import { Effect, FileSystem, Schema } from "effect"
import { fileErrorReason, replaceFile } from "./replace-file.js"

/** A baseline file that cannot be read, written or is not a crosscheck baseline. */
export class BaselineFileError extends Schema.TaggedError<BaselineFileError>()("BaselineFileError", {
  path: Schema.String,
  reason: Schema.String,
  /** What was thrown or failed underneath, kept for a debugger or a log; the message stays one line. */
  cause: Schema.optionalKey(Schema.Defect())
}) {
  override get message() {
    return `${this.path}: ${this.reason}`
  }
}

const decodeBaseline = Schema.decodeUnknownEffect(Schema.fromJsonString(Baseline))
const encodeBaseline = Schema.encodeSync(Baseline)

/** The baseline in `file`; undefined when there is no such file (nothing accepted yet). */
export const readBaselineFile = Effect.fn("readBaselineFile")(function*(file: string) {
  const fs = yield* FileSystem.FileSystem
  if (!(yield* fs.exists(file).pipe(Effect.orElseSucceed(() => false)))) return undefined
  return yield* fs.readFileString(file).pipe(
    Effect.flatMap(decodeBaseline),
    Effect.mapError((error) => new BaselineFileError({ path: file, reason: `not a crosscheck baseline: ${error.message}`, cause: error }))
  )
})

/**
 * Writes the baseline pretty-printed, entries sorted by fingerprint and one field a line, so that
 * accepting or pruning one finding is a small diff; replaced whole, never half-written.
 */
export const writeBaselineFile = Effect.fn("writeBaselineFile")(function*(file: string, baseline: Baseline) {
  const sorted: Baseline = {
    ...baseline,
    entries: [...baseline.entries].sort((a, b) => a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0)
  }
  yield* replaceFile(file, JSON.stringify(encodeBaseline(sorted), null, 2) + "\n").pipe(
    Effect.mapError((error) => new BaselineFileError({ path: file, reason: `cannot write: ${fileErrorReason(error)}`, cause: error }))
  )
})
