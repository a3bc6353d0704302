import { Schema } from "effect"

/** A half-open range `[start, end)` of JavaScript string indices into an article's text as read. */
export const Span = Schema.Struct({
  start: Schema.Int.check(Schema.isGreaterThanOrEqualTo(0)),
  end: Schema.Int.check(Schema.isGreaterThanOrEqualTo(0))
})
export type Span = typeof Span.Type

/** A quote or message on one line: each run of whitespace (a wire story's line breaks) one space. */
export const oneLine = (text: string): string => text.replace(/\s+/g, " ").trim()
