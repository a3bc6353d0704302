import { availableParallelism } from "node:os"
import { Worker } from "node:worker_threads"

/**
 * The extraction pool's threads, started here: plain Node (no effect, no extraction), so that
 * bin/crosscheck.js can start them before the CLI loads (see `warmExtractionThreads`).
 */

/** As many workers as the machine has cores: extraction is CPU-bound. */
export const defaultJobs = () => availableParallelism()

/**
 * The built worker script. Run from the TypeScript sources (tests), this module is a `.ts` file
 * beside no `.js` worker: the build's is used, as Node cannot start a worker from TypeScript.
 */
const workerScript = (): URL =>
  import.meta.url.endsWith(".ts")
    ? new URL("../../dist/extract/extract-worker.js", import.meta.url)
    : new URL("./extract-worker.js", import.meta.url)

/**
 * A worker's young generation, in MB (V8 splits it into three semi-spaces: 4 MB each). V8's default
 * lets each semi-space grow to 16 MB, 32 MB a thread holds once grown; an article's analysis is
 * short-lived, so the smaller young generation costs no measurable CPU. Only the young generation
 * is bounded: what does not fit there is promoted, never refused, so no article is too large.
 */
export const WORKER_YOUNG_GENERATION_MB = 12
const WORKER_RESOURCE_LIMITS = { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB }

/**
 * A new extraction thread. It loads its modules and wink's model at once, then waits for its
 * settings (`WorkerSetup`, the first message it is sent) before it takes an article.
 */
export const startExtractionThread = (): Worker => new Worker(workerScript(), { resourceLimits: WORKER_RESOURCE_LIMITS })

/** Threads started ahead of the pool, not yet taken by it. */
const warm: Array<Worker> = []

/**
 * Starts `count` extraction threads now, for the pool to take when its first article comes: a run
 * from scratch (no store yet: every article is to be extracted) starts them before the CLI loads,
 * so that each thread loads its modules and wink's model while the main thread loads its own,
 * rather than after. Unreferenced until taken, they never keep the process alive; a thread that
 * fails before it is taken is dropped (the pool starts a fresh one in its place).
 */
export const warmExtractionThreads = (count: number): void => {
  for (let i = 0; i < count; i++) {
    const thread = startExtractionThread()
    thread.unref()
    const drop = () => {
      const index = warm.indexOf(thread)
      if (index >= 0) warm.splice(index, 1)
    }
    thread.once("error", drop)
    thread.once("exit", drop)
    warm.push(thread)
  }
}

/** A thread started ahead (referenced again: the pool's from now on), or undefined when none is left. */
export const takeWarmThread = (): Worker | undefined => {
  const thread = warm.shift()
  if (thread === undefined) return undefined
  thread.removeAllListeners("error")
  thread.removeAllListeners("exit")
  thread.ref()
  return thread
}

/** Ends the threads started ahead that no pool took (nothing was left to extract). */
export const endWarmThreads = (): Promise<unknown> => Promise.all(warm.splice(0).map((thread) => thread.terminate()))
