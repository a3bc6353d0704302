/**
 * `pnpm docs:schemas`: writes the JSON Schemas of the claim model into docs/ (a test checks that
 * the committed files match the model).
 */
import { writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { modelJsonSchemas } from "@crosscheck/claims"

const docs = fileURLToPath(new URL("../../../docs/", import.meta.url))
for (const [file, schema] of Object.entries(modelJsonSchemas())) {
  writeFileSync(docs + file, JSON.stringify(schema, null, 2) + "\n")
  console.log(`wrote docs/${file}`)
}
