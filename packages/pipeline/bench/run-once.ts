/**
 * One `crosscheck run` in a process of its own (so its peak memory is its own), through the built
 * CLI itself (packages/pipeline/bin/crosscheck.js, what a user runs, its module loading included):
 * `node run-once.js <corpus> <db> <out> [jobs]`. The CLI prints its JSON outcome on stdout; this
 * adds one last line on stderr, at exit: the process's peak RSS (worker threads included).
 */
import { fileURLToPath } from "node:url"

const [corpus = "", db = "", out = "", jobs] = process.argv.slice(2)
const cli = new URL("../../../packages/pipeline/bin/crosscheck.js", import.meta.url)
process.argv = [
  process.argv[0] ?? "node",
  fileURLToPath(cli),
  "run",
  corpus,
  "--db",
  db,
  "--out",
  out,
  "--format",
  "json",
  ...(jobs === undefined ? [] : ["--jobs", jobs])
]
process.on("exit", () => {
  process.stderr.write(`\n${JSON.stringify({ peakMegabytes: process.resourceUsage().maxRSS / 1024 })}\n`)
})
await import(cli.href)
