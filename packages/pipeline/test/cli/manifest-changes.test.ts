import { cpSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import { buildCli, crosscheck, fixture, jsonLines, tempDir } from "../support/cli.js"

beforeAll(buildCli)

/** Everything a database holds that a run decides, without when and by which run it was written. */
const exported = (db: string) => ({
  claims: crosscheck(["export", "claims", "--db", db]).stdout,
  relations: crosscheck(["export", "relations", "--db", db]).stdout,
  articles: jsonLines(crosscheck(["export", "articles", "--db", db]).stdout)
    .map(({ extractedAt: _at, runId: _run, ...article }) => article)
})

interface Manifest {
  readonly articles: Array<{ file: string; published?: string; title?: string }>
}

describe("an incremental run after manifest.json changed but no text did", () => {
  it("extracts again the articles whose metadata changed, and stores what a run from scratch stores", () => {
    const dir = tempDir()
    const corpus = join(dir, "corpus")
    cpSync(fixture("seeds"), corpus, { recursive: true })
    const db = join(dir, "incremental.db")
    const run = (database: string) => crosscheck(["run", corpus, "--db", database, "--out", join(dir, "out")])
    expect(run(db).status).toBe(0)

    // A corrected date moves "arrived in China on Friday" a week on; a title only changes the record.
    const manifestFile = join(corpus, "manifest.json")
    const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as Manifest
    for (const entry of manifest.articles) {
      if (entry.file === "002_1ad50343d0bf0f38.txt") entry.published = "2018-06-16"
      if (entry.file === "004_1952c7b5750355fd.txt") entry.title = "A title given later"
    }
    writeFileSync(manifestFile, JSON.stringify(manifest))

    const rerun = run(db)
    expect(rerun.status).toBe(0)
    expect(rerun.stdout).toMatch(/\(2 extracted, 3 unchanged, 0 removed, 0 failed\)/)
    const claims = jsonLines(crosscheck(["export", "claims", "--db", db]).stdout)
    const arrival = claims.find((claim) => String(claim["quote"]).includes("arrived in China on Friday"))
    expect(JSON.stringify(arrival?.["time"])).toContain("2018-06-15")
    const articles = jsonLines(crosscheck(["export", "articles", "--db", db]).stdout)
    expect(articles.find((article) => article["id"] === "004_1952c7b5750355fd.txt")?.["title"]).toBe("A title given later")

    const fresh = join(dir, "fresh.db")
    expect(run(fresh).status).toBe(0)
    expect(exported(db)).toEqual(exported(fresh))

    // Nothing changed since: a third run extracts nothing.
    expect(run(db).stdout).toMatch(/\(0 extracted, 5 unchanged/)
  })
})
