import {
  type Article,
  type Claim,
  cleanArticle,
  compileGazetteer,
  decodeIsoDay,
  defaultGazetteer,
  extractArticle,
  type Modality,
  type Relation
} from "@crosscheck/claims"
import { describe, expect, it } from "@effect/vitest"
import { crossReference } from "../../src/compare/cross-reference.js"
import { articlesOf, claim, type FigureSpec, quantity } from "./claim-builders.js"

/**
 * Pairs that are different facts under look-alike words (firms, periods, items, partners,
 * forecasts), as wire copy and business news state them: none may contradict. And the pairs that
 * are one fact stated differently, which must.
 */

const run = (claims: ReadonlyArray<Claim>) => crossReference(claims, articlesOf(claims))
const ofType = (claims: ReadonlyArray<Claim>, type: Relation["type"]) => run(claims).filter((r) => r.type === type)
const contradictions = (claims: ReadonlyArray<Claim>) => ofType(claims, "contradiction")

interface Stated {
  readonly id: string
  readonly article: string
  readonly quote: string
  readonly text: string
  readonly value: number
  readonly unit?: string
  readonly kind?: "money" | "percent" | "count"
  readonly precision?: number
  readonly figure: FigureSpec
  readonly modality?: Modality
  readonly assertedAt?: string
}

const stated = (spec: Stated): Claim => ({
  ...claim({
    id: spec.id,
    article: spec.article,
    kind: "statistic",
    predicate: `statistic.${spec.figure.measure ?? "figure"}`,
    subjects: spec.figure.holder === undefined ? [] : [spec.figure.holder],
    value: quantity({ text: spec.text, value: spec.value, unit: spec.unit ?? "USD", kind: spec.kind ?? "money", precision: spec.precision ?? 1 }),
    figure: spec.figure,
    ...(spec.figure.period === undefined ? {} : { time: [spec.figure.period] as const }),
    quote: spec.quote,
    ...(spec.modality === undefined ? {} : { modality: spec.modality })
  }),
  ...(spec.assertedAt === undefined ? {} : { assertedAt: spec.assertedAt })
})

/** "Net loss 895,000 vs profit 306,007" style results-table rows. */
const net = (id: string, article: string, holder: string, value: number, period: string, extra: Partial<FigureSpec> = {}, assertedAt?: string) =>
  stated({
    id,
    article,
    quote: `Net ${value < 0 ? "loss " : ""}${Math.abs(value).toLocaleString("en-US")}`,
    text: Math.abs(value).toLocaleString("en-US"),
    value,
    figure: { holder, measure: "net_income", period, origin: "table", ...extra },
    ...(assertedAt === undefined ? {} : { assertedAt })
  })

const balance = (id: string, article: string, holder: string, counterpart: string | undefined, value: number, period: string, extra: Partial<FigureSpec> = {}) =>
  stated({
    id,
    article,
    quote: `trade surplus of ${value / 1e9} billion dlrs`,
    text: `${value / 1e9} billion dlrs`,
    value,
    precision: 1e8,
    figure: { holder, ...(counterpart === undefined ? {} : { counterpart }), measure: "trade_balance", period, ...extra }
  })

const JAPAN = "country:JP"
const US = "country:US"

