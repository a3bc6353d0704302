import { Console, Effect } from "effect"
import { Argument, Command } from "effect/cli"
import { StoreReader } from "../store/store-reader.js"
import { formatFlag, formatRows } from "./output-format.js"
import { dbFlag } from "./shared-flags.js"

export const queryCommand = Command.make(
  "query",
  {
    sql: Argument.String("sql").pipe(Argument.withDescription("One statement that reads (SELECT, WITH … SELECT)")),
    db: dbFlag,
    format: formatFlag
  },
  Effect.fn("queryCommand")(function*({ format, sql }) {
    const store = yield* StoreReader
    yield* Console.log(formatRows(yield* store.queryReadOnly(sql), format))
  }, (effect, { db }) => effect.pipe(Effect.provide(StoreReader.layer(db))))
).pipe(
  Command.withDescription(
    "Run a read-only SQL query on the claims database (tables, views and FTS5 indexes: see docs/database.md)"
  ),
  Command.withExamples([
    {
      command: "crosscheck query \"SELECT relation_id, severity, quote_a, quote_b FROM contradictions\"",
      description: "Contradictions, both quotes side by side"
    },
    {
      command: "crosscheck query \"SELECT * FROM timeline WHERE predicate = 'trade.volume'\" --format csv",
      description: "A trade series as CSV"
    }
  ])
)
