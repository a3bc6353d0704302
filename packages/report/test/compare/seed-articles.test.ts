import { createHash } from "node:crypto"
import { readFileSync } from "node:fs"
import { type Article, type Claim, cleanArticle, compileGazetteer, decodeIsoDay, defaultGazetteer, extractArticle, Relation } from "@crosscheck/claims"
import { describe, expect, it } from "@effect/vitest"
import { Schema } from "effect"
import { crossReference } from "../../src/compare/cross-reference.js"

/** The five seed articles, extracted by the claims package and cross-referenced: real prose end to end. */
const SEEDS = new URL("../../../../fixtures/seeds/", import.meta.url)
const manifest: { articles: ReadonlyArray<{ file: string; published: string }> } = JSON.parse(
  readFileSync(new URL("manifest.json", SEEDS), "utf8")
)
const matcher = compileGazetteer(defaultGazetteer)
const articles: Array<Article> = manifest.articles.map(({ file, published }) => {
  const text = readFileSync(new URL(file, SEEDS), "utf8")
  return { id: file, path: file, format: "text", metadata: { published: decodeIsoDay(published)! }, text, contentHash: createHash("sha256").update(text).digest("hex") }
})
const claims: ReadonlyArray<Claim> = articles.flatMap((article) => extractArticle(cleanArticle(article), { matcher }).claims)
const relations = crossReference(claims, articles)

const [A000, A001, A002, A003, A004] = manifest.articles.map((a) => a.file) as [string, string, string, string, string]
const between = (a: string, b: string) => relations.filter((r) => r.articles.includes(a) && r.articles.includes(b))
const claimOf = (article: string, predicate: RegExp) => claims.find((c) => c.article === article && predicate.test(c.predicate))

describe("cross-referencing the seed articles", () => {
  it("finds the 2018 visit's start dates a day apart (articles 000 and 002)", () => {
    const found = between(A000, A002).filter((r) => r.type === "contradiction" && r.key.startsWith("event.visit|"))
    expect(found).toHaveLength(1)
    expect(["low", "medium"]).toContain(found[0]?.severity)
    expect(found[0]?.explanation).toContain("Putin should pay a visit to China between June 9 and 10")
    expect(found[0]?.explanation).toContain("arrived in China on Friday")
    expect(found[0]?.explanation).toMatch(/2018-06-09\.\.2018-06-10.*2018-06-08\.\.2018-06-10.*start dates differ by 1 day/)
  })

  it("produces relations the store can decode", () => {
    expect(relations.length).toBeGreaterThan(0)
    for (const relation of relations) expect(Schema.decodeUnknownSync(Relation)(relation)).toEqual(relation)
  })

  it("never relates the 2018 visit to the 2024 state visit", () => {
    expect(claimOf(A001, /^event\.(state_)?visit$/)).toBeDefined()
    expect(between(A000, A001)).toEqual([])
    expect(between(A002, A001)).toEqual([])
  })

  it("never compares a January–April trade figure with a full-year one", () => {
    const related = between(A001, A004).filter((r) => r.key.startsWith("total_trade|"))
    expect(related.map((r) => r.type)).toEqual(["timeline"])
  })

  it("never compares the 2016 and 2017 deal counts", () => {
    expect(claimOf(A003, /^deal\.count$/)).toBeDefined()
    expect(claimOf(A004, /^deal\.count$/)).toBeDefined()
    expect(between(A003, A004).filter((r) => r.type === "contradiction" || r.type === "overlap")).toEqual([])
  })
})
