import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import Database from "better-sqlite3"
import { beforeAll, describe, expect, it } from "vitest"
import { buildCli, crosscheck, fixture, jsonLines, tempDir } from "../support/cli.js"

beforeAll(buildCli)

const seeds = fixture("seeds")

describe("crosscheck run on the seed articles", () => {
  const dir = tempDir()
  const db = join(dir, "claims.db")
  const out = join(dir, "report")
  let first: ReturnType<typeof crosscheck>

  beforeAll(() => {
    first = crosscheck(["run", seeds, "--db", db, "--out", out])
  })

  it("stores every article, writes the three reports and prints a summary", () => {
    expect(first.stderr).toBe("")
    expect(first.status).toBe(0)
    expect(first.stdout).toMatch(/5 articles \(5 extracted, 0 unchanged, 0 removed, 0 failed\)/)
    for (const name of ["report.md", "report.html", "report.json"]) expect(existsSync(join(out, name))).toBe(true)
    const report = JSON.parse(readFileSync(join(out, "report.json"), "utf8"))
    expect(report.counts.articles).toBe(5)
  })

  it("exports claims whose quotes are exactly the source text at their spans", () => {
    const claims = jsonLines(crosscheck(["export", "claims", "--db", db]).stdout)
    expect(claims.length).toBeGreaterThan(5)
    const texts = new Map<string, string>()
    for (const claim of claims) {
      const article = claim["article"] as string
      if (!texts.has(article)) texts.set(article, readFileSync(join(seeds, article), "utf8"))
      const span = claim["span"] as { start: number; end: number }
      expect(texts.get(article)!.slice(span.start, span.end)).toBe(claim["quote"])
      expect(claim["id"]).toMatch(/\S/)
      expect(["event", "trade", "deal", "statistic"]).toContain(claim["kind"])
    }
    const trade2023 = claims.find((c) =>
      c["article"] === "001_96bedf45fe97eb42.txt" && c["predicate"] === "trade.volume"
    ) as { value: { value: number; unit: string; qualifier: string }; time: { start: string } } | undefined
    expect(trade2023?.value).toMatchObject({ value: 200_000_000_000, unit: "USD", qualifier: "more_than" })
    expect(trade2023?.time.start).toBe("2023")
  })

  it("finds the 2018 visit dates disagreeing, and never relates the 2018 and 2024 visits", () => {
    const relations = jsonLines(crosscheck(["export", "relations", "--db", db]).stdout)
    const visitConflict = relations.find((r) =>
      r["type"] === "contradiction" &&
      (r["articles"] as Array<string>).join() === "000_faf72e9f18f487db.txt,002_1ad50343d0bf0f38.txt"
    )
    expect(visitConflict?.["explanation"]).toMatch(/June 9/)
    for (const relation of relations) {
      const articles = relation["articles"] as Array<string>
      if (relation["type"] === "contradiction") expect(articles).not.toContain("001_96bedf45fe97eb42.txt")
    }
  })

  it("skips unchanged articles on a second run and keeps every claim id", () => {
    const before = jsonLines(crosscheck(["export", "claims", "--db", db]).stdout).map((c) => c["id"])
    const second = crosscheck(["run", seeds, "--db", db, "--out", out])
    expect(second.status).toBe(0)
    expect(second.stdout).toMatch(/5 articles \(0 extracted, 5 unchanged, 0 removed, 0 failed\)/)
    const after = jsonLines(crosscheck(["export", "claims", "--db", db]).stdout).map((c) => c["id"])
    expect(after).toEqual(before)
  })

  it("gates on findings with linters' exit codes, and a baseline suppresses accepted ones", () => {
    expect(crosscheck(["run", seeds, "--db", db, "--out", out, "--fail-on", "contradiction"]).status).toBe(1)
    const baseline = join(dir, "baseline.json")
    const update = crosscheck(["run", seeds, "--db", db, "--out", out, "--baseline", baseline, "--update-baseline"])
    expect(update.status).toBe(0)
    const gated = crosscheck(["run", seeds, "--db", db, "--out", out, "--baseline", baseline, "--fail-on", "contradiction"])
    expect(gated.status).toBe(0)
    expect(gated.stdout).toMatch(/suppressed by the baseline/)
    expect(crosscheck(["run", seeds, "--db", db, "--out", out, "--fail-on", "bogus"]).status).toBe(2)
  })

  it("re-renders the reports from the database alone", () => {
    const again = join(dir, "again")
    const result = crosscheck(["report", "--db", db, "--out", again, "--format", "md"])
    expect(result.status).toBe(0)
    expect(readFileSync(join(again, "report.md"), "utf8")).toMatch(/contradiction/i)
  })
})

