/**
 * `pnpm bench:quality`: runs cleanArticle + extractArticle over every hand-annotated gold text
 * (the five seeds, the written texts, the negative corpus), prints precision, recall and F1 for
 * time expressions, quantities and claims, and writes the numbers to .bench/quality.json.
 * `--errors` also prints every document's missed and spurious items.
 */
import { createHash } from "node:crypto"
import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { type Article, cleanArticle, compileGazetteer, defaultGazetteer, EXTRACTOR_VERSION, extractArticle } from "@crosscheck/claims"
import type { GoldDocument } from "./gold/gold-annotation.js"
import { findRepoRoot, readGoldSet } from "./gold/read-gold-set.js"
import { formatErrors, formatQualityTable } from "./report/format-quality-table.js"
import { makeQualityReport } from "./report/quality-report.js"
import { scoreDocument } from "./score/score-document.js"

const articleOf = (document: GoldDocument): Article => ({
  id: document.annotation.file,
  path: `fixtures/${document.annotation.file}`,
  format: "text",
  metadata: {
    published: document.annotation.published,
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

const out = join(root, ".bench")
mkdirSync(out, { recursive: true })
writeFileSync(join(out, "quality.json"), JSON.stringify({ extractor: EXTRACTOR_VERSION, ...report }, null, 2) + "\n")
console.log(`\nwrote ${join(".bench", "quality.json")}`)
