import { Effect, Stream } from "effect"
import {
  type ClaimPage,
  noClaims,
  outlineOf,
  type QuotedClaims,
  quotedFrom,
  type ReportOutline,
  type ReportPieces
} from "../report-outline.js"
import type { ReportData } from "../report-data.js"

/** How much report text is gathered before it is handed on to be written. */
const PART_CHARS = 64 * 1024

/**
 * A renderer's text in parts of about `PART_CHARS` characters, each page of claims it asks for
 * loaded by `load` just when it is reached: only that page is held, never every claim.
 */
export const reportParts = <E, R>(
  pieces: ReportPieces,
  load: (page: ClaimPage) => Effect.Effect<QuotedClaims, E, R>
): Stream.Stream<string, E, R> => {
  let answer = noClaims
  let done = false
  return Stream.unfold(undefined, () =>
    Effect.gen(function*() {
      let part = ""
      while (!done && part.length < PART_CHARS) {
        const next = pieces.next(answer)
        answer = noClaims
        if (next.done === true) done = true
        else if (typeof next.value === "string") part += next.value
        else answer = yield* load(next.value)
      }
      return part === "" ? undefined : [part, undefined] as const
    }))
}

/** A whole report in memory rendered into parts (small reports, tests). */
export const renderedParts = (data: ReportData, render: (outline: ReportOutline) => ReportPieces): Array<string> => {
  const quoted = quotedFrom(data)
  return Effect.runSync(Stream.runCollect(reportParts(render(outlineOf(data)), (page) => Effect.succeed(quoted(page)))))
}
