import type { Claim, Relation } from "@crosscheck/claims"
import { comparisonStanding, crossReference } from "@crosscheck/report"
import { Effect, Stream } from "effect"
import Database from "better-sqlite3"
import pg from "pg"
import { readFileSync, rmSync } from "node:fs"
import { join } from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { StoreReader } from "../../src/store/store-reader.js"
import { withReader } from "../store/store-test-kit.js"
import { buildCli, crosscheck, finished, fixture, startCrosscheck, tempDir } from "../support/cli.js"
import { freshPostgresDatabase } from "../support/postgres-database.js"

beforeAll(buildCli)

const dir = tempDir()
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const byId = (a: { readonly id: string }, b: { readonly id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/**
 * What the run stored (related one partition at a time), beside what relating every stored claim at
 * once gives, and the partitions as the store hands them over in pages of 2,000 and of 7 claims.
 */
const storedAndWhole = (db: string) =>
  Effect.runPromise(withReader(db, Effect.gen(function*() {
    const store = yield* StoreReader
    const claims = yield* store.loadClaims()
    const ids = (partitions: ReadonlyArray<ReadonlyArray<Claim>>) => partitions.map((partition) => partition.map((claim) => claim.id))
    return {
      claims,
      stored: yield* store.loadRelations(),
      whole: [...crossReference(claims, yield* store.loadArticleSummaries())].sort(byId) as ReadonlyArray<Relation>,
      partitions: ids(yield* Stream.runCollect(store.claimsByPartition())),
      smallPages: ids(yield* Stream.runCollect(store.claimsByPartition(7)))
    }
  })))

describe("cross-referencing the store one comparison partition at a time", () => {
  it("stores exactly the relations of every claim related at once, on SQLite and on PostgreSQL", async () => {
    for (const [name, db] of [["sqlite", join(dir, "crosscheck.db")], ["postgres", await freshPostgresDatabase()]] as const) {
      const run = crosscheck(["run", fixture("compare"), "--db", db, "--out", join(dir, name), "--quiet"])
      expect(run.stderr).toBe("")
      expect(run.status).toBe(0)
      const { claims, partitions, smallPages, stored, whole } = await storedAndWhole(db)
      // Every kind of finding, a story published twice (found across partitions) among them.
      expect(new Set(whole.map((relation) => relation.type))).toEqual(new Set(["contradiction", "overlap", "duplicate", "timeline", "revision"]))
      expect(stored).toEqual(whole)
      // Many partitions, each claim compared in exactly one (that of its standing), the rest never read.
      const compared = claims.filter((claim) => comparisonStanding(claim)._tag === "Compared")
      expect(partitions.length).toBeGreaterThan(10)
      expect(partitions.flat().sort()).toEqual(compared.map((claim) => claim.id).sort())
      expect(compared.length).toBeLessThan(claims.length)
      // A partition split over pages is still read as one.
      expect(smallPages).toEqual(partitions)
      expect(partitions.some((partition) => partition.length > 7)).toBe(true)
    }
  })

  it("a cross-reference that fails on a claim it cannot read leaves the previous relations, on SQLite and on PostgreSQL", async () => {
    // The claim compared last: every partition before it is related, and its relations written, before the failure.
    const corruptLast = "update claims set data = '{\"not\": \"a claim\"}' where id = " +
      "(select id from claims where comparison_partition is not null order by comparison_partition desc, id desc limit 1)"
    for (const [name, db] of [["sqlite", join(dir, "failing.db")], ["postgres", await freshPostgresDatabase()]] as const) {
      expect(crosscheck(["run", fixture("compare"), "--db", db, "--out", join(dir, `${name}-before`), "--quiet"]).status).toBe(0)
      const before = (await storedAndWhole(db)).stored
      expect(before.length).toBeGreaterThan(2)
      if (name === "sqlite") {
        const database = new Database(db)
        database.exec(corruptLast)
        database.close()
      } else {
        const client = new pg.Client({ connectionString: db })
        await client.connect()
        await client.query(corruptLast).finally(() => client.end())
      }
      const crossref = crosscheck(["crossref", "--db", db, "--out", join(dir, `${name}-failed`)])
      expect(crossref.status).toBe(2)
      expect(crossref.stderr.trim().split("\n")).toHaveLength(1)
      expect(crossref.stderr).toContain("a stored claim is not a valid claim")
      // Read back without decoding the claims (one no longer decodes).
      const stored = await Effect.runPromise(withReader(db, Effect.flatMap(StoreReader, (store) => store.loadRelations())))
      expect(stored).toEqual(before)
    }
  })

  it("a cross-reference killed or failing at the swap leaves the previous relations, on SQLite and on PostgreSQL", async () => {
    const relationsOf = (db: string) => Effect.runPromise(withReader(db, Effect.flatMap(StoreReader, (store) => store.loadRelations())))

    // SQLite: a trigger refuses the swap's clearing of the relations (crossref takes the writer lock
    // first, so another connection holding SQLite's write lock would stop it before it related
    // anything); the cross-reference fails, saying why.
    const sqlite = join(dir, "locked.db")
    expect(crosscheck(["run", fixture("compare"), "--db", sqlite, "--out", join(dir, "locked-before"), "--quiet"]).status).toBe(0)
    const before = await relationsOf(sqlite)
    expect(before.length).toBeGreaterThan(2)
    const refuse = new Database(sqlite)
    refuse.exec("create trigger refuse_swap before delete on relations begin select raise(abort, 'the swap is refused'); end")
    refuse.close()
    const failed = crosscheck(["crossref", "--db", sqlite, "--out", join(dir, "locked-failed")])
    expect(failed.status).toBe(2)
    expect(failed.stderr).toMatch(/cannot replace the relations: the swap is refused/)
    expect(await relationsOf(sqlite)).toEqual(before)

    // PostgreSQL: this test holds the cross-reference lock, so the cross-reference writes every relation
    // it finds, then waits at the swap; it is killed there, and the lock released.
    const postgres = await freshPostgresDatabase()
    expect(crosscheck(["run", fixture("compare"), "--db", postgres, "--out", join(dir, "killed-before"), "--quiet"]).status).toBe(0)
    expect(await relationsOf(postgres)).toEqual(before)
    const client = new pg.Client({ connectionString: postgres })
    await client.connect()
    const crossReferenceLock = 0x4378436b
    await client.query("select pg_advisory_lock($1::bigint)", [crossReferenceLock])
    const child = startCrosscheck(["crossref", "--db", postgres, "--out", join(dir, "killed")])
    const ended = finished(child)
    const waitingAtSwap = () =>
      client.query("select 1 from pg_locks where locktype = 'advisory' and not granted and classid = 0 and objid = $1", [crossReferenceLock])
        .then((result) => result.rowCount === 1)
    while (!(await waitingAtSwap())) await sleep(50)
    child.kill("SIGKILL")
    expect((await ended).signal).toBe("SIGKILL")
    await client.query("select pg_advisory_unlock($1::bigint)", [crossReferenceLock])
    await client.end()
    expect(await relationsOf(postgres)).toEqual(before)
  })

  it("works each claim's standing out again when a crosscheck of other comparison rules stored it", async () => {
    const db = join(dir, "outdated.db")
    const run = crosscheck(["run", fixture("compare"), "--db", db, "--out", join(dir, "fresh"), "--quiet"])
    expect(run.status).toBe(0)
    const standings = () => {
      const database = new Database(db, { readonly: true })
      try {
        return database.prepare("select id, comparison_partition, uncompared_reason, standing_rules from claims order by id").all()
      } finally {
        database.close()
      }
    }
    const fresh = { standings: standings(), ...(await storedAndWhole(db)) }
    // As if stored under other rules: every claim in one partition, or never compared for a reason it has not.
    const database = new Database(db)
    database.exec(`
      update claims set standing_rules = 0, comparison_partition = case when rowid % 2 = 0 then 'value|one|partition' end,
        uncompared_reason = case when rowid % 2 = 1 then 'no_value' end;
      delete from relations;
    `)
    database.close()
    const crossref = crosscheck(["crossref", "--db", db, "--out", join(dir, "again")])
    expect(crossref.stderr).toBe("")
    expect(crossref.status).toBe(0)
    expect(standings()).toEqual(fresh.standings)
    expect((await storedAndWhole(db)).stored).toEqual(fresh.stored)
    const counts = (out: string) => (JSON.parse(readFileSync(join(dir, out, "report.json"), "utf8")) as { readonly counts: unknown }).counts
    expect(counts("again")).toEqual(counts("fresh"))
  })
})
