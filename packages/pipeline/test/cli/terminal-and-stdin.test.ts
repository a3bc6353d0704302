import { spawn, spawnSync } from "node:child_process"
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import Database from "better-sqlite3"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { buildCli, fixture, repoRoot, tempDir } from "../support/cli.js"

beforeAll(buildCli)

const bin = join(repoRoot, "packages", "pipeline", "bin", "crosscheck.js")
const seedText = (name: string) => readFileSync(fixture("seeds", name), "utf8")
const quoted = (arg: string) => `'${arg.replaceAll("'", "'\\''")}'`

describe("the terminal, standard input and Ctrl-C", () => {
  const dir = tempDir()
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it("on a terminal a run draws a progress line (done, rate, time left); not when piped or in CI", () => {
    const args = ["run", fixture("seeds"), "--db", join(dir, "tty.db"), "--out", join(dir, "tty")]
    // `script` gives the run a pseudo-terminal, as an interactive shell would.
    const onTerminal = (env: Record<string, string>) =>
      spawnSync("script", ["-qec", [process.execPath, bin, ...args].map(quoted).join(" "), "/dev/null"], {
        encoding: "utf8",
        env: { ...process.env, ...env }
      })
    const tty = onTerminal({ CI: "" })
    expect(tty.status).toBe(0)
    expect(tty.stdout).toMatch(/\r\u001b\[2K1\/5 articles, \d+\/s, \d+:\d\d left/)
    expect(tty.stdout).toMatch(/5 articles \(0 extracted, 5 unchanged|5 articles \(5 extracted/)
    expect(onTerminal({ CI: "true" }).stdout).not.toMatch(/articles, \d+\/s/)
    const piped = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", env: { ...process.env, CI: "" } })
    expect(piped.stderr).toBe("")
  })

  it("reads a .jsonl corpus from standard input with `run -`, and an article with `extract -`", () => {
    const lines = [
      { id: "a", body: "Putin visited China on June 9, 2018.", published: "2018-06-10" },
      { id: "b", body: "Putin visited China on June 12, 2018.", published: "2018-06-13" }
    ].map((line) => JSON.stringify(line)).join("\n")
    const run = spawnSync(process.execPath, [bin, "run", "-", "--db", join(dir, "stdin.db"), "--out", join(dir, "stdin"), "--format", "json"], {
      input: lines,
      encoding: "utf8"
    })
    expect(run.stderr).toBe("")
    const report = JSON.parse(run.stdout)
    expect(report.articles.seen).toBe(2)
    expect(report.results[0].quotes.map((quote: { file: string; line: number }) => `${quote.file}:${quote.line}`).sort())
      .toEqual(["-:1", "-:2"])

    const extract = spawnSync(process.execPath, [bin, "extract", "-", "--published", "2018-06-04", "--json"], {
      input: seedText("000_faf72e9f18f487db.txt"),
      encoding: "utf8"
    })
    expect(extract.status).toBe(0)
    const fromFile = spawnSync(process.execPath, [bin, "extract", fixture("seeds", "000_faf72e9f18f487db.txt"), "--published", "2018-06-04", "--json"], {
      encoding: "utf8"
    })
    const claims = (stdout: string) => JSON.parse(stdout).claims.map((claim: { quote: string }) => claim.quote)
    expect(claims(extract.stdout)).toEqual(claims(fromFile.stdout))
    expect(claims(extract.stdout).length).toBeGreaterThan(0)
  })

  it("Ctrl-C prints one line saying what was kept, and exits 130", async () => {
    const corpus = join(dir, "large.jsonl")
    const bodies = ["000_faf72e9f18f487db.txt", "002_1ad50343d0bf0f38.txt", "004_1952c7b5750355fd.txt"].map(seedText)
    writeFileSync(corpus, Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: `a/${i}`, body: bodies[i % 3] })).join("\n"))
    const db = join(dir, "interrupted.db")
    const child = spawn(process.execPath, [bin, "run", corpus, "--db", db, "--out", join(dir, "out")], {
      stdio: ["ignore", "pipe", "pipe"]
    })
    let stderr = ""
    child.stderr.on("data", (chunk) => (stderr += chunk))
    const poll = setInterval(() => {
      if (!existsSync(db)) return
      try {
        const reader = new Database(db, { readonly: true, fileMustExist: true })
        const stored = (reader.prepare("select count(*) from articles").pluck().get() as number)
        reader.close()
        if (stored >= 3) {
          clearInterval(poll)
          child.kill("SIGINT")
        }
      } catch {
        // not migrated yet
      }
    }, 20)
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve))
    clearInterval(poll)
    expect(code).toBe(130)
    expect(stderr).toMatch(/^crosscheck: interrupted after \d+ article\(s\); what was stored is kept/m)
  })
})
