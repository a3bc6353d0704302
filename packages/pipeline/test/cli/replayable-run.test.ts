import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { threadsToWarm } from "../../src/replay/replay-run.js"
import { replayableRun } from "../../src/replay/replayable-run.js"
import { tempDir } from "../support/temp-dirs.js"

describe("the command lines a rerun may be replayed for", () => {
  it("reads the corpus, --config, --db, --out and --jobs of a run whose every word it knows", () => {
    expect(replayableRun(["run", "corpus"])).toStrictEqual({ corpus: "corpus", config: undefined, db: undefined, out: undefined, jobs: undefined })
    expect(replayableRun(["run", "--db", "a.db", "-q", "corpus", "--config", "c.json", "--format", "json", "-j", "2"]))
      .toStrictEqual({ corpus: "corpus", config: "c.json", db: "a.db", out: undefined, jobs: "2" })
    expect(replayableRun(["run", "corpus", "--fail-on", "contradiction:high", "--out", "r", "--gazetteer", "g.json"]))
      .toStrictEqual({ corpus: "corpus", config: undefined, db: undefined, out: "r", jobs: undefined })
  })

  it("leaves to the full CLI every other shape: a baseline, a shard, help, --flag=value, repeats, two corpora", () => {
    for (
      const argv of [
        ["crossref"],
        ["run"],
        ["run", "corpus", "--baseline", "b.json"],
        ["run", "corpus", "--update-baseline"],
        ["run", "corpus", "--shard", "1/2"],
        ["run", "corpus", "--help"],
        ["run", "corpus", "--db=a.db"],
        ["run", "corpus", "--db", "a.db", "--db", "b.db"],
        ["run", "corpus", "--quiet", "-q"],
        ["run", "corpus", "--db"],
        ["run", "corpus", "--jobs", "-1"],
        ["run", "corpus", "other"],
        ["run", "--quiet", "true"],
        ["run", "corpus", "--", "x"]
      ]
    ) expect(replayableRun(argv), argv.join(" ")).toBeUndefined()
  })
})

describe("the extraction threads a run starts before the CLI loads", () => {
  it("starts one a job when the run's store does not exist yet, none when it does, for one job or another command", () => {
    const dir = tempDir()
    const fresh = join(dir, "fresh.db")
    const existing = join(dir, "existing.db")
    writeFileSync(existing, "")
    expect(threadsToWarm(["run", "corpus", "--db", fresh], 2)).toBe(2)
    expect(threadsToWarm(["run", "corpus", "--db", fresh, "--jobs", "3"], 2)).toBe(3)
    expect(threadsToWarm(["run", "corpus", "--db", fresh, "-j", "1"], 2)).toBe(0)
    expect(threadsToWarm(["run", "corpus", "--db", fresh], 1)).toBe(0)
    expect(threadsToWarm(["run", "corpus", "--db", fresh, "--jobs", "many"], 2)).toBe(0)
    expect(threadsToWarm(["run", "corpus", "--db", existing], 2)).toBe(0)
    expect(threadsToWarm(["run", "corpus", "--db", "postgres://localhost/x"], 2)).toBe(0)
    expect(threadsToWarm(["run", "corpus", "--db", fresh, "--shard", "1/2"], 2)).toBe(0)
    expect(threadsToWarm(["crossref", "--db", fresh], 2)).toBe(0)
    // The database CROSSCHECK_DB names when --db names none.
    expect(threadsToWarm(["run", "corpus"], 2, { CROSSCHECK_DB: existing })).toBe(0)
    expect(threadsToWarm(["run", "corpus"], 2, { CROSSCHECK_DB: fresh })).toBe(2)
  })
})
