import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { modelJsonSchemas } from "../../src/model/json-schema.js"

const docs = fileURLToPath(new URL("../../../../docs/", import.meta.url))

describe("the committed JSON Schemas", () => {
  it.each(Object.entries(modelJsonSchemas()))("docs/%s matches the model (regenerate with `pnpm docs:schemas`)", (file, schema) => {
    expect(JSON.parse(readFileSync(docs + file, "utf8"))).toEqual(schema)
  })
})
