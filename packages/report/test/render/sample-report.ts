import type { Claim, Quantity, Relation } from "@crosscheck/claims"
import type { ReportData, ReportInput } from "../../src/report-data.js"
import { makeReportData } from "../../src/report-data.js"
import { sampleArticles, sentenceAround, textOf } from "./sample-articles.js"

export { injectedScript, injectedTitle, sampleArticles } from "./sample-articles.js"

/**
 * A realistic report built by hand: the sample articles with the claims and relations a reader
 * would expect from them.
 */

const money = (text: string, value: number, qualifier: Quantity["qualifier"] = "exact"): Omit<Quantity, "start" | "end"> => ({
  id: "q1",
  text,
  kind: "money",
  value,
  unit: "USD",
  qualifier,
  interval:
    qualifier === "more_than"
      ? { low: value, high: null, lowInclusive: false, highInclusive: false }
      : { low: value, high: value, lowInclusive: true, highInclusive: true },
  precision: 1e8,
  equivalents: [],
  derivation: `'${text}' → ${value} USD${qualifier === "exact" ? "" : ` (${qualifier.replace("_", " ")})`}`
})

interface ClaimSpec {
  readonly id: string
  readonly article: string
  readonly quote: string
  readonly kind: Claim["kind"]
  readonly predicate: string
  readonly subjects: ReadonlyArray<string>
  readonly place?: string
  readonly value?: Omit<Quantity, "start" | "end">
  readonly time?: { readonly start: string; readonly end: string; readonly text: string; readonly derivation: string }
  readonly modality?: Claim["modality"]
  readonly derivation: ReadonlyArray<string>
}

const claim = (spec: ClaimSpec): Claim => {
  const text = textOf.get(spec.article) ?? ""
  const start = text.indexOf(spec.quote)
  if (start < 0) throw new Error(`quote not in ${spec.article}: ${spec.quote}`)
  const end = start + spec.quote.length
  const valueAt = spec.value === undefined ? -1 : text.indexOf(spec.value.text, start)
  return {
    id: spec.id,
    article: spec.article,
    kind: spec.kind,
    predicate: spec.predicate,
    subjects: [...spec.subjects],
    ...(spec.place === undefined ? {} : { place: spec.place }),
    ...(spec.value === undefined ? {} : { value: { ...spec.value, start: valueAt, end: valueAt + spec.value.text.length } }),
    ...(spec.time === undefined ? {} : { time: { ...spec.time, timexes: ["t1"] } }),
    modality: spec.modality ?? "reported",
    sentence: sentenceAround(text, start, end),
    span: { start, end },
    quote: spec.quote,
    confidence: 0.9,
    extractor: "sample-1",
    mentions: [],
    derivation: [...spec.derivation]
  }
}

const cnRu = ["country:CN", "country:RU"]

