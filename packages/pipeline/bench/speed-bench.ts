/**
 * `pnpm bench` first (or `node dist-bench/pipeline/bench/speed-bench.js [--articles N] [--scales 1,2,4]
 * [--repeat R] [--jobs J]`): the whole pipeline against
 * wink-nlp's bare pass over the same texts, measured side by side in one run (the machine may be
 * shared: ratios of neighbouring measurements hold better than seconds, and each is repeated).
 *
 * For each corpus size (N articles times each scale; N defaults to every Reuters and BBC story
 * beside the repository, else 3,000 generated ones), each repeat measures:
 * - wink's bare pass: `readDoc` with its default pipe over every text, in this process;
 * - `run` from scratch, in a process of its own (wall clock from spawn to exit, and its peak RSS);
 * - a bare read + hash of the corpus: the file read, its lines parsed, each body hashed;
 * - `run` again with nothing changed, in a process of its own;
 * - `report` over the store the run made, in a process of its own: the report stage's peak RSS alone
 *   (a run's peak is that of its worst stage).
 * Results go to .bench/speed.json.
 */
import { spawnSync } from "node:child_process"
import { createHash } from "node:crypto"
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { parseArgs } from "node:util"
import { loadStories, writeBenchCorpus } from "./bench-corpus.js"

const root = fileURLToPath(new URL("../../../", import.meta.url))
const runOnce = fileURLToPath(new URL("./run-once.js", import.meta.url))
const { values } = parseArgs({
  options: {
    articles: { type: "string" },
    scales: { type: "string", default: "1" },
    repeat: { type: "string", default: "2" },
    jobs: { type: "string" }
  }
})
const work = mkdtempSync(join(tmpdir(), "crosscheck-bench-"))
const { source, stories } = loadStories(root, work)
const base = values.articles === undefined ? stories.length : Number(values.articles)
const scales = values.scales.split(",").map(Number)
const repeat = Number(values.repeat)

const round = (n: number) => Math.round(n * 100) / 100
const timed = <A>(body: () => A): { readonly result: A; readonly seconds: number } => {
  const started = performance.now()
  const result = body()
  return { result, seconds: (performance.now() - started) / 1000 }
}

// wink's own pipeline, as a user of wink would run it: the model with its default pipe. The very
// wink and model the claims package runs, resolved from it.
const fromClaims = createRequire(fileURLToPath(import.meta.resolve("@crosscheck/claims")))
interface Wink {
  readDoc(text: string): { tokens(): { length(): number } }
}
const wink = (fromClaims("wink-nlp") as (model: unknown) => Wink)(fromClaims("wink-eng-lite-web-model"))
const winkBarePass = (bodies: ReadonlyArray<string>) =>
  timed(() => {
    let tokens = 0
    for (const body of bodies) tokens += wink.readDoc(body).tokens().length()
    return tokens
  }).seconds

const readAndHash = (corpus: string) =>
  timed(() => {
    const hashes = new Set<string>()
    for (const line of readFileSync(corpus, "utf8").split("\n")) {
      if (line.trim() === "") continue
      const { body } = JSON.parse(line) as { body: string }
      hashes.add(createHash("sha256").update(body).digest("hex"))
    }
    return hashes.size
  }).seconds

interface RunResult {
  readonly wallSeconds: number
  readonly seen: number
  readonly extracted: number
  readonly claims: number
  /** Whether the report files were left as they were (not rendered again). */
  readonly reportsKept: boolean
  readonly peakMegabytes: number
}

/**
 * The report files' inode numbers: a report rendered again replaces its file (a new inode), a kept
 * one is only touched (its mtime marks it confirmed), so they tell the two apart.
 */
const reportFiles = (out: string) =>
  ["report.md", "report.html", "report.json"].map((name) => statSync(join(out, name), { throwIfNoEntry: false })?.ino ?? -1).join(",")

/** A crosscheck command in a process of its own: what it printed, its wall clock and its peak RSS. */
const cliOnce = (args: ReadonlyArray<string>) => {
  const { result, seconds } = timed(() => spawnSync(process.execPath, [runOnce, ...args], { encoding: "utf8", maxBuffer: 1 << 28 }))
  if (result.status !== 0) throw new Error(`${args[0]} failed (${result.status}): ${result.stderr}`)
  // run-once's peak RSS on the last line of stderr.
  const { peakMegabytes } = JSON.parse(result.stderr.trim().split("\n").at(-1) ?? "{}") as { peakMegabytes: number }
  return { stdout: result.stdout, seconds, peakMegabytes }
}

