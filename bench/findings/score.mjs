// Counts a judge's verdicts per finding type: right / judged, and the share right.
// Usage: node bench/findings/score.mjs bench/findings/round-2/verdicts.jsonl
import { readFileSync } from "node:fs"

const file = process.argv[2]
if (file === undefined) throw new Error("usage: node bench/findings/score.mjs <verdicts.jsonl>")
const counts = new Map()
for (const line of readFileSync(file, "utf8").split("\n")) {
  if (line.trim() === "") continue
  const { type, verdict } = JSON.parse(line)
  const count = counts.get(type) ?? { right: 0, judged: 0 }
  counts.set(type, { right: count.right + (verdict === "right" ? 1 : 0), judged: count.judged + 1 })
}
for (const [type, { right, judged }] of counts) {
  process.stdout.write(`${type}: ${right} / ${judged} right (${((100 * right) / judged).toFixed(1)} %)\n`)
}
