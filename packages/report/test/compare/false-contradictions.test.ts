import {
  type Article,
  type Claim,
  cleanArticle,
  compileGazetteer,
  decodeIsoDay,
  defaultGazetteer,
  extractArticle,
  type Modality
} from "@crosscheck/claims"
import { describe, expect, it } from "@effect/vitest"
import { comparisonKeyOf } from "../../src/compare/comparison-key.js"
import { crossReference } from "../../src/compare/cross-reference.js"
import { figureDoubt } from "../../src/compare/figure-contestability.js"
import { periodOf } from "../../src/compare/time-period.js"
import { articlesOf, claim, quantity } from "./claim-builders.js"

/**
 * Regression cases built from the false contradictions cross-referencing once reported on the BBC
 * corpus: each pair is two different facts (firms, periods, things, forecasts) under one key.
 */

const US = "country:US"
const GERMANY = "country:DE"

const run = (claims: ReadonlyArray<Claim>) => crossReference(claims, articlesOf(claims))
const contradictions = (claims: ReadonlyArray<Claim>) => run(claims).filter((r) => r.type === "contradiction")

interface FigureSpec {
  readonly id: string
  readonly article: string
  readonly predicate: string
  readonly subjects: ReadonlyArray<string>
  readonly quote: string
  readonly text: string
  readonly value: number
  readonly unit?: string
  readonly kind?: "money" | "percent" | "count"
  readonly precision?: number
  readonly time?: string
  readonly modality?: Modality
  readonly derivation?: ReadonlyArray<string>
}

const figure = (spec: FigureSpec): Claim =>
  claim({
    id: spec.id,
    article: spec.article,
    kind: spec.predicate.startsWith("trade.") ? "trade" : "statistic",
    predicate: spec.predicate,
    subjects: spec.subjects,
    value: quantity({
      text: spec.text,
      value: spec.value,
      unit: spec.unit ?? "USD",
      kind: spec.kind ?? "money",
      precision: spec.precision ?? 1
    }),
    ...(spec.time === undefined ? {} : { time: [spec.time] as const }),
    quote: spec.quote,
    ...(spec.modality === undefined ? {} : { modality: spec.modality }),
    derivation: spec.derivation ?? []
  })

const growth = (id: string, article: string, quote: string, percent: number, time: string, modality?: Modality): Claim =>
  figure({
    id,
    article,
    predicate: "statistic.gdp_growth",
    subjects: [GERMANY],
    quote,
    text: `${percent}%`,
    value: percent,
    unit: "percent",
    kind: "percent",
    precision: 0.1,
    time,
    ...(modality === undefined ? {} : { modality }),
    derivation: ["subject: 'Germany' → country:DE (name)"]
  })

