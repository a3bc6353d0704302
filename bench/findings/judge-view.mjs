// What the judge sees of a sample: only what the articles say — each side's article, title, date,
// quote, which number of the quote is meant, and the quote in its sentences — never crosscheck's
// reading (figure fields, comparison key, explanation), so the verdict is independent of the rules.
//
// Usage: node bench/findings/judge-view.mjs < sample.jsonl > judge-input.jsonl
import { readFileSync } from "node:fs"

const TOOL_SAYS = {
  contradiction: "the two figures are the same quantity and DISAGREE",
  overlap: "the figures are the same quantity and AGREE (corroborate each other)",
  revision: "the figures are the same quantity; one is a preliminary figure and the other a revised one"
}

const lines = readFileSync(0, "utf8").split("\n").filter((line) => line.trim() !== "")
for (const line of lines) {
  const finding = JSON.parse(line)
  const view = {
    finding: finding.relation,
    corpus: finding.corpus,
    tool_says: TOOL_SAYS[finding.type],
    type: finding.type,
    sides: finding.sides.map((side) => ({
      article: side.article,
      title: side.title ?? null,
      published: side.published ?? null,
      quote: side.quote,
      figure_in_quote: side.value?.text ?? null,
      context: side.context
    }))
  }
  process.stdout.write(JSON.stringify(view) + "\n")
}
