// Draws later gold samples after the first (dev and test): new articles from the same strata, each
// draw with its own seed and none of the articles drawn before it, annotated independently like them.
// - validation: checks whether a rule fitted on the development articles holds on articles nobody
//   tuned to; only its totals are looked at (`bench:quality --validation`).
// - dev-b: more development articles to study, so that rules are fitted to more than one small half.
// - dev-c: more prose (BBC, TimeBank, Reuters outside the results tables), scored first as a fresh sample, then studied.
// - dev-d: the same kind of draw again, once the rules had been fitted to dev-c.
// Usage: node bench/gold-news/sample-more.mjs <name> [../shared/corpus]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { drawStrata, sourceCounts } from "./draw-strata.mjs"

const DRAWS = [
  {
    name: "validation",
    seed: 20261205,
    sizes: {
      reuters: [["earn", 6], ["acq", 3], ["trade", 3], ["money-fx", 2], ["gnp", 2], ["grain", 2], ["crude", 2], ["interest", 1], ["ship", 1]],
      bbc: [["business", 8], ["politics", 4]],
      timebank: 6
    }
  },
  {
    name: "dev-b",
    seed: 20261206,
    sizes: {
      reuters: [["earn", 8], ["acq", 5], ["trade", 4], ["money-fx", 3], ["gnp", 3], ["grain", 3], ["crude", 3], ["interest", 2], ["ship", 1]],
      bbc: [["business", 11], ["politics", 7]],
      timebank: 10
    }
  },
  {
    // Prose, where the rules fitted to dev and dev-b hold least (BBC and TimeBank precision on the test half): more of it to study.
    name: "dev-c",
    seed: 20261207,
    sizes: {
      reuters: [["acq", 3], ["trade", 3], ["money-fx", 2], ["gnp", 2], ["crude", 2], ["earn", 2]],
      bbc: [["business", 10], ["politics", 6]],
      timebank: 10
    }
  },
  {
    // A fresh sample drawn after the rules were fitted to dev-c: scored first, as an estimate on articles nobody tuned to, then studied.
    name: "dev-d",
    seed: 20261208,
    sizes: {
      reuters: [["acq", 2], ["trade", 2], ["money-fx", 1], ["gnp", 1], ["crude", 1], ["earn", 2], ["grain", 1]],
      bbc: [["business", 8], ["politics", 4]],
      timebank: 8
    }
  }
]

const [name, corpus = "../shared/corpus"] = process.argv.slice(2)
const at = DRAWS.findIndex((draw) => draw.name === name)
if (at < 0) throw new Error(`usage: sample-more.mjs <${DRAWS.map((d) => d.name).join("|")}> [corpus]`)
const out = new URL(".", import.meta.url).pathname
const idsOf = (split) => {
  const file = join(out, split, "articles.jsonl")
  if (!existsSync(file)) throw new Error(`${file}: draw ${split} first`)
  return readFileSync(file, "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line).id)
}

const { seed, sizes } = DRAWS[at]
const before = ["dev", "test", ...DRAWS.slice(0, at).map((draw) => draw.name)]
const articles = drawStrata({ corpus, seed, sizes, exclude: new Set(before.flatMap(idsOf)) }).flat()
mkdirSync(join(out, name), { recursive: true })
writeFileSync(join(out, name, "articles.jsonl"), articles.map((a) => JSON.stringify(a)).join("\n") + "\n")
console.log(`${name}: ${articles.length} articles`, sourceCounts(articles))
