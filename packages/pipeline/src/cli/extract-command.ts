import { describeReference, type Extraction, Extraction as ExtractionSchema, IsoDay } from "@crosscheck/claims"
import { Console, Effect, Layer, Option, Schema } from "effect"
import { Argument, Command, Flag } from "effect/cli"
import { text } from "node:stream/consumers"
import { formatOfFile } from "../read/article-source.js"
import { ArticleReadError } from "../read/corpus-error.js"
import { STDIN } from "../discover/discover-corpus.js"
import { ArticleReader } from "../read/read-article.js"
import { Cleaner } from "../clean/clean-stage.js"
import { Extractor } from "../extract/extract-stage.js"

/** Standard input as text, to its end. */
const readStdin = Effect.tryPromise({
  try: () => text(process.stdin),
  catch: (cause) => new ArticleReadError({ path: "<stdin>", reason: String(cause) })
})

const encodeExtraction = Schema.encodeSync(ExtractionSchema)

const describe = (extraction: Extraction): string => {
  const lines = [
    `${extraction.article} — reference date ${describeReference(extraction.referenceDate)}`,
    "",
    "time expressions:",
    ...extraction.timexes.map((t) => `  ${t.type.padEnd(8)} ${t.value.padEnd(14)} "${t.text}"`),
    "",
    "quantities:",
    ...extraction.quantities.map((q) => `  ${q.kind.padEnd(8)} ${`${q.value} ${q.unit}`.padEnd(24)} "${q.text}"`),
    "",
    "claims:",
    ...extraction.claims.map((c) =>
      `  ${c.predicate.padEnd(20)} ${c.subjects.join(",")}` +
      (c.value === undefined ? "" : ` = ${c.value.value} ${c.value.unit}`) +
      (c.time === undefined ? "" : ` @ ${c.time.start}..${c.time.end}`) +
      ` [${c.modality}] "${c.quote}"`
    )
  ]
  return lines.join("\n")
}

export const extractCommand = Command.make(
  "extract",
  {
    file: Argument.String("file").pipe(Argument.withDescription("One article (.txt, .md or .html), or - to read plain text from stdin")),
    published: Flag.String("published").pipe(
      Flag.withDescription("The article's publication date (YYYY-MM-DD): the reference date for relative times"),
      Flag.withSchema(IsoDay),
      Flag.optional
    ),
    json: Flag.Boolean("json").pipe(Flag.withDescription("Print the extraction as JSON"), Flag.withDefault(false)),
    gazetteer: Flag.String("gazetteer").pipe(
      Flag.withDescription("A JSON gazetteer that adds entities to (or overrides) the built-in one"),
      Flag.optional
    )
  },
  Effect.fn("extractCommand")(function*(input) {
    const reader = yield* ArticleReader
    const cleaner = yield* Cleaner
    const extractor = yield* Extractor
    const metadata = Option.match(input.published, { onNone: () => ({}), onSome: (published) => ({ published }) })
    const article = yield* reader.read(
      input.file === STDIN
        ? { _tag: "Inline", id: STDIN, path: "<stdin>", metadata, text: yield* readStdin }
        : { _tag: "File", id: input.file, path: input.file, format: formatOfFile(input.file) ?? "text", metadata }
    )
    const extraction = yield* extractor.extract(yield* cleaner.clean(article))
    yield* Console.log(input.json ? JSON.stringify(encodeExtraction(extraction), null, 2) : describe(extraction))
  }, (effect, input) =>
    effect.pipe(
      Effect.provide(
        Layer.mergeAll(
          ArticleReader.layer,
          Cleaner.layer,
          Extractor.layer({ gazetteer: Option.getOrUndefined(input.gazetteer) })
        )
      )
    ))
).pipe(
  Command.withDescription("Extract time expressions, quantities and claims from one document, without a database"),
  Command.withExamples([
    { command: "crosscheck extract article.txt --published 2018-06-09 --json", description: "Print the extraction as JSON" }
  ])
)

