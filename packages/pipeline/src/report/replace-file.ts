import { Effect, FileSystem, Path, type PlatformError, Stream } from "effect"
import { temporaryFileName } from "./report-files.js"

/** The operating system's own words when it has them ("ENOSPC: no space left on device, write"). */
export const fileErrorReason = (error: PlatformError.PlatformError): string => {
  const cause = error.reason.cause
  return cause instanceof Error && "code" in cause ? cause.message : error.message
}

/** Writes the parts to `file` one after another, as they are made, never holding them all. */
const writeParts = Effect.fn("writeParts")(function*<E>(file: string, parts: Stream.Stream<string, E>) {
  const fs = yield* FileSystem.FileSystem
  const handle = yield* fs.open(file, { flag: "w" })
  const encoder = new TextEncoder()
  yield* Stream.runForEach(parts, (part) => handle.writeAll(encoder.encode(part)))
}, Effect.scoped)

/**
 * Writes `content` (a string, or parts made as they are written, by an iterable or a stream) to a temporary file beside
 * `file`, then renames it over `file` (atomic on one file system): a full disk or a killed run
 * leaves the previous file whole, never half a report.
 */
export const replaceFile = Effect.fn("replaceFile")(function*<E = never>(
  file: string,
  content: string | Iterable<string> | Stream.Stream<string, E>
) {
  const fs = yield* FileSystem.FileSystem
  const path = yield* Path.Path
  const temporary = path.join(path.dirname(file), temporaryFileName(path.basename(file), process.pid))
  const written = typeof content === "string"
    ? fs.writeFileString(temporary, content)
    : writeParts(temporary, Stream.isStream(content) ? content : Stream.fromIterable(content))
  yield* written.pipe(
    Effect.andThen(fs.rename(temporary, file)),
    Effect.onError(() => fs.remove(temporary).pipe(Effect.ignore))
  )
})
