// The real-news strata every gold sample is drawn from, reproducibly (a seed), so a later sample can
// leave out the articles an earlier one took: Reuters by topic, BBC business and politics,
// TimeBank/AQUAINT newswire.
import { seededRandom, shuffledWith } from "../seeded-shuffle.mjs"
import { readFileSync, readdirSync } from "node:fs"
import { join } from "node:path"

const readJsonl = (file) => readFileSync(file, "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line))
// Annotation effort is bounded: stories of 300 to 4,000 characters (most wire and web news).
const annotatable = (a) => a.body.length >= 300 && a.body.length <= 4000
const decode = (s) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&")

const timemlArticles = (corpus) => {
  const articles = []
  for (const dir of ["TimeBank", "AQUAINT"]) {
    for (const file of readdirSync(join(corpus, "timebank", dir)).sort()) {
      const xml = readFileSync(join(corpus, "timebank", dir, file), "utf8")
      const published = /<DCT>.*?value="(\d{4}-\d{2}-\d{2})/s.exec(xml)?.[1]
      const text = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1]
      if (!text || !published) continue
      const body = decode(text.replace(/<[^>]+>/g, "")).trim() + "\n"
      articles.push({ id: `timebank-${file.replace(/\.tml$/, "")}`, source: "timebank", published, body })
    }
  }
  return articles
}

/**
 * Strata of articles drawn with `seed`: `sizes.reuters` is [topic, n] pairs, `sizes.bbc` [category, n]
 * pairs, `sizes.timebank` a count. Articles whose ids are in `exclude` are never drawn.
 */
export const drawStrata = ({ corpus, seed, sizes, exclude = new Set() }) => {
  const shuffled = shuffledWith(seededRandom(seed))
  const fresh = (a) => annotatable(a) && !exclude.has(a.id)
  const strata = []
  const reuters = readJsonl(join(corpus, "reuters/articles.jsonl")).filter(fresh)
  const taken = new Set()
  for (const [topic, n] of sizes.reuters) {
    const pool = shuffled(reuters.filter((a) => a.topics.includes(topic) && !taken.has(a.id))).slice(0, n)
    pool.forEach((a) => taken.add(a.id))
    strata.push(pool.map((a) => ({ id: a.id, source: "reuters", published: a.published, title: a.title, body: a.body })))
  }
  const bbc = readJsonl(join(corpus, "bbc/articles.jsonl"))
    .map((a) => ({ ...a, id: `bbc-${a.id}` }))
    .filter(fresh)
  for (const [category, n] of sizes.bbc) {
    strata.push(shuffled(bbc.filter((a) => a.category === category)).slice(0, n).map((a) => ({ id: a.id, source: "bbc", title: a.title, body: a.body })))
  }
  strata.push(shuffled(timemlArticles(corpus).filter(fresh)).slice(0, sizes.timebank))
  return strata
}

export const sourceCounts = (articles) =>
  ["reuters", "bbc", "timebank"].map((s) => `${s} ${articles.filter((a) => a.source === s).length}`).join(", ")
