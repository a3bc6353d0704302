import { createHash } from "node:crypto"
import { readFileSync } from "node:fs"
import { type Article, cleanArticle, compileGazetteer, decodeIsoDay, defaultGazetteer, extractArticle, type Relation } from "@crosscheck/claims"
import { describe, expect, it } from "@effect/vitest"
import { crossReference } from "../../src/compare/cross-reference.js"

/**
 * fixtures/compare end to end (extraction included): whatever extraction reads, cross-referencing
 * must never make a finding expected.json forbids, nor a contradiction it does not list.
 */
const FIXTURES = new URL("../../../../fixtures/compare/", import.meta.url)
const read = <A>(file: string): A => JSON.parse(readFileSync(new URL(file, FIXTURES), "utf8")) as A

interface Expected {
  readonly type: Relation["type"]
  readonly keyPrefix: string
  readonly articles: ReadonlyArray<string>
}
interface Absent {
  readonly type?: Relation["type"]
  readonly articles: ReadonlyArray<string>
}

const manifest = read<{ articles: ReadonlyArray<{ file: string; published: string; title: string }> }>("manifest.json")
const expected = read<{ relations: ReadonlyArray<Expected>; absent: ReadonlyArray<Absent> }>("expected.json")
const matcher = compileGazetteer(defaultGazetteer)
const articles: Array<Article> = manifest.articles.map(({ file, published, title }) => {
  const text = readFileSync(new URL(file, FIXTURES), "utf8")
  return { id: file, path: file, format: "text", metadata: { published: decodeIsoDay(published)!, title }, text, contentHash: createHash("sha256").update(text).digest("hex") }
})
const claims = articles.flatMap((article) => extractArticle(cleanArticle(article), { matcher }).claims)
const relations = crossReference(claims, articles)

const covers = (relation: Relation, articles: ReadonlyArray<string>): boolean => articles.every((a) => relation.articles.includes(a))

describe("cross-referencing fixtures/compare", () => {
  it("makes none of the findings expected.json forbids", () => {
    const violations = expected.absent.flatMap((absent) =>
      relations.filter((r) => (absent.type === undefined || r.type === absent.type) && covers(r, absent.articles)).map((r) => `${r.type} ${r.key} ${r.articles.join(" ")}`)
    )
    expect(violations).toEqual([])
  })

  it("reports only contradictions expected.json lists", () => {
    const contradictions = relations.filter((r) => r.type === "contradiction")
    expect(contradictions.length).toBeGreaterThan(0)
    const unexpected = contradictions.filter(
      (r) => !expected.relations.some((e) => e.type === "contradiction" && r.key.startsWith(e.keyPrefix) && covers(r, e.articles))
    )
    expect(unexpected.map((r) => `${r.key} ${r.articles.join(" ")}`)).toEqual([])
  })

  it("finds the wire-copy findings: one quarter's net income reported twice differently, its agreement across table and story, a preliminary surplus and its revision", () => {
    const required = expected.relations.filter((e) => e.articles.every((a) => a.startsWith("texts/wire-")))
    const missing = required.filter((e) => !relations.some((r) => r.type === e.type && r.key.startsWith(e.keyPrefix) && covers(r, e.articles)))
    expect(required.map((e) => e.type).sort()).toEqual(["contradiction", "contradiction", "overlap", "revision"])
    expect(missing).toEqual([])
  })

  it("finds the visit contradictions and corroborations, and each story published twice", () => {
    const required = expected.relations.filter((e) => e.keyPrefix.startsWith("event.") || e.keyPrefix === "story")
    const missing = required.filter((e) => !relations.some((r) => r.type === e.type && r.key.startsWith(e.keyPrefix) && covers(r, e.articles)))
    expect(required.length).toBeGreaterThan(0)
    expect(missing).toEqual([])
  })
})
