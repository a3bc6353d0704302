import { EXTRACTOR_VERSION } from "@crosscheck/claims/version"
import { createHash, type Hash } from "node:crypto"
import { closeSync, lstatSync, openSync, readdirSync, readlinkSync, readSync, statSync } from "node:fs"
import { join, sep } from "node:path"
import { neverWalkedDirectory } from "../discover/never-walked.js"
import { type RunOutputs, runOutputsIn } from "../discover/run-outputs.js"
import { CROSSCHECK_VERSION } from "../version.js"
import { orUndefined } from "./or-undefined.js"

/**
 * The digests a run records and a rerun compares to know that nothing changed. Plain Node, shared
 * by the run that records them (src/cli/run-replay.ts) and the replay that checks them
 * (replay-run.ts), so both compute exactly the same thing.
 */

/** Read a chunk at a time, into one buffer: a report of a large corpus is hashed without holding it in memory. */
const chunk = Buffer.allocUnsafe(1 << 20)

/** Adds the bytes of the regular file at `path` to `hash`; false when it cannot be read. */
const hashFile = (hash: Hash, path: string): boolean => {
  const fd = orUndefined(() => openSync(path, "r"))
  if (fd === undefined) return false
  let read: number | undefined
  while ((read = orUndefined(() => readSync(fd, chunk, 0, chunk.length, null))) !== undefined && read > 0) {
    hash.update(chunk.subarray(0, read))
  }
  closeSync(fd)
  return read === 0
}

/** The sha256 of a file's bytes; null when there is no such file; undefined when it cannot be read. */
export const fileDigest = (path: string): string | null | undefined => {
  const stat = orUndefined(() => statSync(path, { throwIfNoEntry: false }) ?? null)
  if (stat === null) return null
  // Never opened unless a regular file: opening a named pipe would wait for a writer.
  const hash = createHash("sha256")
  return stat?.isFile() === true && hashFile(hash, path) ? hash.digest("hex") : undefined
}

/**
 * A report file as the run left it: size, modification time (ns) and inode. Not its bytes: the
 * JSON report of a large corpus is several times the corpus (151 MB for 20,000 articles), and
 * hashing it would cost more than the rest of a replay. An edit, a rewrite or a replacement changes
 * the stamp; a full rerun itself trusts less (a report written since the last run began is kept).
 * Undefined when it is not a regular file.
 */
export const fileStamp = (path: string): string | undefined => {
  const stat = orUndefined(() => statSync(path, { bigint: true }))
  return stat?.isFile() === true ? `${stat.size}:${stat.mtimeNs}:${stat.ino}` : undefined
}

/**
 * Adds every entry under `dir` to `hash`, by name: each file's path and bytes, each link's target
 * (links are never followed, so a loop cannot recur), each directory's tree, and any other entry
 * (a pipe, a socket) by its path only: it is never read. A directory the corpus walk never enters
 * (`.git`, `node_modules`: see never-walked.ts) is left out, name and all: git rewrites `.git` on a
 * fetch, a commit or a status, none of which changes what a run reads. So is what the run itself
 * writes there (`isOutput`, on the walk's `/`-separated ids): every run rewrites its database and
 * its reports. A directory's name counts only with something in it that counts (`pending` holds the
 * names not added yet): `--out corpus/ci/reports` creates `ci`, which holds only the reports, and
 * an empty directory changes nothing a run reads. False when something cannot be read.
 */
const hashTree = (
  hash: Hash,
  dir: string,
  relative: string,
  isOutput: (id: string) => boolean,
  pending: Array<string> = []
): boolean => {
  const names = orUndefined(() => readdirSync(dir).sort())
  if (names === undefined) return false
  const add = (text: string) => {
    for (const header of pending.splice(0)) hash.update(header)
    return hash.update(text)
  }
  for (const name of names) {
    const path = join(dir, name)
    const entry = join(relative, name)
    const stat = orUndefined(() => lstatSync(path))
    if (stat === undefined) return false
    const id = sep === "/" ? entry : entry.split(sep).join("/")
    if (isOutput(stat.isDirectory() ? `${id}/` : id)) continue
    if (stat.isDirectory()) {
      if (neverWalkedDirectory(name)) continue
      const header = `D ${entry}\0`
      pending.push(header)
      if (!hashTree(hash, path, entry, isOutput, pending)) return false
      // Still pending, it is the last: whatever was added under it would have taken it.
      if (pending.at(-1) === header) pending.pop()
    } else if (stat.isSymbolicLink()) {
      const target = orUndefined(() => readlinkSync(path))
      if (target === undefined) return false
      add(`L ${entry}\0${target}\0`)
    } else if (stat.isFile()) {
      if (!hashFile(add(`F ${entry}\0${stat.size}\0`), path)) return false
    } else add(`O ${entry}\0`)
  }
  return true
}

/**
 * The sha256 of everything a run could read from the corpus: a `.jsonl` file's bytes (even one that
 * is an output too: a file named as the corpus is read), or every path and byte under a directory
 * but in the directories the walk never enters and the run's own outputs (ignored files too: a
 * change there only costs a full run).
 * Undefined when something cannot be read: such a run is never replayed.
 */
export const corpusDigest = (corpus: string, outputs: RunOutputs): string | undefined => {
  const stat = orUndefined(() => statSync(corpus))
  if (stat === undefined) return undefined
  const hash = createHash("sha256")
  if (stat.isDirectory()) {
    return hashTree(hash.update("D\0"), corpus, "", runOutputsIn(corpus, outputs)) ? hash.digest("hex") : undefined
  }
  return stat.isFile() && hashFile(hash.update("F\0"), corpus) ? hash.digest("hex") : undefined
}

/** What decides a run's output besides its corpus and the store. */
export interface ReplaySettings {
  /** The command line as given (after `crosscheck`): every flag, the corpus path as written. */
  readonly argv: ReadonlyArray<string>
  /** Relative paths in it, and the report paths printed, depend on it. */
  readonly cwd: string
  /** The database, resolved. */
  readonly db: string
  /** The configuration files looked for, and the gazetteer: absolute paths, read whole. */
  readonly files: ReadonlyArray<string>
}

/**
 * The sha256 of the settings, with the release and extractor versions and every settings file's
 * bytes (or its absence); undefined when a settings file cannot be read.
 */
export const settingsDigest = (settings: ReplaySettings): string | undefined => {
  const files: Array<readonly [string, string | null]> = []
  for (const file of settings.files) {
    const digest = fileDigest(file)
    if (digest === undefined) return undefined
    files.push([file, digest])
  }
  const versions = [CROSSCHECK_VERSION, EXTRACTOR_VERSION]
  return createHash("sha256").update(JSON.stringify({ ...settings, files, versions })).digest("hex")
}
