import Database from "better-sqlite3"
import { cpSync, existsSync, readdirSync, rmSync } from "node:fs"
import { join } from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { buildCli, crosscheck, finished, fixture, jsonLines, startCrosscheck, tempDir } from "../support/cli.js"

beforeAll(buildCli)

const dirs: Array<string> = []
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })))
const workDir = () => {
  const dir = tempDir()
  dirs.push(dir)
  return dir
}

const integrity = (db: string) => {
  const database = new Database(db, { readonly: true })
  const result = [database.pragma("integrity_check", { simple: true }), database.pragma("foreign_key_check")]
  database.close()
  return result
}

/** What a run's output depends on: everything exported, without when and by which run it was written. */
const exported = (db: string) => ({
  claims: crosscheck(["export", "claims", "--db", db]).stdout,
  relations: crosscheck(["export", "relations", "--db", db]).stdout,
  articles: jsonLines(crosscheck(["export", "articles", "--db", db]).stdout)
    .map(({ extractedAt: _at, runId: _run, ...article }) => article)
})

/**
 * What the database holds, read directly (cheaper than three exports after each of ten kills):
 * every claim and relation as stored whole, and each article's identity and reading.
 */
const stored = (db: string) => {
  const database = new Database(db, { readonly: true })
  const column = (sql: string) => database.prepare(sql).pluck().all()
  const result = {
    claims: column("SELECT data FROM claims ORDER BY id"),
    relations: column("SELECT data FROM relations ORDER BY id"),
    articles: database.prepare(
      "SELECT id, path, content_hash, reference_date, reference_basis, furniture FROM articles ORDER BY id"
    ).all()
  }
  database.close()
  return result
}

/** Eight articles of different kinds (the gold set's texts): a run long enough to be caught part-way. */
const makeCorpus = (dir: string) => {
  const corpus = join(dir, "corpus")
  const texts = fixture("gold", "texts")
  for (const name of readdirSync(texts).sort().slice(4, 12)) cpSync(join(texts, name), join(corpus, name))
  return corpus
}

describe("runs at once", () => {
  // Six runs racing into the migration of a new file failed about one round in two before it was
  // one transaction ('migration 0001-initial failed: table "runs" already exists'): two rounds.
  it("six runs started at the same instant on a new database: one writes, the others say another run is writing", async () => {
    const dir = workDir()
    const clean = join(dir, "clean.db")
    expect(crosscheck(["run", fixture("seeds"), "--db", clean, "--out", join(dir, "clean")]).status).toBe(0)

    for (const round of [1, 2]) {
      const db = join(dir, `shared-${round}.db`)
      const runs = await Promise.all(
        [0, 1, 2, 3, 4, 5].map((n) =>
          finished(startCrosscheck(["run", fixture("seeds"), "--db", db, "--out", join(dir, `out-${n}`)]))
        )
      )
      for (const run of runs) {
        if (run.status === 0) continue
        expect(run.status, run.stderr).toBe(2)
        expect(run.stderr.trimEnd().split("\n")).toHaveLength(1)
        expect(run.stderr).toMatch(new RegExp(`^crosscheck: another crosscheck run \\(pid \\d+ .* is writing to ${db}`))
      }
      expect(runs.filter((run) => run.status === 0).length).toBeGreaterThanOrEqual(1)
      expect(integrity(db)).toEqual(["ok", []])
      expect(stored(db)).toEqual(stored(clean))
    }
  })
})

describe("a run killed with SIGKILL", () => {
  it("at ten random moments: each time the database is sound, the next run completes, the export equals a clean run's", async () => {
    const dir = workDir()
    const corpus = makeCorpus(dir)
    const clean = join(dir, "clean.db")
    const started = performance.now()
    expect(crosscheck(["run", corpus, "--db", clean, "--out", join(dir, "clean")]).status).toBe(0)
    const duration = performance.now() - started
    const expected = stored(clean)

    const db = join(dir, "killed.db")
    const moments: Array<number> = []
    // One moment in each tenth of a run's duration, so that start-up, migration, extraction,
    // storing, cross-referencing and reporting are all hit; the database is kept from kill to kill.
    for (let tenth = 0; tenth < 10; tenth++) {
      const moment = Math.round(duration * (tenth + Math.random()) / 10)
      moments.push(moment)
      const child = startCrosscheck(["run", corpus, "--db", db, "--out", join(dir, "out")])
      const ended = finished(child)
      await sleep(moment)
      child.kill("SIGKILL")
      const killed = await ended
      const context = `killed at ${moment} ms (moments so far: ${moments.join(", ")}): ${killed.stderr}`
      expect(killed.signal === "SIGKILL" || killed.status === 0, context).toBe(true)
      // Killed before it opened the database, a run leaves no file at all.
      if (existsSync(db)) expect(integrity(db), context).toEqual(["ok", []])

      const next = crosscheck(["run", corpus, "--db", db, "--out", join(dir, "out")])
      // A run killed holding the lock leaves it to the next, which says so on stderr, one line.
      expect(next.stderr.trimEnd().split("\n").filter((line) => line !== ""), context).toEqual(
        next.stderr === "" ? [] : [expect.stringMatching(/^crosscheck: database .*: recovered the writer lock of run \d+ \(pid \d+/)]
      )
      expect(next.status, context).toBe(0)
      expect(stored(db), context).toEqual(expected)
    }
    expect(exported(db)).toEqual(exported(clean))
  })
})
