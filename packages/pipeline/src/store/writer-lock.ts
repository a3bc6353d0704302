import { Result } from "effect"
import type { SqliteExecutor } from "./sqlite-executor.js"

/** The run holding a database's single-writer lock. */
export interface LockHolder {
  readonly runId: number
  readonly pid: number
  readonly host: string
  readonly startedAt: string
}

export interface RunStart {
  readonly corpus: string
  readonly version: string
  readonly extractor: string
  readonly startedAt: string
}

export type LockAttempt =
  | { readonly _tag: "Acquired"; readonly runId: number; readonly recoveredFrom: LockHolder | undefined }
  | { readonly _tag: "Busy"; readonly holder: LockHolder }

/** Signal 0 only asks whether the process exists; EPERM means it exists under another user. */
const processAlive = (pid: number): boolean =>
  Result.match(Result.try(() => process.kill(pid, 0)), {
    onSuccess: () => true,
    onFailure: (error) => (error as NodeJS.ErrnoException).code === "EPERM"
  })

/**
 * Takes the lock row and records the run, in one `BEGIN IMMEDIATE` transaction so two starting
 * writers are serialised by SQLite itself. A lock left by a dead process on this host (a SIGKILL,
 * a power cut) is stale: its run is marked interrupted and the lock taken over. A lock from
 * another host cannot be checked, so it counts as held.
 */
export const acquireWriterLock = (
  executor: SqliteExecutor,
  start: RunStart,
  self: { readonly pid: number; readonly host: string }
): LockAttempt => {
  const { builder } = executor
  return executor.transaction((): LockAttempt => {
    const held = executor.first(
      builder.selectFrom("writer_lock").select(["run_id as runId", "pid", "host", "started_at as startedAt"])
    )
    const stale = held !== undefined && held.host === self.host && !processAlive(held.pid)
    if (held !== undefined && !stale) return { _tag: "Busy", holder: held }
    if (held !== undefined) {
      executor.run(
        builder.updateTable("runs").set({ status: "interrupted" }).where("id", "=", held.runId)
          .where("status", "=", "running")
      )
      executor.run(builder.deleteFrom("writer_lock"))
    }
    const run = executor.first(
      builder.insertInto("runs").values({
        started_at: start.startedAt,
        status: "running",
        version: start.version,
        extractor: start.extractor,
        corpus: start.corpus,
        counts: "{}",
        errors: "[]"
      }).returning("id")
    )
    if (run === undefined) throw new Error("inserting the run returned no id")
    executor.run(
      builder.insertInto("writer_lock").values({
        id: 1,
        run_id: run.id,
        pid: self.pid,
        host: self.host,
        started_at: start.startedAt
      })
    )
    return { _tag: "Acquired", runId: run.id, recoveredFrom: held }
  }, "immediate")
}

/** Releases the lock if `runId` holds it. */
export const releaseWriterLock = (executor: SqliteExecutor, runId: number): void => {
  executor.run(executor.builder.deleteFrom("writer_lock").where("run_id", "=", runId))
}
