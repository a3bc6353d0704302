/**
 * One crosscheck command in a process of its own (so its peak memory is its own), through the built
 * CLI itself (packages/pipeline/bin/crosscheck.js, what a user runs, its module loading included):
 * `node run-once.js <command> [arguments…]`, e.g. `run <corpus> --db <db> --out <out> --format json`
 * or `report --db <db> --out <out>`. The CLI prints what it prints on stdout; this adds one last
 * line on stderr, at exit: the process's peak RSS (worker threads included).
 */
import { fileURLToPath } from "node:url"

const cli = new URL("../../../packages/pipeline/bin/crosscheck.js", import.meta.url)
process.argv = [process.argv[0] ?? "node", fileURLToPath(cli), ...process.argv.slice(2)]
process.on("exit", () => {
  process.stderr.write(`\n${JSON.stringify({ peakMegabytes: process.resourceUsage().maxRSS / 1024 })}\n`)
})
await import(cli.href)