describe("wire pairs that must not contradict", () => {
  it("keeps two companies' results apart (reuters-19712 'Net loss 895,000' vs reuters-18955 'Net loss 306,007')", () => {
    expect(contradictions([net("a", "reuters-19712", "org:first-company", -895_000, "1987-Q1"), net("b", "reuters-18955", "org:second-company", -306_007, "1987-Q1")])).toEqual([])
  })

  it("never compares a quarter with the year, nor nine months with the quarter", () => {
    const claims = [
      net("q", "x", "org:dean-foods", 1_200_000, "1987-Q3"),
      net("y", "y", "org:dean-foods", 4_100_000, "1987"),
      net("n", "z", "org:dean-foods", 3_000_000, "1987-01/1987-09")
    ]
    expect(contradictions(claims)).toEqual([])
    expect(ofType(claims, "timeline")).toHaveLength(1)
  })

  it("never sets a forecast, estimate, target or plan against an actual", () => {
    const actual = balance("act", "x", JAPAN, US, 5.4e9, "1987-03")
    const others = (["forecast", "estimate", "target", "plan"] as const).map((status, i) => balance(`s${i}`, `outlet-${i}`, JAPAN, US, 7e9, "1987-03", { status }))
    expect(run([actual, ...others])).toEqual([])
  })

  it("never contradicts through a hedged figure or one dated only by its article's day", () => {
    const actual = balance("act", "x", JAPAN, US, 5.4e9, "1987-03-02")
    const hedged = { ...balance("h", "y", JAPAN, US, 7e9, "1987-03-02"), modality: "hedged" as const }
    const dayOnly = balance("d", "z", JAPAN, US, 7e9, "1987-03-02", { origin: "document_date" })
    expect(contradictions([actual, hedged, dayOnly])).toEqual([])
  })

  it("reads a prior-period figure restated beside a newer one as a revision, not a contradiction", () => {
    const first = net("first", "reuters-1986", "org:dean-foods", 900_000, "1986-Q3", {}, "1986-10-20")
    const restated = net("restated", "reuters-1987", "org:dean-foods", 950_000, "1986-Q3", { prior: true }, "1987-10-20")
    const relations = run([first, restated])
    expect(relations.map((r) => r.type)).toEqual(["revision"])
    expect(relations[0]?.explanation).toContain("restated")
  })

  it("keeps different counterparts apart: a surplus with the U.S. is not the overall surplus", () => {
    expect(contradictions([balance("us", "x", JAPAN, US, 5.4e9, "1987-03"), balance("all", "y", JAPAN, "world", 8.1e9, "1987-03"), balance("eu", "z", JAPAN, "bloc:EU", 2e9, "1987-03")])).toEqual([])
  })

  it("reads a figure with the world as the holder's total, the one naming no partner", () => {
    expect(contradictions([balance("all", "x", JAPAN, "world", 8.1e9, "1987-03"), balance("total", "y", JAPAN, undefined, 9.4e9, "1987-03")])).toHaveLength(1)
  })

  it("keeps different items apart: wheat is not maize", () => {
    const crop = (id: string, article: string, item: string, value: number) =>
      stated({ id, article, quote: `${item} output`, text: `${value} mln tonnes`, value: value * 1e9, unit: "kg", kind: "count", precision: 1e8, figure: { holder: US, measure: "production", item, period: "1986" } })
    expect(contradictions([crop("w", "x", "wheat", 56.8), crop("m", "y", "maize", 209.6)])).toEqual([])
  })

  it("keeps bases of one kind apart (customs against balance of payments) and contradicts nothing with a basis stated on one side only", () => {
    const claims = [
      balance("c", "x", JAPAN, undefined, 8.1e9, "1987-03", { basis: "customs" }),
      balance("b", "y", JAPAN, undefined, 7.2e9, "1987-03", { basis: "balance_of_payments" }),
      balance("n", "z", JAPAN, undefined, 6.9e9, "1987-03")
    ]
    expect(run(claims).filter((r) => r.type !== "timeline")).toEqual([])
  })

  it("compares exports with the partner's imports only when one source states both", () => {
    const flow = (id: string, article: string, holder: string, counterpart: string, measure: string, value: number, source?: string) =>
      stated({ id, article, quote: `${measure} of ${value / 1e9} bln dlrs`, text: `${value / 1e9} bln dlrs`, value, precision: 1e8, figure: { holder, counterpart, measure, period: "1986", ...(source === undefined ? {} : { source }) } })
    const exports = flow("e", "x", JAPAN, US, "exports", 80.5e9)
    const imports = flow("i", "y", US, JAPAN, "imports", 85.5e9)
    expect(run([exports, imports])).toEqual([])
    const sameSource = [flow("e2", "x", JAPAN, US, "exports", 80.5e9, "agency:mof"), flow("i2", "y", US, JAPAN, "imports", 85.5e9, "agency:mof")]
    expect(contradictions(sameSource)).toHaveLength(1)
  })

  it("finds no corroboration in a one-sided bound: 'more than 5 billion' and 'up to 6 billion'", () => {
    const bound = (id: string, article: string, value: number, qualifier: "more_than" | "at_most") => ({
      ...balance(id, article, JAPAN, US, value, "1987-03"),
      value: quantity({ text: `${value}`, value, unit: "USD", precision: 1e8, qualifier })
    })
    expect(run([bound("m", "x", 5e9, "more_than"), balance("p", "y", JAPAN, US, 5.4e9, "1987-03"), bound("u", "z", 6e9, "at_most")])).toEqual([])
  })
})

