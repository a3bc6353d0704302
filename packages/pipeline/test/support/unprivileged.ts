import { chownSync } from "node:fs"
import { tempDir } from "./temp-dirs.js"

export { removeTree } from "./temp-dirs.js"

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

