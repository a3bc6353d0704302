import { describe, expect, it } from "vitest"
import { replayableRun } from "../../src/replay/replayable-run.js"

describe("the command lines a rerun may be replayed for", () => {
  it("reads the corpus, --config, --db and --out of a run whose every word it knows", () => {
    expect(replayableRun(["run", "corpus"])).toStrictEqual({ corpus: "corpus", config: undefined, db: undefined, out: undefined })
    expect(replayableRun(["run", "--db", "a.db", "-q", "corpus", "--config", "c.json", "--format", "json", "-j", "2"]))
      .toStrictEqual({ corpus: "corpus", config: "c.json", db: "a.db", out: undefined })
    expect(replayableRun(["run", "corpus", "--fail-on", "contradiction:high", "--out", "r", "--gazetteer", "g.json"]))
      .toStrictEqual({ corpus: "corpus", config: undefined, db: undefined, out: "r" })
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
