import { readdirSync, readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { type Claim, decodeIsoDay, decodeReferenceDate, type Quantity, type Relation } from "@crosscheck/claims"
import type { ReportArticleInput, ReportData } from "../../src/report-data.js"
import { relationFingerprint, relationId } from "../../src/compare/relation-identity.js"
import { makeReportData } from "../../src/report-data.js"

/**
 * A report the size of a large corpus's, generated: `articles` articles, each a few sentences
 * stating trade figures, and the findings a run over such a corpus makes (contradictions of every
 * severity, revisions, overlaps, duplicates, timelines), built through `makeReportData` like a
 * real run's. Deterministic: the same sizes give the same report.
 */

export interface LargeReportSizes {
  readonly articles: number
  readonly contradictions: number
  readonly revisions: number
  readonly overlaps: number
  readonly duplicates: number
  readonly timelines: number
}

/** About what a 20,000-article news corpus gives (issue 12 counted 1,467 contradictions on 19,000). */
export const twentyThousandArticles: LargeReportSizes = {
  articles: 20_000,
  contradictions: 1_500,
  revisions: 150,
  overlaps: 3_000,
  duplicates: 500,
  timelines: 1_500
}

const countries = ["CN", "RU", "US", "DE", "FR", "JP", "IN", "BR", "GB", "KR", "IT", "CA", "AU", "MX", "ZA", "TR"] as const
const outlets = ["Reuters", "BBC News", "Example Wire", "The Daily Ledger", "Agence Example"] as const
const severities = ["high", "medium", "low"] as const

const pick = <A>(items: ReadonlyArray<A>, index: number): A => items[index % items.length] as A

const articleId = (index: number): string => `corpus/${String(index).padStart(5, "0")}.txt`

/** Two countries for the n-th fact, always the same pair for the same n. */
const pair = (n: number): readonly [string, string] => {
  const a = pick(countries, n)
  const b = pick(countries, n + 1 + Math.floor(n / countries.length))
  return a === b ? [`country:${a}`, `country:${pick(countries, n + 3)}`] : [`country:${a}`, `country:${b}`]
}

const money = (text: string, value: number, start: number): Quantity => ({
  id: "q1",
  text,
  kind: "money",
  value,
  unit: "USD",
  qualifier: "exact",
  interval: { low: value, high: value, lowInclusive: true, highInclusive: true },
  precision: 1e8,
  equivalents: [],
  derivation: `'${text}' → ${value} USD`,
  start,
  end: start + text.length
})

interface Statement {
  readonly id: string
  readonly article: number
  readonly subjects: readonly [string, string]
  readonly billions: number
  readonly year: number
}

/** The words of the seed articles: the text around each figure is drawn from them, so it compresses like news text, not like one sentence repeated. */
const seedsDir = fileURLToPath(new URL("../../../../fixtures/seeds/", import.meta.url))
const seedWords: ReadonlyArray<string> = readdirSync(seedsDir)
  .filter((file) => file.endsWith(".txt"))
  .sort()
  .flatMap((file) => readFileSync(`${seedsDir}${file}`, "utf8").split(/\s+/))
  .filter((word) => word !== "")

/** A sentence of `length` seed words picked by a linear congruential generator from `seed`: the same seed, the same sentence. */
const filler = (seed: number, length = 40): string => {
  let state = (seed * 2_654_435_761) >>> 0
  const words: Array<string> = []
  for (let i = 0; i < length; i += 1) {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0
    words.push(seedWords[state % seedWords.length] ?? "")
  }
  return `${words.join(" ")}. `
}

/** The sentence a statement is quoted from, and where its quote and figure sit in it. */
const sentenceOf = (statement: Statement) => {
  const [a, b] = statement.subjects
  const figure = `$${statement.billions} billion`
  const quote = `trade between ${a.slice(8)} and ${b.slice(8)} reached ${figure} in ${statement.year}`
  return { text: `Customs data showed that ${quote}, the ministry said. `, quote, figure }
}

/** Builds the articles' texts and the claims in them, a statement at a time. */
const corpusBuilder = (articleCount: number) => {
  const bodies: Array<string> = Array.from({ length: articleCount }, (_, index) => `Story ${index}\n\n${filler(index)}`)
  const claims: Array<Claim> = []
  const claimArticle = new Map<string, string>()
  const state = (statement: Statement): string => {
    const index = statement.article % articleCount
    const before = bodies[index] ?? ""
    const { text, quote, figure } = sentenceOf(statement)
    const sentenceStart = before.length
    const quoteStart = sentenceStart + text.indexOf(quote)
    bodies[index] = `${before}${text}${filler(claims.length + articleCount)}`
    const article = articleId(index)
    const time = `${statement.year}`
    claims.push({
      id: statement.id,
      article,
      kind: "trade",
      predicate: "trade.volume",
      subjects: [...statement.subjects],
      value: money(figure, statement.billions * 1e9, quoteStart + quote.indexOf(figure)),
      figure: {
        holder: statement.subjects[0],
        counterpart: statement.subjects[1],
        measure: "trade_volume",
        period: { value: time, origin: "written", prior: false },
        status: "actual",
        aspect: "level",
        unresolved: []
      },
      time: { start: time, end: time, text: `in ${statement.year}`, timexes: ["t1"], derivation: `'${statement.year}' → ${time}` },
      modality: "reported",
      sentence: { start: sentenceStart, end: sentenceStart + text.length - 1 },
      span: { start: quoteStart, end: quoteStart + quote.length },
      quote,
      confidence: 0.6 + (statement.billions % 4) / 10,
      extractor: "large-1",
      mentions: [],
      derivation: [`'${figure}' → ${statement.billions * 1e9} USD`, `'${statement.year}' → ${time}`]
    })
    claimArticle.set(statement.id, article)
    return statement.id
  }
  return { bodies, claims, claimArticle, state }
}

export const largeReport = (sizes: LargeReportSizes): ReportData => {
  const corpus = corpusBuilder(sizes.articles)
  const relations: Array<Relation> = []
  let nextArticle = 0
  const takeArticle = (): number => nextArticle++ % sizes.articles

  const relation = (type: Relation["type"], n: number, ids: ReadonlyArray<string>, explanation: string, severity?: Relation["severity"]) => {
    const claims = [...ids].sort()
    const articles = [...new Set(claims.map((id) => corpus.claimArticle.get(id) ?? ""))].sort()
    const [a, b] = pair(n)
    const key = `trade.volume|${a},${b}${type === "timeline" ? "" : `|${2000 + (n % 24)}`}`
    const identity = { id: relationId(type, claims, articles), fingerprint: relationFingerprint(type, key, articles, [explanation]) }
    relations.push({ ...identity, type, claims, articles, key, explanation, ...(severity === undefined ? {} : { severity }) })
  }

  // A pair of statements of one fact: the same figure (overlap, duplicate) or two figures (contradiction, revision).
  const statePair = (prefix: string, n: number, billions: readonly [number, number], sameArticle: boolean) => {
    const first = takeArticle()
    const second = sameArticle ? first : takeArticle()
    const subjects = pair(n)
    const year = 2000 + (n % 24)
    return [
      corpus.state({ id: `${prefix}-${n}-a`, article: first, subjects, billions: billions[0], year }),
      corpus.state({ id: `${prefix}-${n}-b`, article: second, subjects, billions: billions[1], year })
    ]
  }

  for (let n = 0; n < sizes.contradictions; n += 1) {
    const low = 100 + (n % 50)
    const high = low + 5 + (n % 90)
    relation("contradiction", n, statePair("x", n, [low, high], false), `'$${low} billion' vs '$${high} billion': ${high} billion is not ${low} billion`, pick(severities, n))
  }
  for (let n = 0; n < sizes.revisions; n += 1) {
    relation("revision", n, statePair("r", n, [120, 124 + (n % 7)], false), `first reported as 120 billion USD, later revised to ${124 + (n % 7)} billion USD`)
  }
  for (let n = 0; n < sizes.overlaps; n += 1) {
    relation("overlap", n, statePair("o", n, [150, 150], false), "both state 150 billion USD")
  }
  for (let n = 0; n < sizes.duplicates; n += 1) {
    relation("duplicate", n, statePair("d", n, [80, 80], true), "the same figure stated twice in one article")
  }
  for (let n = 0; n < sizes.timelines; n += 1) {
    const subjects = pair(n)
    const ids = [0, 1, 2, 3].map((step) =>
      corpus.state({ id: `t-${n}-${step}`, article: takeArticle(), subjects, billions: 90 + step * 12 + (n % 9), year: 2010 + step * 3 })
    )
    relation("timeline", n, ids, "a series of 4 periods, not a conflict")
  }

  const referenceDate = decodeReferenceDate({ date: "2024-05-17", basis: "metadata", why: "manifest.json" })
  const articles: ReadonlyArray<ReportArticleInput> = corpus.bodies.map((text, index) => ({
    id: articleId(index),
    path: articleId(index),
    metadata: { title: `Trade figures, story ${index}`, outlet: pick(outlets, index), published: decodeIsoDay("2024-05-17")! },
    referenceDate,
    text
  }))
  return makeReportData({
    generatedAt: "2026-12-04T00:00:00.000Z",
    corpus: "generated",
    tool: { name: "crosscheck", version: "0.0.0", extractor: "large-1" },
    articles,
    claims: corpus.claims,
    active: relations,
    suppressed: [],
    stale: []
  })
}
