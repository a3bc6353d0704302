import { Flag } from "effect/cli"

/**
 * Printing result sets: an aligned table for the terminal, a JSON array of row objects, or CSV
 * (RFC 4180). Shared by every command that prints rows.
 */

export const OUTPUT_FORMATS = ["table", "json", "csv"] as const
export type OutputFormat = (typeof OUTPUT_FORMATS)[number]

export const formatFlag = Flag.Literals("format", OUTPUT_FORMATS).pipe(
  Flag.withDescription("How to print the rows: an aligned table, a JSON array of objects, or CSV (RFC 4180)"),
  Flag.withDefault("table")
)

/** Column names in order, and each row's cells in the same order. */
export interface Rows {
  readonly columns: ReadonlyArray<string>
  readonly rows: ReadonlyArray<ReadonlyArray<unknown>>
}

/** Rows from objects, keeping only `columns`, in that order. */
export const rowsOf = <R extends object>(records: ReadonlyArray<R>, columns: ReadonlyArray<keyof R & string>): Rows => ({
  columns,
  rows: records.map((record) => columns.map((column) => record[column]))
})

export const formatRows = (rows: Rows, format: OutputFormat): string => {
  switch (format) {
    case "table":
      return formatTable(rows)
    case "json":
      return formatJson(rows)
    case "csv":
      return formatCsv(rows)
  }
}

/** A cell as text: SQL NULL is empty, blobs are hex literals. */
const cellText = (value: unknown): string => {
  if (value === null || value === undefined) return ""
  if (value instanceof Uint8Array) return `x'${Buffer.from(value).toString("hex")}'`
  if (typeof value === "object") return JSON.stringify(value)
  return String(value)
}

/** Wider cells are cut with "…" so a row fits a terminal line; json and csv print everything. */
const TABLE_CELL_WIDTH = 72
const LINE_BREAKS = /\s*[\r\n]+\s*/g

const tableCell = (value: unknown): string => {
  const text = cellText(value).replace(LINE_BREAKS, " ")
  return text.length > TABLE_CELL_WIDTH ? `${text.slice(0, TABLE_CELL_WIDTH - 1)}…` : text
}

const formatTable = ({ columns, rows }: Rows): string => {
  const cells = rows.map((row) => row.map(tableCell))
  const widths = columns.map((column, i) => Math.max(column.length, ...cells.map((row) => row[i]?.length ?? 0)))
  // Numbers read best right-aligned; a column is numeric when every non-empty cell is a number.
  const numeric = columns.map((_, i) => rows.every((row) => row[i] === null || typeof row[i] === "number"))
  const line = (texts: ReadonlyArray<string>) =>
    texts.map((text, i) => numeric[i] ? text.padStart(widths[i] ?? 0) : text.padEnd(widths[i] ?? 0)).join("  ")
      .trimEnd()
  const count = `(${rows.length} ${rows.length === 1 ? "row" : "rows"})`
  return [line(columns), widths.map((width) => "─".repeat(width)).join("  "), ...cells.map(line), count].join("\n")
}

const formatJson = ({ columns, rows }: Rows): string =>
  JSON.stringify(
    rows.map((row) => Object.fromEntries(columns.map((column, i) => [column, jsonValue(row[i])]))),
    null,
    2
  )

const jsonValue = (value: unknown): unknown =>
  value === undefined ? null : value instanceof Uint8Array || typeof value === "bigint" ? cellText(value) : value

const CSV_QUOTING = /[",\r\n]/

/** RFC 4180: CRLF between records; a field with a comma, quote or line break is quoted, quotes doubled. */
const csvField = (value: unknown): string => {
  const text = cellText(value)
  return CSV_QUOTING.test(text) ? `"${text.replaceAll("\"", "\"\"")}"` : text
}

const formatCsv = ({ columns, rows }: Rows): string =>
  [columns, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n")
