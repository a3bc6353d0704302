import { execFileSync, spawnSync } from "node:child_process"
import { cpSync, existsSync, readdirSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { buildCli, fixture, repoRoot, tempDir } from "../support/cli.js"

beforeAll(buildCli)

const PACKAGES = ["claims", "report", "pipeline"] as const

/**
 * What the repository publishes, installed as a repository that has only a corpus would install
 * it: `pnpm pack` of each package, the tarballs installed into a fresh directory outside the
 * workspace (from the local pnpm store: no network), and the installed `crosscheck` bin run there.
 */
describe("the packed packages", () => {
  const dir = tempDir("crosscheck-packed-")
  const tarballs = join(dir, "tarballs")
  const project = join(dir, "corpus-repo")
  const tarball = (name: string) => join(tarballs, `crosscheck-${name}-0.1.0.tgz`)

  beforeAll(() => {
    for (const name of PACKAGES) {
      execFileSync("pnpm", ["pack", "--pack-destination", tarballs], { cwd: join(repoRoot, "packages", name), stdio: "pipe" })
    }
    cpSync(fixture("seeds"), join(project, "corpus"), { recursive: true })
    writeFileSync(join(project, "package.json"), JSON.stringify({
      name: "corpus-repo",
      private: true,
      devDependencies: { "@crosscheck/pipeline": `file:${tarball("pipeline")}` }
    }))
    // As docs/ci.md says: the sibling packages from their tarballs, better-sqlite3 allowed to build.
    writeFileSync(join(project, "pnpm-workspace.yaml"), [
      "allowBuilds:",
      "  better-sqlite3: true",
      "overrides:",
      `  "@crosscheck/claims": "file:${tarball("claims")}"`,
      `  "@crosscheck/report": "file:${tarball("report")}"`,
      `  "@effect/platform-node-shared": "4.0.6"`,
      ""
    ].join("\n"))
    execFileSync("pnpm", ["install", "--offline"], { cwd: project, stdio: "pipe" })
  }, 240_000)
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it("hold the built JavaScript, the bin and the Datasette metadata, not the tests", () => {
    const installed = join(project, "node_modules", "@crosscheck", "pipeline")
    expect(existsSync(join(installed, "bin", "crosscheck.js"))).toBe(true)
    expect(existsSync(join(installed, "dist", "cli", "main.js"))).toBe(true)
    expect(existsSync(join(installed, "datasette", "metadata.json"))).toBe(true)
    expect(readdirSync(installed)).not.toContain("test")
  })

  it("install a crosscheck bin that runs the corpus from the project's directory", () => {
    const bin = join(project, "node_modules", ".bin", "crosscheck")
    const version = spawnSync(bin, ["--version"], { cwd: project, encoding: "utf8" })
    expect(version.stdout).toMatch(/0\.1\.0/)
    const run = spawnSync(bin, ["run", "corpus", "--fail-on", "contradiction", "--format", "json"], { cwd: project, encoding: "utf8" })
    expect(run.stderr).toBe("")
    expect(run.status).toBe(1)
    const report = JSON.parse(run.stdout)
    expect(report.articles.seen).toBe(5)
    expect(report.results[0].quotes[0].file).toMatch(/^corpus\//)
    expect(existsSync(join(project, "crosscheck-report", "report.html"))).toBe(true)
  })
})
