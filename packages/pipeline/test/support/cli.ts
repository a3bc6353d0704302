import { type ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process"
import { join } from "node:path"
import { fileURLToPath } from "node:url"

export const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url))
export const fixture = (...parts: Array<string>) => join(repoRoot, "fixtures", ...parts)
const bin = join(repoRoot, "packages", "pipeline", "bin", "crosscheck.js")

/** Builds the workspace (incrementally) so that the real `crosscheck` bin can be spawned. */
export const buildCli = () => execFileSync("pnpm", ["exec", "tsc", "-b"], { cwd: repoRoot, stdio: "inherit" })

export { tempDir } from "./temp-dirs.js"

export interface CliResult {
  readonly status: number | null
  readonly stdout: string
  readonly stderr: string
}

export interface CliOptions {
  readonly cwd?: string
  /** Run as this user and group (see support/unprivileged.ts): root ignores file permissions. */
  readonly user?: { readonly uid: number; readonly gid: number } | undefined
  /**
   * The largest file the process may write, in bytes (RLIMIT_FSIZE, set with the shell's `ulimit
   * -f` in POSIX 512-byte blocks): a write past it fails with EFBIG, as on a full disk.
   */
  readonly maxFileBytes?: number
  /** Variables added to this process's environment (`CROSSCHECK_NO_REPLAY: "1"`: never replay a rerun). */
  readonly env?: Readonly<Record<string, string>>
}

/** For a test of what the full CLI does on a rerun: a no-change rerun would otherwise be replayed (src/replay/). */
export const fullRun: CliOptions = { env: { CROSSCHECK_NO_REPLAY: "1" } }

/** The command line that runs the built bin with `options`' limits. */
const commandLine = (args: ReadonlyArray<string>, options: CliOptions): [string, Array<string>] =>
  options.maxFileBytes === undefined
    ? [process.execPath, [bin, ...args]]
    : ["/bin/sh", [
      "-c",
      "ulimit -f \"$1\" && shift && exec \"$@\"",
      "sh",
      String(Math.ceil(options.maxFileBytes / 512)),
      process.execPath,
      bin,
      ...args
    ]]

/** Runs the built `crosscheck` bin as a user would. */
export const crosscheck = (args: ReadonlyArray<string>, options: CliOptions = {}): CliResult => {
  const [command, argv] = commandLine(args, options)
  const result = spawnSync(command, argv, {
    cwd: options.cwd ?? repoRoot,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    ...(options.env === undefined ? {} : { env: { ...process.env, ...options.env } }),
    ...options.user
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** Starts the built `crosscheck` bin without waiting for it (for runs at once, and runs killed). */
export const startCrosscheck = (args: ReadonlyArray<string>, options: CliOptions = {}): ChildProcess => {
  const [command, argv] = commandLine(args, options)
  return spawn(command, argv, {
    cwd: options.cwd ?? repoRoot,
    stdio: ["ignore", "pipe", "pipe"],
    ...(options.env === undefined ? {} : { env: { ...process.env, ...options.env } }),
    ...options.user
  })
}

/** Collects a started bin's output and waits for it to end. */
export const finished = (child: ChildProcess): Promise<CliResult & { readonly signal: NodeJS.Signals | null }> =>
  new Promise((resolve, reject) => {
    let stdout = ""
    let stderr = ""
    child.stdout?.on("data", (chunk) => (stdout += chunk))
    child.stderr?.on("data", (chunk) => (stderr += chunk))
    child.on("error", reject)
    child.on("close", (status, signal) => resolve({ status, signal, stdout, stderr }))
  })

/** Parses JSON Lines output. */
export const jsonLines = (stdout: string): Array<Record<string, unknown>> =>
  stdout.split("\n").filter((line) => line.trim() !== "").map((line) => JSON.parse(line) as Record<string, unknown>)
