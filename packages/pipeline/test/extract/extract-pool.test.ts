import { execFileSync } from "node:child_process"
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import { beforeAll, describe, expect, it } from "vitest"
import { buildCli, fixture, repoRoot, tempDir } from "../support/cli.js"

// The pool runs in a Node process of its own, from the build: its threads load the built worker
// (this test process resolves workspace packages to their TypeScript sources, which a thread cannot load).
beforeAll(buildCli)

/** The seed articles and, when the BBC corpus is beside the repository, 20 of its stories. */
const texts = (): ReadonlyArray<{ readonly id: string; readonly text: string }> => {
  const seeds = readdirSync(fixture("seeds")).filter((name) => name.endsWith(".txt"))
    .map((name) => ({ id: name, text: readFileSync(fixture("seeds", name), "utf8") }))
  const bbc = join(repoRoot, "..", "shared", "corpus", "bbc", "articles.jsonl")
  const news = existsSync(bbc)
    ? readFileSync(bbc, "utf8").split("\n").filter(Boolean).slice(0, 20)
      .map((line, i) => ({ id: `bbc/${i}`, text: (JSON.parse(line) as { body: string }).body }))
    : []
  return [...seeds, ...news]
}

// The modules the script imports, resolved as the pipeline package resolves them.
const fromPipeline = createRequire(join(repoRoot, "packages", "pipeline", "package.json"))
const module = (specifier: string) =>
  JSON.stringify(pathToFileURL(specifier.startsWith(".") ? join(repoRoot, "packages", "pipeline", specifier) : fromPipeline.resolve(specifier)).href)

/** Every article's extraction by a pool of `jobs` threads, each replaced after `articlesPerWorker` articles. */
const extractAll = (jobs: number, articlesPerWorker: number, given = texts()) => {
  const script = join(tempDir(), "extract-all.mjs")
  writeFileSync(script, `import { createHash } from "node:crypto"
import { readFileSync } from "node:fs"
import { Effect } from ${module("effect")}
import * as NodeServices from ${module("@effect/platform-node/NodeServices")}
import { ExtractPool } from ${module("./dist/extract/extract-pool.js")}
const articles = JSON.parse(readFileSync(0, "utf8")).map(({ id, text }) => ({
  id, path: id, format: "text", metadata: { published: "2018-06-09" }, text,
  contentHash: createHash("sha256").update(text).digest("hex")
}))
const writes = await Effect.gen(function*() {
  const pool = yield* ExtractPool
  return yield* Effect.forEach(articles, (article) => pool.extract(article), { concurrency: ${jobs * 2} })
}).pipe(
  Effect.provide(ExtractPool.layer({ jobs: ${jobs}, articlesPerWorker: ${articlesPerWorker} })),
  Effect.provide(NodeServices.layer),
  Effect.runPromise
)
console.log(JSON.stringify(writes.map(({ article, extraction, furniture }) => ({ id: article.id, extraction, furniture }))))
`)
  // The articles are given on stdin.
  const output = execFileSync(process.execPath, [script], {
    input: JSON.stringify(given),
    encoding: "utf8",
    maxBuffer: 1 << 26
  })
  return JSON.parse(output) as ReadonlyArray<{ readonly extraction: { readonly claims: ReadonlyArray<unknown> } }>
}

