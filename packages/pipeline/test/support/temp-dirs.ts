import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll } from "vitest"

/**
 * Temporary directories that remove themselves: each one made here is deleted after the test
 * file that made it has run (this module registers the hook when a test file imports it), so a
 * full `pnpm test` leaves nothing in the temp directory.
 */

const made: Array<string> = []

/**
 * Removes a temporary tree, first making writable again any directory a test made read-only; one
 * already removed is left alone.
 */
export const removeTree = (dir: string): void => {
  if (!existsSync(dir)) return
  const unlock = (path: string) => {
    chmodSync(path, 0o755)
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      if (entry.isDirectory()) unlock(join(path, entry.name))
    }
  }
  unlock(dir)
  rmSync(dir, { recursive: true, force: true })
}

// Only in a Vitest worker: a child process a test spawns may import this module too.
if ("__vitest_worker__" in globalThis) {
  afterAll(() => {
    for (const dir of made.splice(0)) removeTree(dir)
  })
}

/** A new directory in the temp directory, removed after the test file has run. */
export const tempDir = (prefix = "crosscheck-test-"): string => {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  made.push(dir)
  return dir
}
