/**
 * The cross-reference stage alone, in a process of its own, over a stored corpus (no reports):
 * `node crossref-once.js <db>`. Prints one JSON line: relations made, seconds, the process's peak
 * RSS and the peak of the live heap (sampled after each collection: run node with --expose-gc for
 * the heap to be sampled after a forced one, else as V8 leaves it).
 */
import { CrossReferencer, StoreWriter } from "@crosscheck/pipeline"
import { Effect, Layer } from "effect"

const [db = ""] = process.argv.slice(2)
const collect = (globalThis as { gc?: () => void }).gc
let heapPeak = 0
const sample = () => {
  collect?.()
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)
}
const sampler = setInterval(sample, 250)
const started = performance.now()
const crossReferenced = await Effect.runPromise(
  Effect.gen(function*() {
    const stage = yield* CrossReferencer
    return yield* stage.crossReferenceAll()
  }).pipe(
    Effect.provide(CrossReferencer.layer.pipe(Layer.provideMerge(StoreWriter.layer(db))))
  )
)
clearInterval(sampler)
sample()
process.stdout.write(
  `${JSON.stringify({
    relations: crossReferenced.relations,
    seconds: Math.round((performance.now() - started) / 10) / 100,
    peakMegabytes: Math.round(process.resourceUsage().maxRSS / 1024),
    heapPeakMegabytes: Math.round(heapPeak / 1024 / 1024)
  })}\n`
)