describe("crosscheck extract", () => {
  it("prints TIMEX3 values anchored on --published", () => {
    const result = crosscheck(["extract", join(seeds, "002_1ad50343d0bf0f38.txt"), "--published", "2018-06-09", "--json"])
    expect(result.status).toBe(0)
    const extraction = JSON.parse(result.stdout)
    expect(extraction.referenceDate).toMatchObject({ date: "2018-06-09", basis: "metadata" })
    const friday = extraction.timexes.find((t: { text: string }) => t.text === "Friday")
    expect(friday).toMatchObject({ type: "DATE", value: "2018-06-08" })
    expect(extraction.timexes.find((t: { text: string }) => t.text === "June 10")).toMatchObject({ value: "2018-06-10" })
  })

  it("reads a TimeML document: its creation time is the reference date, its markup is skipped", () => {
    const result = crosscheck(["extract", fixture("timeml", "wire-1998.tml"), "--json"])
    expect(result.status).toBe(0)
    const extraction = JSON.parse(result.stdout)
    expect(extraction.referenceDate).toMatchObject({ date: "1998-02-13", basis: "metadata" })
    const values = extraction.timexes.map((t: { text: string; value: string }) => `${t.text}=${t.value}`)
    expect(values).toEqual(expect.arrayContaining(["Thursday=1998-02-12", "the fourth quarter=1997-Q4", "1997=1997", "next year=1999"]))
    expect(values.some((v: string) => v.startsWith("wire"))).toBe(false)
  })

  it("with only a year inferred as the reference date, a month of that year is not after it", () => {
    const dir = tempDir()
    const file = join(dir, "no-date.txt")
    writeFileSync(
      file,
      "Russian President Vladimir Putin visited China in 2016. Russia and China signed 30 deals on energy and trade in March.\n"
    )
    const json = crosscheck(["extract", file, "--json"])
    const text = crosscheck(["extract", file])
    rmSync(dir, { recursive: true, force: true })
    expect(json.status).toBe(0)
    const extraction = JSON.parse(json.stdout)
    expect(extraction.referenceDate).toMatchObject({ date: "2016", basis: "inferred" })
    const claims = extraction.claims as ReadonlyArray<{ predicate: string; time: { start: string }; modality: string }>
    expect(claims.map((c) => [c.predicate, c.time.start, c.modality])).toEqual([
      ["event.visit", "2016", "reported"],
      ["deal.count", "2016-03", "reported"]
    ])
    // The basis is said once.
    expect(text.stdout).toContain("reference date 2016 (inferred: latest explicit year '2016'")
    expect(text.stdout).not.toContain("inferred: inferred")
  })

  it("names the file and the reason when it cannot read it", () => {
    const result = crosscheck(["extract", "/no/such/file.txt", "--json"])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/\/no\/such\/file\.txt/)
  })
})

describe("bad input", () => {
  it("reports the bad file, goes on with the rest and exits 2", () => {
    const dir = tempDir()
    const corpus = join(dir, "corpus")
    cpSync(seeds, corpus, { recursive: true })
    writeFileSync(join(corpus, "zz-broken.txt"), Buffer.from([0xc3, 0x28, 0xa0, 0xa1]))
    const db = join(dir, "claims.db")
    const result = crosscheck(["run", corpus, "--db", db, "--out", join(dir, "out")])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/zz-broken\.txt: not valid UTF-8 text/)
    expect(result.stdout).toMatch(/6 articles \(5 extracted, 0 unchanged, 0 removed, 1 failed\)/)
    const articles = jsonLines(crosscheck(["export", "articles", "--db", db]).stdout)
    expect(articles).toHaveLength(5)
    // The reference date as written everywhere: { date, basis, why }.
    expect(articles[0]!["referenceDate"]).toMatchObject({ date: "2018-06-04", basis: "metadata" })

    // An article that can no longer be read keeps what was stored for it; it is not "removed".
    writeFileSync(join(corpus, "000_faf72e9f18f487db.txt"), Buffer.from([0xc3, 0x28]))
    const again = crosscheck(["run", corpus, "--db", db, "--out", join(dir, "out")])
    expect(again.status).toBe(2)
    expect(again.stdout).toMatch(/6 articles \(0 extracted, 4 unchanged, 0 removed, 2 failed\)/)
    expect(again.stdout).not.toMatch(/UTF-8/)
    expect(jsonLines(crosscheck(["export", "articles", "--db", db]).stdout).map((a) => a["id"])).toContain("000_faf72e9f18f487db.txt")
  })

  it("explains a corpus path that does not exist", () => {
    const dir = tempDir()
    const result = crosscheck(["run", join(dir, "missing"), "--db", join(dir, "x.db"), "--out", join(dir, "out")])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/missing: no such file or directory/)
  })
})

describe("the CLI itself", () => {
  it("has --help on every command, and exits 2 on usage errors", () => {
    for (const command of ["run", "extract", "export", "report", "query", "claims", "show"]) {
      const help = crosscheck([command, "--help"])
      expect(help.status).toBe(0)
      expect(help.stdout).toMatch(new RegExp(command))
    }
    expect(crosscheck(["frobnicate"]).status).toBe(2)
  })
})

