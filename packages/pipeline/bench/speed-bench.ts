/**
 * `pnpm bench` first (or `node dist-bench/pipeline/bench/speed-bench.js [--articles N] [--scales 1,2,4]
 * [--repeat R] [--reruns K] [--jobs J]`): the whole pipeline against
 * wink-nlp's bare pass over the same texts, measured side by side in one run (the machine may be
 * shared: ratios of neighbouring measurements hold better than seconds, and each is repeated).
 *
 * For each corpus size (N articles times each scale; N defaults to every Reuters and BBC story
 * beside the repository, else 3,000 generated ones), each repeat measures:
 * - wink's bare pass: `readDoc` with its default pipe over every text, in this process;
 * - `run` from scratch, in a process of its own (wall clock from spawn to exit, and its peak RSS);
 * - then K times (`--reruns`, default 3), alternating: a bare read + hash of the corpus (the file
 *   read, its lines parsed, each body hashed), in this process and in a node process of its own
 *   (spawn to exit, as a rerun is timed); `run` again with nothing changed, in a process of its own
 *   (replayed from what the last run recorded: bin/crosscheck.js); and the same rerun in full
 *   (`CROSSCHECK_NO_REPLAY=1`), what it costs without the replay.
 * - `report` over the store the run made, in a process of its own: the report stage's peak RSS alone
 *   (a run's peak is that of its worst stage).
 * The rerun's ratio to the read + hash is taken within each alternation. Results go to .bench/speed.json.
 */
import { spawnSync } from "node:child_process"
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { parseArgs } from "node:util"
import { loadStories, writeBenchCorpus } from "./bench-corpus.js"
import { readAndHash } from "./read-and-hash.js"

const root = fileURLToPath(new URL("../../../", import.meta.url))
const runOnce = fileURLToPath(new URL("./run-once.js", import.meta.url))
const { values } = parseArgs({
  options: {
    articles: { type: "string" },
    scales: { type: "string", default: "1" },
    repeat: { type: "string", default: "2" },
    reruns: { type: "string", default: "3" },
    jobs: { type: "string" }
  }
})
const work = mkdtempSync(join(tmpdir(), "crosscheck-bench-"))
const { source, stories } = loadStories(root, work)
const base = values.articles === undefined ? stories.length : Number(values.articles)
const scales = values.scales.split(",").map(Number)
const repeat = Number(values.repeat)
const reruns = Number(values.reruns)

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

