import { Cause, Console, DateTime, Effect, Option, Ref } from "effect"
import type { RunStatus } from "./database-schema.js"
import type { StoreError } from "./store-error.js"
import type { RunOutcome } from "./store-records.js"

export const nowIso = Effect.map(DateTime.now, DateTime.formatIso)

/** What ending a run writes to its row. */
export interface RunEnd {
  readonly status: Exclude<RunStatus, "running">
  readonly finished_at: string
  readonly counts?: string
  readonly errors?: string
}

/**
 * `body` as the run `runId`, which `body` ends itself when it succeeds: a failure ends the run
 * `failed`, an interruption (Ctrl-C) `interrupted`, each with what `unfinished` says of it by then
 * (on SQLite, ending a run also frees the writer lock).
 */
export const endedIfUnfinished = (
  finishRun: (runId: number, outcome: RunOutcome) => Effect.Effect<void, StoreError>,
  runId: number,
  unfinished: () => Omit<RunOutcome, "status">
) =>
<A, E, R>(body: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
  body.pipe(
    Effect.onInterrupt(() => finishRun(runId, { status: "interrupted", ...unfinished() }).pipe(Effect.ignore)),
    Effect.onError((cause) =>
      Cause.hasInterrupts(cause) ? Effect.void : finishRun(runId, { status: "failed", ...unfinished() }).pipe(Effect.ignore)
    )
  )

/**
 * How a writer ends its runs, in either dialect: `endRun` writes the row (and, on SQLite, frees the
 * writer lock); the run the writer opened is remembered, so that closing the store with it still
 * open ends it as interrupted.
 */
export const runLifecycle = (endRun: (runId: number, end: RunEnd) => Effect.Effect<void, StoreError>) => {
  const openRun = Ref.makeUnsafe<Option.Option<number>>(Option.none())

  const end = Effect.fn("StoreWriter.endRun")(function*(runId: number, set: Omit<RunEnd, "finished_at">) {
    yield* endRun(runId, { ...set, finished_at: yield* nowIso })
    yield* Ref.update(openRun, (open) => Option.contains(open, runId) ? Option.none() : open)
  })

  const markInterrupted = Effect.fn("StoreWriter.markInterrupted")(function*(runId: number) {
    yield* end(runId, { status: "interrupted" })
  })

  return {
    opened: (runId: number) => Ref.set(openRun, Option.some(runId)),
    markInterrupted,
    finishRun: Effect.fn("StoreWriter.finishRun")(function*(runId: number, outcome: RunOutcome) {
      yield* end(runId, {
        status: outcome.status,
        counts: JSON.stringify(outcome.counts),
        errors: JSON.stringify(outcome.errors)
      })
    }),
    closeOpenRun: Effect.flatMap(Ref.get(openRun), (open) =>
      Option.match(open, {
        onNone: () => Effect.void,
        onSome: (runId) => markInterrupted(runId).pipe(Effect.catch((error) => Console.error(`crosscheck: ${error.message}`)))
      }))
  }
}
