// The claims one extractor adds and drops against another over Reuters+BBC (two dumps of dump-claims.mjs), by their fields (a quote
// that only grew is no change), shuffled together unmarked for a blind judge.
import { readFileSync, writeFileSync } from "node:fs"
import { seededRandom, shuffledWith } from "../seeded-shuffle.mjs"
// Usage: node bench/claim-changes/draw-changes.mjs <before.tsv> <after.tsv> <outDir> [perSide]
const [oldTsv, newTsv, outDir, perSide] = process.argv.slice(2)
const parse = (l) => {
  const [article, rest] = l.split("\t")
  const f = rest.split(" | ")
  const quote = f.slice(10).join(" | ").replace(/^«|»$/g, "")
  const [predicate, holder, measure, item, counterpart, period, status, aspect, value, unresolved] = f
  return { article, key: [article, holder, measure, item, counterpart, period, status, aspect, value, unresolved].join("|"),
    claim: { holder: holder || null, measure: measure || null, item: item || null, counterpart: counterpart || null, period: period || null, status, aspect, value, unresolved: unresolved || null, quote_start: quote } }
}
const lines = (f) => readFileSync(f, "utf8").split("\n").filter(Boolean).map(parse)
const before = lines(oldTsv), after = lines(newTsv)
const count = (xs) => xs.reduce((m, x) => m.set(x.key, (m.get(x.key) ?? 0) + 1), new Map())
const cb = count(before), ca = count(after)
const only = (xs, other) => { const left = new Map(other); return xs.filter((x) => { const n = left.get(x.key) ?? 0; if (n > 0) { left.set(x.key, n - 1); return false } return true }) }
const added = only(after, cb).map((x) => ({ ...x, side: "added" })), dropped = only(before, ca).map((x) => ({ ...x, side: "dropped" }))
// A seeded draw of at most PER_SIDE from each side: the judge reads every article whole.
const PER_SIDE = Number(perSide ?? 45)
const pick = (xs) => shuffledWith(seededRandom(PER_SIDE))(xs).slice(0, PER_SIDE)
const texts = new Map()
for (const corpus of ["reuters", "bbc"]) for (const l of readFileSync(new URL(`../../../shared/corpus/${corpus}/articles.jsonl`, import.meta.url), "utf8").split("\n")) { if (!l) continue; const a = JSON.parse(l); texts.set(a.id, a) }
const all = shuffledWith(seededRandom(20261206))([...pick(added), ...pick(dropped)])
const sample = all.map((x, n) => { const a = texts.get(x.article); return { n, article: x.article, published: a.published ?? null, title: a.title, text: a.body, claim: x.claim } })
writeFileSync(`${outDir}/sample.jsonl`, sample.map((s) => JSON.stringify(s)).join("\n") + "\n")
writeFileSync(`${outDir}/key.jsonl`, all.map((x, n) => JSON.stringify({ n, side: x.side, article: x.article, claim: x.claim })).join("\n") + "\n")
console.log("added", added.length, "dropped", dropped.length)