const runCli = (corpus: string, db: string, out: string): RunResult => {
  const before = reportFiles(out)
  const { peakMegabytes, seconds, stdout } = cliOnce([
    "run", corpus, "--db", db, "--out", out, "--format", "json", ...(values.jobs === undefined ? [] : ["--jobs", values.jobs])
  ])
  const outcome = JSON.parse(stdout) as { articles: { seen: number; extracted: number }; claims: number }
  return {
    wallSeconds: seconds,
    seen: outcome.articles.seen,
    extracted: outcome.articles.extracted,
    claims: outcome.claims,
    reportsKept: reportFiles(out) === before,
    peakMegabytes
  }
}

const range = (numbers: ReadonlyArray<number>) => {
  const low = round(Math.min(...numbers))
  const high = round(Math.max(...numbers))
  return low === high ? `${low}` : `${low}–${high}`
}

console.log(`stories: ${source} (${stories.length}); sizes: ${scales.map((s) => s * base).join(", ")}; ${repeat} repeats`)
const sizes = scales.map((scale) => {
  const count = scale * base
  const corpus = join(work, `corpus-${count}.jsonl`)
  const bodies = writeBenchCorpus(stories, count, corpus)
  const megabytes = statSync(corpus).size / 1e6
  const repeats = Array.from({ length: repeat }, () => {
    rmSync(join(work, "bench.db"), { force: true })
    rmSync(join(work, "bench.db-wal"), { force: true })
    rmSync(join(work, "bench.db-shm"), { force: true })
    const wink = winkBarePass(bodies)
    const scratch = runCli(corpus, join(work, "bench.db"), join(work, "report"))
    const hash = readAndHash(corpus)
    const rerun = runCli(corpus, join(work, "bench.db"), join(work, "report"))
    const report = cliOnce(["report", "--db", join(work, "bench.db"), "--out", join(work, "report-again")])
    const measured = {
      winkSeconds: round(wink),
      scratch: { ...scratch, wallSeconds: round(scratch.wallSeconds), peakMegabytes: round(scratch.peakMegabytes) },
      readHashSeconds: round(hash),
      rerun: { ...rerun, wallSeconds: round(rerun.wallSeconds), peakMegabytes: round(rerun.peakMegabytes) },
      scratchOverWink: round(scratch.wallSeconds / wink),
      rerunOverReadHash: round(rerun.wallSeconds / hash),
      report: { wallSeconds: round(report.seconds), peakMegabytes: round(report.peakMegabytes) }
    }
    console.log(
      `${count} articles (${round(megabytes)} MB): wink bare pass ${measured.winkSeconds} s; run from scratch ` +
        `${measured.scratch.wallSeconds} s = ${measured.scratchOverWink}x wink, peak ${measured.scratch.peakMegabytes} MB, ` +
        `${scratch.claims} claims; read + hash ${measured.readHashSeconds} s; rerun ${measured.rerun.wallSeconds} s = ` +
        `${measured.rerunOverReadHash}x read + hash (${rerun.extracted} extracted, reports ${rerun.reportsKept ? "kept" : "rendered again"}); ` +
        `report alone ${measured.report.wallSeconds} s, peak ${measured.report.peakMegabytes} MB`
    )
    return measured
  })
  return { articles: count, megabytes: round(megabytes), repeats }
})

console.log("\n| articles | run ÷ wink bare pass | run (s) | rerun (s) | rerun ÷ read + hash | peak RSS (MB) | report alone: peak RSS (MB) |")
console.log("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
for (const size of sizes) {
  const of = <A>(pick: (r: (typeof size.repeats)[number]) => A) => size.repeats.map(pick) as Array<number>
  console.log(
    `| ${size.articles} | ${range(of((r) => r.scratchOverWink))} | ${range(of((r) => r.scratch.wallSeconds))} | ` +
      `${range(of((r) => r.rerun.wallSeconds))} | ${range(of((r) => r.rerunOverReadHash))} | ${range(of((r) => r.scratch.peakMegabytes))} | ${range(of((r) => r.report.peakMegabytes))} |`
  )
}

mkdirSync(join(root, ".bench"), { recursive: true })
writeFileSync(join(root, ".bench", "speed.json"), JSON.stringify({ stories: source, sizes }, null, 2) + "\n")
rmSync(work, { recursive: true, force: true })
