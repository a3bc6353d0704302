import { assert, describe, it } from "@effect/vitest"
import { Effect, Layer, Option } from "effect"
import { sql } from "kysely"
import pg from "pg"
import { beforeAll } from "vitest"
import { openPostgres } from "../../src/store/postgres/open-postgres.js"
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

/** How long the pool may take to drop the connections the server ended. */
const DROP_WAIT_MS = 30_000

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
      yield* withStore(url, Effect.flatMap(StoreWriter, (writer) => writer.replaceRelationsAsFound((add) => add(sampleRelations))))
      const sqlite = tempDbPath()
      const expected = yield* withStore(sqlite, Effect.andThen(populate, contents))
      const actual = yield* withReader(url, contents)
      assert.deepStrictEqual(actual, expected)
      const runs = yield* withReader(url, Effect.flatMap(StoreReader, (store) => store.lastRuns(10)))
      assert.isTrue(runs.filter((run) => run.status === "completed").length >= 4)
    }))

  it.effect("a snapshot read sees the store as one moment left it while another run writes: what cross-referencing reads fits together", () =>
    Effect.gen(function*() {
      const fresh = yield* Effect.promise(() => freshPostgresDatabase())
      const [first, second] = sampleArticles
      const save = (sample: typeof first) =>
        withStore(fresh, Effect.gen(function*() {
          const writer = yield* StoreWriter
          const run = yield* writer.startRun({ corpus: "corpus", version: "0.1.0", extractor: "crosscheck-extract/test" })
          yield* writer.saveArticle(sample!.article, sample!.extraction.furniture, sample!.extraction, run)
          yield* writer.finishRun(run, { status: "completed", counts: {}, errors: [] })
        }))
      yield* save(first)
      const seen = yield* withStore(fresh, Effect.gen(function*() {
        const store = yield* StoreReader
        const inside = yield* store.inSnapshot((snapshot) =>
          Effect.gen(function*() {
            const before = yield* snapshot.countClaims()
            // another run (another pool, as another process) commits an article meanwhile
            yield* save(second)
            return { before, after: yield* snapshot.countClaims(), articles: (yield* snapshot.loadArticleSummaries()).length }
          }))
        return { ...inside, outside: yield* store.countClaims() }
      }))
      assert.isAbove(seen.before, 0)
      assert.strictEqual(seen.after, seen.before)
      assert.strictEqual(seen.articles, 1)
      // outside the snapshot, the other run's article is there
      assert.strictEqual(seen.outside, seen.before + second!.extraction.claims.length)
    }))

  it.effect("a connection the server ends while idle does not crash the process: the next query reconnects", () =>
    Effect.scoped(Effect.gen(function*() {
      const { builder, pool } = yield* openPostgres(url, { readOnly: false })
      const countClaims = Effect.promise(() => sql<{ n: number }>`select count(*)::int as n from claims`.execute(builder))
      const before = yield* countClaims
      assert.isAbove(pool.idleCount, 0)
      // The server ends every session of the store's pool, as a shutdown or restart does; pg then emits
      // 'error' on the pool, which crashes a process that has no listener for it.
      const admin = new pg.Client({ connectionString: url })
      yield* Effect.promise(() => admin.connect())
      const ended = yield* Effect.promise(() =>
        admin.query(`select pg_terminate_backend(pid) as ended from pg_stat_activity
          where datname = current_database() and pid <> pg_backend_pid()`))
      yield* Effect.promise(() => admin.end())
      assert.isAbove(ended.rowCount ?? 0, 0)
      // The pool drops the ended connections when their error arrives; a bounded wait, so that a pool that never hears of it
      // fails here with its counts rather than at the test's timeout (once, on a loaded machine, this wait outlasted it).
      for (let waited = 0; pool.totalCount > 0 && waited < DROP_WAIT_MS; waited += 20) yield* Effect.sleep("20 millis")
      assert.strictEqual(pool.totalCount, 0, `the pool still holds ${pool.totalCount} connections (${pool.idleCount} idle) after ${DROP_WAIT_MS} ms`)
      assert.deepStrictEqual((yield* countClaims).rows, before.rows)
    })))
})
