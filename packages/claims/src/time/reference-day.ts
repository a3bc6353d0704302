import { Schema } from "effect"
import { ReferenceDate, type ReferenceDateBasis } from "../model/time.js"
import { type IsoDay, isoDayOf } from "./iso-day.js"

/** A reference date from its written form `{ date, basis, why }` (the store's columns, the JSON outputs). */
export const decodeReferenceDate = Schema.decodeSync(ReferenceDate)
/** A reference date in its written form `{ date, basis, why }`. */
export const encodeReferenceDate = Schema.encodeSync(ReferenceDate)

export const unknownReference = (why: string): ReferenceDate => ({ _tag: "Unknown", why })

/** The reference day, when a whole day is known. */
export const referenceDay = (reference: ReferenceDate): IsoDay | undefined =>
  reference._tag === "Day" ? reference.day : undefined

/** The reference date as people read it: "2018-06-09", or "2016" when only the year is known. */
export const writtenReference = (reference: ReferenceDate): string | undefined =>
  reference._tag === "Day" ? reference.day : reference._tag === "Year" ? String(reference.year) : undefined

export const referenceBasis = (reference: ReferenceDate): ReferenceDateBasis =>
  reference._tag === "Unknown" ? "unknown" : reference._tag === "Year" ? "inferred" : reference.basis

/** The days the reference date may be: one day, or the whole of its year when only the year is known. */
export const referenceInterval = (reference: ReferenceDate): { readonly first: IsoDay; readonly last: IsoDay } | undefined =>
  reference._tag === "Day"
    ? { first: reference.day, last: reference.day }
    : reference._tag === "Year"
    ? { first: isoDayOf({ year: reference.year, month: 1, day: 1 }), last: isoDayOf({ year: reference.year, month: 12, day: 31 }) }
    : undefined

/** "2016 (inferred: latest explicit year '2016' …)", "unknown (no date in the metadata, …)": the date, its basis once, and why. */
export const describeReference = (reference: ReferenceDate): string =>
  reference._tag === "Unknown"
    ? `unknown (${reference.why})`
    : `${writtenReference(reference)} (${referenceBasis(reference)}: ${reference.why})`
