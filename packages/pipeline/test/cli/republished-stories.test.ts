import type { Relation } from "@crosscheck/claims"
import { crossReference } from "@crosscheck/report"
import { Effect } from "effect"
import { readFileSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { StoreReader } from "../../src/store/store-reader.js"
import { withReader } from "../store/store-test-kit.js"
import { buildCli, crosscheck, fixture, tempDir } from "../support/cli.js"
import { freshPostgresDatabase } from "../support/postgres-database.js"

beforeAll(buildCli)

const dir = tempDir()
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const byId = (a: { readonly id: string }, b: { readonly id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** A seed story: its first line the title, the rest the body. */
const seed = (file: string) => {
  const [title = "", ...body] = readFileSync(fixture("seeds", file), "utf8").split("\n")
  return { title: title.trim(), body: body.join("\n").trim() }
}

/**
 * Copies of every kind the cross-reference finds from the store rather than from what it holds:
 * identical texts (found in SQL; one pair without a claim, one beside a near-identical copy), a
 * near-identical copy, and a part of a story that is a copy only under the same title (the titles
 * read back for the candidate pair), another part under a title of its own, not one.
 */
const corpus = () => {
  const [putin, other, lone] = [seed("000_faf72e9f18f487db.txt"), seed("001_96bedf45fe97eb42.txt"), seed("002_1ad50343d0bf0f38.txt")]
  const lines = other.body.split("\n").filter((line) => line.trim() !== "")
  // Two parts of the story, each about a third of what its claims quote.
  const [firstPart, secondPart] = [lines.slice(0, Math.ceil(lines.length / 4)), lines.slice(Math.ceil(lines.length / 4), Math.ceil(lines.length / 2))]
  const articles = [
    { id: "z-original", title: putin.title, body: putin.body },
    { id: "a-identical", title: "Another headline", body: putin.body },
    { id: "m-edited", title: putin.title, body: `${putin.body}\n\nThis story was updated with a closing line.` },
    { id: "other", title: other.title, body: other.body },
    { id: "other-part-same-title", title: `  ${other.title.toUpperCase()} `, body: firstPart.join("\n\n") },
    { id: "other-part-new-title", title: "Something else entirely", body: secondPart.join("\n\n") },
    { id: "lone", title: lone.title, body: lone.body },
    { id: "empty-1", title: "Notice", body: "Nothing to report today." },
    { id: "empty-2", body: "Nothing to report today." }
  ]
  const file = join(dir, "copies.jsonl")
  writeFileSync(file, articles.map((article) => JSON.stringify({ ...article, published: "2024-05-20" })).join("\n") + "\n")
  return file
}

describe("republished stories found from the store", () => {
  it("are the duplicates relating everything in memory finds, identical texts found in SQL, on SQLite and on PostgreSQL", async () => {
    const file = corpus()
    for (const [name, db] of [["sqlite", join(dir, "copies.db")], ["postgres", await freshPostgresDatabase()]] as const) {
      const run = crosscheck(["run", file, "--db", db, "--out", join(dir, name), "--quiet"])
      expect(run.stderr).toBe("")
      expect(run.status).toBe(0)
      const { stored, whole } = await Effect.runPromise(withReader(db, Effect.gen(function*() {
        const store = yield* StoreReader
        const claims = yield* store.loadClaims()
        return {
          stored: yield* store.loadRelations(["duplicate"]),
          whole: crossReference(claims, yield* store.loadArticleSummaries()).filter((relation) => relation.type === "duplicate").sort(byId) as ReadonlyArray<Relation>
        }
      })))
      expect(stored).toEqual(whole)
      const pairs = new Map(stored.map((relation) => [relation.articles.join(" "), relation]))
      expect([...pairs.keys()].sort()).toEqual([
        "a-identical m-edited",
        "a-identical z-original",
        "empty-1 empty-2",
        "m-edited z-original",
        "other other-part-same-title"
      ])
      expect(pairs.get("a-identical z-original")?.explanation).toMatch(/identical text \(sha256 [0-9a-f]{12}…\)$/)
      expect(pairs.get("m-edited z-original")?.explanation).toMatch(/near-identical text: \d+% of the quoted passages are the same, under the same title$/)
      expect(pairs.get("a-identical m-edited")?.explanation).toMatch(/near-identical text: \d+% of the quoted passages are the same$/)
      // Under 60% of the passages the same: a copy for its title alone.
      expect(pairs.get("other other-part-same-title")?.explanation).toMatch(/: [345]\d% of the quoted passages are the same, under the same title$/)
      // An identical pair without a claim names none; the others name every claim of both articles.
      expect(pairs.get("empty-1 empty-2")?.claims).toEqual([])
      expect(pairs.get("empty-1 empty-2")?.explanation).toBe(
        `articles empty-1 ("Notice") and empty-2 are the same story published twice: ${
          pairs.get("empty-1 empty-2")?.explanation.split(": ").at(-1)
        }`
      )
      expect(pairs.get("a-identical z-original")?.claims.length).toBeGreaterThan(2)
    }
  })
})
