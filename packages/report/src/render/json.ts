import { Schema } from "effect"
import { ReportData } from "../report-data.js"

const encodeReport = Schema.encodeSync(ReportData)

/**
 * report.json: the data encoded with its Schema, so keys come in the schema's declared order (stable
 * across runs) and nothing outside the documented schema leaks in. Two-space indent.
 */
export const renderJson = (data: ReportData): string => `${JSON.stringify(encodeReport(data), null, 2)}\n`

/**
 * The JSON Schema (draft 2020-12) of report.json, as a standalone file (docs/report.schema.json):
 * `Schema.toJsonSchemaDocument(ReportData)` with its definitions under `$defs`, where its `$ref`s point.
 */
export const reportJsonSchema = (): string => {
  const document = Schema.toJsonSchemaDocument(ReportData)
  const definitions = Object.keys(document.definitions).length === 0 ? {} : { $defs: document.definitions }
  const schema = {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: "crosscheck report.json",
    description: "The data of a crosscheck consistency report; see docs/report-json.md.",
    ...document.schema,
    ...definitions
  }
  return `${JSON.stringify(schema, null, 2)}\n`
}
