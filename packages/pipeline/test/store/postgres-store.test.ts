import { assert, describe, it } from "@effect/vitest"
import { Effect, Layer, Option } from "effect"
import { beforeAll } from "vitest"
import { StoreReader } from "../../src/store/store-reader.js"
import { StoreWriter } from "../../src/store/store-writer.js"
import { freshPostgresDatabase } from "../support/postgres-database.js"
import { sampleArticles, sampleRelations } from "./fixtures/sample-corpus.js"
import { populate, tempDbPath, withReader, withStore } from "./store-test-kit.js"

/** Everything the store gives back about its content, without run ids and times. */
const contents = Effect.gen(function*() {
  const store = yield* StoreReader
  const articles = (yield* store.loadArticles()).map(({ extractedAt: _at, runId: _run, ...article }) => article)
  const claims = yield* store.loadClaims()
  const relations = yield* store.loadRelations()
  const phrase = yield* store.findClaims({ text: "state visit" })
  const entity = yield* store.findClaims({ entity: "country:RU" })
  const provenance = yield* store.claimProvenance(claims[0]?.id ?? "")
  return {
    articles,
    claims,
    relations,
    count: yield* store.countClaims(),
    phrase: phrase.map((row) => row.id).sort(),
    entity: entity.map((row) => row.id).sort(),
    provenance: Option.map(provenance, ({ article: { extractedAt: _at, runId: _run, ...article }, ...rest }) => ({ ...rest, article }))
  }
})

let url = ""
beforeAll(async () => {
  url = await freshPostgresDatabase()
})

describe("the PostgreSQL store (a real server on loopback)", () => {
  it.effect("gives back what the SQLite store gives back for the same writes", () =>
    Effect.gen(function*() {
      const sqlite = tempDbPath()
      const expected = yield* withStore(sqlite, Effect.andThen(populate, contents))
      const actual = yield* withStore(url, Effect.andThen(populate, contents))
      assert.isAbove(actual.claims.length, 0)
      assert.isAbove(actual.relations.length, 0)
      assert.isAbove(actual.phrase.length, 0)
      assert.deepStrictEqual(actual, expected)
      // A read-only open sees the same.
      assert.deepStrictEqual(yield* withReader(url, contents), expected)
    }))

  it.effect("a read-only open refuses every statement that writes, and a second statement", () =>
    withReader(url, Effect.gen(function*() {
      const store = yield* StoreReader
      const counted = yield* store.queryReadOnly("select count(*) as n from claims_flat")
      assert.deepStrictEqual(counted.columns, ["n"])
      for (const statement of ["delete from claims", "drop table claims", "select 1; delete from claims", "create table x (a int)"]) {
        const error = yield* Effect.flip(store.queryReadOnly(statement))
        assert.include(error.message, "only runs statements that read", statement)
      }
      const after = yield* store.queryReadOnly("select count(*) as n from claims")
      assert.deepStrictEqual(after.rows, counted.rows)
    })))

  it.effect("several writers save the same articles at once: nothing lost, nothing doubled", () =>
    Effect.gen(function*() {
      const writeAll = Effect.gen(function*() {
        const writer = yield* StoreWriter
        const run = yield* writer.startRun({ corpus: "corpus", version: "0.1.0", extractor: "crosscheck-extract/test" })
        for (const { article, extraction } of sampleArticles) {
          yield* writer.saveArticle(article, extraction.furniture, extraction, run)
        }
        yield* writer.finishRun(run, { status: "completed", counts: {}, errors: [] })
      })
      // Four stores (four pools, as four processes would have), all writing every article.
      yield* Effect.all(
        Array.from({ length: 4 }, () => Effect.provide(writeAll, Layer.fresh(StoreWriter.layer(url)))),
        { concurrency: "unbounded" }
      )
      yield* withStore(url, Effect.flatMap(StoreWriter, (writer) => writer.replaceRelations(sampleRelations)))
      const sqlite = tempDbPath()
      const expected = yield* withStore(sqlite, Effect.andThen(populate, contents))
      const actual = yield* withReader(url, contents)
      assert.deepStrictEqual(actual, expected)
      const runs = yield* withReader(url, Effect.flatMap(StoreReader, (store) => store.lastRuns(10)))
      assert.isTrue(runs.filter((run) => run.status === "completed").length >= 4)
    }))
})