export const sampleClaims: ReadonlyArray<Claim> = [
  claim({
    id: "c-visit-000",
    article: "000_faf72e9f18f487db.txt",
    quote: "Putin should pay a visit to China between June 9 and 10",
    kind: "event",
    predicate: "event.visit",
    subjects: ["person:vladimir-putin"],
    place: "country:CN",
    time: { start: "2018-06-09", end: "2018-06-10", text: "between June 9 and 10", derivation: "'June 9' and '10' → 2018-06-09..2018-06-10: the year of the reference date 2018-06-04" },
    modality: "planned",
    derivation: ["'between June 9 and 10' → 2018-06-09..2018-06-10 (year from the reference date 2018-06-04)", "'should pay a visit' → planned"]
  }),
  claim({
    id: "c-visit-002",
    article: "002_1ad50343d0bf0f38.txt",
    quote: "The Russian leader arrived in China on Friday and is set to stay there till June 10",
    kind: "event",
    predicate: "event.visit",
    subjects: ["person:vladimir-putin"],
    place: "country:CN",
    time: { start: "2018-06-08", end: "2018-06-10", text: "on Friday … till June 10", derivation: "'Friday' → 2018-06-08: the Friday before the reference date 2018-06-09 (past tense); 'till June 10' → 2018-06-10" },
    derivation: ["'Friday' → 2018-06-08, the Friday before the reference date 2018-06-09 (past tense)", "'till June 10' → 2018-06-10"]
  }),
  claim({
    id: "c-summit-000",
    article: "000_faf72e9f18f487db.txt",
    quote: "The Russian president will attend the meeting of leaders of the Shanghai Cooperation Organization (SCO)",
    kind: "event",
    predicate: "event.summit",
    subjects: ["org:sco"],
    time: { start: "2018-06-09", end: "2018-06-10", text: "between June 9 and 10", derivation: "the visit's dates, from the sentence before" },
    modality: "planned",
    derivation: ["'attend the meeting of leaders of the Shanghai Cooperation Organization' → event.summit of org:sco"]
  }),
  claim({
    id: "c-summit-002",
    article: "002_1ad50343d0bf0f38.txt",
    quote: "taking part in the summit of the leaders of the Shanghai Cooperation Organization member-states",
    kind: "event",
    predicate: "event.summit",
    subjects: ["org:sco"],
    time: { start: "2018-06-08", end: "2018-06-10", text: "till June 10", derivation: "the stay's dates" },
    derivation: ["'the summit of the leaders of the Shanghai Cooperation Organization' → event.summit of org:sco"]
  }),
  claim({
    id: "c-trade-001",
    article: "001_96bedf45fe97eb42.txt",
    quote: "In 2023, trade volume between China and Russia increased and reached more than US$200 billion",
    kind: "trade",
    predicate: "trade.volume",
    subjects: cnRu,
    value: money("more than US$200 billion", 200e9, "more_than"),
    time: { start: "2023", end: "2023", text: "In 2023", derivation: "'2023' → 2023" },
    derivation: ["'more than US$200 billion' → (200e9, ∞) USD", "'In 2023' → 2023"]
  }),
  claim({
    id: "c-trade-wireA-2023",
    article: "wire/2024-05-17-trade.txt",
    quote: "Trade between China and Russia reached $240.1 billion in 2023",
    kind: "trade",
    predicate: "trade.volume",
    subjects: cnRu,
    value: money("$240.1 billion", 240.1e9),
    time: { start: "2023", end: "2023", text: "in 2023", derivation: "'2023' → 2023" },
    derivation: ["'$240.1 billion' → 240,100,000,000 USD", "'in 2023' → 2023"]
  }),
  claim({
    id: "c-trade-wireA-2022",
    article: "wire/2024-05-17-trade.txt",
    quote: "up from $190 billion in 2022",
    kind: "trade",
    predicate: "trade.volume",
    subjects: cnRu,
    value: money("$190 billion", 190e9),
    time: { start: "2022", end: "2022", text: "in 2022", derivation: "'2022' → 2022" },
    derivation: ["'$190 billion' → 190,000,000,000 USD", "'in 2022' → 2022"]
  }),
  claim({
    id: "c-trade-wireB-2023",
    article: "wire/2024-05-20-slump.txt",
    quote: "In 2023, trade between Russia and China reached $180 billion",
    kind: "trade",
    predicate: "trade.volume",
    subjects: cnRu,
    value: money("$180 billion", 180e9),
    time: { start: "2023", end: "2023", text: "In 2023", derivation: "'2023' → 2023" },
    derivation: ["'$180 billion' → 180,000,000,000 USD", "'In 2023' → 2023"]
  }),
  claim({
    id: "c-trade-wireB-2022",
    article: "wire/2024-05-20-slump.txt",
    quote: "It puts 2022 trade at $190 billion",
    kind: "trade",
    predicate: "trade.volume",
    subjects: cnRu,
    value: money("$190 billion", 190e9),
    time: { start: "2022", end: "2022", text: "2022", derivation: "'2022' → 2022" },
    derivation: ["'$190 billion' → 190,000,000,000 USD", "'2022' → 2022"]
  }),
  claim({
    id: "c-trade-004",
    article: "004_1952c7b5750355fd.txt",
    quote: "Between January and April of 2017, the volume of trade between the two countries grew by 37 percent, reaching $24.5 billion",
    kind: "trade",
    predicate: "trade.volume",
    subjects: cnRu,
    value: money("$24.5 billion", 24.5e9),
    time: { start: "2017-01", end: "2017-04", text: "Between January and April of 2017", derivation: "'January' .. 'April of 2017' → 2017-01..2017-04" },
    derivation: ["'$24.5 billion' → 24,500,000,000 USD", "'Between January and April of 2017' → 2017-01..2017-04"]
  }),
  claim({
    id: "c-deal-004-a",
    article: "004_1952c7b5750355fd.txt",
    quote: "China and Russia will sign multiple contracts for the collective worth of over $10 billion",
    kind: "deal",
    predicate: "deal.value",
    subjects: cnRu,
    value: money("over $10 billion", 10e9, "more_than"),
    modality: "planned",
    derivation: ["'over $10 billion' → (10e9, ∞) USD"]
  }),
  claim({
    id: "c-deal-004-b",
    article: "004_1952c7b5750355fd.txt",
    quote: "Russia and China will sign several contracts worth a total of $10 billion",
    kind: "deal",
    predicate: "deal.value",
    subjects: cnRu,
    value: money("a total of $10 billion", 10e9, "total"),
    time: { start: "2017-07-03", end: "2017-07-04", text: "July 3-4", derivation: "'July 3-4' → 2017-07-03..2017-07-04" },
    modality: "planned",
    derivation: ["'a total of $10 billion' → 10,000,000,000 USD (total)"]
  }),
  claim({
    id: "c-meeting-004",
    article: "004_1952c7b5750355fd.txt",
    quote: "Before the Astana meeting on June 8",
    kind: "event",
    predicate: "event.meeting",
    subjects: ["person:xi-jinping", "person:vladimir-putin"],
    place: "place:astana",
    time: { start: "2017-06-08", end: "2017-06-08", text: "on June 8", derivation: "'June 8' → 2017-06-08 (year of the reference date 2017-07-03)" },
    derivation: ["'June 8' → 2017-06-08 (year of the reference date 2017-07-03)"]
  }),
  // In no finding: counted, but left out of the report's claims.
  claim({
    id: "c-deals-003",
    article: "003_37622b0bbbee714f.txt",
    quote: "their leaders signed more than 30 deals on infrastructure, trade, innovation and technology",
    kind: "deal",
    predicate: "deal.count",
    subjects: cnRu,
    derivation: ["'more than 30 deals' → (30, ∞) deals"]
  })
]

