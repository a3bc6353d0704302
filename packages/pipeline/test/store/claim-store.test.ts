import { assert, describe, expect, it } from "@effect/vitest"
import BetterSqlite3 from "better-sqlite3"
import { Effect, Option } from "effect"
import {
  contradictionAC,
  contradictionBC,
  makeClaim,
  overlapAB,
  sampleA,
  sampleArticles,
  sampleB,
  sampleC,
  sampleRelations,
  timelineAC,
  tradeA,
  visitA,
  visitOverlap
} from "./fixtures/sample-corpus.js"
import { inspect, populate, readWrite, tempDbPath, withStore } from "./store-test-kit.js"
import type { ArticleFingerprint } from "../../src/store/store-records.js"

const ids = (values: ReadonlyArray<{ readonly id: string }>) => values.map((value) => value.id).sort()

/** FTS5's own consistency check between an external-content index and its table (throws when out of sync). */
const checkFullTextIndexes = (path: string) => {
  const db = new BetterSqlite3(path)
  try {
    for (const index of ["articles_fts", "claims_fts"]) db.exec(`insert into ${index}(${index}) values ('integrity-check')`)
  } finally {
    db.close()
  }
}

const claimQuotesMatching = (path: string, phrase: string) =>
  inspect(path, (db) =>
    db.prepare(`select claims.id from claims_fts join claims on claims.rowid = claims_fts.rowid
      where claims_fts match ? order by claims.id`).pluck().all(phrase))

