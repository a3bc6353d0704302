import type { ChildProcess } from "node:child_process"
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
import pg from "pg"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { buildCli, crosscheck, finished, fixture, startCrosscheck, tempDir } from "../support/cli.js"
import { freshPostgresDatabase } from "../support/postgres-database.js"

beforeAll(buildCli)

const dir = tempDir()
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** The seed article whose visit dates contradict another seed's: without it, the seeds hold no contradiction. */
const LATE = "002_1ad50343d0bf0f38.txt"

/** The seed articles but `LATE`, with their manifest's entries (the date each was written): a corpus to add `LATE` to. */
const seedsWithoutLate = (corpus: string) => {
  mkdirSync(corpus)
  for (const file of readdirSync(fixture("seeds"))) if (file.endsWith(".txt") && file !== LATE) copyFileSync(fixture("seeds", file), join(corpus, file))
  const manifest = JSON.parse(readFileSync(fixture("seeds", "manifest.json"), "utf8")) as { readonly articles: ReadonlyArray<{ readonly file: string }> }
  writeFileSync(join(corpus, "manifest.json"), JSON.stringify({ articles: manifest.articles.filter((entry) => entry.file !== LATE) }))
}

const addLate = (corpus: string) => {
  copyFileSync(fixture("seeds", LATE), join(corpus, LATE))
  copyFileSync(fixture("seeds", "manifest.json"), join(corpus, "manifest.json"))
}

const connect = async (db: string) => {
  const client = new pg.Client({ connectionString: db })
  await client.connect()
  return client
}

/** The stored relations, as id and type. */
const storedRelations = (client: pg.Client) =>
  client.query<{ id: string; type: string }>("select id, type from relations order by id").then((result) => result.rows)

/**
 * Waits until a session waits for a lock on `table` (a name `::regclass` reads: a temporary table
 * qualified by its schema), failing if `child` ends first: PostgreSQL tells no one that a session
 * started waiting, so its lock table is read until it shows it.
 */
const awaitLockWait = async (client: pg.Client, table: string, child: ChildProcess) => {
  for (;;) {
    const waiting = await client.query("select 1 from pg_locks where not granted and relation = $1::regclass", [table])
    if ((waiting.rowCount ?? 0) > 0) return
    if (child.exitCode !== null) throw new Error(`the cross-reference ended (exit code ${child.exitCode}) before waiting for ${table}`)
    await sleep(20)
  }
}

describe("two cross-references over one PostgreSQL database (a real server on loopback)", () => {
  it("the one that read the store first and swaps last leaves the later one's relations in place, and says so", async () => {
    const db = await freshPostgresDatabase()
    const corpus = join(dir, "corpus")
    seedsWithoutLate(corpus)
    // Stored, not related: the store's only pending tables, below, are the first cross-reference's.
    const stored = crosscheck(["run", corpus, "--db", db, "--shard", "1/1", "--quiet"])
    expect(stored.stderr).toBe("")
    expect(stored.status).toBe(0)

    const admin = await connect(db)
    const holdRelationClaims = await connect(db)
    const holdPending = await connect(db)
    let first: ChildProcess | undefined
    try {
      // The first cross-reference makes its pending tables before it reads the store (its snapshot);
      // held at the second one, whose columns are relation_claims's, it has made the first.
      await holdRelationClaims.query("begin")
      await holdRelationClaims.query("lock table relation_claims in access exclusive mode")
      first = startCrosscheck(["crossref", "--db", db, "--out", join(dir, "first"), "--quiet"])
      const firstEnded = finished(first)
      await awaitLockWait(admin, "relation_claims", first)
      const pending = await admin.query<{ schema: string }>(
        "select n.nspname as schema from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.relname = 'pending_relations'"
      )
      expect(pending.rows).toHaveLength(1)
      const firstPending = `${pending.rows[0]!.schema}.pending_relations`
      // Its first pending table locked from here, it reads the store, relates it, and waits to write
      // what it found (the seeds but LATE have a timeline to write) before it swaps.
      await holdPending.query("begin")
      await holdPending.query(`lock table ${firstPending} in access exclusive mode`)
      await holdRelationClaims.query("rollback")
      await awaitLockWait(admin, firstPending, first)
      const older = await storedRelations(admin)
      expect(older).toEqual([])

      // Meanwhile a later run stores LATE, and cross-references the store (LATE's contradiction
      // with it) and swaps.
      addLate(corpus)
      const later = crosscheck(["run", corpus, "--db", db, "--out", join(dir, "later"), "--quiet"])
      expect(later.stderr).toBe("")
      expect(later.status).toBe(0)
      const newer = await storedRelations(admin)
      expect(newer.map((relation) => relation.type)).toContain("contradiction")

      // The first swaps last: its relations, of the store before LATE, are not stored.
      await holdPending.query("rollback")
      const ended = await firstEnded
      expect(ended.status).toBe(0)
      expect(await storedRelations(admin)).toEqual(newer)
      expect(ended.stderr.trimEnd().split("\n")).toHaveLength(1)
      expect(ended.stderr).toMatch(
        /^crosscheck: database .*: the relations this cross-reference found were not stored: another cross-reference stored relations of a later state of the store meanwhile\b/
      )
      // Its reports are of the relations stored: the contradiction is in them.
      const report = JSON.parse(readFileSync(join(dir, "first", "report.json"), "utf8")) as { readonly counts: { readonly contradictions: Record<string, number> } }
      expect(Object.values(report.counts.contradictions).reduce((a, b) => a + b, 0)).toBe(1)
    } finally {
      if (first !== undefined && first.exitCode === null) first.kill("SIGKILL")
      await Promise.all([admin.end(), holdRelationClaims.end(), holdPending.end()])
    }
  })
})
