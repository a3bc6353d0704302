import { spawnSync } from "node:child_process"
import { appendFileSync, cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import { beforeAll, describe, expect, it } from "vitest"
import { buildCli, crosscheck, fixture, repoRoot, tempDir } from "../support/cli.js"

beforeAll(buildCli)

const bin = join(repoRoot, "packages", "pipeline", "bin", "crosscheck.js")

/** Runs the built bin with a module loader hook that lists every ES module it loads. */
const loadedModules = (dir: string, args: ReadonlyArray<string>, env: Readonly<Record<string, string>> = {}): ReadonlyArray<string> => {
  const hooks = join(dir, "hooks.mjs")
  const log = join(dir, "modules.txt")
  writeFileSync(log, "")
  writeFileSync(
    hooks,
    `import { appendFileSync } from "node:fs"\nexport async function load(url, context, next) {\n  appendFileSync(${JSON.stringify(log)}, url + "\\n")\n  return next(url, context)\n}\n`
  )
  const register = join(dir, "register.mjs")
  writeFileSync(register, `import { register } from "node:module"\nregister(${JSON.stringify(pathToFileURL(hooks).href)})\n`)
  const result = spawnSync(process.execPath, ["--import", pathToFileURL(register).href, bin, ...args], {
    cwd: repoRoot,
    encoding: "utf8",
    env: { ...process.env, ...env }
  })
  expect(result.stderr).toBe("")
  expect(result.status).toBe(0)
  return readFileSync(log, "utf8").split("\n").filter((line) => line !== "")
}

const STORE = /\/kysely\//
const EFFECT = /\/node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?effect\//
const EXTRACTION = /\/packages\/claims\/(dist|src)\/index\.js$/
const WINK = /\/wink-(nlp|eng-lite-web-model)\//
const REPORTS = /\/packages\/report\//
const RENDERERS = /\/packages\/report\/(dist|src)\/render/

describe("what a command loads", () => {
  it("--help loads neither the store, nor extraction, nor the reports; query and show no extraction or reports; a rerun no extraction, no wink, no renderer", () => {
    const dir = tempDir()
    const db = join(dir, "loading.db")
    const out = join(dir, "out")
    expect(crosscheck(["run", fixture("seeds"), "--db", db, "--out", out]).status).toBe(0)

    const help = loadedModules(dir, ["--help"])
    expect(help.length).toBeGreaterThan(0)
    expect(help.filter((url) => STORE.test(url) || EXTRACTION.test(url) || REPORTS.test(url))).toEqual([])

    const claim = crosscheck(["query", "SELECT id FROM claims ORDER BY id LIMIT 1", "--db", db, "--format", "csv"]).stdout.trim().split("\n")[1]
    expect(claim).toMatch(/^[0-9a-f]+$/)
    for (const args of [["query", "SELECT count(*) FROM claims"], ["show", claim ?? ""]]) {
      const modules = loadedModules(dir, [...args, "--db", db])
      expect(modules.some((url) => STORE.test(url))).toBe(true)
      expect(modules.filter((url) => EXTRACTION.test(url) || REPORTS.test(url))).toEqual([])
    }

    // Nothing changed: the rerun is replayed from what the run recorded, loading neither effect nor the store.
    const replayed = loadedModules(dir, ["run", fixture("seeds"), "--db", db, "--out", out])
    expect(replayed.filter((url) => EFFECT.test(url) || STORE.test(url) || REPORTS.test(url) || WINK.test(url))).toEqual([])

    // Nor, in full, is anything extracted, so neither the extraction nor wink is loaded (the
    // extractor's version comes from the light model entry); the reports are kept, and no renderer
    // is loaded to make them.
    const rerun = loadedModules(dir, ["run", fixture("seeds"), "--db", db, "--out", out], { CROSSCHECK_NO_REPLAY: "1" })
    expect(rerun.some((url) => EFFECT.test(url))).toBe(true)
    expect(rerun.some((url) => STORE.test(url))).toBe(true)
    expect(rerun.filter((url) => EXTRACTION.test(url) || WINK.test(url))).toEqual([])
    expect(rerun.some((url) => REPORTS.test(url))).toBe(true)
    expect(rerun.filter((url) => RENDERERS.test(url))).toEqual([])

    // One article changed (the same ids, from a copy of the corpus): it is extracted, and only then is the extraction loaded (the check above
    // could not fail if a rerun never loaded it anyway).
    const corpus = join(dir, "corpus")
    cpSync(fixture("seeds"), corpus, { recursive: true })
    const first = readdirSync(corpus).filter((name) => name.endsWith(".txt")).sort()[0] ?? ""
    appendFileSync(join(corpus, first), "\nThe ministry said exports rose 4 pct in March.\n")
    const changed = loadedModules(dir, ["run", corpus, "--db", db, "--out", out, "--jobs", "1"])
    expect(changed.some((url) => EXTRACTION.test(url))).toBe(true)
    expect(changed.some((url) => WINK.test(url))).toBe(true)
  })
})