const relation = (
  type: Relation["type"],
  key: string,
  claims: ReadonlyArray<string>,
  explanation: string,
  severity?: Relation["severity"]
): Relation => {
  const sorted = [...claims].sort()
  const articles = [...new Set(sorted.map((id) => sampleClaims.find((c) => c.id === id)?.article ?? ""))].sort()
  return {
    id: `${type}:${sorted.join("+")}`,
    type,
    claims: sorted,
    articles,
    key,
    ...(severity === undefined ? {} : { severity }),
    explanation,
    fingerprint: `${type}|${key}|${articles.join(",")}`
  }
}

export const sampleActive: ReadonlyArray<Relation> = [
  relation(
    "contradiction",
    "event.visit|person:vladimir-putin|country:CN|2018-06",
    ["c-visit-000", "c-visit-002"],
    "'between June 9 and 10' (2018-06-09..2018-06-10, planned) vs 'arrived in China on Friday … till June 10' (2018-06-08..2018-06-10): the visit starts on different days",
    "medium"
  ),
  relation(
    "contradiction",
    "trade.volume|country:CN,country:RU|2023",
    ["c-trade-001", "c-trade-wireB-2023"],
    "'more than US$200 billion' (more than 200 billion USD) vs '$180 billion' (180 billion USD): 180 billion is not more than 200 billion",
    "high"
  ),
  relation(
    "contradiction",
    "trade.volume|country:CN,country:RU|2023",
    ["c-trade-wireA-2023", "c-trade-wireB-2023"],
    "'$240.1 billion' (240.1 billion USD) vs '$180 billion' (180 billion USD): differ by 25%",
    "high"
  ),
  relation(
    "overlap",
    "trade.volume|country:CN,country:RU|2023",
    ["c-trade-001", "c-trade-wireA-2023"],
    "'more than US$200 billion' and '$240.1 billion' agree: 240.1 billion is more than 200 billion"
  ),
  relation(
    "overlap",
    "trade.volume|country:CN,country:RU|2022",
    ["c-trade-wireA-2022", "c-trade-wireB-2022"],
    "both state 190 billion USD for 2022"
  ),
  relation(
    "overlap",
    "event.summit|org:sco|2018-06",
    ["c-summit-000", "c-summit-002"],
    "both place the SCO leaders' summit in June 2018"
  ),
  relation(
    "duplicate",
    "deal.value|country:CN,country:RU|2017-07",
    ["c-deal-004-a", "c-deal-004-b"],
    "'over $10 billion' and 'a total of $10 billion' state the same contracts twice in one article"
  ),
  relation(
    "timeline",
    "trade.volume|country:CN,country:RU",
    ["c-trade-004", "c-trade-wireA-2022", "c-trade-wireA-2023", "c-trade-001"],
    "a series of 3 periods, not a conflict: 2017-01..2017-04 24.5 billion USD; 2022 190 billion USD; 2023 240.1 billion USD, more than 200 billion USD"
  )
]

