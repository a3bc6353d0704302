import { assert, describe, expect, it } from "@effect/vitest"
import BetterSqlite3 from "better-sqlite3"
import { Effect } from "effect"
import { spawn } from "node:child_process"
import { once } from "node:events"
import { fileURLToPath } from "node:url"
import { CLAIMS_PER_SYNTHETIC_ARTICLE, syntheticArticle } from "./fixtures/synthetic-article.js"
import { readWrite, tempDbPath, withStore } from "./store-test-kit.js"

const WRITER = fileURLToPath(new URL("./fixtures/write-until-killed.mjs", import.meta.url))
const VITE_CONFIG = fileURLToPath(new URL("../../../../vitest.config.ts", import.meta.url))
/** Articles the child must have committed before it is killed, in the middle of the next one. */
const SAVED_BEFORE_KILL = 25

/** Starts the writer, waits until it has committed enough articles, and kills it with SIGKILL. */
const writeThenKill = async (path: string): Promise<number> => {
  const child = spawn(process.execPath, [WRITER, path, VITE_CONFIG], { stdio: ["ignore", "pipe", "pipe"] })
  let stderr = ""
  child.stderr.on("data", (chunk) => (stderr += chunk))
  let output = ""
  const exited = once(child, "exit")
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk) => {
      output += chunk
      if (output.includes(`saved ${SAVED_BEFORE_KILL}\n`)) {
        child.kill("SIGKILL")
        resolve()
      }
    })
    child.on("exit", () => reject(new Error(`the writer exited on its own: ${stderr}`)))
  })
  const [, signal] = await exited
  assert.strictEqual(signal, "SIGKILL")
  return child.pid ?? 0
}

describe("a writer killed with SIGKILL", () => {
  it.effect("leaves a sound database that opens and takes a new run", () => {
    const path = tempDbPath()
    return Effect.gen(function*() {
      const pid = yield* Effect.promise(() => writeThenKill(path))

      const db = new BetterSqlite3(path)
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok")
      expect(db.pragma("foreign_key_check")).toEqual([])
      for (const index of ["articles_fts", "claims_fts"]) db.exec(`insert into ${index}(${index}) values ('integrity-check')`)
      // Every stored article is whole: all its claims or none of it.
      const perArticle = db.prepare(
        "select a.id, count(c.id) as claims from articles a left join claims c on c.article_id = a.id group by a.id"
      ).all() as ReadonlyArray<{ id: string; claims: number }>
      db.close()
      assert.isAtLeast(perArticle.length, SAVED_BEFORE_KILL + 1)
      for (const article of perArticle) assert.strictEqual(article.claims, CLAIMS_PER_SYNTHETIC_ARTICLE, article.id)

      yield* withStore(path, Effect.gen(function*() {
        const store = yield* readWrite
        const runId = yield* store.startRun({ corpus: "synthetic", version: "0.1.0", extractor: "crosscheck-extract/test" })
        const [, killed] = yield* store.lastRuns(2)
        assert.strictEqual(killed?.status, "interrupted", `the run of pid ${pid}`)
        const { article, extraction } = syntheticArticle(1000)
        yield* store.saveArticle(article, [], extraction, runId)
        yield* store.finishRun(runId, { status: "completed", counts: { extracted: 1 }, errors: [] })
        assert.strictEqual((yield* store.lastRuns(1))[0]?.status, "completed")
        assert.strictEqual(yield* store.countClaims(), (perArticle.length + 1) * CLAIMS_PER_SYNTHETIC_ARTICLE)
      }))
    })
  })
})
