// Draws the real-news gold sample once, reproducibly (a fixed seed), before anyone annotates it.
// Every stratum is dealt alternately into a development half (study it) and a test half (report it,
// never tune).
// Usage: node bench/gold-news/sample.mjs ../shared/corpus
import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { drawStrata, sourceCounts } from "./draw-strata.mjs"

const corpus = process.argv[2] ?? "../shared/corpus"
const out = new URL(".", import.meta.url).pathname

const strata = drawStrata({
  corpus,
  seed: 20261204,
  sizes: {
    reuters: [["earn", 14], ["acq", 8], ["trade", 8], ["money-fx", 5], ["gnp", 5], ["grain", 5], ["crude", 5], ["interest", 3], ["ship", 3]],
    bbc: [["business", 20], ["politics", 12]],
    timebank: 22
  }
})

const halves = { dev: [], test: [] }
for (const stratum of strata) stratum.forEach((a, i) => halves[i % 2 === 0 ? "dev" : "test"].push(a))
for (const [half, articles] of Object.entries(halves)) {
  mkdirSync(join(out, half), { recursive: true })
  writeFileSync(join(out, half, "articles.jsonl"), articles.map((a) => JSON.stringify(a)).join("\n") + "\n")
  console.log(`${half}: ${articles.length} articles`, sourceCounts(articles))
}
