import { describe, expect, it } from "@effect/vitest"
import fc from "fast-check"
import { formatRows, rowsOf } from "../../src/cli/output-format.js"

const sample = {
  columns: ["id", "value", "quote"],
  rows: [
    ["c-1", 240100000000, "Trade reached a record, \"officials\" said"],
    ["c-22", null, "line one\nline two"],
    ["c-3", 14.3, "short"]
  ]
}

/** A strict RFC 4180 reader: the inverse the CSV output must have. */
const parseCsv = (text: string): Array<Array<string>> => {
  const records: Array<Array<string>> = [[]]
  let field = ""
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (quoted) {
      if (char === "\"" && text[i + 1] === "\"") (field += "\"", i++)
      else if (char === "\"") quoted = false
      else field += char
    } else if (char === "\"") quoted = true
    else if (char === ",") (records.at(-1)!.push(field), field = "")
    else if (char === "\r" && text[i + 1] === "\n") (records.at(-1)!.push(field), field = "", records.push([]), i++)
    else field += char
  }
  records.at(-1)!.push(field)
  return records
}

describe("output formats", () => {
  it("table: aligned columns, numbers right-aligned, line breaks folded, a row count", () => {
    const lines = formatRows(sample, "table").split("\n")
    expect(lines[0]).toBe("id           value  quote")
    expect(lines[1]).toMatch(/^─{4}  ─{12}  ─+$/)
    expect(lines[2]).toBe("c-1   240100000000  Trade reached a record, \"officials\" said")
    expect(lines[3]).toBe("c-22                line one line two")
    expect(lines[4]).toBe("c-3           14.3  short")
    expect(lines[5]).toBe("(3 rows)")
  })

  it("table: cuts very long cells so rows stay readable", () => {
    const table = formatRows({ columns: ["quote"], rows: [["x".repeat(500)]] }, "table")
    expect(table.split("\n")[2]).toBe(`${"x".repeat(71)}…`)
  })

  it("json: an array of row objects, nulls kept", () => {
    expect(JSON.parse(formatRows(sample, "json"))).toEqual([
      { id: "c-1", value: 240100000000, quote: "Trade reached a record, \"officials\" said" },
      { id: "c-22", value: null, quote: "line one\nline two" },
      { id: "c-3", value: 14.3, quote: "short" }
    ])
  })

  it("csv: RFC 4180 quoting, CRLF between records", () => {
    expect(formatRows(sample, "csv")).toBe(
      "id,value,quote\r\nc-1,240100000000,\"Trade reached a record, \"\"officials\"\" said\"\r\n" +
        "c-22,,\"line one\nline two\"\r\nc-3,14.3,short"
    )
  })

  it("csv: any text survives a round trip through an RFC 4180 reader", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: fc.constantFrom("a", " ", ",", "\"", "\n", "\r", "é") }), { minLength: 2, maxLength: 2 }), { minLength: 1 }),
        (rows) => {
          expect(parseCsv(formatRows({ columns: ["a", "b"], rows }, "csv"))).toEqual([["a", "b"], ...rows])
        }
      )
    )
  })

  it("rowsOf keeps the chosen columns in order", () => {
    expect(rowsOf([{ a: 1, b: "x", c: true }], ["c", "a"])).toEqual({ columns: ["c", "a"], rows: [[true, 1]] })
  })
})
