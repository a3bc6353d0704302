/**
 * `pnpm bench`: times the whole pipeline (`crosscheck run`) over a corpus of a few thousand real
 * news articles — the BBC corpus beside the repository when it is there, else one generated from
 * the fixtures — then an incremental re-run, and extraction alone; then the same corpus into a
 * real PostgreSQL server on loopback, in one run and in 4 shards run at once (separate processes,
 * as on separate runners) followed by `crosscheck crossref`. Prints articles/s, MB/s and peak
 * memory, and writes them to .bench/pipeline.json.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { cleanArticle, compileGazetteer, defaultGazetteer, extractArticle } from "@crosscheck/claims"
import { pipelineLayer, runPipeline } from "@crosscheck/pipeline"
import * as NodeServices from "@effect/platform-node/NodeServices"
import { Effect } from "effect"
import { spawn } from "node:child_process"
import { startEmbeddedPostgres } from "./embedded-postgres.js"
import { generateCorpus } from "./generate-corpus.js"

const root = fileURLToPath(new URL("../../../", import.meta.url))
const bbc = join(root, "..", "shared", "corpus", "bbc", "articles.jsonl")
const work = mkdtempSync(join(tmpdir(), "crosscheck-bench-"))
const corpus = existsSync(bbc) ? bbc : generateCorpus(join(root, "fixtures"), join(work, "generated.jsonl"), 3000)
const lines = readFileSync(corpus, "utf8").split("\n").filter((line) => line.trim() !== "")
const bytes = statSync(corpus).size
const megabytes = bytes / 1e6

const timeRun = async (label: string, db = join(work, "bench.db")) => {
  const started = performance.now()
  const summary = await Effect.runPromise(
    runPipeline({ corpus, outDir: join(work, "report"), formats: ["md", "html", "json"] }).pipe(
      Effect.provide(pipelineLayer({ db })),
      Effect.provide(NodeServices.layer)
    )
  )
  const seconds = (performance.now() - started) / 1000
  const result = {
    label,
    articles: summary.articles.seen,
    extracted: summary.articles.extracted,
    claims: summary.claims,
    seconds: round(seconds),
    articlesPerSecond: round(summary.articles.seen / seconds),
    megabytesPerSecond: round(megabytes / seconds)
  }
  console.log(`${label.padEnd(22)} ${result.articles} articles in ${result.seconds} s: ` +
    `${result.articlesPerSecond} articles/s, ${result.megabytesPerSecond} MB/s, ${result.claims} claims`)
  return result
}

const timeExtraction = () => {
  const matcher = compileGazetteer(defaultGazetteer)
  const started = performance.now()
  const cpuBefore = process.cpuUsage()
  let text = 0
  for (const [index, line] of lines.entries()) {
    const { body } = JSON.parse(line) as { body: string }
    text += body.length
    extractArticle(
      cleanArticle({ id: String(index), path: String(index), format: "text", metadata: {}, text: body, contentHash: "" }),
      { matcher }
    )
  }
  const seconds = (performance.now() - started) / 1000
  // CPU time is what "per core" means, and it holds steady when other processes share the machine.
  const cpu = process.cpuUsage(cpuBefore)
  const cpuSeconds = (cpu.user + cpu.system) / 1e6
  const result = {
    label: "extraction only",
    seconds: round(seconds),
    cpuSeconds: round(cpuSeconds),
    megabytesPerSecond: round(text / 1e6 / seconds),
    megabytesPerCpuSecond: round(text / 1e6 / cpuSeconds)
  }
  console.log(
    `${result.label.padEnd(22)} ${round(text / 1e6)} MB of text in ${result.seconds} s (${result.cpuSeconds} s of CPU): ` +
      `${result.megabytesPerSecond} MB/s wall, ${result.megabytesPerCpuSecond} MB per CPU-second on one core`
  )
  return result
}

const round = (n: number) => Math.round(n * 100) / 100

const bin = join(root, "packages", "pipeline", "bin", "crosscheck.js")

/** Runs the crosscheck bin; resolves when it exits 0. */
const crosscheck = (args: ReadonlyArray<string>) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ["ignore", "ignore", "inherit"] })
    child.on("error", reject)
    child.on("close", (status) => status === 0 ? resolve() : reject(new Error(`crosscheck ${args[0]} exited ${status}`)))
  })

/** The whole corpus in `count` shards run at once, each its own process, then crossref: wall time. */
const timeShards = async (db: string, count: number) => {
  const label = `postgres, ${count} shards`
  const started = performance.now()
  await Promise.all(Array.from({ length: count }, (_, i) =>
    crosscheck(["run", corpus, "--db", db, "--shard", `${i + 1}/${count}`, "--quiet"])))
  const stored = (performance.now() - started) / 1000
  await crosscheck(["crossref", "--db", db, "--out", join(work, "report-shards"), "--quiet"])
  const seconds = (performance.now() - started) / 1000
  const result = {
    label,
    articles: lines.length,
    shardsSeconds: round(stored),
    crossrefSeconds: round(seconds - stored),
    seconds: round(seconds),
    articlesPerSecond: round(lines.length / seconds),
    megabytesPerSecond: round(megabytes / seconds)
  }
  console.log(`${label.padEnd(22)} ${result.articles} articles in ${result.seconds} s ` +
    `(shards ${result.shardsSeconds} s, then crossref ${result.crossrefSeconds} s): ` +
    `${result.articlesPerSecond} articles/s, ${result.megabytesPerSecond} MB/s`)
  return result
}

console.log(`corpus: ${corpus} (${lines.length} articles, ${round(megabytes)} MB)`)
const first = await timeRun("run (from scratch)")
const second = await timeRun("run (incremental)")
const extraction = timeExtraction()
const server = await startEmbeddedPostgres()
const postgres = await (async () => {
  const one = await timeRun("postgres, one run", await server.createDatabase("bench_one"))
  const sharded = await timeShards(await server.createDatabase("bench_shards"), 4)
  return { one, sharded }
})().finally(server.stop)
const peakMegabytes = round(process.resourceUsage().maxRSS / 1024)
console.log(`peak memory (max RSS): ${peakMegabytes} MB`)

mkdirSync(join(root, ".bench"), { recursive: true })
writeFileSync(
  join(root, ".bench", "pipeline.json"),
  JSON.stringify(
    { corpus, articles: lines.length, megabytes: round(megabytes), runs: [first, second], extraction, postgres, peakMegabytes },
    null,
    2
  ) + "\n"
)
rmSync(work, { recursive: true, force: true })
