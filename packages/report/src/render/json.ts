import { jsonSchemaOf } from "@crosscheck/claims"
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
 * generated from the ReportData Schema like the claim model's schemas.
 */
export const reportJsonSchema = (): string =>
  `${JSON.stringify(jsonSchemaOf(ReportData, "crosscheck report.json"), null, 2)}\n`
