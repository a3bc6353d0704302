import Database from "better-sqlite3"
import { appendFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { hostname } from "node:os"
import { join } from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import { buildCli, crosscheck, fixture, fullRun, tempDir } from "../support/cli.js"
import { printed, rerun, runCount } from "../support/replay.js"

beforeAll(buildCli)

/** A copy of the seed articles, a store and a report directory of a test's own. */
const workspace = () => {
  const dir = tempDir()
  const corpus = join(dir, "corpus")
  cpSync(fixture("seeds"), corpus, { recursive: true })
  const db = join(dir, "replay.db")
  const out = join(dir, "out")
  return { dir, corpus, db, out, args: ["run", corpus, "--db", db, "--out", out] }
}

describe("a rerun when nothing changed", () => {
  it("is replayed, printing exactly what the full CLI prints and exiting with its code, in every format", () => {
    const { args, db } = workspace()
    expect(crosscheck(args).status).toBe(0)
    const variants: ReadonlyArray<ReadonlyArray<string>> = [
      [],
      ["--format", "json"],
      ["--fail-on", "contradiction"],
      ["--quiet", "--fail-on", "contradiction"],
      ["--quiet"],
      ["--format", "github", "--fail-on", "contradiction:high"],
      ["--format", "sarif"]
    ]
    for (const [i, variant] of variants.entries()) {
      const command = [...args, ...variant]
      // Other flags than the last run's: a full run, which records its own replay. (The first
      // variant's replay is the one the run from scratch recorded.)
      if (i > 0) expect(rerun(db, command).replayed).toBe(false)
      const replay = rerun(db, command)
      expect(replay.replayed, variant.join(" ")).toBe(true)
      const before = runCount(db)
      const full = crosscheck(command, fullRun)
      expect(runCount(db)).toBe(before + 1)
      expect(printed(replay.result), variant.join(" ")).toEqual(printed(full))
    }
    const failing = crosscheck([...args, "--fail-on", "contradiction"])
    expect(failing.status).toBe(1)
    expect(failing.stdout).toMatch(/^low contradiction {2}/)
    expect(failing.stdout).toContain("(unchanged: nothing changed since the last run, so they are still valid)")
    expect(crosscheck([...args, "--quiet"]).stdout).toBe("")
  })

  it("runs in full when an article, a flag, the configuration or the gazetteer changed", () => {
    const { args, corpus, db, dir } = workspace()
    expect(crosscheck(args).status).toBe(0)
    expect(rerun(db, args).replayed).toBe(true)

    appendFileSync(join(corpus, "003_37622b0bbbee714f.txt"), "\nThe talks resumed on Monday.\n")
    const edited = rerun(db, args)
    expect(edited.replayed).toBe(false)
    expect(edited.result.stdout).toMatch(/1 extracted, 4 unchanged/)
    expect(rerun(db, args).replayed).toBe(true)

    // A file the walk finds that is not an article: still a change, for which the full run decides.
    writeFileSync(join(corpus, "notes.bin"), "")
    expect(rerun(db, args).replayed).toBe(false)
    expect(rerun(db, args).replayed).toBe(true)

    // The default written out: the same output, but another command line, so not replayed.
    const failOn = rerun(db, [...args, "--fail-on", "none"])
    expect(failOn.replayed).toBe(false)
    expect(failOn.result.status).toBe(0)
    expect(rerun(db, args).replayed).toBe(false)

    // A configuration file, then a change to it.
    const config = join(dir, "crosscheck.config.json")
    const configured = [...args, "--config", config]
    writeFileSync(config, JSON.stringify({ failOn: "contradiction" }))
    expect(rerun(db, configured)).toMatchObject({ replayed: false, result: { status: 1 } })
    expect(rerun(db, configured)).toMatchObject({ replayed: true, result: { status: 1 } })
    writeFileSync(config, JSON.stringify({ failOn: "none" }))
    expect(rerun(db, configured)).toMatchObject({ replayed: false, result: { status: 0 } })

    const gazetteer = join(dir, "gazetteer.json")
    const lavrov = { id: "person:lavrov", name: "Sergei Lavrov", type: "person", aliases: ["Lavrov"], country: "country:RU" }
    writeFileSync(gazetteer, JSON.stringify({ entries: [lavrov] }))
    const withGazetteer = [...args, "--gazetteer", gazetteer]
    expect(rerun(db, withGazetteer).result.stdout).toMatch(/re-extracted 5 articles/)
    expect(rerun(db, withGazetteer).replayed).toBe(true)
    writeFileSync(gazetteer, JSON.stringify({ entries: [{ ...lavrov, aliases: ["Lavrov", "S. Lavrov"] }] }))
    const regazetteered = rerun(db, withGazetteer)
    expect(regazetteered.replayed).toBe(false)
    expect(regazetteered.result.stdout).toMatch(/re-extracted 5 articles/)
  })

  it("is replayed when only a directory the walk never enters changed: a corpus that is a git clone, fetched again", () => {
    const { args, corpus, db } = workspace()
    // What git keeps in a clone's .git, and a package directory beside the articles.
    const git = join(corpus, ".git")
    mkdirSync(join(git, "refs", "heads"), { recursive: true })
    writeFileSync(join(git, "HEAD"), "ref: refs/heads/main\n")
    writeFileSync(join(git, "refs", "heads", "main"), `${"1".repeat(40)}\n`)
    mkdirSync(join(corpus, "tools", "node_modules", "pkg"), { recursive: true })
    writeFileSync(join(corpus, "tools", "node_modules", "pkg", "README.md"), "A package, not an article.\n")
    const first = crosscheck(args)
    expect(first.status).toBe(0)
    expect(first.stdout).toMatch(/^crosscheck: 5 articles/)

    // A fetch (or a commit of other files, a status) rewrites .git; no article changed.
    writeFileSync(join(git, "FETCH_HEAD"), `${"2".repeat(40)}\t\tbranch 'main' of https://example.org/news\n`)
    writeFileSync(join(git, "refs", "heads", "main"), `${"2".repeat(40)}\n`)
    mkdirSync(join(git, "objects", "22"), { recursive: true })
    writeFileSync(join(git, "objects", "22", "2".repeat(38)), "a loose object")
    writeFileSync(join(corpus, "tools", "node_modules", "pkg", "README.md"), "A package, upgraded.\n")
    const replay = rerun(db, args)
    expect(replay.replayed).toBe(true)
    expect(printed(replay.result)).toEqual(printed(crosscheck(args, fullRun)))

    // The root's .gitignore is read by the walk: a change there is still a change.
    writeFileSync(join(corpus, ".gitignore"), "drafts/\n")
    expect(rerun(db, args).replayed).toBe(false)
    expect(rerun(db, args).replayed).toBe(true)
  })

  it("runs in full when a report was edited or deleted", () => {
    const { args, db, out } = workspace()
    expect(crosscheck(args).status).toBe(0)
    appendFileSync(join(out, "report.md"), "\nan edit\n")
    expect(rerun(db, args).replayed).toBe(false)
    expect(rerun(db, args).replayed).toBe(true)
    rmSync(join(out, "report.html"))
    const deleted = rerun(db, args)
    expect(deleted.replayed).toBe(false)
    expect(deleted.result.stdout).toContain(`(${join(out, "report.md")}, ${join(out, "report.json")} unchanged`)
    expect(readFileSync(join(out, "report.html"), "utf8")).toContain("<html")
  })

  it("runs in full when the store changed since: another run, a cross-reference, a writer holding the lock", () => {
    const { args, corpus, db, dir } = workspace()
    expect(crosscheck(args).status).toBe(0)
    expect(rerun(db, args).replayed).toBe(true)

    // A run in between (one shard of one, which records no replay): the last run is no longer the one recorded.
    expect(crosscheck(["run", corpus, "--db", db, "--shard", "1/1"]).status).toBe(0)
    expect(rerun(db, args).replayed).toBe(false)
    expect(rerun(db, args).replayed).toBe(true)

    // A cross-reference in between replaces the relations, and records no run.
    expect(crosscheck(["crossref", "--db", db, "--out", join(dir, "crossref-out")]).status).toBe(0)
    expect(rerun(db, args).replayed).toBe(false)
    expect(rerun(db, args).replayed).toBe(true)

    // A writer holding the lock (this test process, alive): the full CLI says the store is busy.
    const database = new Database(db)
    const last = database.prepare<[], { id: number }>("SELECT max(id) AS id FROM runs").get()!.id
    database.prepare("INSERT INTO writer_lock (id, run_id, pid, host, started_at) VALUES (1, ?, ?, ?, '2026-01-01T00:00:00Z')")
      .run(last, process.pid, hostname())
    database.close()
    const busy = crosscheck(args)
    expect(busy.status).toBe(2)
    expect(busy.stdout).toBe("")
    expect(busy.stderr).toContain(`pid ${process.pid}`)
  })
})
