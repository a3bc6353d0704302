import { createHash } from "node:crypto"
import type { ClaimKind } from "../model/claim.js"
import type { Quantity } from "../model/quantity.js"
import type { TimeScope } from "../model/time.js"

const ID_LENGTH = 16

/** A figure in words for ids and comparisons: value, unit and qualifier, not its spelling. */
export const normalisedValue = (value: Quantity | undefined): string =>
  value === undefined ? "" : `${value.value}${value.unit}${value.qualifier === "exact" ? "" : `:${value.qualifier}`}`

/**
 * A claim's stable id: sha256 of what it says and where it was read (article, kind, predicate,
 * value, time, quote), shortened. Unchanged input gives the same id on every run.
 */
export const claimId = (parts: {
  readonly article: string
  readonly kind: ClaimKind
  readonly predicate: string
  readonly value: Quantity | undefined
  readonly time: TimeScope | undefined
  readonly quote: string
  /** A figure's period: "30 cts vs 30 cts prior" states two facts in one quote. */
  readonly period?: { readonly value: string; readonly prior: boolean } | undefined
}): string =>
  createHash("sha256")
    .update([parts.article, parts.kind, parts.predicate, normalisedValue(parts.value), parts.time ? `${parts.time.start}..${parts.time.end}` : "", parts.quote, ...(parts.period ? [`${parts.period.value}${parts.period.prior ? ":prior" : ""}`] : [])].join("\u0000"))
    .digest("hex")
    .slice(0, ID_LENGTH)
