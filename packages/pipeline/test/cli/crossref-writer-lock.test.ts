import Database from "better-sqlite3"
import { Effect } from "effect"
import { spawnSync } from "node:child_process"
import { rmSync } from "node:fs"
import { hostname } from "node:os"
import { join } from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { StoreWriter } from "../../src/store/store-writer.js"
import { withStore } from "../store/store-test-kit.js"
import { buildCli, crosscheck, finished, fixture, startCrosscheck, tempDir } from "../support/cli.js"

beforeAll(buildCli)

const dir = tempDir()
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** `text` matched literally in a RegExp (a path, a host name). */
const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

/** A store of the seed articles, written by one completed run. */
const seeded = (name: string) => {
  const db = join(dir, `${name}.db`)
  const run = crosscheck(["run", fixture("seeds"), "--db", db, "--out", join(dir, `${name}-run`), "--quiet"])
  expect(run.stderr).toBe("")
  expect(run.status).toBe(0)
  return db
}

/** What the file holds of runs, the lock and the relations, read directly. */
const state = (db: string) => {
  const database = new Database(db, { readonly: true })
  try {
    return {
      runs: database.prepare("select id, status, corpus from runs order by id").all() as Array<
        { readonly id: number; readonly status: string; readonly corpus: string }
      >,
      lock: database.prepare("select run_id as runId, pid, host from writer_lock").all(),
      relations: database.prepare("select id from relations order by id").pluck().all()
    }
  } finally {
    database.close()
  }
}

/** Puts a lock row as a run started by process `pid` on this host leaves it: its run `running`. */
const holdLock = (db: string, pid: number) => {
  const database = new Database(db)
  try {
    const startedAt = "2026-12-05T10:00:00.000Z"
    const runId = Number(
      database.prepare(
        "insert into runs (started_at, status, version, extractor, corpus, counts, errors) values (?, 'running', 'x', 'x', 'elsewhere', '{}', '[]')"
      ).run(startedAt).lastInsertRowid
    )
    database.prepare("insert into writer_lock (id, run_id, pid, host, started_at) values (1, ?, ?, ?, ?)").run(runId, pid, hostname(), startedAt)
    return runId
  } finally {
    database.close()
  }
}

/** The pid of a process that has exited: no process has it (until the kernel reuses it). */
const deadPid = (): number =>
  Number(spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" }).stdout)

describe("crossref on SQLite takes the writer lock that run takes", () => {
  it("is refused while a run holds it: one line naming the database and the holder, exit code 2, nothing written", () => {
    const db = seeded("held")
    // This test's own process stands for the live run holding the lock.
    const holder = holdLock(db, process.pid)
    const before = state(db)
    const crossref = crosscheck(["crossref", "--db", db, "--out", join(dir, "held-crossref")])
    expect(crossref.status).toBe(2)
    expect(crossref.stderr.trimEnd().split("\n")).toHaveLength(1)
    expect(crossref.stderr).toMatch(
      new RegExp(`^crosscheck: another crosscheck run \\(pid ${process.pid} on ${literally(hostname())}, started .*, run ${holder}\\) is writing to ${literally(db)};`)
    )
    expect(state(db)).toEqual(before)
  })

  it("recovers a stale lock of a dead process on this host, and frees it when done", () => {
    const db = seeded("stale")
    const crashed = holdLock(db, deadPid())
    const relations = state(db).relations
    const crossref = crosscheck(["crossref", "--db", db, "--out", join(dir, "stale-crossref"), "--quiet"])
    expect(crossref.status).toBe(0)
    expect(crossref.stderr).toMatch(
      new RegExp(`^crosscheck: database ${literally(db)}: recovered the writer lock of run ${crashed} \\(pid \\d+, started .*\\), whose process is gone; that run is marked interrupted\\n$`)
    )
    const after = state(db)
    // The crossref's own run, recorded over the corpus of the last run before it.
    expect(after.runs.map(({ status }) => status)).toEqual(["completed", "interrupted", "completed"])
    expect(after.runs[2]?.corpus).toBe("elsewhere")
    expect(after.lock).toEqual([])
    expect(after.relations).toEqual(relations)
  })

  it("frees the lock after it succeeds, and the next run and crossref take it", () => {
    const db = seeded("succeeds")
    for (const [command, out] of [["crossref", "first"], ["run", "again"], ["crossref", "second"]] as const) {
      const args = command === "run" ? ["run", fixture("seeds")] : ["crossref"]
      const next = crosscheck([...args, "--db", db, "--out", join(dir, `succeeds-${out}`), "--quiet"])
      expect(next.stderr).toBe("")
      expect(next.status).toBe(0)
      expect(state(db).lock).toEqual([])
    }
    expect(state(db).runs.map(({ status }) => status)).toEqual(["completed", "completed", "completed", "completed"])
  })

  it("frees the lock after it fails, its run recorded as failed", () => {
    const db = seeded("fails")
    const relations = state(db).relations
    const database = new Database(db)
    database.exec(
      "update claims set data = '{\"not\": \"a claim\"}' where id = (select id from claims where comparison_partition is not null order by id limit 1)"
    )
    database.close()
    const crossref = crosscheck(["crossref", "--db", db, "--out", join(dir, "fails-crossref")])
    expect(crossref.status).toBe(2)
    expect(crossref.stderr).toContain("a stored claim is not a valid claim")
    const after = state(db)
    expect(after.lock).toEqual([])
    expect(after.runs.map(({ status }) => status)).toEqual(["completed", "failed"])
    expect(after.relations).toEqual(relations)
  })

  it("frees the lock when interrupted with Ctrl-C, its run recorded as interrupted", async () => {
    const db = seeded("interrupted")
    const child = startCrosscheck(["crossref", "--db", db, "--out", join(dir, "interrupted-crossref")])
    const ended = finished(child)
    // Interrupted once it holds the lock (polled: it may already have finished, which is said below).
    while (state(db).lock.length === 0 && child.exitCode === null) await sleep(5)
    child.kill("SIGINT")
    const crossref = await ended
    const after = state(db)
    expect(after.lock).toEqual([])
    // Almost always caught while relating; a crossref that finished first completed as usual.
    expect([[130, "interrupted"], [0, "completed"]]).toContainEqual([crossref.status, after.runs[1]?.status])
    expect(crossref.stderr).toBe("")
  })

  it("while crossref holds it, a run is refused, naming crossref's run", async () => {
    const db = seeded("crossref-holds")
    const { holder, run } = await Effect.runPromise(withStore(
      db,
      StoreWriter.use((writer) =>
        // What `crosscheck crossref` holds while it relates the claims and writes the reports.
        writer.asSoleWriter(
          { corpus: "corpus", version: "x", extractor: "x" },
          Effect.sync(() => ({
            holder: state(db).lock,
            run: crosscheck(["run", fixture("seeds"), "--db", db, "--out", join(dir, "crossref-holds-run")])
          })),
          () => ({ counts: {}, errors: [] })
        )
      )
    ))
    expect(holder).toEqual([{ runId: 2, pid: process.pid, host: hostname() }])
    expect(run.status).toBe(2)
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1)
    expect(run.stderr).toMatch(new RegExp(`^crosscheck: another crosscheck run \\(pid ${process.pid} on .*, run 2\\) is writing to ${literally(db)};`))
    const after = state(db)
    expect(after.lock).toEqual([])
    expect(after.runs.map(({ status }) => status)).toEqual(["completed", "completed"])
  })
})
