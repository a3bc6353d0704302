import Database from "better-sqlite3"
import { createHash } from "node:crypto"
import { readdirSync, readFileSync, rmSync } from "node:fs"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { CROSSCHECK_APPLICATION_ID } from "../../src/store/database-identity.js"
import { buildCli, crosscheck, fixture, tempDir } from "../support/cli.js"

beforeAll(buildCli)

const dir = tempDir()
const db = join(dir, "claims.db")
afterAll(() => rmSync(dir, { recursive: true, force: true }))
beforeAll(() => {
  expect(crosscheck(["run", fixture("seeds"), "--db", db, "--out", join(dir, "out")]).status).toBe(0)
})

const digest = () => createHash("sha256").update(readFileSync(db)).digest("hex")

/** A database setting a refused statement would have changed, and what a run left in it. */
const settings = () => {
  const database = new Database(db, { readonly: true })
  const read = {
    userVersion: database.pragma("user_version", { simple: true }),
    applicationId: database.pragma("application_id", { simple: true }),
    journalMode: database.pragma("journal_mode", { simple: true }),
    claims: database.prepare("SELECT count(*) FROM claims").pluck().get(),
    tables: database.prepare("SELECT count(*) FROM sqlite_master").pluck().get()
  }
  database.close()
  return read
}

/** A stack trace's lines, which no message of crosscheck's has. */
const STACK_LINE = /^\s+at /m

const REFUSED: ReadonlyArray<readonly [statement: string, reason: RegExp]> = [
  ["DELETE FROM claims", /refused: DELETE FROM/],
  ["PRAGMA user_version = 5", /refused: PRAGMA user_version/],
  ["PRAGMA journal_mode = delete", /refused: PRAGMA journal_mode/],
  ["PRAGMA application_id = 7", /refused: PRAGMA application_id/],
  ["PRAGMA query_only = OFF", /refused: PRAGMA query_only/],
  ["pragma /* hidden */ main.wal_autocheckpoint(5)", /refused: PRAGMA wal_autocheckpoint with a value/],
  ["PRAGMA busy_timeout = 1", /refused: PRAGMA busy_timeout with a value/],
  ["PRAGMA wal_checkpoint(TRUNCATE)", /refused: PRAGMA wal_checkpoint/],
  ["ATTACH DATABASE 'attached.db' AS other", /refused: ATTACH DATABASE/],
  ["VACUUM INTO 'copy.db'", /refused: VACUUM INTO/],
  ["VACUUM", /refused: VACUUM/],
  ["SELECT load_extension('./evil')", /query failed: not authorized/],
  ["CREATE TEMP TABLE scratch (x)", /refused: CREATE TEMP/],
  ["CREATE TEMP VIEW scratch AS SELECT 1", /refused: CREATE TEMP/],
  ["WITH doomed AS (SELECT id FROM claims) DELETE FROM claims WHERE id IN doomed", /refused: WITH doomed/],
  ["SELECT 1; DELETE FROM claims", /cannot run the query: The supplied SQL string contains more than one statement/],
  ["SELECT 1; SELECT 2", /cannot run the query: The supplied SQL string contains more than one statement/],
  ["BEGIN IMMEDIATE", /refused: BEGIN IMMEDIATE/],
  ["INSERT INTO claims_fts(claims_fts) VALUES ('rebuild')", /refused: INSERT INTO/]
]

describe("crosscheck query", () => {
  it("refuses every statement that writes, with one line naming the database and exit code 2; nothing changes", () => {
    const before = { file: digest(), settings: settings(), entries: readdirSync(dir).sort() }
    expect(before.settings).toMatchObject({ userVersion: 0, applicationId: CROSSCHECK_APPLICATION_ID, journalMode: "wal" })
    for (const [statement, reason] of REFUSED) {
      const result = crosscheck(["query", statement, "--db", db], { cwd: dir })
      expect(result.status, statement).toBe(2)
      const lines = result.stderr.trimEnd().split("\n")
      expect(lines, statement).toHaveLength(1)
      expect(lines[0], statement).toContain(`crosscheck: database ${db}: `)
      expect(lines[0], statement).toMatch(reason)
      expect(result.stdout, statement).toBe("")
    }
    expect(settings()).toEqual(before.settings)
    expect(digest()).toBe(before.file)
    // ATTACH and VACUUM INTO would have created their files in the working directory. A reader
    // leaves SQLite's -shm and -wal beside the database, nothing else.
    expect(readdirSync(dir).filter((entry) => !before.entries.includes(entry)).sort()).toEqual(
      ["claims.db-shm", "claims.db-wal"].filter((entry) => !before.entries.includes(entry))
    )
  })

  it("runs the PRAGMAs and pragma functions that only read", () => {
    for (const statement of ["PRAGMA table_info(claims)", "PRAGMA integrity_check", "PRAGMA user_version", "SELECT * FROM pragma_table_list"]) {
      const result = crosscheck(["query", statement, "--db", db, "--format", "json"])
      expect(result.stderr, statement).toBe("")
      expect(result.status, statement).toBe(0)
      expect(JSON.parse(result.stdout).length, statement).toBeGreaterThan(0)
    }
  })
})

describe("crosscheck claims --text", () => {
  const PHRASES = [
    "Putin's visit", "\"", "\"\"", "trade AND visit", "NOT visit", "NEAR(trade visit)", "NEAR(", "visit*", "*", "-visit",
    "quote: visit", "{quote}: trade", "^visit", "(", "'; DROP TABLE claims; --", "x' OR '1'='1"
  ]

  it("gives rows, or a clear one-line error, for quotes, FTS5 operators and SQL fragments; never a stack", () => {
    const putin = JSON.parse(crosscheck(["claims", "--text=Putin", "--db", db, "--format", "json"]).stdout) as Array<unknown>
    expect(putin.length).toBeGreaterThan(0)
    for (const phrase of PHRASES) {
      const result = crosscheck(["claims", `--text=${phrase}`, "--db", db, "--format", "json"])
      expect(result.stderr, phrase).not.toMatch(STACK_LINE)
      if (result.status === 0) {
        expect(Array.isArray(JSON.parse(result.stdout)), phrase).toBe(true)
      } else {
        expect(result.status, phrase).toBe(2)
        expect(result.stderr.trimEnd().split("\n"), phrase).toHaveLength(1)
      }
    }
    // The phrase is matched as words, operators and all: `NEAR(trade visit)` is three words.
    expect(crosscheck(["claims", "--text=\"Putin\"", "--db", db, "--format", "json"]).stdout).toBe(
      crosscheck(["claims", "--text=Putin", "--db", db, "--format", "json"]).stdout
    )
    expect(settings().claims).toBeGreaterThan(0)
  })
})
