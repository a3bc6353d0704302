import { appendFileSync, cpSync, existsSync, readFileSync, rmSync } from "node:fs"
import { join } from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import { buildCli, crosscheck, fixture, tempDir } from "../support/cli.js"

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
    const run = () => crosscheck(["run", corpus, "--db", db, "--out", out])

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
