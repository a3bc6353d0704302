import BetterSqlite3 from "better-sqlite3"
import { Effect, Layer } from "effect"
import { join } from "node:path"
import type { StoreError } from "../../src/store/store-error.js"
import { StoreReader } from "../../src/store/store-reader.js"
import { StoreWriter } from "../../src/store/store-writer.js"
import { tempDir } from "../support/temp-dirs.js"
import { sampleArticles, sampleRelations } from "./fixtures/sample-corpus.js"

/**
 * A fresh database path in its own temporary directory (a real file: WAL, locks and all), removed
 * after the test file has run.
 */
export const tempDbPath = (): string => join(tempDir("crosscheck-store-"), "crosscheck.db")

/** Runs `effect` with the store open for writing on `path` (writer and reader), closing it afterwards. */
export const withStore = <A, E>(
  path: string,
  effect: Effect.Effect<A, E, StoreReader | StoreWriter>
): Effect.Effect<A, E | StoreError> => Effect.provide(effect, Layer.fresh(StoreWriter.layer(path)))

/** Runs `effect` with the store open read-only on `path`: only a reader exists. */
export const withReader = <A, E>(
  path: string,
  effect: Effect.Effect<A, E, StoreReader>
): Effect.Effect<A, E | StoreError> => Effect.provide(effect, Layer.fresh(StoreReader.layer(path)))

/** Both services of a writing open as one object, for tests that write and read back. */
export const readWrite = Effect.map(
  Effect.all([StoreReader, StoreWriter]),
  ([reader, writer]) => ({ ...reader, ...writer })
)

/**
 * Saves the sample corpus over two runs (A and B in the first, C in the second) and its
 * relations: a database every documented query has something to say about.
 */
export const populate = Effect.gen(function*() {
  const store = yield* StoreWriter
  const first = yield* store.startRun({ corpus: "corpus", version: "0.1.0", extractor: "crosscheck-extract/test" })
  for (const { article, extraction } of sampleArticles.slice(0, 2)) {
    yield* store.saveArticle(article, extraction.furniture, extraction, first)
  }
  yield* store.finishRun(first, { status: "completed", counts: { extracted: 2 }, errors: [] })
  const second = yield* store.startRun({ corpus: "corpus", version: "0.1.0", extractor: "crosscheck-extract/test" })
  for (const { article, extraction } of sampleArticles.slice(2)) {
    yield* store.saveArticle(article, extraction.furniture, extraction, second)
  }
  yield* store.replaceRelationsAsFound((add) => add(sampleRelations))
  yield* store.finishRun(second, { status: "completed", counts: { extracted: 1, unchanged: 2 }, errors: [] })
})

/** Reads with a plain better-sqlite3 connection: what is in the file, whatever the store says. */
export const inspect = <A>(path: string, read: (db: BetterSqlite3.Database) => A): A => {
  const db = new BetterSqlite3(path, { readonly: true })
  try {
    return read(db)
  } finally {
    db.close()
  }
}
