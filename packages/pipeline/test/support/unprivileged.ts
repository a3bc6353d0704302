import { chmodSync, chownSync, readdirSync, rmSync } from "node:fs"
import { join } from "node:path"
import { tempDir } from "./cli.js"

/** `nobody` on Linux. */
const NOBODY = 65534

/**
 * Root ignores file permissions, so a test of read-only files and directories runs the CLI as
 * `nobody` when the tests run as root (CI's containers do), and as the current user otherwise.
 */
export const testUser = process.getuid?.() === 0 ? { uid: NOBODY, gid: NOBODY } : undefined

/** Gives `path` to the test user (when that is another user), so it owns what it writes there. */
export const giveToTestUser = (path: string): void => {
  if (testUser !== undefined) chownSync(path, testUser.uid, testUser.gid)
}

/** A temporary directory the test user owns. */
export const testUserDir = (): string => {
  const dir = tempDir()
  giveToTestUser(dir)
  return dir
}

/** Removes a temporary tree, first making writable again any directory a test made read-only. */
export const removeTree = (dir: string): void => {
  const unlock = (path: string) => {
    chmodSync(path, 0o755)
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      if (entry.isDirectory()) unlock(join(path, entry.name))
    }
  }
  unlock(dir)
  rmSync(dir, { recursive: true, force: true })
}
