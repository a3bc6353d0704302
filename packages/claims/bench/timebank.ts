/**
 * `pnpm bench:time`: the time tagger on TimeBank 1.2 and AQUAINT (the TempEval-3 training data, 256
 * newswire documents with hand-annotated TIMEX3), scored as TempEval-3 Task A scores: strict and
 * relaxed span, type and value. `--errors` lists every miss and difference.
 * Usage: node dist-bench/claims/bench/timebank.js [../shared/corpus/timebank] [--errors]
 */
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { analyze, decodeReferenceDate, findTimexes } from "@crosscheck/claims"
import { findRepoRoot } from "./gold/read-gold-set.js"
import { alignDocument, type DocumentAlignment, errorLines, formatScores, scoreAlignments } from "./time/tempeval-score.js"
import { readTimeML } from "./time/read-timeml.js"

const args = process.argv.slice(2)
const corpus = args.find((a) => !a.startsWith("--")) ?? join(findRepoRoot(import.meta.url), "..", "shared", "corpus", "timebank")
const errors: Array<string> = []
const bySet = ["TimeBank", "AQUAINT"].map((set) => {
  const alignments: Array<DocumentAlignment> = []
  for (const file of readdirSync(join(corpus, set)).filter((f) => f.endsWith(".tml")).sort()) {
    const doc = readTimeML(file, readFileSync(join(corpus, set, file), "utf8"))
    if (doc === undefined) {
      console.error(`${join(corpus, set, file)}: no TEXT or no DCT, left out`)
      continue
    }
    const found = findTimexes(analyze(doc.text), decodeReferenceDate({ date: doc.dct, basis: "metadata", why: "the DCT" }))
    const alignment = alignDocument(doc.timexes, found)
    errors.push(...errorLines(doc, doc.text, alignment))
    alignments.push(alignment)
  }
  return { set, documents: alignments.length, alignments }
})
for (const { set, documents, alignments } of bySet) console.log(`${formatScores(`${set} (${documents} documents)`, scoreAlignments(alignments))}\n`)
const all = bySet.flatMap((s) => s.alignments)
console.log(formatScores(`TimeBank + AQUAINT (${all.length} documents)`, scoreAlignments(all)))
if (args.includes("--errors")) console.log(`\n${errors.join("\n")}`)
