import { setFlagsFromString } from "node:v8"

/**
 * How much V8 lets a heap grow past what a full collection found live before it collects again:
 * 20% (V8's own factor, from its collection speed, goes up to 4x). An extraction worker holds about
 * 50 MB live (wink's model, the rules) and makes mostly garbage; with V8's factor it went from
 * one full collection, early, to 130 MB of heap and was replaced before the next; the main thread
 * likewise filled 150 MB of heap around 30 MB live. The more frequent collections are small (the
 * live heaps are), and the flag is process-wide, so it holds for every thread the run starts. It
 * limits nothing: a heap still grows as far as what it holds live needs.
 */
export const HEAP_GROWING_PERCENT = 20

/** Set once, before any worker thread starts; a later collection of any heap in the process follows it. */
export const limitHeapGrowth = () => setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`)
