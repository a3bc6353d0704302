// Draws a validation sample after the first one: new articles from the same strata (a new seed; none
// of the development or test articles), annotated independently like them. It checks whether a rule
// fitted on the development half holds on articles nobody tuned to; its articles are not studied.
// Usage: node bench/gold-news/sample-validation.mjs ../shared/corpus
import { mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { drawStrata, sourceCounts } from "./draw-strata.mjs"

const corpus = process.argv[2] ?? "../shared/corpus"
const out = new URL(".", import.meta.url).pathname
const idsOf = (half) =>
  readFileSync(join(out, half, "articles.jsonl"), "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line).id)

const strata = drawStrata({
  corpus,
  seed: 20261205,
  exclude: new Set([...idsOf("dev"), ...idsOf("test")]),
  sizes: {
    reuters: [["earn", 6], ["acq", 3], ["trade", 3], ["money-fx", 2], ["gnp", 2], ["grain", 2], ["crude", 2], ["interest", 1], ["ship", 1]],
    bbc: [["business", 8], ["politics", 4]],
    timebank: 6
  }
})
const articles = strata.flat()
mkdirSync(join(out, "validation"), { recursive: true })
writeFileSync(join(out, "validation", "articles.jsonl"), articles.map((a) => JSON.stringify(a)).join("\n") + "\n")
console.log(`validation: ${articles.length} articles`, sourceCounts(articles))
