import { describeReference, type Extraction, Extraction as ExtractionSchema } from "@crosscheck/claims"
import { Console, Effect, Layer, Option, Schema } from "effect"
import { text } from "node:stream/consumers"
import { formatOfFile } from "../read/article-source.js"
import { ArticleReadError } from "../read/corpus-error.js"
import { STDIN } from "../discover/discover-corpus.js"
import { ArticleReader } from "../read/read-article.js"
import { Cleaner } from "../clean/clean-stage.js"
import { Extractor } from "../extract/extract-stage.js"
import type { ExtractInput } from "./extract-command.js"

/** Standard input as text, to its end. */
const readStdin = Effect.tryPromise({
  try: () => text(process.stdin),
  catch: (cause) => new ArticleReadError({ path: "<stdin>", reason: String(cause), cause })
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

export const extractAction = Effect.fn("extractCommand")(function*(input: ExtractInput) {
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
