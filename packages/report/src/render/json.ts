import { jsonSchemaOf } from "@crosscheck/claims/model"
import { Schema } from "effect"
import { ReportData } from "../report-data.js"

/** How much report.json text is gathered before it is handed on to be written. */
const PART_CHARS = 64 * 1024

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

/** The text of report.json, a key or an array element at a time. */
function* jsonPieces(data: ReportData): Generator<string> {
  yield "{"
  for (const [index, writer] of KEY_WRITERS.entries()) {
    const value = (data as unknown as Record<string, unknown>)[writer.key]
    yield `${index === 0 ? "" : ","}\n  ${JSON.stringify(writer.key)}: `
    if (!writer.array) {
      yield indented(writer.encode(value), 1)
      continue
    }
    const elements = value as ReadonlyArray<unknown>
    if (elements.length === 0) {
      yield "[]"
      continue
    }
    yield "["
    for (const [at, element] of elements.entries()) yield `${at === 0 ? "" : ","}\n    ${indented(writer.encode(element), 2)}`
    yield "\n  ]"
  }
  yield "\n}\n"
}

/**
 * report.json in parts of about `PART_CHARS` characters, each element encoded with its Schema as it
 * is reached: the file is written as it is made, never held whole (it grows with the findings).
 * The same text as `JSON.stringify` of the data encoded whole, two-space indent, keys in the schema's order.
 */
export function* renderJsonParts(data: ReportData): Generator<string> {
  let part = ""
  for (const piece of jsonPieces(data)) {
    part += piece
    if (part.length >= PART_CHARS) {
      yield part
      part = ""
    }
  }
  if (part !== "") yield part
}

/** report.json as one string (small reports, tests): the parts joined. */
export const renderJson = (data: ReportData): string => [...renderJsonParts(data)].join("")

/**
 * The JSON Schema (draft 2020-12) of report.json, as a standalone file (docs/report.schema.json):
 * generated from the ReportData Schema like the claim model's schemas.
 */
export const reportJsonSchema = (): string =>
  `${JSON.stringify(jsonSchemaOf(ReportData, "crosscheck report.json"), null, 2)}\n`