export const sampleSuppressed: ReadonlyArray<Relation> = [
  relation(
    "contradiction",
    "event.meeting|person:vladimir-putin,person:xi-jinping|2017-06",
    ["c-meeting-004", "c-visit-002"],
    "accepted: different meetings",
    "low"
  )
]

export const sampleInput: ReportInput = {
  generatedAt: "2026-11-24T04:00:00.000Z",
  corpus: "fixtures/seeds",
  tool: { name: "crosscheck", version: "0.1.0", extractor: "sample-1" },
  articles: sampleArticles,
  claims: sampleClaims,
  active: sampleActive,
  suppressed: sampleSuppressed,
  stale: [
    {
      fingerprint: "contradiction|deal.count|country:CN,country:RU|2016-06|003_37622b0bbbee714f.txt",
      type: "contradiction",
      key: "deal.count|country:CN,country:RU|2016-06",
      articles: ["003_37622b0bbbee714f.txt"]
    }
  ]
}

export const sampleReport: ReportData = makeReportData(sampleInput)

/** The sample with `count` copies of each contradiction (fresh claim and relation ids), with the given context and explanation text. */
export const inflated = (count: number, quoteFiller: string, explanation?: string): ReportData => {
  const template = sampleReport.findings.filter((finding) => finding.relation.type === "contradiction" && finding.status === "new")
  const claimById = new Map(sampleReport.claims.map((claim) => [claim.id, claim]))
  const claims: Array<Claim> = []
  const findings: Array<ReportData["findings"][number]> = []
  const contexts: Array<ReportData["contexts"][number]> = []
  for (let i = 0; i < count; i += 1) {
    for (const { relation } of template) {
      const ids = relation.claims.map((id) => `${id}#${i}`)
      for (const [index, id] of relation.claims.entries()) {
        const original = claimById.get(id)
        if (original === undefined) throw new Error(`no claim ${id}`)
        claims.push({ ...original, id: ids[index] ?? id })
        contexts.push({ claim: ids[index] ?? id, article: original.article, before: quoteFiller, quote: original.quote, after: quoteFiller })
      }
      const copy: Relation = { ...relation, id: `${relation.id}#${i}`, claims: ids, explanation: explanation ?? relation.explanation }
      findings.push({ relation: copy, status: "new" })
    }
  }
  return { ...sampleReport, claims, findings, contexts }
}
