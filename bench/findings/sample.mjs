// Draws findings for an independent judge, reproducibly (a fixed seed): up to 50 contradictions and
// 50 overlaps pooled across the corpora's reports (all of them when there are fewer), and every
// revision up to 50. Each line carries what a judge needs to decide, against the articles, whether
// the two figures are the same quantity and really disagree (or agree): the relation, both
// articles' ids and titles, each quote in a few sentences of context, each figure's identity
// fields and value, and crosscheck's explanation. The judge's verdicts go to verdicts.jsonl.
//
// Usage (after `crosscheck run <corpus> --out <dir>` for each corpus):
//   node bench/findings/sample.mjs reuters=<dir>/report.json bbc=<dir>/report.json > bench/findings/sample.jsonl
import { seededRandom, shuffledWith } from "../seeded-shuffle.mjs"
import { readFileSync } from "node:fs"

const SEED = 20261204
const LIMITS = { contradiction: 50, overlap: 50, revision: 50 }

const shuffled = shuffledWith(seededRandom(SEED))

const reports = process.argv.slice(2).map((arg) => {
  const [corpus, file] = arg.split("=")
  if (!corpus || !file) throw new Error(`expected corpus=report.json, got '${arg}'`)
  return { corpus, data: JSON.parse(readFileSync(file, "utf8")) }
})
if (reports.length === 0) throw new Error("usage: node bench/findings/sample.mjs <corpus>=<report.json> ...")

const oneLine = (text) => text.replace(/\s+/g, " ").trim()

const side = (data, claimId) => {
  const claim = data.claims.find((c) => c.id === claimId)
  const context = data.contexts.find((c) => c.claim === claimId)
  const article = data.articles.find((a) => a.id === claim?.article)
  const value = claim?.value
  return {
    article: claim?.article,
    title: article?.title,
    published: article?.published,
    quote: claim?.quote,
    // The quote marked with [[ ]] inside its sentence and the sentences around it.
    context: context === undefined ? undefined : oneLine(`${context.before}[[${context.quote}]]${context.after}`),
    figure: claim?.figure,
    value: value === undefined ? undefined : { text: value.text, value: value.value, unit: value.unit, qualifier: value.qualifier },
    time: claim?.time === undefined ? undefined : { start: claim.time.start, end: claim.time.end },
    modality: claim?.modality
  }
}

const pool = { contradiction: [], overlap: [], revision: [] }
for (const { corpus, data } of reports) {
  for (const { relation, status } of data.findings) {
    if (status !== "new" || !(relation.type in pool)) continue
    pool[relation.type].push({ corpus, data, relation })
  }
}

const lines = []
for (const type of ["contradiction", "overlap", "revision"]) {
  // A fixed order before shuffling, so the draw depends only on the seed and the findings.
  const ordered = pool[type].sort((a, b) => `${a.corpus}/${a.relation.id}`.localeCompare(`${b.corpus}/${b.relation.id}`))
  const drawn = shuffled(ordered).slice(0, LIMITS[type])
  for (const { corpus, data, relation } of drawn) {
    lines.push({
      relation: relation.id,
      corpus,
      type,
      key: relation.key,
      ...(relation.severity === undefined ? {} : { severity: relation.severity }),
      articles: relation.articles,
      sides: relation.claims.map((id) => side(data, id)),
      explanation: relation.explanation
    })
  }
}
process.stdout.write(lines.map((line) => JSON.stringify(line)).join("\n") + (lines.length > 0 ? "\n" : ""))
process.stderr.write(
  `sampled ${Object.entries(pool).map(([type, found]) => `${Math.min(found.length, LIMITS[type])} of ${found.length} ${type}s`).join(", ")}\n`
)
