import { Schema } from "effect"
import { Claim } from "./claim.js"
import { Extraction } from "./extraction.js"
import { Relation } from "./relation.js"

/**
 * A standalone JSON Schema (draft 2020-12) document for one of crosscheck's Effect Schemas: what
 * docs/*.schema.json hold, so that the JSON crosscheck writes is documented from the one model.
 */
export const jsonSchemaOf = (schema: Schema.Top, title: string): Record<string, unknown> => {
  const document = Schema.toJsonSchemaDocument(schema)
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title,
    ...document.schema,
    ...(Object.keys(document.definitions).length > 0 ? { $defs: document.definitions } : {})
  }
}

/** The documented schemas of the claims package, by the docs/ file that holds each. */
export const modelJsonSchemas = (): Record<string, Record<string, unknown>> => ({
  "claim.schema.json": jsonSchemaOf(Claim, "crosscheck claim (one line of `crosscheck export claims`)"),
  "relation.schema.json": jsonSchemaOf(Relation, "crosscheck relation (one line of `crosscheck export relations`)"),
  "extraction.schema.json": jsonSchemaOf(Extraction, "crosscheck extraction (`crosscheck extract --json`)")
})
