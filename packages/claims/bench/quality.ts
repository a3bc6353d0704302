/**
 * `pnpm bench:quality`: runs cleanArticle + extractArticle over every hand-annotated gold text
 * (the five seeds, the written texts, the negative corpus), prints precision, recall and F1 for
 * time expressions, quantities and claims, and writes the numbers to .bench/quality.json.
 * `--errors` also prints every document's missed and spurious items.
 */
import { createHash } from "node:crypto"
import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { type Article, cleanArticle, compileGazetteer, decodeIsoDay, defaultGazetteer, EXTRACTOR_VERSION, extractArticle } from "@crosscheck/claims"
import type { GoldDocument } from "./gold/gold-annotation.js"
import { findRepoRoot, readGoldSet } from "./gold/read-gold-set.js"
import { formatErrors, formatQualityTable } from "./report/format-quality-table.js"
import { makeQualityReport } from "./report/quality-report.js"
import { scoreDocument } from "./score/score-document.js"
import { readGoldNews } from "./news/gold-news.js"
import { formatErrorCauses, formatNewsScore, scoreNews } from "./news/score-news.js"

const articleOf = (document: GoldDocument): Article => ({
  id: document.annotation.file,
  path: `fixtures/${document.annotation.file}`,
  format: "text",
  metadata: {
    published: decodeIsoDay(document.annotation.published)!,
    ...(document.title === undefined ? {} : { title: document.title }),
    ...(document.outlet === undefined ? {} : { outlet: document.outlet })
  },
  text: document.text,
  contentHash: createHash("sha256").update(document.text).digest("hex")
})

const root = findRepoRoot(import.meta.url)
const matcher = compileGazetteer(defaultGazetteer)
const scored = readGoldSet(root).map((document) => {
  const extraction = extractArticle(cleanArticle(articleOf(document)), { matcher, published: document.annotation.published })
  return { document, scores: scoreDocument(document.annotation, extraction) }
})
const report = makeQualityReport(scored)

console.log(formatQualityTable(report))
if (process.argv.includes("--errors")) console.log(`\n${formatErrors(report.documents)}`)

// Real news, annotated independently (bench/gold-news/GUIDE.md): the development articles always
// (the first draw's half and later draws, dev-b, dev-c and dev-d); the validation sample when asked (`--validation`: its totals only, so that nobody tunes to its
// articles); the held-out test half only when asked (`--test`), once the rules are final.
const splits = ["dev", "dev-b", "dev-c", "dev-d", ...["validation", "test"].filter((split) => process.argv.includes(`--${split}`))]
const news = splits.map((split) => scoreNews(split, readGoldNews(root, split)))
for (const score of news) {
  console.log(`\n${formatNewsScore(score)}`)
  if (process.argv.includes("--errors") && score.split !== "validation") {
    console.log(`\n${formatErrorCauses(score)}\n\n${score.errors.join("\n")}`)
  }
}

const out = join(root, ".bench")
mkdirSync(out, { recursive: true })
writeFileSync(join(out, "quality.json"), JSON.stringify({ extractor: EXTRACTOR_VERSION, ...report, news: news.map(({ errors, ...score }) => score) }, null, 2) + "\n")
console.log(`\nwrote ${join(".bench", "quality.json")}`)