describe("the store (StoreWriter, StoreReader)", () => {
  it.effect("gives back exactly the model values it saved", () => {
    const path = tempDbPath()
    return withStore(path, Effect.gen(function*() {
      yield* populate
      const store = yield* readWrite
      const claims = yield* store.loadClaims()
      const saved = sampleArticles.flatMap(({ extraction }) => extraction.claims)
      assert.deepStrictEqual(
        [...claims].sort((a, b) => a.id.localeCompare(b.id)),
        [...saved].sort((a, b) => a.id.localeCompare(b.id))
      )
      assert.strictEqual(yield* store.countClaims(), saved.length)
      const articles = yield* store.loadArticles()
      for (const { article, extraction } of sampleArticles) {
        const stored = articles.find((candidate) => candidate.id === article.id)
        assert.deepStrictEqual(
          { id: stored?.id, path: stored?.path, format: stored?.format, metadata: stored?.metadata, text: stored?.text, contentHash: stored?.contentHash },
          article
        )
        assert.deepStrictEqual(stored?.referenceDate, extraction.referenceDate)
        assert.strictEqual(stored?.extractor, "crosscheck-extract/test")
      }
      const summaries = yield* store.loadArticleSummaries()
      assert.deepStrictEqual(ids(summaries), ids(sampleArticles.map(({ article }) => article)))
      const summaryB = summaries.find((summary) => summary.id === sampleB.article.id)
      assert.strictEqual(summaryB?.title, "Putin and Xi meet in Beijing")
      assert.strictEqual(summaryB?.published, undefined)
      assert.notProperty(summaryB, "text")
      assert.deepStrictEqual(ids(yield* store.loadRelations()), ids(sampleRelations))
      assert.deepStrictEqual(
        (yield* store.loadRelations()).find((relation) => relation.id === contradictionAC.id),
        contradictionAC
      )
    }))
  })

  it.effect("projects the model into queryable columns", () => {
    const path = tempDbPath()
    return withStore(path, populate).pipe(Effect.tap(() =>
      Effect.sync(() =>
        inspect(path, (db) => {
          const row = db.prepare("select * from claims where id = ?").get(tradeA.id) as Record<string, unknown>
          expect(row).toMatchObject({
            article_id: "a-tass.txt",
            kind: "trade",
            predicate: "trade.volume",
            subjects: "[\"country:RU\",\"country:CN\"]",
            value_amount: 240.1e9,
            value_unit: "USD",
            value_kind: "money",
            value_qualifier: "exact",
            time_start: "2023",
            time_end: "2023",
            attribution: "Russian President Vladimir Putin",
            quote: tradeA.quote
          })
          expect(db.prepare("select value, first_day, last_day, granularity from claim_times where claim_id = ?").get(tradeA.id))
            .toEqual({ value: "2023", first_day: "2023-01-01", last_day: "2023-12-31", granularity: "year" })
          expect(db.prepare("select value, first_day, last_day from claim_times where claim_id = ?").get(visitA.id))
            .toEqual({ value: "2024-05-16/2024-05-17", first_day: "2024-05-16", last_day: "2024-05-17" })
          expect(db.prepare("select entity_id, role from claim_entities where claim_id = ? order by role, entity_id").all(tradeA.id))
            .toEqual([
              { entity_id: "person:vladimir-putin", role: "source" },
              { entity_id: "country:CN", role: "subject" },
              { entity_id: "country:RU", role: "subject" }
            ])
          expect(db.prepare("select id, text, value, unit from quantities where article_id = ?").all("a-tass.txt"))
            .toEqual([{ id: "q1", text: "US$240.1 billion", value: 240.1e9, unit: "USD" }])
          expect(db.prepare("select count(*) from timexes where article_id = ?").pluck().get("c-blog.md")).toBe(3)
          expect(db.prepare("select reference_basis from articles where id = ?").pluck().get("b-bbc.txt")).toBe("inferred")
        })
      )
    ))
  })

  it.effect("replacing an article replaces its rows and drops the relations touching its old claims", () => {
    const path = tempDbPath()
    return withStore(path, Effect.gen(function*() {
      yield* populate
      const store = yield* readWrite
      const runId = yield* store.startRun({ corpus: "corpus", version: "0.1.0", extractor: "crosscheck-extract/test" })
      const revisedVisit = makeClaim(sampleA.article, { ...visitA, id: "c-a-visit-2" })
      const revised = { ...sampleA.extraction, claims: [revisedVisit], quantities: [] }
      yield* store.saveArticle(sampleA.article, [{ start: 0, end: 6, kind: "tags" }], revised, runId)
      yield* store.finishRun(runId, { status: "completed", counts: { extracted: 1 }, errors: [] })

      const claimsOfA = (yield* store.loadClaims()).filter((claim) => claim.article === sampleA.article.id)
      assert.deepStrictEqual(claimsOfA, [revisedVisit])
      // Every relation with tradeA or visitA is gone; the B–C contradiction does not involve A.
      assert.deepStrictEqual(ids(yield* store.loadRelations()), [contradictionBC.id])
      const storedA = (yield* store.loadArticles()).find((article) => article.id === sampleA.article.id)
      assert.deepStrictEqual(storedA?.furniture, [{ start: 0, end: 6, kind: "tags" }])
      assert.strictEqual(storedA?.runId, runId)
    })).pipe(Effect.tap(() =>
      Effect.sync(() => {
        checkFullTextIndexes(path)
        expect(claimQuotesMatching(path, "\"record\"")).toEqual([])
        expect(inspect(path, (db) => db.prepare("select count(*) from quantities where article_id = 'a-tass.txt'").pluck().get()))
          .toBe(0)
      })
    ))
  })

  it.effect("removes articles with their claims and every relation touching them", () => {
    const path = tempDbPath()
    return withStore(path, Effect.gen(function*() {
      yield* populate
      const store = yield* readWrite
      yield* store.removeArticles([sampleB.article.id])
      assert.deepStrictEqual(yield* store.storedArticleIds(), [sampleA.article.id, sampleC.article.id])
      assert.deepStrictEqual(
        ids(yield* store.loadRelations()),
        ids([contradictionAC, timelineAC])
      )
      assert.isFalse((yield* store.loadClaims()).some((claim) => claim.article === sampleB.article.id))
      assert.isTrue(Option.isNone(yield* store.storedFingerprint(sampleB.article.id)))
      assert.deepStrictEqual(
        yield* store.storedFingerprint(sampleA.article.id),
        Option.some({ contentHash: sampleA.article.contentHash, extractor: "crosscheck-extract/test", metadata: sampleA.article.metadata })
      )
    })).pipe(Effect.tap(() =>
      Effect.sync(() => {
        checkFullTextIndexes(path)
        expect(claimQuotesMatching(path, "customs")).toEqual([])
        expect(inspect(path, (db) => db.prepare("select count(*) from claim_entities").pluck().get())).toBeGreaterThan(0)
        expect(inspect(path, (db) =>
          db.prepare("select count(*) from claim_entities where claim_id like 'c-b-%'").pluck().get())).toBe(0)
      })
    ))
  })

  it.effect("keeps the full-text indexes in step with articles and quotes", () => {
    const path = tempDbPath()
    return withStore(path, populate).pipe(Effect.tap(() =>
      Effect.sync(() => {
        checkFullTextIndexes(path)
        // Stemmed: "figures" in the title matches "figure".
        expect(inspect(path, (db) =>
          db.prepare("select articles.id from articles_fts join articles on articles.rowid = articles_fts.rowid where articles_fts match ?")
            .pluck().all("figure"))).toEqual(["c-blog.md"])
        expect(claimQuotesMatching(path, "\"state visit\"")).toEqual(["c-a-visit", "c-b-visit"])
      })
    ))
  })

  it.effect("refuses an extraction that holds another article's claims, naming the database", () => {
    const path = tempDbPath()
    return withStore(path, Effect.gen(function*() {
      const store = yield* readWrite
      const runId = yield* store.startRun({ corpus: "corpus", version: "0.1.0", extractor: "x" })
      const mixed = { ...sampleA.extraction, claims: [...sampleA.extraction.claims, ...sampleB.extraction.claims] }
      const error = yield* Effect.flip(store.saveArticle(sampleA.article, [], mixed, runId))
      assert.strictEqual(error._tag, "StoreError")
      assert.include(error.message, path)
      assert.include(error.message, "b-bbc.txt")
      // Nothing of the failed transaction was kept.
      assert.deepStrictEqual(yield* store.storedArticleIds(), [])
      const unknownRun = yield* Effect.flip(store.saveArticle(sampleA.article, [], sampleA.extraction, runId + 1))
      assert.include(unknownRun.message, `no run ${runId + 1}`)
    }))
  })

  it.effect("saves a batch of articles whole or not at all, and gives every fingerprint in one call", () => {
    const path = tempDbPath()
    return withStore(path, Effect.gen(function*() {
      const store = yield* readWrite
      const runId = yield* store.startRun({ corpus: "corpus", version: "0.1.0", extractor: "crosscheck-extract/test" })
      const writes = sampleArticles.map(({ article, extraction }) => ({ article, furniture: extraction.furniture, extraction }))
      // The last article of this batch holds another article's claims: the batch fails, and none of it is kept.
      const mixed = { ...sampleC.extraction, claims: [...sampleC.extraction.claims, ...sampleA.extraction.claims] }
      const error = yield* Effect.flip(store.saveArticles([...writes.slice(0, 2), { ...writes[2]!, extraction: mixed }], runId))
      assert.include(error.message, sampleC.article.id)
      assert.deepStrictEqual(yield* store.storedArticleIds(), [])
      assert.strictEqual((yield* store.storedFingerprints()).size, 0)

      yield* store.saveArticles(writes, runId)
      assert.deepStrictEqual(yield* store.storedArticleIds(), ids(sampleArticles.map(({ article }) => article)))
      assert.deepStrictEqual(
        [...(yield* store.storedFingerprints())].sort(([a], [b]) => a.localeCompare(b)),
        sampleArticles.map(({ article }): [string, ArticleFingerprint] => [article.id, { contentHash: article.contentHash, extractor: "crosscheck-extract/test", metadata: article.metadata }])
          .sort(([a], [b]) => a.localeCompare(b))
      )
      assert.strictEqual(yield* store.countClaims(), sampleArticles.flatMap(({ extraction }) => extraction.claims).length)
    })).pipe(Effect.tap(() => Effect.sync(() => checkFullTextIndexes(path))))
  })

  it.effect("finds claims by kind, entity, time, phrase and article with bound parameters", () => {
    const path = tempDbPath()
    return withStore(path, Effect.gen(function*() {
      yield* populate
      const store = yield* readWrite
      const find = (filter: Parameters<typeof store.findClaims>[0]) => Effect.map(store.findClaims(filter), ids)
      assert.deepStrictEqual(yield* find({ kind: "event" }), ["c-a-visit", "c-b-visit"])
      assert.deepStrictEqual(yield* find({ entity: "person:vladimir-putin" }), ["c-a-trade-2023", "c-a-visit", "c-b-visit"])
      assert.deepStrictEqual(yield* find({ from: "2022-03-01", to: "2022-03-31" }), ["c-c-trade-2022"])
      assert.deepStrictEqual(yield* find({ from: "2024-05-17" }), ["c-a-visit", "c-c-trade-2030"])
      assert.deepStrictEqual(yield* find({ text: "state visit", article: "b-bbc.txt" }), ["c-b-visit"])
      // Quotes, SQL and FTS syntax in a value are data, not syntax.
      assert.deepStrictEqual(yield* find({ text: "\"visit' OR 1=1 --" }), [])
      assert.deepStrictEqual(yield* find({ article: "x' OR '1'='1" }), [])
      const rows = yield* store.findClaims({ kind: "trade", from: "2023-01-01", to: "2023-12-31" })
      assert.deepStrictEqual(rows.map((row) => row.value_amount), [240.1e9, 240e9, 200e9])
      assert.strictEqual(rows[0]?.article_title, "Putin hails record trade with China")
    }))
  })

  it.effect("gives a claim's provenance: its article and the claims it relates to", () => {
    const path = tempDbPath()
    return withStore(path, Effect.gen(function*() {
      yield* populate
      const store = yield* readWrite
      const provenance = Option.getOrThrow(yield* store.claimProvenance(tradeA.id))
      assert.deepStrictEqual(provenance.claim, tradeA)
      assert.strictEqual(provenance.article.text, sampleA.article.text)
      assert.deepStrictEqual(ids(provenance.relations.map(({ relation }) => relation)), ids([overlapAB, contradictionAC, timelineAC]))
      const contradiction = provenance.relations.find(({ relation }) => relation.type === "contradiction")
      assert.deepStrictEqual(contradiction?.others.map((other) => [other.articleId, other.quote]), [
        ["c-blog.md", sampleC.extraction.claims[0]?.quote]
      ])
      assert.isTrue(Option.isNone(yield* store.claimProvenance("no-such-claim")))
      assert.isFalse((yield* store.claimProvenance(visitA.id)).pipe(Option.getOrThrow).relations.some(
        ({ relation }) => relation.id !== visitOverlap.id
      ))
    }))
  })

  it.effect("records runs, newest first", () => {
    const path = tempDbPath()
    return withStore(path, Effect.gen(function*() {
      yield* populate
      const store = yield* readWrite
      const runs = yield* store.lastRuns(5)
      assert.deepStrictEqual(runs.map((run) => [run.status, run.counts]), [
        ["completed", { extracted: 1, unchanged: 2 }],
        ["completed", { extracted: 2 }]
      ])
      assert.isDefined(runs[0]?.finishedAt)
      const interrupted = yield* store.startRun({ corpus: "corpus", version: "0.1.0", extractor: "x" })
      yield* store.markInterrupted(interrupted)
      assert.strictEqual((yield* store.lastRuns(1))[0]?.status, "interrupted")
      // The lock went with it: a new run can start.
      yield* store.startRun({ corpus: "corpus", version: "0.1.0", extractor: "x" })
    }))
  })
})