describe("incremental runs", () => {
  it("give exactly the relations a run from scratch gives, after articles change, leave and arrive", () => {
    const dir = tempDir()
    const corpus = join(dir, "corpus")
    cpSync(seeds, corpus, { recursive: true })
    const db = join(dir, "incremental.db")
    expect(crosscheck(["run", corpus, "--db", db, "--out", join(dir, "a")]).status).toBe(0)

    const changed = join(corpus, "003_37622b0bbbee714f.txt")
    writeFileSync(changed, readFileSync(changed, "utf8").replace("more than 30 deals", "more than 40 deals"))
    rmSync(join(corpus, "004_1952c7b5750355fd.txt"))
    // The manifest follows the file (an entry for a missing file is reported as an input error).
    const manifest = JSON.parse(readFileSync(join(corpus, "manifest.json"), "utf8")) as {
      articles: Array<{ file: string }>
    }
    manifest.articles = manifest.articles.filter(({ file }) => file !== "004_1952c7b5750355fd.txt")
    writeFileSync(join(corpus, "manifest.json"), JSON.stringify(manifest))
    cpSync(join(seeds, "004_1952c7b5750355fd.txt"), join(corpus, "moved", "004-again.txt"), { recursive: true })
    const incremental = crosscheck(["run", corpus, "--db", db, "--out", join(dir, "b")])
    expect(incremental.status).toBe(0)
    expect(incremental.stdout).toMatch(/5 articles \(2 extracted, 3 unchanged, 1 removed, 0 failed\)/)
    expect(incremental.stdout).toMatch(/removed from the corpus: 004_1952c7b5750355fd\.txt/)

    const fresh = join(dir, "fresh.db")
    expect(crosscheck(["run", corpus, "--db", fresh, "--out", join(dir, "c")]).status).toBe(0)
    const ids = (file: string, what: string) =>
      jsonLines(crosscheck(["export", what, "--db", file]).stdout).map((row) => row["id"]).sort()
    expect(ids(db, "claims")).toEqual(ids(fresh, "claims"))
    expect(ids(db, "relations")).toEqual(ids(fresh, "relations"))
    expect(ids(db, "relations").length).toBeGreaterThan(0)
  })

  it("re-extracts every article stored by another extractor version, and says so", () => {
    const dir = tempDir()
    const db = join(dir, "versions.db")
    expect(crosscheck(["run", seeds, "--db", db, "--out", join(dir, "a")]).status).toBe(0)
    const store = new Database(db)
    store.prepare("UPDATE articles SET extractor = 'crosscheck-extract/0.0.1' WHERE id LIKE '00%'").run()
    store.close()
    const rerun = crosscheck(["run", seeds, "--db", db, "--out", join(dir, "b")])
    expect(rerun.stdout).toMatch(/5 articles \(5 extracted, 0 unchanged, 0 removed, 0 failed\)/)
    expect(rerun.stdout).toMatch(/^settings changed: stored with crosscheck-extract\/0\.0\.1, now \S+; re-extracted 5 articles$/m)
  })

  it("after the gazetteer changed, re-extracts every article and stores the claims a fresh database gets", () => {
    const dir = tempDir()
    const db = join(dir, "gazetteer.db")
    const gazetteer = join(dir, "gazetteer.json")
    // Lavrov under a second id as well: the claims naming him are no longer the same.
    writeFileSync(gazetteer, JSON.stringify({
      entries: [{ id: "person:lavrov", name: "Sergei Lavrov", type: "person", aliases: ["Lavrov"], country: "country:RU" }]
    }))
    const exported = (file: string) =>
      jsonLines(crosscheck(["export", "claims", "--db", file]).stdout).map((row) => JSON.stringify(row)).sort()

    expect(crosscheck(["run", seeds, "--db", db, "--out", join(dir, "a")]).status).toBe(0)
    const before = exported(db)
    const changed = crosscheck(["run", seeds, "--db", db, "--out", join(dir, "b"), "--gazetteer", gazetteer])
    expect(changed.stderr).toBe("")
    expect(changed.stdout).toMatch(/5 articles \(5 extracted, 0 unchanged, 0 removed, 0 failed\)/)
    expect(changed.stdout).toMatch(/^settings changed: stored with \S+, now \S+\+config\.\w+; re-extracted 5 articles$/m)

    const fresh = join(dir, "fresh.db")
    expect(crosscheck(["run", seeds, "--db", fresh, "--out", join(dir, "c"), "--gazetteer", gazetteer]).status).toBe(0)
    const after = exported(db)
    expect(after).toEqual(exported(fresh))
    expect(after).not.toEqual(before)

    // The same gazetteer again: nothing to do, and nothing said about settings.
    const again = crosscheck(["run", seeds, "--db", db, "--out", join(dir, "d"), "--gazetteer", gazetteer])
    expect(again.stdout).toMatch(/5 articles \(0 extracted, 5 unchanged, 0 removed, 0 failed\)/)
    expect(again.stdout).not.toMatch(/settings changed/)
  })
})
