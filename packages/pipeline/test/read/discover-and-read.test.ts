import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import * as NodeServices from "@effect/platform-node/NodeServices"
import { assert, describe, it } from "@effect/vitest"
import { Effect, Layer, Stream } from "effect"
import { ArticleReader } from "../../src/read/read-article.js"
import { CorpusDiscovery } from "../../src/discover/discover-corpus.js"
import { fixture, tempDir } from "../support/cli.js"

const layer = Layer.mergeAll(CorpusDiscovery.layer, ArticleReader.layer).pipe(Layer.provideMerge(NodeServices.layer))

const readCorpus = (corpus: string) =>
  Effect.gen(function*() {
    const discovery = yield* CorpusDiscovery
    const reader = yield* ArticleReader
    return yield* discovery.discover(corpus).pipe(
      Stream.mapEffect((source) => Effect.result(reader.read(source))),
      Stream.runCollect
    )
  })

describe("discover and read", () => {
  it.effect("reads the seed corpus with its manifest dates, ids relative to the root", () =>
    Effect.gen(function*() {
      const results = yield* readCorpus(fixture("seeds"))
      assert.strictEqual(results.length, 5)
      const articles = results.map((r) => {
        assert.strictEqual(r._tag, "Success")
        return r._tag === "Success" ? r.success : undefined!
      })
      assert.deepStrictEqual(articles.map((a) => a.id), [
        "000_faf72e9f18f487db.txt",
        "001_96bedf45fe97eb42.txt",
        "002_1ad50343d0bf0f38.txt",
        "003_37622b0bbbee714f.txt",
        "004_1952c7b5750355fd.txt"
      ])
      assert.strictEqual(articles[2]!.metadata.published, "2018-06-09")
      assert.match(articles[0]!.text, /^Putin in China: What will be agreed to\?/)
      assert.match(articles[0]!.contentHash, /^[0-9a-f]{64}$/)
    }).pipe(Effect.provide(layer)))

  it.effect("walks nested folders, reads front matter and HTML meta, and reports bad files by name", () =>
    Effect.gen(function*() {
      const root = tempDir()
      mkdirSync(join(root, "2019", "june"), { recursive: true })
      writeFileSync(join(root, "2019", "june", "visit.md"), "---\ntitle: \"A visit\"\npublished: 2019-06-05\noutlet: Wire\n---\nXi arrived in Moscow on Wednesday.\n")
      writeFileSync(join(root, "page.html"), "<html><head><title>Talks</title></head><body><p>Talks were held on Monday.</p></body></html>")
      writeFileSync(join(root, "broken.txt"), Buffer.from([0x48, 0x69, 0xff, 0xfe, 0x21]))
      writeFileSync(join(root, "notes.csv"), "not,an,article")
      writeFileSync(join(root, "manifest.json"), JSON.stringify({ articles: [{ file: "page.html", published: "2019-06-03" }] }))
      const results = yield* readCorpus(root)
      assert.strictEqual(results.length, 3)
      const byPath = new Map(results.map((r) => [r._tag === "Success" ? r.success.id : r.failure.path, r]))
      const markdown = byPath.get("2019/june/visit.md")
      assert.isTrue(markdown?._tag === "Success" && markdown.success.metadata.published === "2019-06-05")
      assert.isTrue(markdown?._tag === "Success" && markdown.success.metadata.title === "A visit")
      const html = byPath.get("page.html")
      assert.isTrue(html?._tag === "Success" && html.success.metadata.published === "2019-06-03" && html.success.format === "html")
      const broken = byPath.get(join(root, "broken.txt"))
      assert.isTrue(broken?._tag === "Failure" && broken.failure.reason === "not valid UTF-8 text")
      // The decoder's own error is kept under the one-line reason.
      assert.isTrue(broken?._tag === "Failure" && broken.failure.cause instanceof TypeError)
    }).pipe(Effect.provide(layer)))

  it.effect("reads a JSONL corpus line by line, reporting bad lines with their line number", () =>
    Effect.gen(function*() {
      const root = tempDir()
      const file = join(root, "corpus.jsonl")
      writeFileSync(file, [
        JSON.stringify({ id: "a/1", title: "One", published: "2005-03-01", body: "Sales rose 5% to $1bn in 2004.\n" }),
        "{not json",
        JSON.stringify({ id: "a/2", category: "business", body: "Profits fell.\n" })
      ].join("\n") + "\n")
      const results = yield* readCorpus(file)
      assert.strictEqual(results.length, 3)
      assert.isTrue(results[0]?._tag === "Success" && results[0].success.metadata.published === "2005-03-01")
      assert.isTrue(results[1]?._tag === "Failure" && results[1].failure.path === `${file}#2`)
      assert.isTrue(results[2]?._tag === "Success" && results[2].success.id === "a/2")
    }).pipe(Effect.provide(layer)))

  it.effect("fails clearly on a corpus that does not exist", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(readCorpus("/no/such/corpus"))
      assert.strictEqual(error.message, "/no/such/corpus: no such file or directory")
    }).pipe(Effect.provide(layer)))
})
