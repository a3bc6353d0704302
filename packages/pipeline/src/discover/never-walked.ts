/**
 * What a corpus walk never enters or reads, whatever the configuration says: dot-directories and
 * dot-files (`.git`, `.cache`, `.DS_Store`) and `node_modules`, tested on a path relative to the
 * corpus root (`/`-separated; a directory's ends in `/`). Plain, with no imports: the no-change
 * replay (src/replay/) loads it without effect, and leaves the same directories out of its digest.
 */
export const NEVER_WALKED = /(^|\/)(node_modules|\.[^/]+)(\/|$)/

/** Whether a directory of this name is never walked (its tree holds no article, wherever it is). */
export const neverWalkedDirectory = (name: string): boolean => NEVER_WALKED.test(`${name}/`)
