import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { ReportData } from "../../src/report-data.js"
import { renderJson, renderJsonParts, reportJsonSchema } from "../../src/render/json.js"
import { inflated, sampleReport } from "./sample-report.js"

const decode = Schema.decodeUnknownSync(ReportData)

/** The same data with every object's keys inserted in reverse order. */
const reverseKeys = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(reverseKeys)
    : typeof value === "object" && value !== null
      ? Object.fromEntries(Object.entries(value).reverse().map(([key, inner]) => [key, reverseKeys(inner)]))
      : value

describe("renderJson", () => {
  it("round-trips through the ReportData schema", () => {
    const decoded = decode(JSON.parse(renderJson(sampleReport)))
    expect(decoded).toEqual(sampleReport)
    expect(renderJson(decoded)).toBe(renderJson(sampleReport))
  })

  it("writes keys in the schema's order, whatever order the data holds them in", () => {
    const shuffled = reverseKeys(sampleReport) as ReportData
    expect(Object.keys(shuffled)[0]).toBe("contexts")
    expect(renderJson(shuffled)).toBe(renderJson(sampleReport))
    expect(Object.keys(JSON.parse(renderJson(shuffled)))).toEqual([
      "schemaVersion",
      "generatedAt",
      "tool",
      "corpus",
      "counts",
      "articles",
      "claims",
      "findings",
      "staleBaseline",
      "unreadable",
      "contexts"
    ])
  })

  it("indents by two spaces and ends with a newline", () => {
    const json = renderJson(sampleReport)
    expect(json.split("\n")[1]).toBe('  "schemaVersion": 1,')
    expect(json.endsWith("}\n")).toBe(true)
  })

  it("leaves out what the schema does not document", () => {
    const withExtra = { ...sampleReport, secret: "x", tool: { ...sampleReport.tool, token: "y" } } as ReportData
    const json = renderJson(withExtra)
    expect(json).not.toContain("secret")
    expect(json).not.toContain("token")
  })

  it("is written in parts, each element encoded as it is reached: the same text as the data encoded whole", () => {
    const encodedWhole = (data: ReportData) => `${JSON.stringify(Schema.encodeSync(ReportData)(data), null, 2)}\n`
    const large = inflated(400, "A sentence around the quote. ".repeat(8))
    const parts = [...renderJsonParts(large)]
    expect(parts.length).toBeGreaterThan(3)
    // Parts of a bounded size: the file is never held whole.
    expect(Math.max(...parts.map((part) => part.length))).toBeLessThan(80 * 1024)
    expect(parts.join("")).toBe(encodedWhole(large))
    // Empty lists too ("[]"), as JSON.stringify writes them.
    const empty = { ...sampleReport, claims: [], findings: [], contexts: [], staleBaseline: [], unreadable: [] }
    expect(renderJson(empty)).toBe(encodedWhole(empty))
    expect(renderJson(sampleReport)).toBe(encodedWhole(sampleReport))
  })

  it("rejects data of another schema version", () => {
    const json = JSON.parse(renderJson(sampleReport)) as Record<string, unknown>
    expect(() => decode({ ...json, schemaVersion: 2 })).toThrow()
  })
})

describe("docs/report.schema.json", () => {
  it("is the JSON Schema generated from ReportData (update with `vitest run -u` on this file)", async () => {
    await expect(reportJsonSchema()).toMatchFileSnapshot("../../../../docs/report.schema.json")
  })

  it("describes every top-level field as required", () => {
    const schema = JSON.parse(reportJsonSchema()) as { required: ReadonlyArray<string>; properties: Record<string, unknown> }
    expect([...schema.required].sort()).toEqual(Object.keys(ReportData.fields).sort())
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(ReportData.fields).sort())
  })
})
