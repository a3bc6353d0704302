import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { buildCli, crosscheck, fixture, tempDir } from "../support/cli.js"

beforeAll(buildCli)

describe("triage one finding at a time: show, baseline accept, baseline prune", () => {
  const dir = tempDir()
  const db = join(dir, "claims.db")
  const baseline = join(dir, "baseline.json")
  const run = (...args: Array<string>) =>
    crosscheck(["run", fixture("seeds"), "--db", db, "--out", join(dir, "report"), ...args])
  let finding: { readonly id: string; readonly fingerprint: string; readonly key: string }

  beforeAll(() => {
    const first = run("--format", "json")
    expect(first.status).toBe(0)
    finding = JSON.parse(first.stdout).results[0]
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it("show <relation-id> prints the verdict, both sides with their sentences, and the ids", () => {
    const shown = crosscheck(["show", finding.id, "--db", db])
    expect(shown.status).toBe(0)
    const lines = shown.stdout.split("\n")
    expect(lines[0]).toBe(`low contradiction  ${finding.key}`)
    expect(lines[1]).toBe(`relation ${finding.id}  fingerprint ${finding.fingerprint}`)
    expect(shown.stdout).toMatch(/000_faf72e9f18f487db\.txt, 2018-06-04\n {4}"June 9 and 10"/)
    expect(shown.stdout).toMatch(/»Putin should pay a visit to China between June 9 and 10«/)
    expect(shown.stdout).toMatch(/»Russian leader arrived in China on Friday and is set to stay there till June 10«/)
    // The fingerprint finds it too; an unknown id is an error.
    expect(crosscheck(["show", finding.fingerprint, "--db", db]).stdout).toBe(shown.stdout)
    const unknown = crosscheck(["show", "contradiction-0000000000000000", "--db", db])
    expect(unknown.status).toBe(2)
    expect(unknown.stderr).toMatch(/no claim or finding contradiction-0000000000000000/)
  })

  it("baseline accept writes a pretty, sorted file that a run then honours; accepting again changes nothing", () => {
    const accepted = crosscheck(["baseline", "accept", finding.id, "--note", "planned vs actual", "--baseline", baseline, "--db", db])
    expect(accepted.stderr).toBe("")
    expect(accepted.status).toBe(0)
    const text = readFileSync(baseline, "utf8")
    const file = JSON.parse(text)
    expect(file.entries).toEqual([expect.objectContaining({
      fingerprint: finding.fingerprint,
      key: finding.key,
      note: "planned vs actual",
      acceptedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/)
    })])
    expect(text).toBe(JSON.stringify(file, null, 2) + "\n")
    expect(crosscheck(["baseline", "accept", finding.fingerprint, "--baseline", baseline, "--db", db]).status).toBe(0)
    expect(readFileSync(baseline, "utf8")).toBe(text)

    const gated = run("--baseline", baseline, "--fail-on", "contradiction")
    expect(gated.status).toBe(0)
    expect(gated.stdout).toMatch(/0 contradictions.*\(1 suppressed by the baseline\)/)
  })

  it("baseline accept of an unknown id changes nothing and exits 2", () => {
    const before = readFileSync(baseline, "utf8")
    const result = crosscheck(["baseline", "accept", finding.id, "overlap-ffffffffffffffff", "--baseline", baseline, "--db", db])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/no finding overlap-ffffffffffffffff/)
    expect(readFileSync(baseline, "utf8")).toBe(before)
  })

  it("baseline prune removes only the entries no finding matches", () => {
    const file = JSON.parse(readFileSync(baseline, "utf8"))
    const stale = { fingerprint: "0000stale0000000", type: "overlap", key: "trade.volume|gone", articles: ["x.txt"] }
    writeFileSync(baseline, JSON.stringify({ ...file, entries: [stale, ...file.entries] }))
    const pruned = crosscheck(["baseline", "prune", "--baseline", baseline, "--db", db])
    expect(pruned.status).toBe(0)
    expect(pruned.stdout).toMatch(/pruned overlap 0000stale0000000 trade\.volume\|gone/)
    expect(pruned.stdout).toMatch(/1 stale entry pruned .*; 1 kept/)
    expect(JSON.parse(readFileSync(baseline, "utf8"))).toEqual(file)
    expect(crosscheck(["baseline", "prune", "--baseline", join(dir, "none.json"), "--db", db]).status).toBe(2)
    expect(existsSync(join(dir, "none.json"))).toBe(false)
  })

  it("dates are checked as calendar days", () => {
    for (const day of ["2023-13-45", "2023-02-29", "2023-1-5"]) {
      const result = crosscheck(["claims", "--from", day, "--db", db])
      expect(result.status, day).toBe(2)
      expect(result.stdout).toBe("")
      expect(result.stderr).toMatch(/a calendar day written YYYY-MM-DD/)
    }
    expect(crosscheck(["claims", "--from", "2024-02-29", "--db", db]).status).toBe(0)
  })
})
