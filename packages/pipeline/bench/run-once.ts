/**
 * One `crosscheck run` in a process of its own (so its peak memory is its own), as the CLI runs
 * it: `node run-once.js <corpus> <db> <out> [jobs]`. Prints one JSON line: seconds, counts and the
 * process's peak RSS (worker threads included).
 */
import { pipelineLayer, runPipeline } from "@crosscheck/pipeline"
import * as NodeServices from "@effect/platform-node/NodeServices"
import { Effect } from "effect"

const [corpus = "", db = "", out = "", jobs] = process.argv.slice(2)
const started = performance.now()
const summary = await Effect.runPromise(
  runPipeline({ corpus, outDir: out, formats: ["md", "html", "json"] }).pipe(
    Effect.provide(pipelineLayer({ db, jobs: jobs === undefined ? undefined : Number(jobs) })),
    Effect.provide(NodeServices.layer)
  )
)
const seconds = (performance.now() - started) / 1000
console.log(JSON.stringify({
  seconds,
  seen: summary.articles.seen,
  extracted: summary.articles.extracted,
  claims: summary.claims,
  reportsKept: summary.reportsKept.length,
  peakMegabytes: process.resourceUsage().maxRSS / 1024
}))
