import type { Article, Extraction, FurnitureRegion } from "@crosscheck/claims"
import type { LoadedExtractorOptions } from "./extract-settings.js"

/**
 * What the main thread and an extraction worker say to each other (structured-cloned: every
 * value is plain data).
 */

/**
 * A worker's first message: the settings, with the user's gazetteer the main thread loaded and
 * checked (sent, not given as the thread's `workerData`, so that a thread can start before the
 * settings are known: src/extract/extraction-threads.ts). Every later message is an `ExtractRequest`.
 */
export type WorkerSetup = LoadedExtractorOptions

export interface ExtractRequest {
  readonly id: number
  readonly article: Article
}

/** An article's outcome: what was extracted from it, or the typed error it failed with. */
export type ExtractReply =
  | {
    readonly id: number
    readonly _tag: "Extracted"
    readonly furniture: ReadonlyArray<FurnitureRegion>
    readonly extraction: Extraction
  }
  | {
    readonly id: number
    readonly _tag: "CleanError" | "ExtractError"
    readonly path: string
    readonly reason: string
    /** What was thrown underneath: an Error (cloned with its name, message and stack), else its text. */
    readonly cause?: Error | string
  }

/** A cause a thread can post: an Error is cloned (name, message, stack); anything else is sent as its text. */
export const postableCause = (cause: unknown): Error | string | undefined =>
  cause === undefined ? undefined : cause instanceof Error ? cause : String(cause)
