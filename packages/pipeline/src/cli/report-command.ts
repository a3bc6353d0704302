import { Console, Effect, Layer, Option } from "effect"
import { Command, Flag } from "effect/cli"
import { ReportWriter } from "../report/report-stage.js"
import { StoreReader } from "../store/store-reader.js"
import { dbFlag } from "./shared-flags.js"

export const reportCommand = Command.make(
  "report",
  {
    db: dbFlag,
    format: Flag.Literals("format", ["md", "html", "json"]).pipe(
      Flag.withDescription("Write only this report (default: all three)"),
      Flag.optional
    ),
    out: Flag.String("out").pipe(Flag.withDescription("Where to write the reports"), Flag.withDefault("crosscheck-report")),
    baseline: Flag.String("baseline").pipe(
      Flag.withDescription("A JSON file of accepted findings to suppress"),
      Flag.optional
    )
  },
  Effect.fn("reportCommand")(function*(input) {
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
).pipe(Command.withDescription("Re-render the reports from the database alone"))
