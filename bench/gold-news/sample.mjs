// Draws the real-news gold sample once, reproducibly (a fixed seed), before anyone annotates it:
// Reuters stratified by topic, BBC business and politics, TimeBank/AQUAINT newswire. Every stratum
// is dealt alternately into a development half (study it) and a test half (report it, never tune).
// Usage: node bench/gold-news/sample.mjs ../shared/corpus
import { seededRandom, shuffledWith } from "../seeded-shuffle.mjs"
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from "node:fs"
import { join } from "node:path"

const corpus = process.argv[2] ?? "../shared/corpus"
const out = new URL(".", import.meta.url).pathname

const shuffled = shuffledWith(seededRandom(20261204))
const readJsonl = (file) => readFileSync(file, "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line))
// Annotation effort is bounded: stories of 300 to 4,000 characters (most wire and web news).
const annotatable = (a) => a.body.length >= 300 && a.body.length <= 4000

const strata = []
const reuters = readJsonl(join(corpus, "reuters/articles.jsonl")).filter(annotatable)
const taken = new Set()
for (const [topic, n] of [["earn", 14], ["acq", 8], ["trade", 8], ["money-fx", 5], ["gnp", 5], ["grain", 5], ["crude", 5], ["interest", 3], ["ship", 3]]) {
  const pool = shuffled(reuters.filter((a) => a.topics.includes(topic) && !taken.has(a.id))).slice(0, n)
  pool.forEach((a) => taken.add(a.id))
  strata.push(pool.map((a) => ({ id: a.id, source: "reuters", published: a.published, title: a.title, body: a.body })))
}
const bbc = readJsonl(join(corpus, "bbc/articles.jsonl")).filter(annotatable)
for (const [category, n] of [["business", 20], ["politics", 12]]) {
  strata.push(shuffled(bbc.filter((a) => a.category === category)).slice(0, n).map((a) => ({ id: `bbc-${a.id}`, source: "bbc", title: a.title, body: a.body })))
}
const decode = (s) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&")
const timeml = []
for (const dir of ["TimeBank", "AQUAINT"]) {
  for (const file of readdirSync(join(corpus, "timebank", dir)).sort()) {
    const xml = readFileSync(join(corpus, "timebank", dir, file), "utf8")
    const published = /<DCT>.*?value="(\d{4}-\d{2}-\d{2})/s.exec(xml)?.[1]
    const text = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1]
    if (!text || !published) continue
    const body = decode(text.replace(/<[^>]+>/g, "")).trim() + "\n"
    timeml.push({ id: `timebank-${file.replace(/\.tml$/, "")}`, source: "timebank", published, body })
  }
}
strata.push(shuffled(timeml.filter(annotatable)).slice(0, 22))

const halves = { dev: [], test: [] }
for (const stratum of strata) stratum.forEach((a, i) => halves[i % 2 === 0 ? "dev" : "test"].push(a))
for (const [half, articles] of Object.entries(halves)) {
  mkdirSync(join(out, half), { recursive: true })
  writeFileSync(join(out, half, "articles.jsonl"), articles.map((a) => JSON.stringify(a)).join("\n") + "\n")
  console.log(`${half}: ${articles.length} articles`, ["reuters", "bbc", "timebank"].map((s) => `${s} ${articles.filter((a) => a.source === s).length}`).join(", "))
}
