import { Effect, FileSystem, Path } from "effect"
import { formatOfFile } from "../read/article-source.js"

/**
 * What walking a corpus directory finds at a path (relative to the root, `/`-separated): an
 * article file to read, or an entry that looks like one (or is a directory) but cannot be read
 * safely, with the reason.
 */
export type CorpusEntry =
  | { readonly _tag: "Article"; readonly id: string }
  | { readonly _tag: "Refused"; readonly id: string; readonly reason: string }

/** What a stat's file type is called in a refusal. */
const FILE_TYPES: Readonly<Record<string, string>> = {
  FIFO: "a named pipe (FIFO)",
  Socket: "a socket",
  CharacterDevice: "a character device",
  BlockDevice: "a block device",
  Symlink: "a symbolic link",
  Unknown: "not a regular file"
}

export interface WalkOptions {
  /** Entries (by their relative path; directories end in `/`) that are not part of the corpus. */
  readonly skipped: (id: string) => boolean
}

/**
 * Walks a corpus directory one level at a time, reading nothing but directory listings. Only what
 * is inside the corpus is ever an article: a symbolic link is followed only to a file inside it,
 * never to a directory (so a link loop cannot repeat the tree), and never outside; named pipes,
 * sockets and devices are refused (reading a FIFO would block for ever); a directory that cannot
 * be listed is refused and the walk goes on. Entries come sorted by path.
 */
export const walkCorpus = Effect.fn("walkCorpus")(function*(root: string, options: WalkOptions) {
  const fs = yield* FileSystem.FileSystem
  const path = yield* Path.Path
  const found: Array<CorpusEntry> = []
  const rootReal = yield* fs.realPath(root)
  const inside = (real: string) => real === rootReal || real.startsWith(rootReal + path.sep)

  const walkDirectory = (dirId: string): Effect.Effect<void> =>
    Effect.gen(function*() {
      const dir = dirId === "" ? rootReal : path.join(rootReal, dirId)
      const listed = yield* Effect.result(fs.readDirectory(dir))
      if (listed._tag === "Failure") {
        found.push({ _tag: "Refused", id: dirId, reason: `cannot list this directory: ${listed.failure.message}` })
        return
      }
      for (const name of [...listed.success].sort()) {
        const id = dirId === "" ? name : `${dirId}/${name}`
        const looksLikeArticle = formatOfFile(name) !== undefined
        const lexical = path.join(dir, name)
        const real = yield* Effect.result(fs.realPath(lexical))
        if (real._tag === "Failure") {
          if (looksLikeArticle) {
            found.push({ _tag: "Refused", id, reason: "a broken symbolic link or a symbolic link loop" })
          }
          continue
        }
        const linked = real.success !== lexical
        if (linked && !inside(real.success)) {
          if (!options.skipped(id)) {
            found.push({ _tag: "Refused", id, reason: "a symbolic link to outside the corpus (not read)" })
          }
          continue
        }
        const info = yield* Effect.result(fs.stat(real.success))
        if (info._tag === "Failure") {
          if (looksLikeArticle) found.push({ _tag: "Refused", id, reason: info.failure.message })
          continue
        }
        if (info.success.type === "Directory") {
          if (options.skipped(`${id}/`)) continue
          if (linked) {
            found.push({ _tag: "Refused", id, reason: "a symbolic link to a directory (not followed)" })
            continue
          }
          yield* walkDirectory(id)
          continue
        }
        if (!looksLikeArticle || options.skipped(id)) continue
        found.push(
          info.success.type === "File"
            ? { _tag: "Article", id }
            : { _tag: "Refused", id, reason: `${FILE_TYPES[info.success.type] ?? "not a regular file"}, not an article` }
        )
      }
    })

  yield* walkDirectory("")
  return found.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
})
