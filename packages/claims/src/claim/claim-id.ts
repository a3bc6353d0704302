import * as crypto from "node:crypto"
import type { Claim, ClaimKind } from "../model/claim.js"
import type { Figure } from "../model/figure.js"
import type { Quantity } from "../model/quantity.js"
import type { TimeScope } from "../model/time.js"

const ID_LENGTH = 16

/** A figure in words for ids and comparisons: value, unit and qualifier, not its spelling. */
export const normalisedValue = (value: Quantity | undefined): string =>
  value === undefined ? "" : `${value.value}${value.unit}${value.qualifier === "exact" ? "" : `:${value.qualifier}`}`

/**
 * sha256 in hex. Every claim is hashed: the one-shot `crypto.hash` (Node 20.12+) costs a third of
 * a Hash object's round trip; older Nodes, which lack it, make the object.
 */
const sha256 = typeof crypto.hash === "function"
  ? (text: string): string => crypto.hash("sha256", text, "hex")
  : (text: string): string => crypto.createHash("sha256").update(text).digest("hex")

const hash = (parts: ReadonlyArray<string>): string => sha256(parts.join("\u0000")).slice(0, ID_LENGTH)

/** The parts of a figure's identity that tell two facts in one quote apart: "millions" of Americans and of Britons. */
const figureIdentity = (figure: Figure | undefined): ReadonlyArray<string> =>
  figure === undefined
    ? []
    : [
        figure.holder ?? "",
        figure.measure ?? "",
        figure.counterpart ?? "",
        figure.period ? `${figure.period.value}${figure.period.prior ? ":prior" : ""}` : "",
        figure.aspect
      ]

/**
 * A claim's stable id: sha256 of what it says and where it was read (article, kind, predicate,
 * parties, value, time, quote and the figure's identity), shortened. Unchanged input gives the same
 * id on every run; the text's offsets are left out so an edit elsewhere in the article keeps it.
 */
export const claimId = (parts: {
  readonly article: string
  readonly kind: ClaimKind
  readonly predicate: string
  readonly subjects: ReadonlyArray<string>
  readonly value: Quantity | undefined
  readonly time: TimeScope | undefined
  readonly quote: string
  readonly figure: Figure | undefined
}): string =>
  hash([
    parts.article,
    parts.kind,
    parts.predicate,
    [...parts.subjects].sort().join(","),
    normalisedValue(parts.value),
    parts.time ? `${parts.time.start}..${parts.time.end}` : "",
    parts.quote,
    ...figureIdentity(parts.figure)
  ])

/**
 * Ids made unique within an article: two claims that still share every part of their id (one quote
 * read twice with nothing to tell them apart) keep the first's id, the later ones get their offset
 * hashed in, so the store's one-row-per-id holds both.
 */
export const distinctClaimIds = (claims: ReadonlyArray<Claim>): ReadonlyArray<Claim> => {
  const seen = new Set<string>()
  return claims.map((claim) => {
    if (!seen.has(claim.id)) {
      seen.add(claim.id)
      return claim
    }
    let id = hash([claim.id, String(claim.span.start), String(claim.span.end)])
    for (let n = 2; seen.has(id); n++) id = hash([claim.id, String(claim.span.start), String(n)])
    seen.add(id)
    return { ...claim, id }
  })
}
