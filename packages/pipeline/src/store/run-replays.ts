import type { SqliteExecutor } from "./sqlite-executor.js"
import type { RunReplay } from "./store-records.js"

/**
 * Drops every replay record: the relations or standings changed (`crosscheck crossref`), so what a
 * rerun would print may have too. Runs need not: a later run row already stops a replay.
 */
export const forgetRunReplays = (executor: SqliteExecutor): void => {
  executor.run(executor.builder.deleteFrom("run_replays"))
}

/**
 * Records the replay of `replay.runId`, in place of any other, when the store is as that run left
 * it: it is the last run, completed, no writer holds the lock, and no other connection has written
 * since it started (SQLite's `data_version` still `since`: a `crosscheck crossref` meanwhile would
 * have changed what a rerun prints). Otherwise records nothing: the next rerun simply runs in full.
 */
export const recordRunReplay = (executor: SqliteExecutor, replay: RunReplay, since: number): void =>
  executor.transaction(() => {
    const { builder } = executor
    const dataVersion = executor.database.pragma("data_version", { simple: true })
    const last = executor.first(builder.selectFrom("runs").select(["id", "status"]).orderBy("id", "desc").limit(1))
    const locked = executor.first(builder.selectFrom("writer_lock").select("run_id"))
    if (dataVersion !== since || last?.id !== replay.runId || last.status !== "completed" || locked !== undefined) return
    forgetRunReplays(executor)
    executor.run(builder.insertInto("run_replays").values({
      run_id: replay.runId,
      corpus_digest: replay.corpusDigest,
      settings_digest: replay.settingsDigest,
      settings_files: JSON.stringify(replay.settingsFiles),
      reports: JSON.stringify(replay.reports),
      stdout: replay.stdout,
      stderr: replay.stderr,
      exit_code: replay.exitCode
    }))
  }, "immediate")
