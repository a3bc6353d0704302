import type { Timex } from "../../src/model/time.js"
import { analyze } from "../../src/nlp/analyze.js"
import { findTimexes } from "../../src/time/find-timexes.js"
import { decodeReferenceDate } from "../../src/time/reference-day.js"

/** The timexes of a sentence written on `reference` (or with no reference date). */
export const timexesOf = (text: string, reference: string | null): ReadonlyArray<Timex> =>
  findTimexes(analyze(text), decodeReferenceDate(reference === null ? { date: null, basis: "unknown", why: "test" } : { date: reference, basis: "metadata", why: "test" }))

/** "text → value" (with mod) for compact assertions. */
export const valuesOf = (text: string, reference: string | null): ReadonlyArray<string> =>
  timexesOf(text, reference).map((t) => `${t.text} → ${t.value}${t.mod === undefined ? "" : ` ${t.mod}`}`)
