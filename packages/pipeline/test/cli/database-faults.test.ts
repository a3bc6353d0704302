import Database from "better-sqlite3"
import { createHash } from "node:crypto"
import { chmodSync, cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { CROSSCHECK_APPLICATION_ID } from "../../src/store/database-identity.js"
import { buildCli, crosscheck, type CliResult, fixture, jsonLines } from "../support/cli.js"
import { giveToTestUser, removeTree, testUser, testUserDir } from "../support/unprivileged.js"

beforeAll(buildCli)

const seeds = fixture("seeds")
const dirs: Array<string> = []
afterAll(() => dirs.forEach(removeTree))

const workDir = () => {
  const dir = testUserDir()
  dirs.push(dir)
  return dir
}

const digest = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex")

/** The one line a failing command prints: `crosscheck: database <path>: <reason>`. */
const expectOneLineError = (result: CliResult, subject: string, reason: RegExp) => {
  expect(result.status, result.stderr).toBe(2)
  const lines = result.stderr.trimEnd().split("\n")
  expect(lines, result.stderr).toHaveLength(1)
  expect(lines[0]).toContain(`crosscheck: ${subject}: `)
  expect(lines[0]).toMatch(reason)
}

const integrity = (db: string) => {
  const database = new Database(db, { readonly: true })
  const result = [database.pragma("integrity_check", { simple: true }), database.pragma("foreign_key_check")]
  database.close()
  return result
}

const withDatabase = (path: string, body: (database: Database.Database) => void) => {
  const database = new Database(path)
  body(database)
  database.close()
}

/** Everything the database holds that a run's output depends on (not when or by which run it was written). */
const exported = (db: string) => ({
  claims: crosscheck(["export", "claims", "--db", db]).stdout,
  relations: crosscheck(["export", "relations", "--db", db]).stdout,
  articles: jsonLines(crosscheck(["export", "articles", "--db", db]).stdout)
    .map(({ extractedAt: _at, runId: _run, ...article }) => article)
})

describe("a --db that is not a crosscheck database", () => {
  const dir = workDir()

  const foreignFiles: ReadonlyArray<readonly [name: string, make: (database: Database.Database) => void, reason: RegExp]> = [
    ["notes.db", (database) => database.exec("create table notes (text)"), /not a crosscheck database \(it has tables/],
    ["marked.db", (database) => database.pragma(`application_id = ${0x5044564b}`), /another program's: application_id 0x5044564b/],
    ["versioned.db", (database) => database.pragma("user_version = 5"), /user_version 5/]
  ]

  it.each(foreignFiles)("%s: every command refuses it, and not a byte of it changes", (name, make, reason) => {
    const db = join(dir, name)
    withDatabase(db, make)
    const before = digest(db)
    for (const args of [["run", seeds, "--out", join(dir, "out")], ["query", "SELECT 1"], ["export", "claims"]]) {
      expectOneLineError(crosscheck([...args, "--db", db]), `database ${db}`, reason)
    }
    expect(digest(db)).toBe(before)
    expect(readdirSync(dir).filter((entry) => entry.startsWith(name))).toEqual([name])
  })

  it("a directory, a file in a missing directory, a text file and random bytes: a clear error, nothing written", () => {
    const text = join(dir, "notes.txt")
    const noise = join(dir, "noise.db")
    writeFileSync(text, "Not a database, a note.\n")
    writeFileSync(noise, createHash("sha512").update("noise").digest())
    const cases: ReadonlyArray<readonly [string, RegExp]> = [
      [dir, /is a directory, not a database file/],
      [join(dir, "missing", "claims.db"), /its directory .*missing does not exist/],
      [text, /file is not a database \(not a SQLite database/],
      [noise, /file is not a database \(not a SQLite database/]
    ]
    const entries = readdirSync(dir).sort()
    const noiseBefore = digest(noise)
    for (const [db, reason] of cases) {
      expectOneLineError(crosscheck(["run", seeds, "--db", db, "--out", join(dir, "out")]), `database ${db}`, reason)
    }
    expect(readFileSync(text, "utf8")).toBe("Not a database, a note.\n")
    expect(digest(noise)).toBe(noiseBefore)
    expect(readdirSync(dir).sort()).toEqual(entries)
  })
})

describe("a damaged crosscheck database", () => {
  const dir = workDir()
  const good = join(dir, "good.db")

  beforeAll(() => {
    expect(crosscheck(["run", seeds, "--db", good, "--out", join(dir, "out")]).status).toBe(0)
  })

  it("a new database is marked as crosscheck's", () => {
    withDatabase(good, (database) =>
      expect(database.pragma("application_id", { simple: true })).toBe(CROSSCHECK_APPLICATION_ID))
  })

  it("truncated or overwritten in the middle: every command names the file and the damage, and writes nothing", () => {
    const bytes = readFileSync(good)
    const truncated = join(dir, "truncated.db")
    const overwritten = join(dir, "overwritten.db")
    writeFileSync(truncated, bytes.subarray(0, 20_000))
    const scribbled = Buffer.from(bytes)
    scribbled.fill(0xff, 4096, 4096 * 12)
    writeFileSync(overwritten, scribbled)
    for (const db of [truncated, overwritten]) {
      const before = digest(db)
      for (const args of [["run", seeds, "--out", join(dir, "out")], ["query", "SELECT count(*) FROM claims"], ["export", "claims"]]) {
        expectOneLineError(crosscheck([...args, "--db", db]), `database ${db}`, /malformed \(the file is damaged/)
      }
      expect(digest(db)).toBe(before)
    }
  })

  it("a stored claim a finding names, or a relation, its model refuses: report, export and show name the file and what is wrong, on one line", () => {
    const badClaim = join(dir, "bad-claim.db")
    const badRelation = join(dir, "bad-relation.db")
    cpSync(good, badClaim)
    cpSync(good, badRelation)
    let claimId = ""
    withDatabase(badClaim, (database) => {
      // A claim a finding names: the report decodes only those (and counts the others in SQL).
      claimId = database.prepare("SELECT json_extract(data, '$.claims[0]') FROM relations ORDER BY id LIMIT 1").pluck().get() as string
      database.prepare("UPDATE claims SET data = '{\"not\": \"a claim\"}' WHERE id = ?").run(claimId)
    })
    withDatabase(badRelation, (database) => database.prepare("UPDATE relations SET data = '[]'").run())
    for (const args of [["report", "--out", join(dir, "bad-claim-out")], ["export", "claims"], ["show", claimId]]) {
      expectOneLineError(crosscheck([...args, "--db", badClaim]), `database ${badClaim}`, /a stored claim is not a valid claim: Missing key at \["id"\]$/)
    }
    for (const args of [["report", "--out", join(dir, "bad-relation-out")], ["export", "relations"]]) {
      expectOneLineError(crosscheck([...args, "--db", badRelation]), `database ${badRelation}`, /a stored relation is not a valid relation: /)
    }
  })
})

describe("a database on read-only storage", () => {
  it("a read-only file: a run fails clearly; query, claims, export and report work", () => {
    const dir = workDir()
    const db = join(dir, "claims.db")
    const as = { user: testUser }
    expect(crosscheck(["run", seeds, "--db", db, "--out", join(dir, "out")], as).status).toBe(0)
    const claims = crosscheck(["export", "claims", "--db", db], as).stdout
    chmodSync(db, 0o444)
    const before = digest(db)

    expectOneLineError(
      crosscheck(["run", seeds, "--db", db, "--out", join(dir, "out")], as),
      `database ${db}`,
      /readonly database \(the file or its directory is read-only\)/
    )
    const query = crosscheck(["query", "SELECT count(*) AS n FROM claims", "--db", db, "--format", "json"], as)
    expect(query.stderr).toBe("")
    expect(JSON.parse(query.stdout)).toEqual([{ n: jsonLines(claims).length }])
    expect(crosscheck(["export", "claims", "--db", db], as).stdout).toBe(claims)
    expect(crosscheck(["claims", "--kind", "event", "--db", db], as).status).toBe(0)
    expect(crosscheck(["report", "--db", db, "--out", join(dir, "again")], as).status).toBe(0)
    expect(digest(db)).toBe(before)
  })

  it("a read-only directory: a run fails clearly; query and export open the file immutable and create nothing", () => {
    const dir = workDir()
    const store = join(dir, "store")
    const db = join(store, "claims.db")
    mkdirSync(store)
    giveToTestUser(store)
    const as = { user: testUser }
    expect(crosscheck(["run", seeds, "--db", db, "--out", join(dir, "out")], as).status).toBe(0)
    // Read from a copy: a reader leaves `-wal` and `-shm` files, and a writer could use those.
    const copy = join(dir, "copy.db")
    cpSync(db, copy)
    const claims = crosscheck(["export", "claims", "--db", copy]).stdout
    expect(jsonLines(claims).length).toBeGreaterThan(5)
    expect(readdirSync(store)).toEqual(["claims.db"])
    chmodSync(store, 0o555)
    const before = digest(db)

    expectOneLineError(
      crosscheck(["run", seeds, "--db", db, "--out", join(dir, "out")], as),
      `database ${db}`,
      /read-only|may this user read and write there/
    )
    expect(crosscheck(["export", "claims", "--db", db], as).stdout).toBe(claims)
    const query = crosscheck(["query", "SELECT count(*) AS n FROM claims_flat", "--db", db, "--format", "json"], as)
    expect(query.stderr).toBe("")
    expect(JSON.parse(query.stdout)).toEqual([{ n: jsonLines(claims).length }])
    expect(readdirSync(store)).toEqual(["claims.db"])
    expect(digest(db)).toBe(before)
  })
})

/** `n` copies of the seed articles, each in its own folder (`copy-0/…`, `copy-1/…`). */
const copiesOfSeeds = (corpus: string, from: number, to: number) => {
  for (let n = from; n < to; n++) cpSync(seeds, join(corpus, `copy-${n}`), { recursive: true })
}

describe("a full disk", () => {
  // A process's file size limit makes every write past it fail as on a full disk (EFBIG), without
  // root, loop devices or a file system to unmount: SQLite, the WAL and the reports all meet it.
  const FULL_AT = 100_000

  it("a run that cannot write fails clearly; what was stored stays whole and a later run completes", () => {
    const dir = workDir()
    const db = join(dir, "claims.db")
    const corpus = join(dir, "corpus")
    copiesOfSeeds(corpus, 0, 1)
    expect(crosscheck(["run", corpus, "--db", db, "--out", join(dir, "out")]).status).toBe(0)
    const before = exported(db)

    copiesOfSeeds(corpus, 1, 5)
    const full = crosscheck(["run", corpus, "--db", db, "--out", join(dir, "out")], { maxFileBytes: FULL_AT })
    expectOneLineError(full, `database ${db}`, /cannot save (article copy-\d\/|\d+ articles \(copy-\d\/).*\(a write failed: is the disk full/)
    expect(integrity(db)).toEqual(["ok", []])
    const after = exported(db)
    const ofFirstCopy = (lines: string) => jsonLines(lines).filter((row) => String(row["article"]).startsWith("copy-0/"))
    expect(ofFirstCopy(after.claims)).toEqual(ofFirstCopy(before.claims))
    expect(after.articles.filter((article) => String(article["id"]).startsWith("copy-0/"))).toEqual(before.articles)

    const next = crosscheck(["run", corpus, "--db", db, "--out", join(dir, "out")])
    expect(next.stderr).toBe("")
    expect(next.status).toBe(0)
    expect(integrity(db)).toEqual(["ok", []])
  })

  it("a report that cannot be written leaves the previous one whole, and says which and why", () => {
    const dir = workDir()
    const db = join(dir, "claims.db")
    const out = join(dir, "out")
    const corpus = join(dir, "corpus")
    copiesOfSeeds(corpus, 0, 5)
    expect(crosscheck(["run", corpus, "--db", db, "--out", out]).status).toBe(0)
    const json = readFileSync(join(out, "report.json"))
    expect(json.length).toBeGreaterThan(FULL_AT * 2)

    const full = crosscheck(["report", "--db", db, "--out", out], { maxFileBytes: FULL_AT })
    expectOneLineError(full, join(out, "report.json"), /cannot write: EFBIG: file too large/)
    expect(readFileSync(join(out, "report.json")).equals(json)).toBe(true)
    expect(readdirSync(out).sort()).toEqual(["report.html", "report.json", "report.md"])
    expect(readFileSync(join(out, "report.html"), "utf8").trimEnd()).toMatch(/<\/html>$/)
  })
})
