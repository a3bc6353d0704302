import { spawn } from "node:child_process"
import { existsSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import Database from "better-sqlite3"
import { beforeAll, describe, expect, it } from "vitest"
import { buildCli, crosscheck, fixture, repoRoot, tempDir } from "../support/cli.js"
import { longArticle, writeLargeCorpus } from "../support/large-corpus.js"

beforeAll(buildCli)

/** Starts a real run, and once it has stored a few articles pauses it, calls `during`, resumes it and sends `signal`. */
const stopMidRun = (corpus: string, db: string, signal: NodeJS.Signals, during: () => void = () => {}) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null; stored: number }>((resolve, reject) => {
    const child = spawn(process.execPath, [join(repoRoot, "packages/pipeline/bin/crosscheck.js"), "run", corpus, "--db", db, "--out", `${db}-report`], {
      stdio: "ignore"
    })
    let stored = 0
    const poll = setInterval(() => {
      if (!existsSync(db)) return
      try {
        const reader = new Database(db, { readonly: true, fileMustExist: true })
        stored = (reader.prepare("SELECT count(*) AS n FROM articles").get() as { n: number }).n
        reader.close()
      } catch {
        return // not migrated yet
      }
      if (stored >= 3) {
        clearInterval(poll)
        // Stopped (not ended) while `during` runs, so the run is mid-corpus then however fast it is.
        child.kill("SIGSTOP")
        during()
        child.kill("SIGCONT")
        child.kill(signal)
      }
    }, 20)
    child.on("error", reject)
    child.on("exit", (code, exitSignal) => {
      clearInterval(poll)
      resolve({ code, signal: exitSignal, stored })
    })
  })

const integrity = (db: string) => {
  const reader = new Database(db, { readonly: true })
  const result = reader.pragma("integrity_check", { simple: true })
  reader.close()
  return result
}