describe("figures that are different facts never contradict", () => {
  it("keeps firms of one country apart: 'US firms created 337,000 jobs' vs '2,500 jobs are to go at a US bank'", () => {
    const jobs = (id: string, article: string, quote: string, text: string, value: number) =>
      figure({ id, article, predicate: "statistic.jobs", subjects: [US], quote, text, value, unit: "item", kind: "count", time: "2004", derivation: ["subject: 'US' → country:US (alias)"] })
    const claims = [
      jobs("j1", "business/101", "US firms created 337,000 jobs in 2004", "337,000", 337_000),
      jobs("j2", "business/202", "Up to 2,500 jobs are to go at the US bank in 2004", "2,500", 2_500),
      jobs("j3", "business/303", "US firms created 300,000 jobs in 2004", "300,000", 300_000)
    ]
    expect(contradictions(claims)).toEqual([])
    expect(figureDoubt(claims[0]!, periodOf(claims[0]!.time))).toContain("no named firm")
  })

  it("keeps the profits of two German firms apart, however the country was resolved", () => {
    const profit = (id: string, article: string, quote: string, value: number) =>
      figure({ id, article, predicate: "statistic.profit", subjects: [GERMANY], quote, text: `${value / 1e6}m euros`, value, unit: "EUR", precision: 1e6, time: "2003", derivation: ["subject: 'German' → country:DE (coreference)"] })
    expect(contradictions([profit("p1", "business/038", "Net profit came in at 1.4bn euros in 2003", 1.4e9), profit("p2", "business/109", "net profits of 400m euros in 2003", 4e8)])).toEqual([])
  })

  it("but compares the profits of one named firm", () => {
    const profit = (id: string, article: string, value: number) =>
      figure({ id, article, predicate: "statistic.profit", subjects: ["org:lufthansa"], quote: `Lufthansa made a profit of ${value / 1e6}m euros in 2003`, text: `${value / 1e6}m euros`, value, unit: "EUR", precision: 1e6, time: "2003", derivation: ["subject: 'Lufthansa' → org:lufthansa (name)"] })
    expect(contradictions([profit("l1", "x", 4e8), profit("l2", "y", 9.84e8)]).map((r) => r.claims)).toEqual([["l1", "l2"]])
  })

  it("never compares a cost of $250 with cost savings of about $200m: an order of magnitude apart", () => {
    const cost = (id: string, article: string, quote: string, text: string, value: number) =>
      figure({ id, article, predicate: "statistic.cost", subjects: ["org:acme"], quote, text, value, time: "2004" })
    expect(run([cost("k1", "x", "each unit will cost $250 in 2004", "$250", 250), cost("k2", "y", "cost savings of about $200m in 2004", "$200m", 2e8)])).toEqual([])
  })

  it("never lets forecasts, targets or hedged figures contradict: 'growth would be just 1%' vs 'its 1.4% growth target'", () => {
    const forecast = growth("g1", "business/010", "growth would be just 1% in 2005", 1, "2005")
    const target = growth("g2", "business/020", "struggle to meet its 1.4% growth target in 2005", 1.4, "2005")
    const expected = growth("g3", "business/030", "growth of 1.8% in 2005", 1.8, "2005", "planned")
    const hedged = growth("g4", "business/040", "growth of about 0.8% in 2005", 0.8, "2005", "hedged")
    const reported = growth("g5", "business/050", "the economy grew 1.7% in 2005", 1.7, "2005")
    expect(contradictions([forecast, target, expected, hedged, reported])).toEqual([])
    expect(figureDoubt(forecast, periodOf(forecast.time))).toContain("not asserted as a fact")
  })

  it("contradicts two reported national figures for the same country and year", () => {
    const found = contradictions([growth("r1", "x", "Germany's economy grew 1.6% in 2004", 1.6, "2004"), growth("r2", "y", "Germany's economy grew 1.1% in 2004", 1.1, "2004")])
    expect(found.map((r) => r.claims)).toEqual([["r1", "r2"]])
  })

  it("never compares a quarter with a year, even when the quarter was read as the whole year", () => {
    const quarter = growth("q1", "business/060", "the economy contracted by 0.2% during the last three months of 2004", -0.2, "2004")
    const year = growth("q2", "business/070", "the economy expanded by 1.7% in 2004", 1.7, "2004")
    const quarterRead = { ...quarter, id: "q3", time: { ...quarter.time!, start: "2004-Q4", end: "2004-Q4" } }
    expect(contradictions([quarter, year])).toEqual([])
    expect(figureDoubt(quarter, periodOf(quarter.time))).toContain("part of a year")
    expect(comparisonKeyOf(quarterRead)?.key).not.toBe(comparisonKeyOf(year)?.key)
  })

  it("keeps the share prices of different firms apart", () => {
    const share = (id: string, article: string, firm: string, value: number) =>
      figure({ id, article, predicate: "statistic.share_price", subjects: [firm], quote: `shares closed at $${value} in 2004`, text: `$${value}`, value, precision: 0.01, time: "2004" })
    expect(contradictions([share("s1", "x", "org:google", 195), share("s2", "y", "org:yahoo", 35)])).toEqual([])
    expect(contradictions([share("s3", "x", US, 195), share("s4", "y", US, 150)])).toEqual([])
  })

  it("keeps a region's exports apart from the US's: a demonym inside another name is no party", () => {
    const exports = (id: string, article: string, quote: string, value: number, derivation: string) =>
      figure({ id, article, predicate: "trade.volume", subjects: [US], quote, text: "$", value, precision: 1e8, time: "2004", derivation: [derivation] })
    const region = exports("e1", "business/259", "Inter-American Development Bank said regional exports reached $445.1bn in 2004", 445.1e9, "party: 'American' → country:US (demonym)")
    const us = exports("e2", "business/024", "In 2004, US exports rose 12.3% to $1.15 trillion", 1.15e12, "party: 'US' → country:US (alias)")
    expect(contradictions([region, us])).toEqual([])
    expect(figureDoubt(region, periodOf(region.time))).toContain("demonym")
  })

  it("never contradicts through a party carried over from another sentence", () => {
    const deficit = (id: string, article: string, value: number, derivation: ReadonlyArray<string>) =>
      figure({ id, article, predicate: "trade.balance", subjects: [US, "country:CN"], quote: `deficit with China was $${value / 1e9}bn in 2003`, text: "$", value: -value, precision: 1e9, time: "2003", derivation })
    const implicit = deficit("d1", "business/024", 162e9, ["party: 'China' → country:CN (name)", "party: country:US, left implicit, from the latest dated trade figure before it"])
    const written = deficit("d2", "business/427", 124e9, ["party: 'US' → country:US (alias)", "party: 'China' → country:CN (name)"])
    expect(contradictions([implicit, written])).toEqual([])
    expect(contradictions([written, { ...implicit, derivation: written.derivation }])).toHaveLength(1)
  })

  it("never contradicts with a figure that has no written time", () => {
    const sales = (id: string, article: string, value: number) => {
      const { time: _omitted, ...undated } = figure({ id, article, predicate: "statistic.sales", subjects: ["org:apple"], quote: `sales reached ${value} units`, text: String(value), value, unit: "item", kind: "count", time: "2004" })
      return { ...undated, assertedAt: "2004" }
    }
    expect(contradictions([sales("u1", "x", 2_000_000), sales("u2", "y", 2_700_000)])).toEqual([])
  })
})

