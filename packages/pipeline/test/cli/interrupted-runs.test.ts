import { spawn } from "node:child_process"
import { existsSync } from "node:fs"
import { join } from "node:path"
import Database from "better-sqlite3"
import { beforeAll, describe, expect, it } from "vitest"
import { buildCli, crosscheck, repoRoot, tempDir } from "../support/cli.js"
import { writeLargeCorpus } from "../support/large-corpus.js"

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
