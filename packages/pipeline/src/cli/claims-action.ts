import { Console, Effect, Option } from "effect"
import { StoreReader } from "../store/store-reader.js"
import type { ClaimsFlatView } from "../store/database-schema.js"
import type { ClaimFilter } from "../store/store-records.js"
import { formatRows, rowsOf } from "./output-format.js"
import type { ClaimsInput } from "./claims-command.js"

/** A figure in a few characters: 240000000000 USD → "240B USD", 14.3 percent → "14.3%", ordinal 2 → "#2". */
const compactNumber = new Intl.NumberFormat("en", { notation: "compact", maximumSignificantDigits: 4 })

const valueText = (row: ClaimsFlatView): string | null => {
  if (row.value_amount === null) return null
  const figure = compactNumber.format(row.value_amount)
  if (row.value_kind === "ordinal") return `#${figure}`
  if (row.value_unit === "percent") return `${figure}%`
  return row.value_unit === null || row.value_unit === "item" ? figure : `${figure} ${row.value_unit}`
}

const timeText = (row: ClaimsFlatView): string | null =>
  row.time_start === null ? null : row.time_end === row.time_start ? row.time_start : `${row.time_start}/${row.time_end}`

const subjectsOf = (row: ClaimsFlatView): ReadonlyArray<string> => JSON.parse(row.subjects) as ReadonlyArray<string>

/** The terminal table: what a reader scans for; json and csv carry every column of `claims_flat`. */
const tableRows = (claims: ReadonlyArray<ClaimsFlatView>) =>
  rowsOf(
    claims.map((row) => ({
      id: row.id,
      time: timeText(row),
      article: row.article_id,
      predicate: row.predicate,
      subjects: subjectsOf(row).join(", "),
      value: valueText(row),
      quote: row.quote
    })),
    ["id", "time", "article", "predicate", "subjects", "value", "quote"]
  )

const ALL_COLUMNS: ReadonlyArray<keyof ClaimsFlatView> = [
  "id", "article_id", "article_title", "article_date", "kind", "predicate", "subjects", "place", "object",
  "value_amount", "value_unit", "value_kind", "value_qualifier", "value_low", "value_high", "time_start", "time_end",
  "first_day", "last_day", "asserted_at", "modality", "attribution", "quote", "confidence"
]

export const claimsAction = Effect.fn("claimsCommand")(function*({ format, ...flags }: ClaimsInput) {
  const store = yield* StoreReader
  const filter: ClaimFilter = Object.fromEntries(
    (["kind", "entity", "from", "to", "text", "article"] as const).flatMap((key) =>
      Option.match(flags[key], { onNone: () => [], onSome: (value) => [[key, value]] })
    )
  )
  const claims = yield* store.findClaims(filter)
  const rows = format === "table"
    ? tableRows(claims)
    : format === "json"
    // JSON readers get the subjects as an array, not as JSON text inside JSON.
    ? rowsOf(claims.map((row) => ({ ...row, subjects: subjectsOf(row) })), ALL_COLUMNS)
    : rowsOf(claims, ALL_COLUMNS)
  yield* Console.log(formatRows(rows, format))
}, (effect, { db }) => effect.pipe(Effect.provide(StoreReader.layer(db))))
