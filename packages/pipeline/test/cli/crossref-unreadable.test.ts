import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { buildCli, crosscheck, fixture, tempDir } from "../support/cli.js"
import { freshPostgresDatabase } from "../support/postgres-database.js"

beforeAll(buildCli)

const dir = tempDir()
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** The seed articles and an empty one, which no run can read. */
const corpus = join(dir, "corpus")
const empty = join(corpus, "empty.txt")
beforeAll(() => {
  mkdirSync(corpus)
  for (const file of readdirSync(fixture("seeds"))) copyFileSync(fixture("seeds", file), join(corpus, file))
  writeFileSync(empty, "")
})

/** The articles report.json lists as unreadable. */
const unreadableIn = (out: string) =>
  (JSON.parse(readFileSync(join(out, "report.json"), "utf8")) as { readonly unreadable: ReadonlyArray<{ readonly path: string; readonly reason: string }> })
    .unreadable.map(({ path, reason }) => ({ path, reason }))

const expected = [{ path: empty, reason: "the article is empty" }]

describe("the articles a run could not read, in the reports after a crossref", () => {
  it("on SQLite: crossref's reports and `crosscheck report` after it list those of the run before it, as after the run", () => {
    const db = join(dir, "crosscheck.db")
    const run = crosscheck(["run", corpus, "--db", db, "--out", join(dir, "run"), "--quiet"])
    expect(run.status).toBe(2)
    expect(unreadableIn(join(dir, "run"))).toEqual(expected)
    expect(crosscheck(["report", "--db", db, "--out", join(dir, "after-run"), "--format", "json"]).status).toBe(0)
    expect(unreadableIn(join(dir, "after-run"))).toEqual(expected)

    // crossref reads no article: its output and exit code are its findings', its reports the store's.
    const crossref = crosscheck(["crossref", "--db", db, "--out", join(dir, "crossref"), "--quiet"])
    expect(crossref.stderr).toBe("")
    expect(crossref.status).toBe(0)
    expect(unreadableIn(join(dir, "crossref"))).toEqual(expected)
    expect(readFileSync(join(dir, "crossref", "report.md"), "utf8")).toContain("## Articles that could not be read (1)")
    const report = crosscheck(["report", "--db", db, "--out", join(dir, "after-crossref"), "--format", "json"])
    expect(report.status).toBe(0)
    expect(unreadableIn(join(dir, "after-crossref"))).toEqual(expected)
  })

  it("on PostgreSQL: crossref's reports after sharded runs list those of the last run, as `crosscheck report` does", async () => {
    const db = await freshPostgresDatabase()
    expect(crosscheck(["run", corpus, "--db", db, "--shard", "1/1", "--quiet"]).status).toBe(2)
    const crossref = crosscheck(["crossref", "--db", db, "--out", join(dir, "postgres-crossref"), "--quiet"])
    expect(crossref.stderr).toBe("")
    expect(crossref.status).toBe(0)
    expect(unreadableIn(join(dir, "postgres-crossref"))).toEqual(expected)
    expect(crosscheck(["report", "--db", db, "--out", join(dir, "postgres-report"), "--format", "json"]).status).toBe(0)
    expect(unreadableIn(join(dir, "postgres-report"))).toEqual(expected)
  })
})
