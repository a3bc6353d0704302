/**
 * `node dist-bench/pipeline/bench/crossref-bench.js [--articles N] [--scales 1,2,4] [--jobs J] [--heap-needed]` (after `pnpm
 * typecheck`): the cross-reference stage's own memory as the corpus grows. For each scale, the
 * Reuters and BBC stories beside the repository repeated that many times (each copy an article of
 * its own, as the speed bench makes them) are stored by `crosscheck run --shard 1/1` (extraction
 * and store only), then cross-referenced alone in a process of its own (crossref-once.js, no
 * reports): its peak RSS and live-heap peak. Results go to .bench/crossref.json.
 */
import { spawnSync } from "node:child_process"
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { parseArgs } from "node:util"
import { loadStories, writeBenchCorpus } from "./bench-corpus.js"

const root = fileURLToPath(new URL("../../../", import.meta.url))
const cli = fileURLToPath(new URL("../../../packages/pipeline/bin/crosscheck.js", import.meta.url))
const once = fileURLToPath(new URL("./crossref-once.js", import.meta.url))
const { values } = parseArgs({
  options: { articles: { type: "string" }, scales: { type: "string", default: "1,2,4" }, jobs: { type: "string" }, "heap-needed": { type: "boolean" } }
})
const work = mkdtempSync(join(tmpdir(), "crosscheck-crossref-bench-"))
const loaded = loadStories(root, work)
const { source } = loaded
// `--articles N`: the first N stories only (a quick look); by default every one.
const stories = values.articles === undefined ? loaded.stories : loaded.stories.slice(0, Number(values.articles))

/**
 * `--heap-needed`: the smallest old generation (`--max-old-space-size`, to 4 MB) the stage completes
 * in, found by bisection: the live heap's true peak, which sampling every 250 ms can miss when it
 * lasts less (each try cross-references the store again, with the same result).
 */
const heapNeeded = (db: string): number => {
  let [fails, completes] = [8, 256]
  while (completes - fails > 4) {
    const tried = Math.floor((fails + completes) / 2)
    const crossref = spawnSync(process.execPath, [`--max-old-space-size=${tried}`, once, db], { encoding: "utf8" })
    if (crossref.status === 0) completes = tried
    else fails = tried
  }
  return completes
}

const results = values.scales.split(",").map(Number).map((scale) => {
  const corpus = join(work, `corpus-${scale}.jsonl`)
  const db = join(work, `store-${scale}.db`)
  writeBenchCorpus(stories, stories.length * scale, corpus)
  const stored = spawnSync(process.execPath, [cli, "run", corpus, "--db", db, "--shard", "1/1", "--quiet", ...(values.jobs === undefined ? [] : ["--jobs", values.jobs])], {
    encoding: "utf8"
  })
  if (stored.status !== 0) throw new Error(`storing ${corpus} failed: ${stored.stderr}`)
  const crossref = spawnSync(process.execPath, ["--expose-gc", once, db], { encoding: "utf8" })
  if (crossref.status !== 0) throw new Error(`cross-referencing ${db} failed: ${crossref.stderr}`)
  const measured = JSON.parse(crossref.stdout.trim().split("\n").at(-1)!) as Record<string, number>
  const row: Record<string, number> = {
    scale,
    articles: stories.length * scale,
    ...measured,
    ...(values["heap-needed"] === true ? { heapNeededMegabytes: heapNeeded(db) } : {})
  }
  console.log(JSON.stringify(row))
  rmSync(db, { force: true })
  return row
})
mkdirSync(join(root, ".bench"), { recursive: true })
writeFileSync(join(root, ".bench", "crossref.json"), JSON.stringify({ source, results }, null, 2) + "\n")
rmSync(work, { recursive: true, force: true })
console.log("\n| articles | relations | seconds | peak RSS (MB) | live heap peak (MB) | old generation needed (MB) |\n| ---: | ---: | ---: | ---: | ---: | ---: |")
for (const r of results) {
  console.log(`| ${r["articles"]} | ${r["relations"]} | ${r["seconds"]} | ${r["peakMegabytes"]} | ${r["heapPeakMegabytes"]} | ${r["heapNeededMegabytes"] ?? "-"} |`)
}
