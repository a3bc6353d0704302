import { StoreWriter } from "../../src/store/store-writer.js"
import { assert, describe, it } from "@effect/vitest"
import BetterSqlite3 from "better-sqlite3"
import { Effect, Exit } from "effect"
import { spawn, spawnSync } from "node:child_process"
import { createRequire } from "node:module"
import { inspect, readWrite, tempDbPath, withStore } from "./store-test-kit.js"

const run = { corpus: "corpus", version: "0.1.0", extractor: "x" }
const require = createRequire(import.meta.url)

/** The pid of a process that has exited: no process has it (until the kernel reuses it). */
const deadPid = (): number => {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" })
  return Number(child.stdout)
}

describe("the single-writer lock", () => {
  it.effect("a second writer gets a clear StoreBusyError until the first finishes", () => {
    const path = tempDbPath()
    return withStore(path, Effect.gen(function*() {
      const first = yield* readWrite
      const runId = yield* first.startRun(run)
      const busy = yield* Effect.flip(withStore(path, StoreWriter.use((second) => second.startRun(run))))
      assert.strictEqual(busy._tag, "StoreBusyError")
      assert.include(busy.message, `another crosscheck run (pid ${process.pid}`)
      assert.include(busy.message, path)
      yield* first.finishRun(runId, { status: "completed", counts: {}, errors: [] })
      const next = yield* withStore(path, StoreWriter.use((second) => second.startRun(run)))
      assert.isAbove(next, runId)
    }))
  })

  it.effect("a lock left by a dead process is recovered and its run marked interrupted", () => {
    const path = tempDbPath()
    return withStore(path, Effect.gen(function*() {
      const store = yield* readWrite
      const crashed = yield* store.startRun(run)
      // As if the process holding it had been killed: the lock row names a pid that is gone.
      const db = new BetterSqlite3(path)
      db.prepare("update writer_lock set pid = ?").run(deadPid())
      db.close()
      const next = yield* store.startRun(run)
      assert.isAbove(next, crashed)
      const runs = yield* store.lastRuns(2)
      assert.deepStrictEqual(runs.map((record) => [record.id, record.status]), [[next, "running"], [crashed, "interrupted"]])
      assert.deepStrictEqual(inspect(path, (db) => db.prepare("select run_id, pid from writer_lock").all()), [
        { run_id: next, pid: process.pid }
      ])
    }))
  })

  it.effect("a sole writer (crossref) interrupted, as by Ctrl-C, ends its run as interrupted and frees the lock", () => {
    const path = tempDbPath()
    return withStore(path, Effect.gen(function*() {
      const store = yield* readWrite
      const ended = yield* Effect.exit(store.asSoleWriter(run, Effect.interrupt, () => ({ counts: {}, errors: [] })))
      assert.isTrue(Exit.hasInterrupts(ended))
      assert.deepStrictEqual((yield* store.lastRuns(1)).map((record) => record.status), ["interrupted"])
      assert.deepStrictEqual(inspect(path, (db) => db.prepare("select * from writer_lock").all()), [])
    }))
  })

  it.effect("closing the store with a run still open ends it as interrupted and frees the lock", () => {
    const path = tempDbPath()
    return withStore(path, StoreWriter.use((store) => store.startRun(run))).pipe(
      Effect.andThen((runId) =>
        withStore(path, Effect.gen(function*() {
          const store = yield* readWrite
          assert.deepStrictEqual((yield* store.lastRuns(1)).map((record) => [record.id, record.status]), [[runId, "interrupted"]])
          yield* store.startRun(run)
        }))
      )
    )
  })
})

describe("opening a file another process is reading", () => {
  it.live("switches it to WAL once the reader lets go, though it held its lock past the busy timeout", () =>
    Effect.gen(function*() {
      const path = tempDbPath()
      yield* withStore(path, Effect.void)
      // a store left in rollback mode, as a new file is until the first writer switches it
      const plain = new BetterSqlite3(path)
      plain.pragma("journal_mode = DELETE")
      plain.close()
      // another process reads for longer than the store's busy timeout (5 s)
      const reader = spawn(process.execPath, [
        "-e",
        `const D = require(${JSON.stringify(require.resolve("better-sqlite3"))}); const db = new D(${JSON.stringify(path)});
         db.exec("begin"); db.prepare("select count(*) from runs").get(); process.stdout.write("reading\\n");
         setTimeout(() => { db.exec("commit"); db.close() }, 6500)`
      ])
      yield* Effect.promise(() => new Promise<void>((resolve) => reader.stdout.once("data", () => resolve())))
      yield* withStore(path, Effect.void)
      yield* Effect.promise(() => new Promise<void>((resolve) => reader.once("exit", () => resolve())))
      assert.strictEqual(inspect(path, (db) => db.pragma("journal_mode", { simple: true })), "wal")
    }), { timeout: 60_000 })
})
