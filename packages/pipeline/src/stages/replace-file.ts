import { Effect, FileSystem, Path, type PlatformError } from "effect"

/** The operating system's own words when it has them ("ENOSPC: no space left on device, write"). */
export const fileErrorReason = (error: PlatformError.PlatformError): string => {
  const cause = error.reason.cause
  return cause instanceof Error && "code" in cause ? cause.message : error.message
}

/**
 * Writes `content` to a temporary file beside `file`, then renames it over `file` (atomic on one
 * file system): a full disk or a killed run leaves the previous file whole, never half a report.
 */
export const replaceFile = Effect.fn("replaceFile")(function*(file: string, content: string) {
  const fs = yield* FileSystem.FileSystem
  const path = yield* Path.Path
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`)
  yield* fs.writeFileString(temporary, content).pipe(
    Effect.andThen(fs.rename(temporary, file)),
    Effect.onError(() => fs.remove(temporary).pipe(Effect.ignore))
  )
})
