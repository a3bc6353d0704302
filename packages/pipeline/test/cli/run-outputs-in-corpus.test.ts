import Database from "better-sqlite3"
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import { buildCli, crosscheck, fixture, fullRun, tempDir } from "../support/cli.js"
import { printed, rerun } from "../support/replay.js"

beforeAll(buildCli)

/** The seed articles' ids: what every run below must see, and nothing else. */
const SEED_ARTICLES = readdirSync(fixture("seeds")).filter((name) => name.endsWith(".txt")).sort()

/** The ids of the articles in the store, and what the last run counted. */
const stored = (db: string) => {
  const database = new Database(db, { readonly: true })
  const ids = database.prepare<[], { id: string }>("SELECT id FROM articles ORDER BY id").all().map(({ id }) => id)
  const { counts } = database.prepare<[], { counts: string }>("SELECT counts FROM runs ORDER BY id DESC LIMIT 1").get()!
  database.close()
  return { ids, counts: JSON.parse(counts) as Record<string, number> }
}

/** A copy of the seed articles in a test's own directory. */
const seedCorpus = () => {
  const dir = tempDir()
  const corpus = join(dir, "corpus")
  cpSync(fixture("seeds"), corpus, { recursive: true })
  return { dir, corpus }
}

/**
 * Runs `args` from `cwd` three times: from scratch, again (replayed), and in full (never replayed),
 * and checks that the run's own reports and store were never read as articles: the same articles
 * and findings every time, the rerun replayed and printing byte for byte what the full run prints.
 */
const runTwiceAndInFull = (args: ReadonlyArray<string>, cwd: string, db: string, articles = SEED_ARTICLES) => {
  const first = crosscheck(args, { cwd })
  expect(first.stderr).toBe("")
  expect(first.status).toBe(0)
  expect(first.stdout).toMatch(new RegExp(`^crosscheck: ${articles.length} articles \\(${articles.length} extracted`))
  expect(stored(db).ids).toEqual(articles)

  const again = rerun(db, args, { cwd })
  expect(again.replayed).toBe(true)
  const full = crosscheck(args, { ...fullRun, cwd })
  expect(full.stdout).toMatch(new RegExp(`^crosscheck: ${articles.length} articles \\(0 extracted, ${articles.length} unchanged, 0 removed, 0 failed\\)`))
  expect(printed(again.result)).toEqual(printed(full))
  // The same findings as the first run: no report quoted back against the articles it reports on.
  expect(full.stdout.split("\n")[1]).toBe(first.stdout.split("\n")[1])
  expect(stored(db)).toMatchObject({ ids: articles, counts: { seen: articles.length, extracted: 0 } })
  return { first, full }
}

describe("a run's own outputs in its corpus", () => {
  it("`crosscheck run .` with the default --out and --db: a rerun reads no report, finds nothing new and is replayed", () => {
    const { corpus } = seedCorpus()
    const db = join(corpus, "crosscheck.db")
    runTwiceAndInFull(["run", "."], corpus, db)
    expect(existsSync(join(corpus, "crosscheck-report", "report.md"))).toBe(true)
    expect(existsSync(join(corpus, "crosscheck-report", "report.html"))).toBe(true)

    // A reader holding the store open (datasette, say) keeps its -wal and -shm beside it; a report
    // temporary file left by a killed run lies in the report directory. Still replayed.
    const reader = new Database(db)
    reader.prepare("SELECT count(*) FROM articles").get()
    writeFileSync(join(corpus, "crosscheck-report", ".report.md.99999.tmp"), "half a report")
    expect(existsSync(`${db}-wal`) && existsSync(`${db}-shm`)).toBe(true)
    const replay = rerun(db, ["run", "."], { cwd: corpus })
    reader.close()
    expect(replay.replayed).toBe(true)
    expect(replay.result.stdout).toMatch(/^crosscheck: 5 articles \(0 extracted, 5 unchanged/)

    // An article added beside them is still a change, and read.
    writeFileSync(join(corpus, "notes.md"), "The ministers met in Geneva on 3 March 2024.\n")
    const added = rerun(db, ["run", "."], { cwd: corpus })
    expect(added.replayed).toBe(false)
    expect(added.result.stdout).toMatch(/^crosscheck: 6 articles \(1 extracted, 5 unchanged/)
  })

  it("--out and --db nested inside the corpus, or named by its configuration file, are never read either", () => {
    const { corpus, dir } = seedCorpus()
    const db = join(corpus, "state", "claims.db")
    mkdirSync(join(corpus, "state"))
    runTwiceAndInFull(["run", "corpus", "--out", "corpus/ci/reports", "--db", "corpus/state/claims.db"], dir, db)
    expect(readdirSync(join(corpus, "ci", "reports")).sort()).toEqual(["report.html", "report.json", "report.md"])

    // The same outputs named by a crosscheck.config.json in the corpus (paths relative to it).
    const configured = seedCorpus()
    mkdirSync(join(configured.corpus, "state"))
    writeFileSync(join(configured.corpus, "crosscheck.config.json"), JSON.stringify({ out: "ci/reports", db: "state/claims.db" }))
    runTwiceAndInFull(["run", "corpus"], configured.dir, join(configured.corpus, "state", "claims.db"))
    expect(existsSync(join(configured.corpus, "ci", "reports", "report.md"))).toBe(true)
  })

  it("--out the corpus itself: its report files are left out, its articles (one named report.md in a folder too) are read", () => {
    const { corpus, dir } = seedCorpus()
    mkdirSync(join(corpus, "notes"))
    writeFileSync(join(corpus, "notes", "report.md"), "The ministers met in Geneva on 3 March 2024.\n")
    const articles = [...SEED_ARTICLES, "notes/report.md"].sort()
    const db = join(dir, "claims.db")
    runTwiceAndInFull(["run", corpus, "--out", corpus, "--db", db], dir, db, articles)
    expect(existsSync(join(corpus, "report.md")) && existsSync(join(corpus, "report.html"))).toBe(true)
  })
})
