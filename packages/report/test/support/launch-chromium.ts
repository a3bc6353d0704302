import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync } from "node:fs"
import { delimiter, join } from "node:path"
import { fileURLToPath } from "node:url"
import Chromium from "@sparticuz/chromium"
import { type Browser, chromium } from "playwright-core"

/**
 * Which Chromium the browser tests run, first found wins:
 * 1. `CROSSCHECK_CHROMIUM`, the path of a Chromium or Chrome binary (for platforms the npm
 *    package has no binary for, e.g. arm64 or macOS);
 * 2. a system Chromium on the PATH;
 * 3. the Linux x64 Chromium that `@sparticuz/chromium` ships inside the npm package, unpacked once
 *    into node_modules/.cache (not the temp directory, so tests leave nothing behind).
 */

export const chromiumEnvVar = "CROSSCHECK_CHROMIUM"

/** Names a system Chromium (or Chrome) goes by on the PATH. */
const systemChromiumNames = ["chromium", "chromium-browser", "google-chrome-stable", "google-chrome"]

const executable = (path: string): boolean => statSync(path, { throwIfNoEntry: false })?.isFile() === true

const onPath = (name: string): string | undefined =>
  (process.env["PATH"] ?? "").split(delimiter).filter((dir) => dir !== "").map((dir) => join(dir, name)).find(executable)

const packageJson = new URL("../../node_modules/@sparticuz/chromium/package.json", import.meta.url)
const packageVersion = (JSON.parse(readFileSync(packageJson, "utf8")) as { version: string }).version
const cacheRoot = fileURLToPath(new URL("../../node_modules/.cache/sparticuz-chromium/", import.meta.url))

/**
 * Unpacks the packaged Chromium into node_modules/.cache/sparticuz-chromium/<version>. The package
 * unpacks into os.tmpdir(), so TMPDIR points at a private staging directory while it does; the
 * staging directory is then renamed into place, so test files launching at once never see half a
 * binary.
 */
const unpackedChromium = async (): Promise<string> => {
  const target = join(cacheRoot, packageVersion)
  const binary = join(target, "chromium")
  if (existsSync(binary)) return binary
  mkdirSync(cacheRoot, { recursive: true })
  const staging = mkdtempSync(join(cacheRoot, "unpacking-"))
  const savedTmpdir = process.env["TMPDIR"]
  process.env["TMPDIR"] = staging
  try {
    await Chromium.executablePath()
  } finally {
    if (savedTmpdir === undefined) delete process.env["TMPDIR"]
    else process.env["TMPDIR"] = savedTmpdir
  }
  // Another test file may have unpacked it meanwhile: the first one's stays.
  if (existsSync(target)) rmSync(staging, { recursive: true, force: true })
  else renameSync(staging, target)
  return binary
}

const bundledUnavailable = `@sparticuz/chromium ships a Chromium for Linux x64 only (this is ${process.platform} ${process.arch}): install Chromium, or set ${chromiumEnvVar} to a Chromium or Chrome binary`

/** The Chromium binary to launch, and where it came from. */
export const findChromium = async (): Promise<{ readonly path: string; readonly origin: string }> => {
  const configured = process.env[chromiumEnvVar]
  if (configured !== undefined && configured !== "") {
    if (!executable(configured)) throw new Error(`${chromiumEnvVar}=${configured} is not an executable file`)
    return { path: configured, origin: chromiumEnvVar }
  }
  for (const name of systemChromiumNames) {
    const path = onPath(name)
    if (path !== undefined) return { path, origin: "system" }
  }
  if (process.platform !== "linux" || process.arch !== "x64") throw new Error(bundledUnavailable)
  return { path: await unpackedChromium(), origin: `@sparticuz/chromium ${packageVersion}` }
}

/** Headless, offline and without the sandbox (which needs privileges CI containers lack). */
const launchArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync"
]

/** Launches headless Chromium with playwright-core. */
export const launchChromium = async (): Promise<Browser> => {
  const { path } = await findChromium()
  return chromium.launch({ executablePath: path, args: launchArgs })
}