describe("real sentences through extraction", () => {
  const matcher = compileGazetteer(defaultGazetteer)
  const extracted = (texts: Readonly<Record<string, string>>) => {
    const articles: Array<Article> = Object.entries(texts).map(([id, text]) => ({
      id,
      path: id,
      format: "text",
      metadata: { published: decodeIsoDay("2005-02-15")! },
      text,
      contentHash: id
    }))
    const claims = articles.flatMap((article) => extractArticle(cleanArticle(article), { matcher }).claims)
    return { claims, relations: crossReference(claims, articles) }
  }

  it("lists a quarter's and a year's growth as a series, never as a contradiction", () => {
    const { claims, relations } = extracted({
      quarter: "Germany's economy contracted by 0.2% during the last three months of 2004, official figures showed.",
      year: "Germany's economy expanded by 1.7% in 2004, official figures showed."
    })
    expect(new Set(claims.filter((c) => c.predicate === "statistic.gdp_growth").map((c) => c.article))).toEqual(new Set(["quarter", "year"]))
    expect(relations.map((r) => r.type)).toEqual(["timeline"])
  })

  it("contradicts two reported growth figures for the same country and year", () => {
    const { relations } = extracted({
      first: "Germany's economy expanded by 1.7% in 2004, official figures showed.",
      second: "Germany's economy expanded by 1.1% in 2004, the central bank said."
    })
    expect(relations.filter((r) => r.type === "contradiction").map((r) => r.articles)).toEqual([["first", "second"]])
  })
})
