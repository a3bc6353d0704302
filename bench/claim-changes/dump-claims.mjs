// Every claim with a value over the Reuters and BBC corpora, one line each, for setting one
// checkout's extractor beside another's. Usage: node bench/claim-changes/dump-claims.mjs <checkout, built> <out.tsv>
import { createHash } from "node:crypto"
import { readFileSync, writeFileSync } from "node:fs"

const [repo, out] = process.argv.slice(2)
const c = await import(`${repo}/packages/claims/dist/index.js`)
const matcher = c.compileGazetteer(c.defaultGazetteer)
const extract = ({ id, body, published, title }) => {
  const day = published ? c.decodeIsoDay(published) : undefined
  const metadata = { ...(day ? { published: day } : {}), ...(title ? { title } : {}) }
  const article = { id, path: id, format: "text", metadata, text: body, contentHash: createHash("sha256").update(body).digest("hex") }
  return c.extractArticle(c.cleanArticle(article), { matcher, ...(published ? { published } : {}) })
}
const valueOf = (q) => `${q.value}${q.unit ? " " + q.unit : ""}${q.qualifier !== "exact" ? " (" + q.qualifier + ")" : ""}`
// predicate | holder | measure | item | counterpart | period(prior)/origin | status | aspect | value | unresolved | «quote»
const line = (claim) => {
  const f = claim.figure ?? {}
  const period = f.period ? `${f.period.value}${f.period.prior ? "(prior)" : ""}/${f.period.origin}` : claim.time?.value
  return [claim.predicate, f.holder ?? f.holderText ?? claim.subjects.join("+"), f.measure, f.item, f.counterpart, period, f.status, f.aspect, valueOf(claim.value), (f.unresolved ?? []).join(","), `«${claim.quote.slice(0, 100)}»`].join(" | ")
}
const rows = []
for (const corpus of ["reuters", "bbc"]) {
  for (const l of readFileSync(new URL(`../../../shared/corpus/${corpus}/articles.jsonl`, import.meta.url), "utf8").split("\n")) {
    if (!l) continue
    const article = JSON.parse(l)
    for (const claim of extract(article).claims) if (claim.value) rows.push(`${article.id}\t${line(claim).replace(/\n/g, " ")}`)
  }
}
writeFileSync(out, rows.join("\n") + "\n")
console.log(rows.length)
