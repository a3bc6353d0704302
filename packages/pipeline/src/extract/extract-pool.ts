import type { Article } from "@crosscheck/claims"
import { Context, Effect, Layer } from "effect"
import type { Worker } from "node:worker_threads"
import type { ArticleWrite } from "../store/store-records.js"
import { CleanError } from "../clean/clean-error.js"
import type { Cleaner } from "../clean/clean-stage.js"
import type { ExtractReply, ExtractRequest, WorkerSetup } from "./extract-protocol.js"
import { ExtractError, extractorConfigKey, type ExtractorOptions, loadUserGazetteer } from "./extract-settings.js"
import type { Extractor } from "./extract-stage.js"
import { endWarmThreads, startExtractionThread, takeWarmThread } from "./extraction-threads.js"

export { defaultJobs } from "./extraction-threads.js"

/** The clean and extract stages, which load the claims package's extraction: imported only when an article needs them. */
const loadStages = async () => ({
  Cleaner: (await import("../clean/clean-stage.js")).Cleaner,
  Extractor: (await import("./extract-stage.js")).Extractor
})

type Outcome = Effect.Effect<ArticleWrite, CleanError | ExtractError>

/** The cause a worker sent with an article's error, as the error's own. */
const causeOf = (reply: { readonly cause?: unknown }) => (reply.cause !== undefined ? { cause: reply.cause } : {})

/** Turns a worker's reply back into the article's outcome, its typed error included (with its cause). */
const outcomeOf = (article: Article, reply: ExtractReply): Outcome => {
  switch (reply._tag) {
    case "Extracted":
      return Effect.succeed({ article, furniture: reply.furniture, extraction: reply.extraction })
    case "CleanError":
      return Effect.fail(new CleanError({ path: reply.path, reason: reply.reason, ...causeOf(reply) }))
    case "ExtractError":
      return Effect.fail(new ExtractError({ path: reply.path, reason: reply.reason, ...causeOf(reply) }))
  }
}

/** One worker thread and the articles it has been given and not yet answered. */
interface PoolWorker {
  readonly thread: Worker
  readonly pending: Map<number, { readonly article: Article; readonly resume: (outcome: Outcome) => void }>
  /** Articles given to it so far. */
  given: number
  /** Articles it is given before it is retired. */
  readonly limit: number
  /** Replaced by a fresh thread: it takes no more articles, and ends once it has answered those it holds. */
  retired: boolean
  /** Its replacement has started. */
  replaced: boolean
}

/**
 * Articles a worker thread extracts before a fresh one takes its place. V8 lets a long-lived
 * worker's heap grow with the corpus read (about 20 MB per thousand articles, garbage it has not
 * yet collected); a fresh thread starts from wink's model alone, so a run's memory stays flat, for
 * the cost of loading the model again (a fraction of a second per 2,000 articles). Each article's
 * extraction depends on it alone, so which thread reads it changes nothing. Still needed with the
 * 12 MB young generation and 20% heap growth: over 20,000 articles on two threads, never replaced,
 * the run's RSS climbed steadily from 280 to 448 MB by the end of extraction; replaced (as below),
 * it peaked at 403 MB (2026-12-06, a loaded machine).
 */
export const ARTICLES_PER_WORKER = 2_000

/**
 * A retired worker's replacement starts once the worker has this many articles left to answer (it
 * may hold dozens, queued ahead: see run-pipeline.ts), so that a thread's place never holds two
 * heaps for long: started at once, beside workers still answering their queues, the replacements
 * raised a 4,000-article run's peak RSS from 355-359 MB to 399-412 MB.
 */
const ANSWERS_LEFT_AT_REPLACEMENT = 2

/**
 * Clean + extract, on `jobs` worker threads (one wink instance each) or, with one job, in this
 * thread. An article's extraction depends on the article and the settings only, so the outcome is
 * the same whichever worker takes it; callers keep the corpus order (`Stream.mapEffect` does).
 */
