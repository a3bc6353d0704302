import type { Relation } from "@crosscheck/claims"
import { assert, describe, it } from "@effect/vitest"
import { Effect, Exit } from "effect"
import pg from "pg"
import { beforeAll } from "vitest"
import { PENDING_BATCH } from "../../src/store/pending-relations.js"
import { StoreReader } from "../../src/store/store-reader.js"
import { StoreWriter } from "../../src/store/store-writer.js"
import { freshPostgresDatabase } from "../support/postgres-database.js"
import { sampleArticles, sampleRelations } from "./fixtures/sample-corpus.js"
import { populate, tempDbPath, withReader, withStore } from "./store-test-kit.js"

const byId = (a: Relation, b: Relation) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** More relations than two batches hold, each a stored relation under an id of its own: the batches are written before the swap. */
const manyRelations: ReadonlyArray<Relation> = Array.from(
  { length: 2 * PENDING_BATCH + 7 },
  (_, i) => ({ ...sampleRelations[i % sampleRelations.length]!, id: `many-${String(i).padStart(5, "0")}` })
)

/** A relation found on a claim that another run has since removed. */
const onClaimGone: Relation = { ...sampleRelations[0]!, id: "on-a-claim-gone", claims: [...sampleRelations[0]!.claims, "claim-gone"] }

const storedRelations = (db: string) => withReader(db, Effect.flatMap(StoreReader, (store) => store.loadRelations()))

const previous = [...sampleRelations].sort(byId)

/**
 * The bytes on the server of a cross-reference's pending relations (the temporary table of another
 * session, found by name: the database's only one), read from a session of this test's own, which
 * sees the table's file though not its rows.
 */
const pendingBytesOnServer = (db: string) =>
  Effect.acquireUseRelease(
    Effect.promise(async () => {
      const client = new pg.Client({ connectionString: db })
      await client.connect()
      return client
    }),
    (client) =>
      Effect.promise(() =>
        client.query<{ bytes: string }>(
          `select pg_relation_size(c.oid) as bytes from pg_class c where c.relname = 'pending_relations' and c.relpersistence = 't'`
        )
      ).pipe(Effect.map(({ rows }) => rows.map(({ bytes }) => Number(bytes)))),
    (client) => Effect.promise(() => client.end())
  )

let postgres = ""
beforeAll(async () => {
  postgres = await freshPostgresDatabase()
})

