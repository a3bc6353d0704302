import { Argument, Command } from "effect/cli"
import { lazyAction } from "./lazy-action.js"
import { formatFlag } from "./output-format.js"
import { dbFlag } from "./shared-flags.js"

const queryFlags = {
  sql: Argument.String("sql").pipe(Argument.withDescription("One statement that reads (SELECT, WITH … SELECT)")),
  db: dbFlag,
  format: formatFlag
}
export type QueryInput = Command.Command.Config.Infer<typeof queryFlags>

export const queryCommand = Command.make(
  "query",
  queryFlags,
  lazyAction(() => import("./query-action.js").then((module) => module.queryAction))
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
