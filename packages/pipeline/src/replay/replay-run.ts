import { accessSync, constants, readFileSync, statSync } from "node:fs"
import { dirname, resolve } from "node:path"
import { configCandidates } from "../config/config-candidates.js"
import type { RunOutputs } from "../discover/run-outputs.js"
import { DEFAULT_OUT_DIR } from "../report/report-files.js"
import { DEFAULT_DB, isPostgresUrl } from "../store/database-location.js"
import { orUndefined } from "./or-undefined.js"
import { corpusDigest, fileStamp, settingsDigest } from "./replay-digests.js"
import { type ReplayableRun, replayableRun } from "./replayable-run.js"

/**
 * The no-change rerun, replayed: when the last completed run recorded what a rerun would print
 * (src/cli/run-replay.ts) and nothing it depends on changed since — the corpus bytes, the command
 * line, the settings files, the report files, the store (no later run, no cross-reference, no
 * writer) — print that and exit with its code, without loading the CLI, effect or kysely. Plain
 * Node and better-sqlite3, read-only; on any doubt it returns false and the full CLI runs.
 */

/** The run's replay row, as stored (migration 0007), with its run's start. */
interface ReplayRow {
  readonly started_at: string
  readonly corpus_digest: string
  readonly settings_digest: string
  readonly settings_files: string
  readonly reports: string
  readonly stdout: string
  readonly stderr: string
  readonly exit_code: number
}

/** One statement, so one snapshot: the replay of the last run, if it completed and no writer holds the lock. */
const LAST_RUN_REPLAY = `
  select r.started_at, m.corpus_digest, m.settings_digest, m.settings_files, m.reports, m.stdout, m.stderr, m.exit_code
  from run_replays m join runs r on r.id = m.run_id
  where r.status = 'completed' and r.id = (select max(id) from runs) and not exists (select 1 from writer_lock)`

const isStringArray = (value: unknown): value is ReadonlyArray<string> =>
  Array.isArray(value) && value.every((item) => typeof item === "string")

const isReportList = (value: unknown): value is ReadonlyArray<{ readonly path: string; readonly stamp: string }> =>
  Array.isArray(value) &&
  value.every((item: unknown) =>
    typeof item === "object" && item !== null && "path" in item && typeof item.path === "string" && "stamp" in item &&
    typeof item.stamp === "string"
  )

const parseJson = (text: string): unknown => orUndefined(() => JSON.parse(text) as unknown)

/** The path a configuration file names under `key`, resolved against its directory; null when it names none. */
const configuredPath = (file: string, key: "db" | "out"): string | null | undefined => {
  const text = orUndefined(() => readFileSync(file, "utf8"))
  const config = text === undefined ? undefined : parseJson(text)
  if (typeof config !== "object" || config === null) return undefined
  if (!(key in config)) return null
  const path: unknown = Reflect.get(config, key)
  return typeof path === "string" ? resolve(dirname(file), path) : undefined
}

/**
 * The database the run would open — `--db`, else `CROSSCHECK_DB`, else the configuration's, else
 * crosscheck.db — and its report directory — `--out`, else the configuration's, else
 * crosscheck-report. A wrong guess only costs the replay: the resolved database is part of the
 * settings digest the full run recorded, and both are left out of the corpus digest it recorded.
 */
const runOutputs = (run: ReplayableRun, env: NodeJS.ProcessEnv): (RunOutputs & { readonly db: string }) | undefined => {
  const corpusIsDirectory = orUndefined(() => statSync(run.corpus).isDirectory()) ?? false
  const configs = configCandidates({ explicit: run.config, corpus: run.corpus, corpusIsDirectory })
  const config = configs.find((file) => orUndefined(() => statSync(file, { throwIfNoEntry: false })) !== undefined)
  const configured = (key: "db" | "out") => config === undefined ? null : configuredPath(config, key)
  const db = run.db ?? env["CROSSCHECK_DB"] ?? configured("db")
  const outDir = run.out ?? configured("out")
  return db === undefined || outDir === undefined ? undefined : { db: db ?? DEFAULT_DB, outDir: outDir ?? DEFAULT_OUT_DIR }
}