describe("firms of one name told apart by their tickers", () => {
  it("never compares two tickers; a name without one contradicts the only firm of that name, and none among several", () => {
    const [a, b, bare] = ["org:marine~mcor", "org:marine~mcrp", "org:marine"]
    expect(run([net("a", "x", a, 1_804_000, "1987-Q3"), net("b", "y", b, 10_100_000, "1987-Q3")])).toEqual([])
    expect(contradictions([net("a", "x", a, 1_804_000, "1987-Q3"), net("n", "z", bare, 2_500_000, "1987-Q3")]).map((r) => r.claims)).toEqual([["a", "n"]])
    expect(contradictions([net("a", "x", a, 1_804_000, "1987-Q3"), net("b", "y", b, 10_100_000, "1987-Q3"), net("n", "z", bare, 2_500_000, "1987-Q3")])).toEqual([])
    const agreeing = ofType([net("a", "x", a, 1_804_000, "1987-Q3"), net("b", "y", b, 10_100_000, "1987-Q3"), net("n", "z", bare, 1_804_000, "1987-Q3")], "overlap")
    expect(agreeing.map((r) => r.claims)).toEqual([["a", "n"]])
  })
})

describe("wire pairs that must contradict, or revise", () => {
  it("contradicts two stories giving one company's quarter different net income", () => {
    const found = contradictions([net("a", "x", "org:dean-foods", 1_200_000, "1987-Q3"), net("b", "y", "org:dean-foods", 1_500_000, "1987-Q3")])
    expect(found.map((r) => r.claims)).toEqual([["a", "b"]])
  })

  it("reads a preliminary figure and a later revised one as a revision, earlier reading first", () => {
    const preliminary = balance("p", "x", JAPAN, US, 5.4e9, "1987-03", { status: "preliminary" })
    const revised = balance("r", "y", JAPAN, US, 5.9e9, "1987-03", { status: "revised" })
    const relations = run([{ ...revised, assertedAt: "1987-04-20" }, { ...preliminary, assertedAt: "1987-04-10" }])
    expect(relations.map((r) => [r.type, r.claims])).toEqual([["revision", ["p", "r"]]])
    expect(relations[0]?.explanation).toMatch(/article x says .* later, article y says .*a preliminary and a revised reading/)
  })

  it("contradicts two sources disagreeing on one preliminary figure", () => {
    const claims = [balance("p1", "x", JAPAN, US, 5.4e9, "1987-03", { status: "preliminary" }), balance("p2", "y", JAPAN, US, 6.4e9, "1987-03", { status: "preliminary" })]
    expect(contradictions(claims)).toHaveLength(1)
  })

  it("agrees with the partner's deficit and contradicts a reversed surplus", () => {
    const relations = run([balance("s", "x", JAPAN, US, 5.4e9, "1987-03"), balance("d", "y", US, JAPAN, -5.4e9, "1987-03"), balance("r", "z", US, JAPAN, 5.4e9, "1987-03")])
    expect(relations.map((r) => [r.type, r.claims]).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))).toEqual([
      ["contradiction", ["d", "r"]],
      ["contradiction", ["r", "s"]],
      ["overlap", ["d", "s"]]
    ])
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
