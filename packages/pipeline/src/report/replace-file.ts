import { Effect, FileSystem, Path, type PlatformError } from "effect"

/** The operating system's own words when it has them ("ENOSPC: no space left on device, write"). */
export const fileErrorReason = (error: PlatformError.PlatformError): string => {
  const cause = error.reason.cause
  return cause instanceof Error && "code" in cause ? cause.message : error.message
}

/** Writes the parts to `file` one after another, never holding them all. */
const writeParts = Effect.fn("writeParts")(function*(file: string, parts: Iterable<string>) {
  const fs = yield* FileSystem.FileSystem
  const handle = yield* fs.open(file, { flag: "w" })
  const encoder = new TextEncoder()
  for (const part of parts) yield* handle.writeAll(encoder.encode(part))
}, Effect.scoped)

/**
 * Writes `content` (a string, or parts made as they are written) to a temporary file beside
 * `file`, then renames it over `file` (atomic on one file system): a full disk or a killed run
 * leaves the previous file whole, never half a report.
 */
export const replaceFile = Effect.fn("replaceFile")(function*(file: string, content: string | Iterable<string>) {
  const fs = yield* FileSystem.FileSystem
  const path = yield* Path.Path
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`)
  const written = typeof content === "string" ? fs.writeFileString(temporary, content) : writeParts(temporary, content)
  yield* written.pipe(
    Effect.andThen(fs.rename(temporary, file)),
    Effect.onError(() => fs.remove(temporary).pipe(Effect.ignore))
  )
})
