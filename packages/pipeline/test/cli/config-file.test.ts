import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import Database from "better-sqlite3"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { buildCli, crosscheck, fixture, tempDir } from "../support/cli.js"

beforeAll(buildCli)

const count = (db: string, sql: string): number => {
  const database = new Database(db, { readonly: true })
  try {
    return database.prepare(sql).pluck().get() as number
  } finally {
    database.close()
  }
}

describe("crosscheck.config.json", () => {
  const dir = tempDir()
  const corpus = join(dir, "corpus")
  const config = (settings: unknown) => writeFileSync(join(corpus, "crosscheck.config.json"), JSON.stringify(settings))
  // From `dir`, not from the corpus: the corpus root's file is found by the corpus path.
  const run = (...args: Array<string>) => crosscheck(["run", "corpus", ...args], { cwd: dir })

  beforeAll(() => cpSync(fixture("seeds"), corpus, { recursive: true }))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it("is validated: an unknown key or a bad threshold is a one-line error naming the file, nothing runs", () => {
    config({ failon: "contradiction" })
    const misspelt = run()
    expect(misspelt.status).toBe(2)
    expect(misspelt.stdout).toBe("")
    expect(misspelt.stderr.trim()).toMatch(/^crosscheck: corpus\/crosscheck\.config\.json: not a valid crosscheck configuration: .*failon/)
    expect(misspelt.stderr.trim().split("\n")).toHaveLength(1)
    config({ failOn: "contradiction:severe" })
    expect(run().stderr).toMatch(/expected one of none, contradiction, .* at \["failOn"\]/)
    config({ disabled: { kinds: ["gossip"] } })
    expect(run().status).toBe(2)
    expect(existsSync(join(dir, "crosscheck.db"))).toBe(false)
    const missing = run("--config", join(dir, "nowhere.json"))
    expect(missing.status).toBe(2)
    expect(missing.stderr).toMatch(/nowhere\.json: cannot read/)
  })

  it("sets fail-on, the output directory and the database (paths relative to the file); flags win", () => {
    config({ failOn: "contradiction", out: "../review", db: "../store/claims.db" })
    mkdirSync(join(dir, "store"), { recursive: true })
    const failing = run()
    expect(failing.status).toBe(1)
    expect(existsSync(join(dir, "review", "report.html"))).toBe(true)
    expect(existsSync(join(dir, "store", "claims.db"))).toBe(true)
    expect(run("--fail-on", "none").status).toBe(0)
    expect(run("--fail-on", "contradiction:high").status).toBe(0)
  })

  it("ignores files by its patterns and by the corpus's .gitignore", () => {
    const db = join(dir, "store", "claims.db")
    config({ db: "../store/claims.db", ignore: ["003_*.txt"] })
    writeFileSync(join(corpus, ".gitignore"), "# drafts\n004_1952c7b5750355fd.txt\n")
    const result = run()
    expect(result.stdout).toMatch(/3 articles .* 2 removed/)
    expect(count(db, "select count(*) from articles where id like '003_%' or id like '004_%'")).toBe(0)
    rmSync(join(corpus, ".gitignore"))
  })

  it("switches kinds and predicates off, and drops names that are not entities; a change re-extracts", () => {
    const db = join(dir, "store", "claims.db")
    config({ db: "../store/claims.db" })
    run()
    const trade = count(db, "select count(*) from claims where kind = 'trade'")
    const visits = count(db, "select count(*) from claims where predicate = 'event.visit'")
    const putin = count(db, "select count(*) from claim_entities where entity_id = 'person:vladimir-putin'")
    expect(trade).toBeGreaterThan(0)
    expect(visits).toBeGreaterThan(0)

    config({ db: "../store/claims.db", disabled: { kinds: ["trade"], predicates: ["event.visit"] }, notEntities: ["putin"] })
    const changed = run()
    expect(changed.status).toBe(0)
    expect(changed.stdout).toMatch(/5 articles \(5 extracted, 0 unchanged/)
    expect(count(db, "select count(*) from claims where kind = 'trade'")).toBe(0)
    expect(count(db, "select count(*) from claims where predicate = 'event.visit'")).toBe(0)
    expect(count(db, "select count(*) from claim_entities where entity_id = 'person:vladimir-putin'")).toBeLessThan(putin)
    // The same settings again: nothing to extract.
    expect(run().stdout).toMatch(/0 extracted, 5 unchanged/)
  })

  it("is found in the working directory first", () => {
    config({ failOn: "contradiction" })
    writeFileSync(join(dir, "crosscheck.config.json"), JSON.stringify({ failOn: "none", db: "store/claims.db" }))
    expect(run().status).toBe(0)
    rmSync(join(dir, "crosscheck.config.json"))
  })
})