describe("runs stopped part-way", () => {
  it("a run killed with SIGKILL leaves a sound database that the next run completes", async () => {
    const dir = tempDir()
    const corpus = join(dir, "large.jsonl")
    writeLargeCorpus(corpus, 400)
    const db = join(dir, "killed.db")
    const killed = await stopMidRun(corpus, db, "SIGKILL")
    expect(killed.signal).toBe("SIGKILL")
    expect(integrity(db)).toBe("ok")
    const next = crosscheck(["run", corpus, "--db", db, "--out", join(dir, "out")])
    // The killed run held the lock: the next takes it over and says so, on stderr only.
    expect(next.stderr).toMatch(new RegExp(`^crosscheck: database ${db}: recovered the writer lock of run 1 \\(pid \\d+[^\n]*\n$`))
    expect(next.stdout).not.toContain("recovered")
    expect(next.status).toBe(0)
    expect(next.stdout).toMatch(/400 articles \(\d+ extracted, \d+ unchanged, 0 removed, 0 failed\)/)
    expect(integrity(db)).toBe("ok")
  })

  it("Ctrl-C stops cleanly: exit code 130, the run recorded as interrupted, nothing half-stored", async () => {
    const dir = tempDir()
    const corpus = join(dir, "large.jsonl")
    writeLargeCorpus(corpus, 400)
    const db = join(dir, "interrupted.db")
    const interrupted = await stopMidRun(corpus, db, "SIGINT")
    expect(interrupted.code).toBe(130)
    expect(integrity(db)).toBe("ok")
    const reader = new Database(db, { readonly: true })
    const run = reader.prepare("SELECT status FROM runs ORDER BY id DESC LIMIT 1").get() as { status: string }
    const orphans = reader.prepare("SELECT count(*) AS n FROM claims WHERE article_id NOT IN (SELECT id FROM articles)").get() as { n: number }
    reader.close()
    expect(run.status).toBe("interrupted")
    expect(orphans.n).toBe(0)
    expect(crosscheck(["run", corpus, "--db", db, "--out", join(dir, "out")]).status).toBe(0)
  })

  it("Ctrl-C while every worker is busy on a long article: the run stops at once, keeps what was stored, and its workers end", async () => {
    const dir = tempDir()
    const corpus = join(dir, "long.jsonl")
    const seeds = ["000_faf72e9f18f487db.txt", "002_1ad50343d0bf0f38.txt", "004_1952c7b5750355fd.txt"]
      .map((name, i) => ({ id: `seed/${i}`, body: readFileSync(fixture("seeds", name), "utf8") }))
    // Each takes a worker many seconds (the next run's time says how many).
    const long = longArticle(1_500_000)
    const lines = [...seeds, { id: "long/1", body: long }, { id: "long/2", body: `${long}.` }]
    writeFileSync(corpus, lines.map((line) => JSON.stringify(line)).join("\n") + "\n")
    const db = join(dir, "long.db")
    const child = spawn(process.execPath, [join(repoRoot, "packages/pipeline/bin/crosscheck.js"), "run", corpus, "--db", db, "--out", join(dir, "out"), "--jobs", "2"], {
      stdio: ["ignore", "ignore", "pipe"]
    })
    let stderr = ""
    child.stderr.on("data", (chunk) => (stderr += chunk))
    const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
      child.on("exit", (code) => resolve({ code, at: performance.now() }))
    )
    // The seed articles are stored (their batch written) while both workers are on the long ones.
    let interruptedAt = 0
    const poll = setInterval(() => {
      if (!existsSync(db)) return
      try {
        const reader = new Database(db, { readonly: true, fileMustExist: true })
        const stored = reader.prepare("select count(*) from articles").pluck().get() as number
        reader.close()
        if (stored >= seeds.length) {
          clearInterval(poll)
          interruptedAt = performance.now()
          child.kill("SIGINT")
        }
      } catch {
        // not migrated yet
      }
    }, 20)
    const { code, at } = await exited
    clearInterval(poll)
    expect(code).toBe(130)
    expect(interruptedAt).toBeGreaterThan(0)
    // The process ended, so its worker threads did; and promptly, not after the long articles.
    const stopping = at - interruptedAt
    expect(stopping).toBeLessThan(10_000)
    expect(stderr).toMatch(/^crosscheck: interrupted after \d+ article\(s\); what was stored is kept/m)
    expect(integrity(db)).toBe("ok")
    const reader = new Database(db, { readonly: true })
    const articles = reader.prepare("select id from articles order by id").pluck().all()
    const run = reader.prepare("select status from runs order by id desc limit 1").pluck().get()
    reader.close()
    expect(articles).toEqual(seeds.map((seed) => seed.id))
    expect(run).toBe("interrupted")

    // The next run goes on from there: the seed articles unchanged, the long ones extracted.
    const started = performance.now()
    const next = crosscheck(["run", corpus, "--db", db, "--out", join(dir, "out"), "--quiet", "--format", "json"])
    const extracting = performance.now() - started
    expect(next.status).toBe(0)
    expect(JSON.parse(next.stdout).articles).toMatchObject({ extracted: 2, unchanged: 3 })
    // What the interrupted run did not wait for.
    expect(stopping).toBeLessThan(extracting / 2)
  })

  it("a second run on the same database fails with a clear message while the first is writing", async () => {
    const dir = tempDir()
    const corpus = join(dir, "large.jsonl")
    writeLargeCorpus(corpus, 400)
    const db = join(dir, "busy.db")
    let second: ReturnType<typeof crosscheck> | undefined
    await stopMidRun(corpus, db, "SIGINT", () => {
      second = crosscheck(["run", corpus, "--db", db, "--out", join(dir, "out2")])
    })
    expect(second?.status).toBe(2)
    expect(second?.stderr).toMatch(/another crosscheck run/)
    expect(integrity(db)).toBe("ok")
  })
})