describe.each(["sqlite", "postgres"] as const)("relations replaced as cross-referencing finds them (%s)", (dialect) => {
  const fresh = () =>
    Effect.gen(function*() {
      const db = dialect === "sqlite" ? tempDbPath() : yield* Effect.promise(() => freshPostgresDatabase())
      yield* withStore(db, populate)
      return db
    })

  it.effect("written in batches as found, swapped in at once when all are: readers see the previous relations until then", () =>
    Effect.gen(function*() {
      const db = yield* fresh()
      const { found, stored } = yield* withStore(db, Effect.flatMap(StoreWriter, (writer) =>
        writer.replaceRelationsAsFound((add) =>
          Effect.gen(function*() {
            yield* add(manyRelations)
            yield* add([onClaimGone])
            // Two batches are written by now; another connection still reads the previous relations.
            return yield* storedRelations(db)
          })
        )))
      assert.deepStrictEqual(found, previous)
      // Every relation found, but the one naming a claim that is no longer stored.
      assert.strictEqual(stored, manyRelations.length)
      assert.deepStrictEqual(yield* storedRelations(db), [...manyRelations].sort(byId))
    }))

  it.effect("a cross-reference that fails or is interrupted after writing batches leaves the previous relations", () =>
    Effect.gen(function*() {
      const db = yield* fresh()
      const outcomes = yield* withStore(db, Effect.flatMap(StoreWriter, (writer) =>
        Effect.gen(function*() {
          const failed = yield* Effect.exit(writer.replaceRelationsAsFound((add) =>
            Effect.andThen(add(manyRelations), Effect.fail("a claim that cannot be read" as const))
          ))
          const interrupted = yield* Effect.exit(writer.replaceRelationsAsFound((add) =>
            Effect.andThen(add(manyRelations), Effect.interrupt)
          ))
          const relationsAfter = yield* storedRelations(db)
          // The same open store replaces them afterwards: nothing of the failed ones is left pending.
          const { stored } = yield* writer.replaceRelationsAsFound((add) => add(sampleRelations.slice(0, 2)))
          return { failed, interrupted, relationsAfter, stored }
        })))
      assert.isTrue(Exit.isFailure(outcomes.failed))
      assert.isTrue(Exit.hasInterrupts(outcomes.interrupted))
      assert.deepStrictEqual(outcomes.relationsAfter, previous)
      assert.strictEqual(outcomes.stored, 2)
      assert.deepStrictEqual(yield* storedRelations(db), sampleRelations.slice(0, 2).sort(byId))
    }))

  if (dialect === "postgres") {
    it.effect("each full batch is on the server while relations are still being found, the stored relations the previous ones", () =>
      Effect.gen(function*() {
        const db = yield* fresh()
        const seen = yield* withStore(db, Effect.flatMap(StoreWriter, (writer) =>
          writer.replaceRelationsAsFound((add) =>
            Effect.gen(function*() {
              const before = yield* pendingBytesOnServer(db)
              yield* add(manyRelations.slice(0, PENDING_BATCH - 1))
              const underBatch = yield* pendingBytesOnServer(db)
              yield* add(manyRelations.slice(PENDING_BATCH - 1))
              return { before, underBatch, batches: yield* pendingBytesOnServer(db), stored: yield* storedRelations(db) }
            })
          )))
        // One pending table, empty until a batch is full; then two batches written, not yet swapped in.
        assert.deepStrictEqual(seen.found.before, [0])
        assert.deepStrictEqual(seen.found.underBatch, [0])
        assert.strictEqual(seen.found.batches.length, 1)
        assert.isAbove(seen.found.batches[0]!, 0)
        assert.deepStrictEqual(seen.found.stored, previous)
        assert.strictEqual(seen.stored, manyRelations.length)
        // The swap's session ended with the replacement: its pending table is gone.
        assert.deepStrictEqual(yield* pendingBytesOnServer(db), [])
      }))

    it.effect("other runs write articles while relations are found: the cross-reference lock is held for the swap alone", () =>
      Effect.gen(function*() {
        const [sample] = sampleArticles
        const saveArticle = Effect.gen(function*() {
          const writer = yield* StoreWriter
          const run = yield* writer.startRun({ corpus: "corpus", version: "0.1.0", extractor: "crosscheck-extract/test" })
          yield* writer.saveArticle(sample!.article, sample!.extraction.furniture, sample!.extraction, run)
          yield* writer.finishRun(run, { status: "completed", counts: {}, errors: [] })
          return run
        })
        yield* withStore(postgres, populate)
        const { found } = yield* withStore(postgres, Effect.flatMap(StoreWriter, (writer) =>
          writer.replaceRelationsAsFound((add) =>
            // Another process's run (a pool of its own) saves an article between two batches.
            Effect.andThen(add(manyRelations), withStore(postgres, saveArticle))
          )))
        assert.isAbove(found, 0)
        assert.deepStrictEqual(yield* storedRelations(postgres), [...manyRelations].sort(byId))
      }))

    it.effect("a replacement that read the store before another one did, and swaps after it, stores nothing: the later relations stay", () =>
      Effect.gen(function*() {
        const db = yield* fresh()
        const [sample] = sampleArticles
        const later = sampleRelations.slice(0, 2)
        const generationOf = (path: string) => withReader(path, Effect.flatMap(StoreReader, (store) => store.storeGeneration()))
        const before = yield* generationOf(db)
        // Another process (a pool of its own) saves an article, then finds relations and swaps them in.
        const laterRun = withStore(db, Effect.gen(function*() {
          const writer = yield* StoreWriter
          const run = yield* writer.startRun({ corpus: "corpus", version: "0.1.0", extractor: "crosscheck-extract/test" })
          yield* writer.saveArticle(sample!.article, sample!.extraction.furniture, sample!.extraction, run)
          yield* writer.finishRun(run, { status: "completed", counts: {}, errors: [] })
          return yield* writer.replaceRelationsAsFound((add) => add(later))
        }))
        const { stored, superseded, found: laterSwap } = yield* withStore(db, Effect.flatMap(StoreWriter, (writer) =>
          writer.replaceRelationsAsFound((add, snapshot) =>
            Effect.gen(function*() {
              yield* add(manyRelations)
              const swapped = yield* laterRun
              // This snapshot still sees the store as it was before that run.
              assert.strictEqual(yield* snapshot.storeGeneration(), before)
              return swapped
            })
          )))
        assert.strictEqual(laterSwap.stored, later.length)
        assert.strictEqual(stored, 0)
        assert.deepStrictEqual(superseded, { foundAt: before, storedAt: before + 1 })
        assert.deepStrictEqual(yield* storedRelations(db), [...later].sort(byId))
        assert.strictEqual(yield* generationOf(db), before + 1)
      }))
  }
})
