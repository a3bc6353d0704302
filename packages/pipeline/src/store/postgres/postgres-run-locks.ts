import type pg from "pg"
import type { RunStart } from "../writer-lock.js"

/**
 * Whether a PostgreSQL run is still alive, told by an advisory lock: each run holds the session
 * lock (RUN_LOCK_CLASS, its id) on a connection of its store's own for as long as it lives.
 * PostgreSQL frees a session's locks when its connection ends, however the process ended (SIGKILL,
 * a power cut, a lost network), so a `running` row whose lock is free was left by a writer that is gone.
 */

/** The first key of a run's two-key advisory lock: a key space apart from the articles' (0x4378). */
const RUN_LOCK_CLASS = 0x5275

/** The session that holds a store's run locks, connected with its first run and ended with the store. */
export const runLockSession = (pool: pg.Pool) => {
  let session: Promise<pg.PoolClient> | undefined
  const client = () =>
    (session ??= pool.connect().then((connected) => {
      // A session the server drops (a restart, a shutdown) must not crash the process: its locks are gone anyway.
      connected.on("error", () => undefined)
      return connected
    }))
  // The runs whose locks this session holds.
  const held = new Set<number>()

  return {
    /**
     * Records the run and takes its lock in one statement (one transaction): no other session sees
     * the row `running` before its lock is held.
     */
    start: async (start: RunStart): Promise<number> => {
      const result = await (await client()).query<{ id: number }>(
        `with run as (
           insert into runs (started_at, status, version, extractor, corpus, counts, errors)
           values ($1, 'running', $2, $3, $4, '{}', '[]') returning id
         )
         select id, pg_advisory_lock(${RUN_LOCK_CLASS}, id) from run`,
        [start.startedAt, start.version, start.extractor, start.corpus]
      )
      const id = result.rows[0]?.id
      if (id === undefined) throw new Error("inserting the run returned no id")
      held.add(id)
      return id
    },

    /**
     * Marks `interrupted` every run still `running` whose lock is free (its writer is gone), and
     * returns their ids. A live run's lock is held, so it is never marked, on this machine or another.
     */
    markAbandoned: async (): Promise<ReadonlyArray<number>> => {
      const locks = await client()
      const running = await locks.query<{ id: number }>("select id from runs where status = 'running' order by id")
      const abandoned: Array<number> = []
      for (const { id } of running.rows) {
        // A lock is re-entrant: this session's own runs would look free to it.
        if (held.has(id)) continue
        const probe = await locks.query<{ free: boolean }>(`select pg_try_advisory_lock(${RUN_LOCK_CLASS}, $1) as free`, [id])
        if (probe.rows[0]?.free !== true) continue
        await locks.query("update runs set status = 'interrupted' where id = $1 and status = 'running'", [id])
        await locks.query(`select pg_advisory_unlock(${RUN_LOCK_CLASS}, $1)`, [id])
        abandoned.push(id)
      }
      return abandoned
    },

    /** Frees the lock of a run that ended (a session already lost has freed it: nothing to do). */
    release: async (runId: number): Promise<void> => {
      if (session === undefined || !held.delete(runId)) return
      await (await session).query(`select pg_advisory_unlock(${RUN_LOCK_CLASS}, $1)`, [runId]).catch(() => undefined)
    },

    /** Ends the session (destroyed, not returned to the pool with locks held): every lock it held is freed. */
    close: async (): Promise<void> => {
      const ending = session
      session = undefined
      held.clear()
      // A session that never connected holds nothing.
      if (ending !== undefined) (await ending.catch(() => undefined))?.release(true)
    }
  }
}
