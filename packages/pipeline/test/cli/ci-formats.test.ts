import { Validator } from "@cfworker/json-schema"
import { readFileSync, rmSync } from "node:fs"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { buildCli, crosscheck, fixture, tempDir } from "../support/cli.js"

beforeAll(buildCli)

const seeds = fixture("seeds")
/** The SARIF 2.1.0 (rtm.5) JSON schema, as @microsoft/jest-sarif ships it (see fixtures/README.md). */
const sarifSchema = JSON.parse(readFileSync(new URL("fixtures/sarif-2.1.0-rtm.5.json", import.meta.url), "utf8"))

/** The seeds' one contradiction: Putin's 2018 visit, "June 9 and 10" against "Friday … till June 10". */
const VISIT_KEY = "event.visit|person:vladimir-putin|at:country:CN|2018"
const ARTICLES = ["000_faf72e9f18f487db.txt", "002_1ad50343d0bf0f38.txt"]

/** The 1-based line and column of `offset` in `text`, counted independently of the CLI. */
const lineColumn = (text: string, offset: number) => {
  const before = text.slice(0, offset).split("\n")
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 }
}

describe("crosscheck run in CI: formats and thresholds", () => {
  const dir = tempDir()
  const db = join(dir, "claims.db")
  const out = join(dir, "report")
  const run = (...args: Array<string>) => crosscheck(["run", seeds, "--db", db, "--out", out, ...args])

  beforeAll(() => {
    expect(run().status).toBe(0)
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it("a failing run prints each failing finding on one line, then the summary, then the total", () => {
    const { status, stderr, stdout } = run("--fail-on", "contradiction")
    expect(stderr).toBe("")
    expect(status).toBe(1)
    const lines = stdout.trimEnd().split("\n")
    const [first] = lines
    expect(first).toMatch(new RegExp(`^low contradiction  ${VISIT_KEY.replaceAll("|", "\\|")}  `))
    for (const article of ARTICLES) expect(first).toContain(join(seeds, article))
    expect(first).toMatch(/"June 9 and 10"/)
    expect(first).toMatch(/ contradiction-[0-9a-f]{16} [0-9a-f]{16}$/)
    expect(lines).toContain("findings: 1 contradiction, 0 revisions, 0 overlaps, 0 duplicates, 1 timeline")
    expect(lines.some((line) => /^not compared: \d+ claims \(/.test(line))).toBe(true)
    expect(lines.at(-1)).toBe("✖ 1 finding at or above --fail-on contradiction (not in the baseline)")
  })

  it("thresholds by severity: the low contradiction fails contradiction:low, not contradiction:high", () => {
    expect(run("--fail-on", "contradiction:low").status).toBe(1)
    expect(run("--fail-on", "contradiction:medium").status).toBe(0)
    const high = run("--fail-on", "contradiction:high")
    expect(high.status).toBe(0)
    expect(high.stdout).not.toMatch(/✖/)
    expect(run("--fail-on", "overlap").status).toBe(1)
  })

  it("--quiet prints only what fails the run", () => {
    const quiet = run("--fail-on", "contradiction", "--quiet")
    expect(quiet.status).toBe(1)
    expect(quiet.stdout.trimEnd().split("\n")).toHaveLength(2)
    expect(run("--quiet").stdout).toBe("")
  })

  it("usage errors go to stderr only, help included, with exit code 2", () => {
    for (const args of [["--fail-on", "contradiction:severe"], ["--formt", "json"], ["--format", "xml"]]) {
      const { status, stderr, stdout } = run(...args)
      expect(status, args.join(" ")).toBe(2)
      expect(stdout, args.join(" ")).toBe("")
      expect(stderr).toMatch(/USAGE/)
    }
    expect(run("--fail-on", "contradiction:severe").stderr).toMatch(/'contradiction:severe' is not a threshold/)
    const logLevel = crosscheck(["--log-level", "debug", "run", seeds])
    expect(logLevel.status).toBe(2)
    expect(logLevel.stderr).toMatch(/--log-level/)
  })

  it("json: the run and every finding with its id, fingerprint and located quotes, on stdout alone", () => {
    const { status, stdout } = run("--format", "json", "--fail-on", "contradiction")
    expect(status).toBe(1)
    const report = JSON.parse(stdout)
    const stored = JSON.parse(crosscheck(["query", "select count(*) as n from claims", "--db", db, "--format", "json"]).stdout)
    expect(report).toMatchObject({ failOn: "contradiction", failing: 1, claims: stored[0].n, unreadable: [] })
    const [finding] = report.results
    expect(finding).toMatchObject({ type: "contradiction", severity: "low", key: VISIT_KEY, fails: true })
    expect(finding.id).toMatch(/^contradiction-/)
    expect(finding.fingerprint).toMatch(/^[0-9a-f]{16}$/)
    for (const quote of finding.quotes) {
      const text = readFileSync(quote.file, "utf8")
      const lines = text.split("\n")
      // The line and column point at the quote in the file itself.
      expect(lines[quote.line - 1]?.slice(quote.column - 1)).toContain(quote.quote.split("\n")[0])
      expect(text).toContain(quote.quote)
    }
  })

  it("github: an error annotation on each article file at the quote's line", () => {
    const { status, stdout } = run("--format", "github", "--fail-on", "contradiction")
    expect(status).toBe(1)
    const annotations = stdout.split("\n").filter((line) => line.startsWith("::"))
    expect(annotations).toHaveLength(2)
    for (const article of ARTICLES) {
      const annotation = annotations.find((line) => line.includes(article))
      expect(annotation).toMatch(/^::error file=[^,]+,line=\d+,endLine=\d+/)
      expect(annotation).toMatch(/title=low contradiction%3A event.visit\|person%3Avladimir-putin/)
      const text = readFileSync(join(seeds, article), "utf8")
      const line = Number(/,line=(\d+)/.exec(annotation ?? "")?.[1])
      expect(text.split("\n")[line - 1]).toBeDefined()
      expect(annotation).not.toMatch(/\n/)
    }
    // Not failing (no --fail-on): the same finding is a warning.
    expect(run("--format", "github").stdout).toMatch(/^::warning file=/m)
  })

  it("sarif: a SARIF 2.1.0 log valid against its schema, each finding at its quotes' files and lines", () => {
    const { status, stdout } = run("--format", "sarif", "--fail-on", "contradiction")
    expect(status).toBe(1)
    const log = JSON.parse(stdout)
    const validation = new Validator(sarifSchema, "4", false).validate(log)
    expect(validation.errors).toEqual([])
    expect(validation.valid).toBe(true)
    const [result] = log.runs[0].results
    expect(result).toMatchObject({ ruleId: "contradiction", level: "error" })
    expect(result.partialFingerprints["crosscheck/v1"]).toMatch(/^[0-9a-f]{16}$/)
    expect(result.locations).toHaveLength(2)
    for (const location of result.locations) {
      const { artifactLocation, region } = location.physicalLocation
      const file = decodeURIComponent(new URL(artifactLocation.uri).pathname)
      expect(ARTICLES.map((article) => join(seeds, article))).toContain(file)
      const text = readFileSync(file, "utf8")
      const offset = text.indexOf(region.snippet.text)
      expect(offset).toBeGreaterThanOrEqual(0)
      expect({ line: region.startLine, column: region.startColumn }).toEqual(lineColumn(text, offset))
    }
  })

  it("the SARIF schema check can fail: a log without results' messages is refused", () => {
    const log = JSON.parse(run("--format", "sarif").stdout)
    delete log.runs[0].results[0].message
    expect(new Validator(sarifSchema, "4", false).validate(log).valid).toBe(false)
  })
})
