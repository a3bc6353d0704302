import { execFileSync, spawnSync } from "node:child_process"
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"

export const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url))
export const fixture = (...parts: Array<string>) => join(repoRoot, "fixtures", ...parts)
const bin = join(repoRoot, "packages", "pipeline", "bin", "crosscheck.js")

/** Builds the workspace (incrementally) so that the real `crosscheck` bin can be spawned. */
export const buildCli = () => execFileSync("pnpm", ["exec", "tsc", "-b"], { cwd: repoRoot, stdio: "inherit" })

export const tempDir = (prefix = "crosscheck-test-") => mkdtempSync(join(tmpdir(), prefix))

export interface CliResult {
  readonly status: number | null
  readonly stdout: string
  readonly stderr: string
}

/** Runs the built `crosscheck` bin as a user would. */
export const crosscheck = (args: ReadonlyArray<string>, options: { readonly cwd?: string } = {}): CliResult => {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? repoRoot,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** Parses JSON Lines output. */
export const jsonLines = (stdout: string): Array<Record<string, unknown>> =>
  stdout.split("\n").filter((line) => line.trim() !== "").map((line) => JSON.parse(line) as Record<string, unknown>)
