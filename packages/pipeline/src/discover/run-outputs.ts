import { realpathSync } from "node:fs"
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path"
import { isReportFileName } from "../report/report-files.js"
import { orUndefined } from "../replay/or-undefined.js"

/**
 * What a run writes: its report directory and its SQLite database. With the defaults, `crosscheck
 * run .` (the corpus is the working directory, as in CI) writes both into its own corpus: read back,
 * its reports were articles (whose figures contradicted the real ones), and the database files,
 * rewritten by every run, changed the replay's corpus digest every time. Plain, like
 * never-walked.ts: discovery and the no-change replay (which loads no effect) leave out the same.
 */
export interface RunOutputs {
  /** The report directory: `--out`, else the configuration's `out`, else crosscheck-report. */
  readonly outDir: string
  /** The SQLite database file; undefined for PostgreSQL. */
  readonly db: string | undefined
}

/** The files SQLite keeps beside a database: the write-ahead log and its index (WAL mode), the rollback journal. */
const SQLITE_SIDE_FILES = ["-wal", "-shm", "-journal"]

/**
 * `path` (absolute) through the real path of its nearest existing ancestor: the walk's root is its
 * real path, and an output not written yet (a first run's) has only its parent to resolve.
 */
const realPath = (path: string): string =>
  orUndefined(() => realpathSync(path)) ?? (dirname(path) === path ? path : join(realPath(dirname(path)), basename(path)))

/**
 * The run's outputs under the corpus directory `root`, as a test on a path relative to it
 * (`/`-separated, a directory's ending in `/`, as never-walked.ts's): the report directory and all
 * it holds when it is inside the corpus; the report files alone (and their temporary files) when it
 * is the corpus root itself, whose other files are the articles; the database and its side files.
 * An output outside the corpus is nothing to it. Each output's own name is kept (only its parent is
 * resolved): a link named like the report directory is what the walk meets, and it is left out.
 */
export const runOutputsIn = (root: string, outputs: RunOutputs): (id: string) => boolean => {
  const base = realPath(resolve(root))
  /** `path`'s id under the root: "" for the root itself, undefined outside it. */
  const idOf = (path: string): string | undefined => {
    const absolute = resolve(path)
    const under = relative(base, join(realPath(dirname(absolute)), basename(absolute)))
    const outside = under === ".." || under.startsWith(`..${sep}`) || isAbsolute(under)
    return outside ? undefined : under.split(sep).join("/")
  }
  const outDir = idOf(outputs.outDir)
  const files = new Set(
    outputs.db === undefined ? [] : ["", ...SQLITE_SIDE_FILES].flatMap((suffix) => idOf(`${outputs.db}${suffix}`) ?? [])
  )
  return (id) =>
    files.has(id) ||
    (outDir === "" ? !id.includes("/") && isReportFileName(id) : outDir !== undefined && id.startsWith(`${outDir}/`))
}
