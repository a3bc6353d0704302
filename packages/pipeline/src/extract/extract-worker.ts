/**
 * An extraction worker (node:worker_threads): cleans and extracts the articles the main thread
 * sends, one at a time, with its own wink instance, and replies with each article's outcome (a
 * failure as the article's typed error: the run goes on). It loads only the clean and extract
 * stages, and through them the claims package.
 */
import { loadWinkModel } from "@crosscheck/claims"
import { Effect, Layer, ManagedRuntime } from "effect"
import { parentPort } from "node:worker_threads"
import { Cleaner } from "../clean/clean-stage.js"
import { type ExtractReply, type ExtractRequest, postableCause, type WorkerSetup } from "./extract-protocol.js"
import { Extractor } from "./extract-stage.js"

// Loaded before the settings come: a thread started ahead of the pool does it while the main
// thread loads the CLI.
loadWinkModel()

// Once per article: untraced (a span and a captured stack per article cost more than the Effect around it).
const reply = Effect.fnUntraced(function*(request: ExtractRequest) {
  const cleaned = yield* (yield* Cleaner).clean(request.article)
  const extraction = yield* (yield* Extractor).extract(cleaned)
  const extracted: ExtractReply = { id: request.id, _tag: "Extracted", furniture: cleaned.furniture, extraction }
  return extracted
}, (effect, request) =>
  effect.pipe(
    Effect.catch((error): Effect.Effect<ExtractReply> => {
      const cause = postableCause(error.cause)
      return Effect.succeed({ id: request.id, _tag: error._tag, path: error.path, reason: error.reason, ...(cause !== undefined ? { cause } : {}) })
    })
  ))

const runtimeFor = (setup: WorkerSetup) => ManagedRuntime.make(Layer.mergeAll(Cleaner.layer, Extractor.fromLoaded(setup)))

// The first message is the settings (extract-protocol.ts), every later one an article.
let runtime: ReturnType<typeof runtimeFor> | undefined
parentPort?.on("message", (message: WorkerSetup | ExtractRequest) => {
  if (runtime === undefined) runtime = runtimeFor(message as WorkerSetup)
  else parentPort?.postMessage(runtime.runSync(reply(message as ExtractRequest)))
})
