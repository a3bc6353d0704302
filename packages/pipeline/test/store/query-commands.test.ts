import { Effect } from "effect"
import { join } from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import { buildCli, crosscheck, tempDir } from "../support/cli.js"
import { populate, withStore } from "./store-test-kit.js"

beforeAll(buildCli)

/** `crosscheck query`, `claims` and `show` through the real bin, on a database the store wrote. */
describe("the query commands", () => {
  const dir = tempDir()
  const db = join(dir, "claims.db")
  beforeAll(() => Effect.runPromise(withStore(db, populate)))

  it("query prints an aligned table, JSON rows or RFC 4180 CSV", () => {
    const sql = "SELECT severity, article_a, value_a, article_b, value_b FROM contradictions ORDER BY severity"
    const table = crosscheck(["query", sql, "--db", db])
    expect(table.status).toBe(0)
    expect(table.stdout.split("\n").slice(0, 3)).toEqual([
      "severity  article_a   value_a           article_b  value_b",
      "────────  ──────────  ────────────────  ─────────  ────────────────",
      "high      a-tass.txt  240100000000 USD  c-blog.md  200000000000 USD"
    ])
    expect(table.stdout).toContain("(2 rows)")
    expect(JSON.parse(crosscheck(["query", sql, "--db", db, "--format", "json"]).stdout)).toEqual([
      { severity: "high", article_a: "a-tass.txt", value_a: "240100000000 USD", article_b: "c-blog.md", value_b: "200000000000 USD" },
      { severity: "medium", article_a: "b-bbc.txt", value_a: "240000000000 USD", article_b: "c-blog.md", value_b: "200000000000 USD" }
    ])
    const csv = crosscheck(["query", "SELECT id, quote FROM claims WHERE id = 'c-a-trade-2023'", "--db", db, "--format", "csv"])
    expect(csv.stdout).toBe("id,quote\r\nc-a-trade-2023,Trade between Russia and China reached a record US$240.1 billion in 2023\n")
  })

  it("query refuses a statement that writes, naming the database, with exit code 2", () => {
    const result = crosscheck(["query", "DELETE FROM claims", "--db", db])
    expect(result.status).toBe(2)
    expect(result.stderr).toContain(`database ${db}: crosscheck query only runs statements that read`)
    expect(crosscheck(["query", "SELECT count(*) AS n FROM claims", "--db", db, "--format", "csv"]).stdout).toBe("n\r\n7\n")
  })

  it("claims filters with bound values", () => {
    const result = crosscheck(["claims", "--kind", "trade", "--from", "2023-01-01", "--to", "2023-12-31", "--db", db, "--format", "json"])
    expect(result.status).toBe(0)
    const rows = JSON.parse(result.stdout) as ReadonlyArray<{ id: string; subjects: ReadonlyArray<string> }>
    expect(rows.map((row) => row.id)).toEqual(["c-a-trade-2023", "c-b-trade-2023", "c-c-trade-2023"])
    expect(rows[0]?.subjects).toEqual(["country:RU", "country:CN"])
    const byPhrase = crosscheck(["claims", "--text", "state visit", "--entity", "country:CN", "--db", db])
    expect(byPhrase.stdout).toContain("c-a-visit")
    expect(byPhrase.stdout).toContain("(2 rows)")
    expect(crosscheck(["claims", "--from", "2023-1-1", "--db", db]).status).not.toBe(0)
    // A phrase that begins with a dash is the phrase, not short flags ("-v" printed the version).
    const dashed = crosscheck(["claims", "--text", "-visit", "--entity", "country:CN", "--db", db])
    expect(dashed.status).toBe(0)
    expect(dashed.stdout).toBe(crosscheck(["claims", "--text=-visit", "--entity", "country:CN", "--db", db]).stdout)
    expect(dashed.stdout).toContain("c-a-visit")
  })

  it("show prints the claim in its sentence and its relations; an unknown id is an error", () => {
    const shown = crosscheck(["show", "c-c-trade-2023", "--db", db])
    expect(shown.status).toBe(0)
    expect(shown.stdout).toContain("»Bilateral trade between Russia and China was about $200 billion in 2023«, the blog claims.")
    expect(shown.stdout).toContain("contradiction (high)")
    expect(shown.stdout).toContain("↔ c-a-trade-2023 in a-tass.txt")
    const missing = crosscheck(["show", "no-such-claim", "--db", db])
    expect(missing.status).toBe(2)
    expect(missing.stderr).toContain("no claim or finding no-such-claim")
  })

  it("every command says clearly when the database does not exist", () => {
    const result = crosscheck(["claims", "--db", join(dir, "missing.db")])
    expect(result.status).toBe(2)
    expect(result.stderr).toContain("no such database file")
  })
})
