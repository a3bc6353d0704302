import { Console, Effect, Layer, Option } from "effect"
import { ReportWriter } from "../report/report-stage.js"
import { StoreReader } from "../store/store-reader.js"
import type { ReportInput } from "./report-command.js"

export const reportAction = Effect.fn("reportCommand")(function*(input: ReportInput) {
  const writer = yield* ReportWriter
  const outcome = yield* writer.write({
    corpus: input.db,
    outDir: input.out,
    formats: Option.match(input.format, { onNone: () => ["md", "html", "json"] as const, onSome: (f) => [f] }),
    baseline: Option.getOrUndefined(input.baseline)
  })
  yield* Console.log(`reports: ${outcome.files.join(", ")}`)
}, (effect, { db }) =>
  effect.pipe(
    Effect.provide(ReportWriter.layer.pipe(Layer.provideMerge(StoreReader.layer(db))))
  ))
