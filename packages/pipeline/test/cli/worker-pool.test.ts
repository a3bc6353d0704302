import { existsSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import Database from "better-sqlite3"
import { beforeAll, describe, expect, it } from "vitest"
import { buildCli, crosscheck, fixture, repoRoot, tempDir } from "../support/cli.js"

beforeAll(buildCli)

/**
 * Real news (the BBC corpus beside the repository when it is there) and the seed articles, in one
 * JSONL corpus, with one line that cannot be read.
 */
const writeCorpus = (file: string) => {
  const bbc = join(repoRoot, "..", "shared", "corpus", "bbc", "articles.jsonl")
  const news = existsSync(bbc)
    ? readFileSync(bbc, "utf8").split("\n").filter(Boolean).slice(0, 150).map((line) => JSON.parse(line).body as string)
    : []
  const seeds = ["000_faf72e9f18f487db.txt", "001_96bedf45fe97eb42.txt", "002_1ad50343d0bf0f38.txt", "003_37622b0bbbee714f.txt"]
    .map((name) => readFileSync(fixture("seeds", name), "utf8"))
  const lines = [...seeds, ...news].map((body, i) => JSON.stringify({ id: `a/${i}`, published: "2018-06-09", body }))
  lines.splice(3, 0, "{ not json")
  writeFileSync(file, lines.join("\n") + "\n")
}

/** Everything a run stored, without what says when or in which run it was stored. */
const stored = (db: string) => {
  const reader = new Database(db, { readonly: true })
  const rows = {
    articles: reader.prepare("select id, content_hash, reference_date, furniture from articles order by id").all(),
    claims: reader.prepare("select id, data from claims order by id").all(),
    timexes: reader.prepare("select * from timexes order by article_id, id").all(),
    quantities: reader.prepare("select * from quantities order by article_id, id").all(),
    entities: reader.prepare("select * from entities order by id").all(),
    relations: reader.prepare("select id, data from relations order by id").all()
  }
  reader.close()
  return rows
}

const reportWithoutDate = (out: string) => {
  const { generatedAt: _, ...rest } = JSON.parse(readFileSync(join(out, "report.json"), "utf8")) as Record<string, unknown>
  return rest
}

describe("the extraction worker pool", () => {
  it("stores exactly what one worker stores, and reports the same failures, with --jobs 1 and --jobs 3", () => {
    const dir = tempDir()
    const corpus = join(dir, "corpus.jsonl")
    writeCorpus(corpus)
    const one = crosscheck(["run", corpus, "--db", join(dir, "one.db"), "--out", join(dir, "one"), "--jobs", "1"])
    const three = crosscheck(["run", corpus, "--db", join(dir, "three.db"), "--out", join(dir, "three"), "--jobs", "3"])
    expect(one.status).toBe(2)
    expect(one.stderr).toMatch(/corpus\.jsonl#4: not a JSON object/)
    expect(three.stderr).toBe(one.stderr)
    expect(three.stdout.replaceAll(join(dir, "three"), "OUT")).toBe(one.stdout.replaceAll(join(dir, "one"), "OUT"))
    const expected = stored(join(dir, "one.db"))
    expect(expected.claims.length).toBeGreaterThan(10)
    expect(stored(join(dir, "three.db"))).toEqual(expected)
    expect(reportWithoutDate(join(dir, "three"))).toEqual(reportWithoutDate(join(dir, "one")))
  })

  it("refuses a number of jobs below one", () => {
    const result = crosscheck(["run", fixture("seeds"), "--db", join(tempDir(), "x.db"), "--jobs", "0"])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/--jobs: 0/)
  })
})
