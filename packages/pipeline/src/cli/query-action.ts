import { Console, Effect } from "effect"
import { StoreReader } from "../store/store-reader.js"
import { formatRows } from "./output-format.js"
import type { QueryInput } from "./query-command.js"

export const queryAction = Effect.fn("queryCommand")(function*({ format, sql }: QueryInput) {
  const store = yield* StoreReader
  yield* Console.log(formatRows(yield* store.queryReadOnly(sql), format))
}, (effect, { db }) => effect.pipe(Effect.provide(StoreReader.layer(db))))
