// Extraction CPU per MB of text, to set one checkout's extractor beside another's (issue 10: extraction stays within
// 1.5x of the first release's CPU time per MB). Usage: node bench/extract-cpu.mjs <repo checkout, built> <corpus.jsonl>
import { readFileSync } from "node:fs"
const [repo, corpus] = process.argv.slice(2)
const { cleanArticle, compileGazetteer, defaultGazetteer, extractArticle } = await import(`${repo}/packages/claims/dist/index.js`)
const lines = readFileSync(corpus, "utf8").split("\n").filter((l) => l.trim() !== "")
const matcher = compileGazetteer(defaultGazetteer)
const before = process.cpuUsage()
let text = 0, claims = 0
for (const [i, line] of lines.entries()) {
  const { body } = JSON.parse(line)
  text += body.length
  claims += extractArticle(cleanArticle({ id: String(i), path: String(i), format: "text", metadata: {}, text: body, contentHash: "" }), { matcher }).claims.length
}
const cpu = process.cpuUsage(before)
const s = (cpu.user + cpu.system) / 1e6
console.log(JSON.stringify({ repo, mb: +(text / 1e6).toFixed(2), cpuSeconds: +s.toFixed(2), cpuSecondsPerMb: +(s / (text / 1e6)).toFixed(2), claims }))
