import Database from "better-sqlite3"
import { appendFileSync, cpSync, existsSync, readFileSync, rmSync } from "node:fs"
import { join } from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import { buildCli, crosscheck, fixture, fullRun, tempDir } from "../support/cli.js"

beforeAll(buildCli)

const generatedAt = (out: string) =>
  (JSON.parse(readFileSync(join(out, "report.json"), "utf8")) as { generatedAt: string }).generatedAt

describe("a run when nothing changed", () => {
  it("keeps the reports of the last run (rendering only a missing one), and renders again once an article changes", () => {
    const dir = tempDir()
    const corpus = join(dir, "corpus")
    cpSync(fixture("seeds"), corpus, { recursive: true })
    const db = join(dir, "rerun.db")
    const out = join(dir, "out")
    const run = () => crosscheck(["run", corpus, "--db", db, "--out", out], fullRun)

    const first = run()
    expect(first.status).toBe(0)
    const firstReport = readFileSync(join(out, "report.md"), "utf8")
    const firstDate = generatedAt(out)

    const second = run()
    expect(second.status).toBe(0)
    expect(second.stdout).toMatch(/0 extracted, 5 unchanged/)
    expect(second.stdout).toMatch(/report\.json \(unchanged: nothing changed since the last run, so they are still valid\)/)
    // The same findings, from the stored relations; the files are the first run's.
    expect(second.stdout.split("\n")[1]).toBe(first.stdout.split("\n")[1])
    expect(generatedAt(out)).toBe(firstDate)
    expect(readFileSync(join(out, "report.md"), "utf8")).toBe(firstReport)

    rmSync(join(out, "report.html"))
    const third = run()
    expect(third.status).toBe(0)
    expect(existsSync(join(out, "report.html"))).toBe(true)
    expect(third.stdout).toContain(`(${join(out, "report.md")}, ${join(out, "report.json")} unchanged: nothing changed since the last run)`)
    expect(generatedAt(out)).toBe(firstDate)

    appendFileSync(join(corpus, "003_37622b0bbbee714f.txt"), "\nThe talks resumed on Monday.\n")
    const fourth = run()
    expect(fourth.status).toBe(0)
    expect(fourth.stdout).toMatch(/1 extracted, 4 unchanged/)
    expect(fourth.stdout).not.toContain("unchanged: nothing changed")
    expect(generatedAt(out)).not.toBe(firstDate)
  })

  it("decodes no claim that no finding references: its counts come from SQL", () => {
    const dir = tempDir()
    const db = join(dir, "rerun.db")
    const out = join(dir, "out")
    // The full CLI's rerun (not a replay, which reads no claim at all).
    const run = () => crosscheck(["run", fixture("seeds"), "--db", db, "--out", out], fullRun)
    const first = run()
    expect(first.status).toBe(0)
    const database = new Database(db)
    // A claim no relation names, its stored model made unreadable: only a run that decodes it fails.
    const corrupted = database.prepare(
      "UPDATE claims SET data = '{\"not\": \"a claim\"}' WHERE id = (SELECT id FROM claims WHERE id NOT IN (SELECT claim_id FROM relation_claims) ORDER BY id LIMIT 1)"
    ).run()
    database.close()
    expect(corrupted.changes).toBe(1)

    const second = run()
    expect(second.stderr).toBe("")
    expect(second.status).toBe(0)
    expect(second.stdout).toMatch(/0 extracted, 5 unchanged/)
    // The same claim count, findings and claims never compared (by why) as the run that decoded them all.
    const [, ...firstCounts] = first.stdout.split("\n").slice(0, 3)
    const [stored, ...secondCounts] = second.stdout.split("\n").slice(0, 3)
    expect(stored).toMatch(/ \d+ claims stored$/)
    expect(secondCounts).toEqual(firstCounts)
    expect(firstCounts[1]).toMatch(/^not compared: \d+ claims \(/)
    // The findings as the CLI prints them (quotes located in their articles), as from a store read whole.
    const results = (db: string, out: string) => {
      const json = crosscheck(["run", fixture("seeds"), "--db", db, "--out", out, "--format", "json"], fullRun)
      expect(json.status).toBe(0)
      const { claims, findings, results } = JSON.parse(json.stdout) as Record<string, unknown>
      return { claims, findings, results }
    }
    const rerun = results(db, out)
    expect(rerun.results).not.toEqual([])
    expect(rerun).toEqual(results(join(dir, "fresh.db"), join(dir, "fresh")))
  })

  it("reads only the findings it prints when every report is kept: a timeline is counted in SQL, and read only to render", () => {
    const dir = tempDir()
    const db = join(dir, "rerun.db")
    const out = join(dir, "out")
    const run = () => crosscheck(["run", fixture("seeds"), "--db", db, "--out", out], fullRun)
    const first = run()
    expect(first.status).toBe(0)
    expect(first.stdout).toMatch(/, 1 timeline\n/)
    const database = new Database(db)
    // The timeline's stored model made unreadable: only a run that reads it fails.
    const corrupted = database.prepare("UPDATE relations SET data = '{\"not\": \"a relation\"}' WHERE type = 'timeline'").run()
    database.close()
    expect(corrupted.changes).toBe(1)

    const second = run()
    expect(second.stderr).toBe("")
    expect(second.status).toBe(0)
    expect(second.stdout.split("\n").slice(1, 3)).toEqual(first.stdout.split("\n").slice(1, 3))

    // A missing report is rendered, from every relation: the unreadable one fails the run, naming the database.
    rmSync(join(out, "report.html"))
    const third = run()
    expect(third.status).not.toBe(0)
    expect(third.stderr).toContain(db)
    expect(third.stderr).toContain("a stored relation is not a valid relation")
  })

  it("relates the claims after a shard's run, which stored them without relating them", () => {
    const dir = tempDir()
    const db = join(dir, "rerun.db")
    expect(crosscheck(["run", fixture("seeds"), "--db", db, "--shard", "1/1", "--quiet"]).status).toBe(0)
    const whole = crosscheck(["run", fixture("seeds"), "--db", db, "--out", join(dir, "out")])
    expect(whole.status).toBe(0)
    expect(whole.stdout).toMatch(/0 extracted, 5 unchanged/)
    expect(whole.stdout).not.toContain("unchanged: nothing changed")
    expect(whole.stdout).toContain("findings: 1 contradiction, 0 revisions, 0 overlaps, 0 duplicates, 1 timeline")
  })

  it("keeps what a crossref made since the last run: it related the whole store under the writer lock", () => {
    const dir = tempDir()
    const db = join(dir, "rerun.db")
    const out = join(dir, "out")
    expect(crosscheck(["run", fixture("seeds"), "--db", db, "--out", join(dir, "run")]).status).toBe(0)
    expect(crosscheck(["crossref", "--db", db, "--out", out, "--quiet"]).status).toBe(0)
    const crossrefDate = generatedAt(out)
    const next = crosscheck(["run", fixture("seeds"), "--db", db, "--out", out])
    expect(next.status).toBe(0)
    expect(next.stdout).toMatch(/report\.json \(unchanged: nothing changed since the last run, so they are still valid\)/)
    expect(next.stdout).toContain("findings: 1 contradiction, 0 revisions, 0 overlaps, 0 duplicates, 1 timeline")
    expect(generatedAt(out)).toBe(crossrefDate)
  })

  it("renders the reports again with a baseline", () => {
    const dir = tempDir()
    const db = join(dir, "rerun.db")
    const out = join(dir, "out")
    expect(crosscheck(["run", fixture("seeds"), "--db", db, "--out", out]).status).toBe(0)
    const baseline = join(dir, "baseline.json")
    const withBaseline = crosscheck(["run", fixture("seeds"), "--db", db, "--out", out, "--baseline", baseline, "--update-baseline"])
    expect(withBaseline.status).toBe(0)
    expect(withBaseline.stdout).not.toContain("unchanged: nothing changed")
  })
})
