import { describe, expect, it } from "vitest"
import { modelJsonSchemas } from "../../src/model/json-schema.js"

// The committed docs/*.schema.json must match the model: regenerate them with
// `pnpm exec vitest run packages/claims/test/model -u`.
describe("the committed JSON Schemas", () => {
  it.each(Object.entries(modelJsonSchemas()))("docs/%s matches the model", async (file, schema) => {
    await expect(JSON.stringify(schema, null, 2) + "\n").toMatchFileSnapshot(`../../../../docs/${file}`)
  })
})
