import { jsonSchemaOf } from "@crosscheck/claims/model"
import { Schema } from "effect"
import { ReportData } from "../report-data.js"
import { loadClaims, type ReportOutline, type ReportPieces } from "../report-outline.js"
import { renderedParts } from "./report-parts.js"

/** Claims loaded and encoded per page (for `claims`; then, with their texts, their contexts). */
const PAGE_CLAIMS = 250

/** One top-level key's encoder: an array key's encodes an element at a time. */
type KeyWriter =
  | { readonly key: string; readonly array: false; readonly encode: (value: unknown) => unknown }
  | { readonly key: string; readonly array: true; readonly encode: (element: unknown) => unknown }

// The keys in the schema's declared order (stable across runs), each with its field's own Schema,
// so nothing outside the documented schema leaks in.
const KEY_WRITERS: ReadonlyArray<KeyWriter> = Object.entries(ReportData.fields).map(([key, field]) => {
  const schema = field as Schema.Codec<unknown, unknown>
  const element = (field as { readonly value?: unknown }).value
  return Schema.isSchema(element) && field.ast._tag === "Arrays"
    ? { key, array: true, encode: Schema.encodeSync(element as Schema.Codec<unknown, unknown>) }
    : { key, array: false, encode: Schema.encodeSync(schema) }
})

/** `value` as `JSON.stringify(value, null, 2)` writes it `depth` levels in. */
const indented = (value: unknown, depth: number): string =>
  JSON.stringify(value, null, 2).replaceAll("\n", `\n${"  ".repeat(depth)}`)

/** The elements of an array key the outline holds; not `claims` and `contexts`, loaded a page at a time. */
const heldElements = (outline: ReportOutline, key: string): ReadonlyArray<unknown> | undefined =>
  key === "claims" || key === "contexts" ? undefined : (outline as unknown as Record<string, ReadonlyArray<unknown>>)[key]

/** The text of report.json, a key or an array element at a time. */
export function* jsonPieces(outline: ReportOutline): ReportPieces {
  yield "{"
  for (const [index, writer] of KEY_WRITERS.entries()) {
    yield `${index === 0 ? "" : ","}\n  ${JSON.stringify(writer.key)}: `
    if (!writer.array) {
      yield indented(writer.encode((outline as unknown as Record<string, unknown>)[writer.key]), 1)
      continue
    }
    const element = (at: number, value: unknown) => `${at === 0 ? "" : ","}\n    ${indented(writer.encode(value), 2)}`
    const inOutline = heldElements(outline, writer.key)
    const count = inOutline?.length ?? outline.claimRefs.length
    if (count === 0) {
      yield "[]"
      continue
    }
    yield "["
    if (inOutline !== undefined) {
      for (const [at, value] of inOutline.entries()) yield element(at, value)
    } else {
      const contexts = writer.key === "contexts"
      for (let from = 0; from < count; from += PAGE_CLAIMS) {
        const ids = outline.claimRefs.slice(from, from + PAGE_CLAIMS).map((ref) => ref.id)
        const quoted = yield* loadClaims({ ids, claims: !contexts, contexts, facets: false })
        for (const [offset, id] of ids.entries()) {
          const value = contexts ? quoted.contexts.get(id) : quoted.claims.get(id)
          if (value !== undefined) yield element(from + offset, value)
        }
      }
    }
    yield "\n  ]"
  }
  yield "\n}\n"
}

/**
 * report.json in parts of about 64 KiB, each element encoded with its Schema as it is reached: the
 * file is written as it is made, never held whole (it grows with the findings). The same text as
 * `JSON.stringify` of the data encoded whole, two-space indent, keys in the schema's order.
 */
export const renderJsonParts = (data: ReportData): ReadonlyArray<string> => renderedParts(data, jsonPieces)

/** report.json as one string (small reports, tests): the parts joined. */
export const renderJson = (data: ReportData): string => renderJsonParts(data).join("")

/**
 * The JSON Schema (draft 2020-12) of report.json, as a standalone file (docs/report.schema.json):
 * generated from the ReportData Schema like the claim model's schemas.
 */
export const reportJsonSchema = (): string =>
  `${JSON.stringify(jsonSchemaOf(ReportData, "crosscheck report.json"), null, 2)}\n`