/**
 * Whether this process may write `path`: a full run writes its run row there (and the WAL beside
 * it), and on a read-only file or directory fails; a replay, which writes nothing, must fail too.
 */
const writable = (path: string): boolean =>
  orUndefined(() => {
    accessSync(path, constants.W_OK)
    return true
  }) ?? false

/**
 * Whether every report is as the run left it (its stamp), written since the run began (what a full
 * rerun keeps), and writable (a full rerun touches what it keeps, and fails where it cannot).
 */
const reportsUnchanged = (reports: ReadonlyArray<{ readonly path: string; readonly stamp: string }>, startedAt: string) =>
  reports.every(({ path, stamp }) =>
    fileStamp(path) === stamp && (orUndefined(() => statSync(path).mtimeMs) ?? 0) >= Date.parse(startedAt) &&
    writable(path) && writable(dirname(path))
  )

const replayRow = async (db: string): Promise<ReplayRow | undefined> => {
  // As the store sets it before better-sqlite3 first loads (src/store/open-database.ts): the full
  // CLI, run after a replay declined, uses this same loaded addon.
  process.env["SQLITE_USE_URI"] ??= "1"
  const { default: Database } = await import("better-sqlite3")
  const database = orUndefined(() => new Database(db, { readonly: true, fileMustExist: true }))
  if (database === undefined) return undefined
  const row = orUndefined(() => database.prepare<[], ReplayRow>(LAST_RUN_REPLAY).get())
  database.close()
  return row
}

/**
 * How many extraction threads to start before the CLI loads (src/extract/extraction-threads.ts): a
 * `run` whose store does not exist yet extracts every article, so its threads may as well load
 * wink while the main thread loads the CLI; as many as it will run (`--jobs`, else one per core).
 * None for any other command line, a store already there, PostgreSQL, or one job (no thread).
 */
export const threadsToWarm = (argv: ReadonlyArray<string>, cores: number, env: NodeJS.ProcessEnv = process.env): number => {
  const run = replayableRun(argv)
  const outputs = run === undefined ? undefined : runOutputs(run, env)
  if (run === undefined || outputs === undefined) return 0
  const { db } = outputs
  if (db === "" || isPostgresUrl(db) || db.startsWith("file:") || orUndefined(() => statSync(db, { throwIfNoEntry: false })) !== undefined) return 0
  const jobs = run.jobs === undefined ? cores : Number(run.jobs)
  return Number.isInteger(jobs) && jobs > 1 ? jobs : 0
}

/** Replays the run when nothing changed (see above): true when it did, and the CLI must not run. */
export const replayUnchangedRun = async (
  argv: ReadonlyArray<string>,
  env: NodeJS.ProcessEnv = process.env
): Promise<boolean> => {
  const run = env["CROSSCHECK_NO_REPLAY"] === undefined || env["CROSSCHECK_NO_REPLAY"] === "" ? replayableRun(argv) : undefined
  const outputs = run === undefined ? undefined : runOutputs(run, env)
  if (run === undefined || outputs === undefined) return false
  const { db } = outputs
  // `file:` names are URIs to better-sqlite3 here; the store makes them paths (open-database.ts).
  if (db === "" || isPostgresUrl(db) || db.startsWith("file:")) return false
  if (orUndefined(() => statSync(db).isFile()) !== true || !writable(db) || !writable(dirname(resolve(db)))) return false
  const row = await replayRow(db)
  if (row === undefined) return false
  const files = parseJson(row.settings_files)
  const reports = parseJson(row.reports)
  if (!isStringArray(files) || !isReportList(reports)) return false
  const settings = settingsDigest({ argv, cwd: process.cwd(), db: resolve(db), files })
  if (settings !== row.settings_digest || !reportsUnchanged(reports, row.started_at)) return false
  // Last, the dearest check: every byte of the corpus.
  if (corpusDigest(run.corpus, outputs) !== row.corpus_digest) return false
  process.stdout.write(row.stdout)
  process.stderr.write(row.stderr)
  process.exitCode = row.exit_code
  return true
}
