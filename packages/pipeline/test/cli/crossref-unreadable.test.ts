import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { buildCli, crosscheck, finished, fixture, startCrosscheck, tempDir } from "../support/cli.js"
import { freshPostgresDatabase } from "../support/postgres-database.js"
import { inShard } from "../../src/discover/shard.js"

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

  it("on PostgreSQL: crossref's reports after a run of one shard list those it could not read, as `crosscheck report` does", async () => {
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

/**
 * The seed articles and two empty files, one in each shard of two (`--shard i/2`), in a corpus of
 * its own: `name` makes the files' names.
 */
const shardedCorpus = (name: string) => {
  const root = join(dir, name)
  mkdirSync(root)
  for (const file of readdirSync(fixture("seeds"))) copyFileSync(fixture("seeds", file), join(root, file))
  const bad = [1, 2].map((index) => {
    let n = 0
    while (!inShard(`bad-${n}.txt`, { index, count: 2 })) n++
    writeFileSync(join(root, `bad-${n}.txt`), "")
    return join(root, `bad-${n}.txt`)
  })
  return { root, bad }
}

/** These files as report.json lists them, unreadable because empty: in path order. */
const emptyArticles = (...paths: ReadonlyArray<string>) =>
  [...paths].sort().map((path) => ({ path, reason: "the article is empty" }))

/**
 * Each shard's run names its own unreadable article and exits 2; crossref's reports, and `crosscheck
 * report` after it, list both. Once a later run of a shard reads its article (written meanwhile), or
 * finds it gone, it is listed no more.
 */
const everyShardsUnreadable = async (db: string, name: string) => {
  const { bad, root } = shardedCorpus(name)
  const [first, second] = bad as [string, string]
  const out = (step: string) => join(dir, `${name}-${step}`)
  const shard = (index: number) => crosscheck(["run", root, "--db", db, "--shard", `${index}/2`, "--quiet"])
  const crossref = (step: string) => {
    const result = crosscheck(["crossref", "--db", db, "--out", out(step), "--quiet"])
    expect(result.stderr).toBe("")
    expect(result.status).toBe(0)
    return unreadableIn(out(step))
  }

  for (const [index, path] of [[1, first], [2, second]] as const) {
    const run = shard(index)
    expect(run.status).toBe(2)
    expect(run.stderr).toBe(`crosscheck: ${path}: the article is empty\ncrosscheck: 1 article(s) could not be processed\n`)
  }
  expect(crossref("both")).toEqual(emptyArticles(first, second))
  expect(readFileSync(join(out("both"), "report.md"), "utf8")).toContain("## Articles that could not be read (2)")
  expect(crosscheck(["report", "--db", db, "--out", out("report"), "--format", "json"]).status).toBe(0)
  expect(unreadableIn(out("report"))).toEqual(emptyArticles(first, second))

  // The first shard's article is written; its shard's next run reads it: only the second is left.
  writeFileSync(first, "Russian President Vladimir Putin arrived in Beijing on 16 May 2024 for a two-day state visit.")
  expect(shard(1).status).toBe(0)
  expect(crossref("first-read")).toEqual(emptyArticles(second))
  // The second shard's article leaves the corpus: none is left.
  rmSync(second)
  expect(shard(2).status).toBe(0)
  expect(crossref("none-left")).toEqual([])
}

describe("the articles every shard could not read, in the reports of the crossref after them", () => {
  it("on PostgreSQL, the shards' runs at once", async () => {
    const db = await freshPostgresDatabase()
    const { bad, root } = shardedCorpus("at-once")
    const shards = await Promise.all([1, 2].map((index) =>
      finished(startCrosscheck(["run", root, "--db", db, "--shard", `${index}/2`, "--quiet"]))
    ))
    expect(shards.map((shard) => shard.status)).toEqual([2, 2])
    expect(shards.map((shard) => shard.stderr)).toEqual(
      bad.map((path) => `crosscheck: ${path}: the article is empty\ncrosscheck: 1 article(s) could not be processed\n`)
    )
    expect(crosscheck(["crossref", "--db", db, "--out", join(dir, "at-once-crossref"), "--quiet"]).status).toBe(0)
    expect(unreadableIn(join(dir, "at-once-crossref"))).toEqual(emptyArticles(...bad))
  })

  it("on PostgreSQL, and until a later run of a shard reads its article or finds it gone", async () => {
    await everyShardsUnreadable(await freshPostgresDatabase(), "postgres-shards")
  })

  it("on SQLite, the shards' runs one after the other", async () => {
    await everyShardsUnreadable(join(dir, "shards.db"), "sqlite-shards")
  })
})