describe("the extraction worker pool", () => {
  it("extracts what one thread extracts when its threads are replaced every few articles", () => {
    const one = extractAll(1, 2_000)
    expect(one.length).toBeGreaterThanOrEqual(4)
    expect(one.flatMap((write) => write.extraction.claims).length).toBeGreaterThan(10)
    // Three articles a thread: every thread is replaced, most several times.
    expect(extractAll(2, 3)).toEqual(one)
  })

  it("extracts an article whose analysis outgrows a thread's young generation as one thread does", () => {
    // The 280 real stories of the gold samples the repository keeps (Reuters, BBC, TimeBank) as one article (about
    // 420 KB): its analysis holds far more than a worker's young generation (WORKER_YOUNG_GENERATION_MB), which only
    // moves it to the old one. (Copies of one text would not do: their figures are one fact, linked as repetitions.)
    const gold = join(repoRoot, "bench", "gold-news")
    const stories = readdirSync(gold, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) => readFileSync(join(gold, entry.name, "articles.jsonl"), "utf8").split("\n").filter(Boolean))
      .map((line) => (JSON.parse(line) as { body: string }).body)
    const large = [{ id: "large", text: stories.join("\n\n") }]
    const one = extractAll(1, 2_000, large)
    expect(one[0]?.extraction.claims.length).toBeGreaterThan(300)
    expect(extractAll(2, 2_000, large)).toEqual(one)
  })

  it("lets its threads go when released (a corpus extracted), and starts them again for the next article", () => {
    const script = join(tempDir(), "release.mjs")
    writeFileSync(script, `import { createHash } from "node:crypto"
import { readFileSync } from "node:fs"
import { Effect } from ${module("effect")}
import * as NodeServices from ${module("@effect/platform-node/NodeServices")}
import { ExtractPool } from ${module("./dist/extract/extract-pool.js")}
const articles = JSON.parse(readFileSync(0, "utf8")).map(({ id, text }) => ({
  id, path: id, format: "text", metadata: { published: "2018-06-09" }, text,
  contentHash: createHash("sha256").update(text).digest("hex")
}))
// The process's OS threads (Linux): each worker thread is one.
const threads = () => Number(/^Threads:\\s+(\\d+)/m.exec(readFileSync("/proc/self/status", "utf8"))[1])
const half = Math.ceil(articles.length / 2)
const outcome = await Effect.gen(function*() {
  const pool = yield* ExtractPool
  const before = threads()
  const first = yield* Effect.forEach(articles.slice(0, half), (article) => pool.extract(article), { concurrency: 4 })
  const extracting = threads()
  yield* pool.release
  const released = threads()
  const rest = yield* Effect.forEach(articles.slice(half), (article) => pool.extract(article), { concurrency: 4 })
  return { before, extracting, released, again: threads(), writes: [...first, ...rest] }
}).pipe(Effect.provide(ExtractPool.layer({ jobs: 2 })), Effect.provide(NodeServices.layer), Effect.runPromise)
console.log(JSON.stringify({ ...outcome, writes: outcome.writes.map(({ article, extraction, furniture }) => ({ id: article.id, extraction, furniture })) }))
`)
    const outcome = JSON.parse(execFileSync(process.execPath, [script], { input: JSON.stringify(texts()), encoding: "utf8", maxBuffer: 1 << 26 })) as {
      readonly before: number
      readonly extracting: number
      readonly released: number
      readonly again: number
      readonly writes: unknown
    }
    expect(outcome.extracting).toBe(outcome.before + 2)
    expect(outcome.released).toBe(outcome.before)
    expect(outcome.again).toBe(outcome.before + 2)
    expect(outcome.writes).toEqual(extractAll(1, 2_000))
  })

  it("fails an article with the error thrown underneath as its cause, from a thread as in this one", () => {
    // An article whose text is no string: the cleaner throws a TypeError on it.
    const failures = (jobs: number) => {
      const script = join(tempDir(), "fail-one.mjs")
      writeFileSync(script, `import { Effect } from ${module("effect")}
import * as NodeServices from ${module("@effect/platform-node/NodeServices")}
import { ExtractPool } from ${module("./dist/extract/extract-pool.js")}
const article = { id: "odd", path: "odd.txt", format: "text", metadata: {}, text: 42, contentHash: "" }
const error = await Effect.gen(function*() {
  return yield* Effect.flip((yield* ExtractPool).extract(article))
}).pipe(Effect.provide(ExtractPool.layer({ jobs: ${jobs} })), Effect.provide(NodeServices.layer), Effect.runPromise)
console.log(JSON.stringify({ tag: error._tag, message: error.message, cause: error.cause instanceof Error ? [error.cause.name, error.cause.message] : error.cause }))
`)
      return JSON.parse(execFileSync(process.execPath, [script], { encoding: "utf8" })) as unknown
    }
    const inThisThread = failures(1)
    expect(inThisThread).toEqual({
      tag: "CleanError",
      message: expect.stringMatching(/^odd\.txt: cannot clean: TypeError: /),
      cause: ["TypeError", expect.any(String)]
    })
    expect(failures(2)).toEqual(inThisThread)
  })
})
