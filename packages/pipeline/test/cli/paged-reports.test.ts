import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { ReportData } from "@crosscheck/report"
import { renderHtml, renderJson, renderMarkdown } from "@crosscheck/report/render"
import { Schema } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { buildCli, crosscheck, fixture, tempDir } from "../support/cli.js"

beforeAll(buildCli)

const dir = tempDir()
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/**
 * The seed articles, each under many ids with a line of its own: more findings of each list than
 * a report renders from one page of claims, and more claims than report.json encodes from one.
 */
const COPIES = 30
const writeCopiedSeeds = (file: string) => {
  const seeds = readdirSync(fixture("seeds")).filter((name) => name.endsWith(".txt"))
  const lines = seeds.flatMap((name) =>
    Array.from({ length: COPIES }, (_, copy) =>
      JSON.stringify({ id: `${name}/${copy}`, published: "2018-06-09", body: `${readFileSync(fixture("seeds", name), "utf8")}\n\n(Copy ${copy}.)` })
    )
  )
  writeFileSync(file, `${lines.join("\n")}\n`)
}

const read = (out: string, name: string) => readFileSync(join(out, name), "utf8")

/** The reports `out` holds, against the same report rendered whole in memory from its report.json. */
const expectSameAsWhole = (out: string) => {
  const data = Schema.decodeUnknownSync(ReportData)(JSON.parse(read(out, "report.json")))
  expect(read(out, "report.json")).toBe(renderJson(data))
  expect(read(out, "report.md")).toBe(renderMarkdown(data))
  expect(read(out, "report.html")).toBe(renderHtml(data))
  return data
}

describe("reports written from the store a page of claims at a time", () => {
  const corpus = join(dir, "copies.jsonl")
  const db = join(dir, "copies.db")

  beforeAll(() => {
    writeCopiedSeeds(corpus)
    const run = crosscheck(["run", corpus, "--db", db, "--out", join(dir, "run"), "--quiet"])
    expect(run.stderr).toBe("")
  })

  it("are the report the whole data renders in memory, across many pages", () => {
    const data = expectSameAsWhole(join(dir, "run"))
    // Enough of everything that no list and no key of report.json fits in one page.
    expect(data.claims.length).toBeGreaterThan(250)
    expect(data.counts.contradictions.high + data.counts.contradictions.medium + data.counts.contradictions.low).toBeGreaterThan(100)
    expect(data.counts.overlaps).toBeGreaterThan(0)
    expect(data.contexts.length).toBe(data.claims.length)
  })

  it("are so with a baseline too: accepted findings listed apart, a stale entry reported", () => {
    const run = JSON.parse(read(join(dir, "run"), "report.json")) as { findings: Array<{ relation: { id: string; type: string } }> }
    const accepted = run.findings.filter((finding) => finding.relation.type === "contradiction").slice(0, 60).map((finding) => finding.relation.id)
    const baseline = join(dir, "baseline.json")
    expect(crosscheck(["baseline", "accept", ...accepted, "--baseline", baseline, "--db", db]).status).toBe(0)
    const entries = JSON.parse(readFileSync(baseline, "utf8")) as { version: 1; entries: Array<Record<string, unknown>> }
    const stale = { fingerprint: "0000000000000000", type: "contradiction", key: "gone", articles: ["a", "b"], acceptedAt: "2026-01-01T00:00:00.000Z" }
    writeFileSync(baseline, JSON.stringify({ ...entries, entries: [...entries.entries, stale] }))

    const out = join(dir, "with-baseline")
    expect(crosscheck(["report", "--db", db, "--out", out, "--baseline", baseline]).status).toBe(0)
    const data = expectSameAsWhole(out)
    expect(data.counts.suppressed).toBe(accepted.length)
    expect(data.staleBaseline.map((entry) => entry.fingerprint)).toEqual(["0000000000000000"])
  })
})
