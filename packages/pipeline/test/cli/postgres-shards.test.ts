import { Effect } from "effect"
import { readFileSync, rmSync } from "node:fs"
import { setTimeout as sleep } from "node:timers/promises"
import pg from "pg"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { buildCli, crosscheck, finished, fixture, startCrosscheck, tempDir } from "../support/cli.js"
import { StoreReader } from "../../src/store/store-reader.js"
import { withReader } from "../store/store-test-kit.js"
import { writeLargeCorpus } from "../support/large-corpus.js"
import { freshPostgresDatabase } from "../support/postgres-database.js"

beforeAll(buildCli)

const dir = tempDir()
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const corpus = fixture("compare")

/** What a store holds for the same corpus, whichever database: claims and relations, without run ids and times. */
const exported = (db: string) =>
  Effect.runPromise(withReader(db, Effect.gen(function*() {
    const store = yield* StoreReader
    return {
      claims: yield* store.loadClaims(),
      relations: yield* store.loadRelations(),
      articles: (yield* store.loadArticleSummaries()).map(({ extractedAt: _at, runId: _run, ...article }) => article)
    }
  })))

/** Articles stored so far, read on a connection of the test's own (0 before the run has made the tables). */
const storedArticles = async (db: string) => {
  const client = new pg.Client({ connectionString: db })
  await client.connect()
  const result = await client.query<{ n: string }>("select count(*) as n from articles")
    .then((result) => Number(result.rows[0]?.n ?? 0), () => 0)
    .finally(() => client.end())
  return result
}

/** Each run's status, in order. */
const runStatuses = async (db: string) => {
  const client = new pg.Client({ connectionString: db })
  await client.connect()
  return client.query<{ status: string }>("select status from runs order by id")
    .then((result) => result.rows.map((row) => row.status))
    .finally(() => client.end())
}

const reportFindings = (out: string) =>
  (JSON.parse(readFileSync(join(out, "report.json"), "utf8")) as { readonly findings: unknown }).findings

describe("the same corpus, the same results (a real PostgreSQL server on loopback)", () => {
  it("on SQLite, on PostgreSQL in one run, and on PostgreSQL in 4 shards run at once then crossref", async () => {
    const sqlite = join(dir, "crosscheck.db")
    const whole = await freshPostgresDatabase()
    const sharded = await freshPostgresDatabase()

    const single = crosscheck(["run", corpus, "--db", sqlite, "--out", join(dir, "sqlite"), "--quiet"])
    expect(single.stderr).toBe("")
    expect(single.status).toBe(0)
    const onePostgres = crosscheck(["run", corpus, "--db", whole, "--out", join(dir, "postgres"), "--quiet"])
    expect(onePostgres.stderr).toBe("")
    expect(onePostgres.status).toBe(0)

    const shards = await Promise.all([1, 2, 3, 4].map((i) =>
      finished(startCrosscheck(["run", corpus, "--db", sharded, "--shard", `${i}/4`, "--format", "json"]))
    ))
    for (const shard of shards) {
      expect(shard.stderr).toBe("")
      expect(shard.status).toBe(0)
    }
    // Every article in exactly one shard.
    const outcomes = shards.map((shard) => JSON.parse(shard.stdout) as { articles: { seen: number; extracted: number } })
    const expected = await exported(sqlite)
    const articles = expected.articles.length
    expect(outcomes.reduce((sum, outcome) => sum + outcome.articles.extracted, 0)).toBe(articles)
    expect(outcomes.every((outcome) => outcome.articles.seen < articles)).toBe(true)
    // Shards store and stop: no relations until crossref.
    expect((await exported(sharded)).relations).toEqual([])

    const crossref = crosscheck(["crossref", "--db", sharded, "--out", join(dir, "sharded"), "--quiet"])
    expect(crossref.status).toBe(0)
    // Runs alive at once hold their locks: none took another for abandoned.
    expect(await runStatuses(sharded)).toEqual(["completed", "completed", "completed", "completed"])
    expect(expected.claims.length).toBeGreaterThan(20)
    expect(expected.relations.length).toBeGreaterThan(2)
    expect(await exported(whole)).toEqual(expected)
    expect(await exported(sharded)).toEqual(expected)
    // The reports find the same.
    expect(reportFindings(join(dir, "postgres"))).toEqual(reportFindings(join(dir, "sqlite")))
    expect(reportFindings(join(dir, "sharded"))).toEqual(reportFindings(join(dir, "sqlite")))
  })

  it("a run killed with SIGKILL mid-corpus loses and doubles nothing: the next run completes the store", async () => {
    // Large enough to be stored in several batches, so the kill lands between two of them.
    const large = join(dir, "large.jsonl")
    writeLargeCorpus(large, 400)
    const reference = join(dir, "reference.db")
    expect(crosscheck(["run", large, "--db", reference, "--out", join(dir, "reference"), "--quiet"]).status).toBe(0)
    const expected = await exported(reference)
    const db = await freshPostgresDatabase()
    const child = startCrosscheck(["run", large, "--db", db, "--out", join(dir, "killed"), "--quiet"])
    const ended = finished(child)
    // Killed once some articles are in, before all are.
    for (let waited = 0; (await storedArticles(db)) < 2 && waited < 120_000; waited += 100) await sleep(100)
    child.kill("SIGKILL")
    expect((await ended).signal).toBe("SIGKILL")
    const stored = await storedArticles(db)
    expect(stored).toBeGreaterThan(0)
    expect(stored).toBeLessThan(expected.articles.length)
    expect(await runStatuses(db)).toEqual(["running"])
    const again = crosscheck(["run", large, "--db", db, "--out", join(dir, "again"), "--quiet"])
    expect(again.status).toBe(0)
    // The killed run's lock went with its connection: the next run marks it interrupted, and says so.
    expect(await runStatuses(db)).toEqual(["interrupted", "completed"])
    expect(again.stderr).toMatch(/^crosscheck: database .*: run 1 left running by a process that is gone \(its lock is free\): marked interrupted$/m)
    expect(await exported(db)).toEqual(expected)
  })

  it("crossref exits as run does: 1 on failing findings, 2 on a store with no run", async () => {
    const empty = await freshPostgresDatabase()
    const none = crosscheck(["crossref", "--db", empty, "--out", join(dir, "none")])
    expect(none.status).toBe(2)
    expect(none.stderr).toContain("holds no run yet")
    const seeds = await freshPostgresDatabase()
    expect(crosscheck(["run", fixture("seeds"), "--db", seeds, "--shard", "1/1", "--quiet"]).status).toBe(0)
    const gated = crosscheck(["crossref", "--db", seeds, "--out", join(dir, "seeds"), "--fail-on", "contradiction"])
    expect(gated.status).toBe(1)
  })
})
