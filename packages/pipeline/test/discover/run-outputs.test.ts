import { mkdirSync, symlinkSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { runOutputsIn } from "../../src/discover/run-outputs.js"
import { tempDir } from "../support/temp-dirs.js"

/** Which of `ids` (relative to `root`, as the walk names them) are the run's outputs. */
const outputsAmong = (root: string, outputs: Parameters<typeof runOutputsIn>[1], ids: ReadonlyArray<string>) => {
  const isOutput = runOutputsIn(root, outputs)
  return ids.filter(isOutput)
}

const IDS = [
  "a.txt",
  "report.md",
  "report.html",
  "report.json",
  ".report.html.4242.tmp",
  "crosscheck-report/",
  "crosscheck-report/report.md",
  "crosscheck-report/notes.md",
  "ci/",
  "ci/reports/",
  "ci/reports/report.md",
  "ci/report.md",
  "crosscheck.db",
  "crosscheck.db-wal",
  "crosscheck.db-shm",
  "crosscheck.db-journal",
  "crosscheck.db-other",
  "state/claims.db-wal"
]

describe("a run's outputs under its corpus", () => {
  it("the report directory whole when inside the corpus, its report files alone when it is the corpus, the database and its side files", () => {
    const root = tempDir()
    expect(outputsAmong(root, { outDir: join(root, "crosscheck-report"), db: join(root, "crosscheck.db") }, IDS)).toEqual([
      "crosscheck-report/",
      "crosscheck-report/report.md",
      "crosscheck-report/notes.md",
      "crosscheck.db",
      "crosscheck.db-wal",
      "crosscheck.db-shm",
      "crosscheck.db-journal"
    ])
    expect(outputsAmong(root, { outDir: join(root, "ci", "reports"), db: join(root, "state", "claims.db") }, IDS)).toEqual([
      "ci/reports/",
      "ci/reports/report.md",
      "state/claims.db-wal"
    ])
    // The corpus itself is the report directory: its other files are the articles.
    expect(outputsAmong(root, { outDir: root, db: undefined }, IDS)).toEqual([
      "report.md",
      "report.html",
      "report.json",
      ".report.html.4242.tmp"
    ])
  })

  it("nothing outside the corpus, nor when the corpus lies inside the report directory", () => {
    const dir = tempDir()
    const corpus = join(dir, "corpus")
    mkdirSync(corpus)
    expect(outputsAmong(corpus, { outDir: join(dir, "crosscheck-report"), db: join(dir, "crosscheck.db") }, IDS)).toEqual([])
    expect(outputsAmong(corpus, { outDir: dir, db: join(dir, "corpus-sibling.db") }, IDS)).toEqual([])
  })

  it("the same outputs whether the corpus or the outputs are named through a symbolic link", () => {
    const dir = tempDir()
    const corpus = join(dir, "corpus")
    mkdirSync(corpus)
    symlinkSync(corpus, join(dir, "linked"))
    const outputs = { outDir: join(dir, "linked", "crosscheck-report"), db: join(dir, "linked", "crosscheck.db") }
    expect(outputsAmong(corpus, outputs, ["crosscheck-report/", "crosscheck.db", "a.txt"])).toEqual(["crosscheck-report/", "crosscheck.db"])
    const real = { outDir: join(corpus, "crosscheck-report"), db: join(corpus, "crosscheck.db") }
    expect(outputsAmong(join(dir, "linked"), real, ["crosscheck-report/", "crosscheck.db", "a.txt"])).toEqual(["crosscheck-report/", "crosscheck.db"])
  })
})
