import { EXTRACTOR_VERSION } from "@crosscheck/claims/version"
import { createHash, type Hash } from "node:crypto"
import { lstatSync, readdirSync, readFileSync, readlinkSync, statSync } from "node:fs"
import { join } from "node:path"
import { CROSSCHECK_VERSION } from "../version.js"
import { orUndefined } from "./or-undefined.js"

/**
 * The digests a run records and a rerun compares to know that nothing changed. Plain Node, shared
 * by the run that records them (src/cli/run-replay.ts) and the replay that checks them
 * (replay-run.ts), so both compute exactly the same thing.
 */

/** The sha256 of a file's bytes; null when there is no such file; undefined when it cannot be read. */
export const fileDigest = (path: string): string | null | undefined => {
  if (statSync(path, { throwIfNoEntry: false }) === undefined) return null
  const bytes = orUndefined(() => readFileSync(path))
  return bytes === undefined ? undefined : createHash("sha256").update(bytes).digest("hex")
}

/**
 * Adds every entry under `dir` to `hash`, by name: each file's path and bytes, each link's target
 * (links are never followed, so a loop cannot recur), each directory's tree, and any other entry
 * (a pipe, a socket) by its path only: it is never read. False when something cannot be read.
 */
const hashTree = (hash: Hash, dir: string, relative: string): boolean => {
  const names = orUndefined(() => readdirSync(dir).sort())
  if (names === undefined) return false
  for (const name of names) {
    const path = join(dir, name)
    const entry = join(relative, name)
    const stat = orUndefined(() => lstatSync(path))
    if (stat === undefined) return false
    if (stat.isDirectory()) {
      hash.update(`D ${entry}\0`)
      if (!hashTree(hash, path, entry)) return false
    } else if (stat.isSymbolicLink()) {
      const target = orUndefined(() => readlinkSync(path))
      if (target === undefined) return false
      hash.update(`L ${entry}\0${target}\0`)
    } else if (stat.isFile()) {
      const bytes = orUndefined(() => readFileSync(path))
      if (bytes === undefined) return false
      hash.update(`F ${entry}\0${bytes.length}\0`).update(bytes)
    } else hash.update(`O ${entry}\0`)
  }
  return true
}

/**
 * The sha256 of everything a run could read from the corpus: a `.jsonl` file's bytes, or every
 * path and byte under a directory (ignored files too: a change there only costs a full run).
 * Undefined when something cannot be read: such a run is never replayed.
 */
export const corpusDigest = (corpus: string): string | undefined => {
  const stat = orUndefined(() => statSync(corpus))
  if (stat === undefined) return undefined
  const hash = createHash("sha256")
  if (stat.isDirectory()) return hashTree(hash.update("D\0"), corpus, "") ? hash.digest("hex") : undefined
  if (!stat.isFile()) return undefined
  const bytes = orUndefined(() => readFileSync(corpus))
  return bytes === undefined ? undefined : hash.update("F\0").update(bytes).digest("hex")
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