const readAndHashOnce = fileURLToPath(new URL("./read-and-hash-once.js", import.meta.url))
const timedReadAndHash = (corpus: string) => timed(() => readAndHash(corpus)).seconds
/** The same read + hash in a node process of its own: spawn to exit, as a rerun is timed. */
const readAndHashSpawned = (corpus: string) =>
  timed(() => {
    const result = spawnSync(process.execPath, [readAndHashOnce, corpus], { encoding: "utf8" })
    if (result.status !== 0) throw new Error(`read + hash failed: ${result.stderr}`)
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
const cliOnce = (args: ReadonlyArray<string>, env: NodeJS.ProcessEnv = process.env) => {
  const { result, seconds } = timed(() => spawnSync(process.execPath, [runOnce, ...args], { encoding: "utf8", maxBuffer: 1 << 28, env }))
  if (result.status !== 0) throw new Error(`${args[0]} failed (${result.status}): ${result.stderr}`)
  // run-once's peak RSS on the last line of stderr.
  const { peakMegabytes } = JSON.parse(result.stderr.trim().split("\n").at(-1) ?? "{}") as { peakMegabytes: number }
  return { stdout: result.stdout, seconds, peakMegabytes }
}

/** Runs the CLI; `replay: false` sets CROSSCHECK_NO_REPLAY, so that a no-change rerun runs in full. */
const runCli = (corpus: string, db: string, out: string, options: { readonly replay: boolean } = { replay: true }): RunResult => {
  const before = reportFiles(out)
  const { peakMegabytes, seconds, stdout } = cliOnce(
    ["run", corpus, "--db", db, "--out", out, "--format", "json", ...(values.jobs === undefined ? [] : ["--jobs", values.jobs])],
    options.replay ? process.env : { ...process.env, CROSSCHECK_NO_REPLAY: "1" }
  )
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
    // Alternating, so that a change in the machine's load falls on both sides of each ratio.
    const alternations = Array.from({ length: reruns }, () => {
      const hash = timedReadAndHash(corpus)
      const hashSpawned = readAndHashSpawned(corpus)
      const rerun = runCli(corpus, join(work, "bench.db"), join(work, "report"))
      const full = runCli(corpus, join(work, "bench.db"), join(work, "report"), { replay: false })
      return { hash, hashSpawned, rerun, full }
    })
    const rerun = alternations[0]!.rerun
    const report = cliOnce(["report", "--db", join(work, "bench.db"), "--out", join(work, "report-again")])
    const measured = {
      winkSeconds: round(wink),
      scratch: { ...scratch, wallSeconds: round(scratch.wallSeconds), peakMegabytes: round(scratch.peakMegabytes) },
      reruns: alternations.map(({ full, hash, hashSpawned, rerun }) => ({
        readHashSeconds: round(hash),
        readHashSpawnedSeconds: round(hashSpawned),
        rerun: { ...rerun, wallSeconds: round(rerun.wallSeconds), peakMegabytes: round(rerun.peakMegabytes) },
        fullRerun: { ...full, wallSeconds: round(full.wallSeconds), peakMegabytes: round(full.peakMegabytes) },
        rerunOverReadHash: round(rerun.wallSeconds / hash),
        rerunOverSpawnedReadHash: round(rerun.wallSeconds / hashSpawned)
      })),
      scratchOverWink: round(scratch.wallSeconds / wink),
      report: { wallSeconds: round(report.seconds), peakMegabytes: round(report.peakMegabytes) }
    }
    console.log(
      `${count} articles (${round(megabytes)} MB): wink bare pass ${measured.winkSeconds} s; run from scratch ` +
        `${measured.scratch.wallSeconds} s = ${measured.scratchOverWink}x wink, peak ${measured.scratch.peakMegabytes} MB, ` +
        `${scratch.claims} claims; report alone ${measured.report.wallSeconds} s, peak ${measured.report.peakMegabytes} MB`
    )
    for (const r of measured.reruns) {
      console.log(
        `  read + hash ${r.readHashSeconds} s (own process ${r.readHashSpawnedSeconds} s); no-change rerun ${r.rerun.wallSeconds} s = ` +
          `${r.rerunOverReadHash}x read + hash (${r.rerunOverSpawnedReadHash}x in its own process), peak ${r.rerun.peakMegabytes} MB ` +
          `(${r.rerun.extracted} extracted, reports ${r.rerun.reportsKept ? "kept" : "rendered again"}); in full ${r.fullRerun.wallSeconds} s`
      )
    }
    if (alternations.some(({ full, rerun }) => rerun.extracted > 0 || full.extracted > 0 || !rerun.reportsKept)) {
      throw new Error(`a no-change rerun extracted articles or rendered reports (first: ${JSON.stringify(rerun)})`)
    }
    return measured
  })
  return { articles: count, megabytes: round(megabytes), repeats }
})

console.log(
  "\n| articles | run ÷ wink bare pass | run (s) | read + hash (s) | no-change rerun (s) | rerun ÷ read + hash | rerun in full (s) | peak RSS (MB) | report alone: peak RSS (MB) |"
)
console.log("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
for (const size of sizes) {
  const of = (pick: (r: (typeof size.repeats)[number]) => number) => size.repeats.map(pick)
  const ofReruns = (pick: (r: (typeof size.repeats)[number]["reruns"][number]) => number) =>
    size.repeats.flatMap((r) => r.reruns.map(pick))
  console.log(
    `| ${size.articles} | ${range(of((r) => r.scratchOverWink))} | ${range(of((r) => r.scratch.wallSeconds))} | ` +
      `${range(ofReruns((r) => r.readHashSeconds))} (own process ${range(ofReruns((r) => r.readHashSpawnedSeconds))}) | ` +
      `${range(ofReruns((r) => r.rerun.wallSeconds))} | ${range(ofReruns((r) => r.rerunOverReadHash))} ` +
      `(${range(ofReruns((r) => r.rerunOverSpawnedReadHash))} own process) | ${range(ofReruns((r) => r.fullRerun.wallSeconds))} | ` +
      `${range(of((r) => r.scratch.peakMegabytes))} | ${range(of((r) => r.report.peakMegabytes))} |`
  )
}

mkdirSync(join(root, ".bench"), { recursive: true })
writeFileSync(join(root, ".bench", "speed.json"), JSON.stringify({ stories: source, sizes }, null, 2) + "\n")
rmSync(work, { recursive: true, force: true })