export class ExtractPool extends Context.Service<ExtractPool, {
  /** How many articles can be in extraction at once. */
  readonly jobs: number
  /** A hash of the configuration settings that change what extraction gives; "" when none is set. */
  readonly configKey: string
  extract(article: Article): Outcome
  /**
   * Lets go of what extraction holds (the threads, each with wink's model) once a corpus is
   * extracted, so cross-referencing and the reports never run beside it; the next article to
   * extract starts it again.
   */
  readonly release: Effect.Effect<void>
}>()("@crosscheck/pipeline/extract/ExtractPool") {
  static readonly layer = (
    options: ExtractorOptions & { readonly jobs: number; readonly articlesPerWorker?: number | undefined }
  ) =>
    Layer.effect(
      ExtractPool,
      Effect.gen(function*() {
        const { articlesPerWorker = ARTICLES_PER_WORKER, jobs, ...settings } = options
        const { gazetteer, ...rest } = settings
        const setup: WorkerSetup = { ...rest, userGazetteer: yield* loadUserGazetteer(gazetteer) }
        const configKey = extractorConfigKey(rest, setup.userGazetteer)
        if (jobs <= 1) {
          // Loaded and built on the first article to extract: a run with nothing changed loads no
          // extraction (wink, the rules) and compiles no gazetteer.
          let local: { readonly cleaner: Cleaner["Service"]; readonly extractor: Extractor["Service"] } | undefined
          const stages = Effect.suspend(() =>
            local !== undefined ? Effect.succeed(local) : Effect.promise(loadStages).pipe(
              Effect.flatMap(({ Cleaner, Extractor }) =>
                Effect.all({ cleaner: Cleaner, extractor: Extractor }).pipe(
                  Effect.provide(Layer.mergeAll(Cleaner.layer, Extractor.fromLoaded(setup)))
                )
              ),
              Effect.tap((built) => Effect.sync(() => (local = built)))
            )
          )
          return ExtractPool.of({
            jobs: 1,
            configKey,
            // The modules stay loaded; the stages' wink instance and compiled gazetteer are let go.
            release: Effect.sync(() => {
              local = undefined
            }),
            extract: (article) =>
              Effect.flatMap(stages, ({ cleaner, extractor }) =>
                Effect.flatMap(cleaner.clean(article), (cleaned) =>
                  Effect.map(extractor.extract(cleaned), (extraction) => ({
                    article,
                    furniture: cleaned.furniture,
                    extraction
                  }))))
          })
        }

        let nextId = 0
        let closing = false
        // Whether the pool's threads are started (from the first article to extract until released).
        let running = false
        const start = (limit = articlesPerWorker): PoolWorker => {
          // A thread started ahead of the pool (a run from scratch), else a new one; either waits for the settings.
          const worker: PoolWorker = {
            thread: takeWarmThread() ?? startExtractionThread(),
            pending: new Map(),
            given: 0,
            limit,
            retired: false,
            replaced: false
          }
          worker.thread.postMessage(setup)
          threads.add(worker)
          worker.thread.on("message", (reply: ExtractReply) => {
            const waiting = worker.pending.get(reply.id)
            worker.pending.delete(reply.id)
            waiting?.resume(outcomeOf(waiting.article, reply))
            if (worker.retired && worker.pending.size <= ANSWERS_LEFT_AT_REPLACEMENT) replace(worker)
            if (worker.retired && worker.pending.size === 0) void worker.thread.terminate()
          })
          // A worker that dies (out of memory, a crash in wink) fails the articles it held, each
          // with its own error, and is replaced: the run goes on.
          const fail = (reason: string, cause?: Error) => {
            for (const { article, resume } of worker.pending.values()) {
              resume(Effect.fail(new ExtractError({ path: article.path, reason: `extraction worker failed: ${reason}`, ...causeOf({ cause }) })))
            }
            worker.pending.clear()
            const index = workers.indexOf(worker)
            if (index >= 0 && !closing) workers[index] = start()
            else if (worker.retired) replace(worker)
          }
          worker.thread.on("error", (error) => fail(error.message, error))
          worker.thread.on("exit", (code) => {
            threads.delete(worker)
            if (!closing && !(worker.retired && worker.pending.size === 0)) fail(`it exited with code ${code}`)
          })
          return worker
        }
        /** A fresh thread takes a retired worker's place (once only, and not once the pool is closed or released). */
        const replace = (worker: PoolWorker) => {
          if (worker.replaced || closing || !running) return
          worker.replaced = true
          workers.push(start())
        }
        /**
         * The worker takes no more articles and ends once it has answered what it holds; a fresh
         * thread takes its place when it is nearly done (at once when no other worker is left).
         */
        const retire = (worker: PoolWorker) => {
          worker.retired = true
          workers.splice(workers.indexOf(worker), 1)
          if (workers.length === 0 || worker.pending.size <= ANSWERS_LEFT_AT_REPLACEMENT) replace(worker)
          if (worker.pending.size === 0) void worker.thread.terminate()
        }
        // Every thread still running, retired ones included: the pool ends them all.
        const threads = new Set<PoolWorker>()
        const workers: Array<PoolWorker> = []
        // The threads start with the first article to extract: a run with nothing changed starts
        // none (each would load wink and its model). Ended with the pool, whichever started.
        // The first threads are retired after 1, 1 + 1/jobs, 1 + 2/jobs… times ARTICLES_PER_WORKER
        // articles, so that no two are replaced at once.
        const started = () => {
          if (!running) {
            running = true
            for (let i = 0; i < jobs; i++) workers.push(start(Math.round(articlesPerWorker * (1 + i / jobs))))
          }
          return workers
        }
        yield* Effect.addFinalizer(() =>
          Effect.promise(() => {
            closing = true
            return Promise.all([...[...threads].map((worker) => worker.thread.terminate()), endWarmThreads()])
          })
        )

        return ExtractPool.of({
          jobs,
          configKey,
          // Each thread ends as a retired one does (it holds nothing once the stream is done).
          release: Effect.promise(() => {
            running = false
            return Promise.all([
              ...workers.splice(0).map((worker) => {
                worker.retired = true
                return worker.thread.terminate()
              }),
              endWarmThreads()
            ])
          }),
          extract: (article) =>
            Effect.flatten(Effect.callback<Outcome>((resume) => {
              // The least busy worker takes the article.
              const worker = started().reduce((best, candidate) =>
                candidate.pending.size < best.pending.size ? candidate : best
              )
              const id = nextId++
              worker.pending.set(id, { article, resume: (outcome) => resume(Effect.succeed(outcome)) })
              const request: ExtractRequest = { id, article }
              worker.thread.postMessage(request)
              worker.given++
              if (worker.given >= worker.limit) retire(worker)
              // Interrupted (Ctrl-C): the answer, when it comes, is dropped.
              return Effect.sync(() => worker.pending.delete(id))
            }))
        })
      })
    )
}
