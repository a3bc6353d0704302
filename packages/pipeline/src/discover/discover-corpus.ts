import { WrittenMetadata } from "@crosscheck/claims/model"
import ignore from "ignore"
import { Context, Effect, FileSystem, Layer, Path, Schema, Stream } from "effect"
import { type ArticleSource, formatOfFile } from "../read/article-source.js"
import { CorpusError } from "../read/corpus-error.js"
import { decodeManifest, manifestIndex, manifestProblems } from "../read/manifest.js"
import { NEVER_WALKED } from "./never-walked.js"
import { type RunOutputs, runOutputsIn } from "./run-outputs.js"
import { walkCorpus } from "./walk-corpus.js"

/** One line of a `.jsonl` corpus. Unknown keys (a category, say) are ignored. */
const JsonlArticle = Schema.Struct({
  id: Schema.String,
  body: Schema.String,
  ...WrittenMetadata.fields
})
const decodeJsonlArticle = Schema.decodeUnknownExit(Schema.fromJsonString(JsonlArticle))

export const STDIN = "-"

// eslint-disable-next-line no-control-regex -- exactly what it finds
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/

export interface DiscoverOptions {
  /** gitignore-style patterns, relative to the corpus root, of files that are not articles. */
  readonly ignore?: ReadonlyArray<string>
  /** What the run writes (its reports, its database): never articles, wherever they are (run-outputs.ts). */
  readonly outputs?: RunOutputs | undefined
}

/**
 * Discover: walks a corpus — a directory of `.txt`, `.md` and `.html` files (recursively, with an
 * optional `manifest.json` at its root) or a single `.jsonl` file — and streams its articles in a
 * stable order. Only file names are held in memory; texts are read one at a time downstream.
 */
export class CorpusDiscovery extends Context.Service<CorpusDiscovery, {
  discover(corpus: string, options?: DiscoverOptions): Stream.Stream<ArticleSource, CorpusError>
  /** How many articles `discover` will give (for a progress line); undefined for standard input. */
  count(corpus: string, options?: DiscoverOptions): Effect.Effect<number | undefined, CorpusError>
}>()("@crosscheck/pipeline/discover/CorpusDiscovery") {
  static readonly layer = Layer.effect(
    CorpusDiscovery,
    Effect.gen(function*() {
      const fs = yield* FileSystem.FileSystem
      const path = yield* Path.Path

      const fail = (at: string) => (error: { readonly message: string }) =>
        new CorpusError({ path: at, reason: error.message, cause: error })

      /** The configured patterns and the corpus root's `.gitignore`, as git reads them. */
      const ignoredIn = Effect.fn("CorpusDiscovery.ignoredIn")(function*(root: string, patterns: ReadonlyArray<string>) {
        const gitignorePath = path.join(root, ".gitignore")
        const gitignore = (yield* fs.exists(gitignorePath).pipe(Effect.mapError(fail(gitignorePath))))
          ? yield* fs.readFileString(gitignorePath).pipe(Effect.mapError(fail(gitignorePath)))
          : ""
        return ignore().add(gitignore).add([...patterns])
      })

      const directorySources = Effect.fn("CorpusDiscovery.directorySources")(function*(
        root: string,
        options: DiscoverOptions
      ) {
        const ignored = yield* ignoredIn(root, options.ignore ?? [])
        const outputs = options.outputs
        const isOutput = outputs === undefined ? () => false : yield* Effect.sync(() => runOutputsIn(root, outputs))
        const manifestPath = path.join(root, "manifest.json")
        const manifest = (yield* fs.exists(manifestPath).pipe(Effect.mapError(fail(manifestPath))))
          ? yield* fs.readFileString(manifestPath).pipe(Effect.flatMap(decodeManifest), Effect.mapError(fail(manifestPath)))
          : undefined
        const metadataById = manifest === undefined ? new Map<string, WrittenMetadata>() : manifestIndex(manifest)
        const skipped = (id: string) => NEVER_WALKED.test(id) || isOutput(id) || ignored.ignores(id)
        const entries = yield* walkCorpus(root, { skipped }).pipe(
          Effect.provideService(FileSystem.FileSystem, fs),
          Effect.provideService(Path.Path, path),
          Effect.mapError(fail(root))
        )
        const sources = entries.map((entry): ArticleSource => {
          const at = path.join(root, entry.id)
          if (entry._tag === "Refused") return { _tag: "Invalid", id: entry.id, path: at, reason: entry.reason }
          const format = formatOfFile(entry.id)!
          return { _tag: "File", id: entry.id, path: at, format, metadata: metadataById.get(entry.id) ?? {} }
        })
        const found = new Set(entries.map((entry) => entry.id))
        const problems = manifest === undefined ? [] : manifestProblems(manifest, found, skipped).map(
          (reason): ArticleSource => ({ _tag: "Invalid", path: manifestPath, reason })
        )
        return [...problems, ...sources]
      })

      const jsonlSources = (
        file: string,
        bytes: Stream.Stream<Uint8Array, { readonly message: string }> = fs.stream(file)
      ): Stream.Stream<ArticleSource, CorpusError> =>
        bytes.pipe(
          Stream.decodeText(),
          Stream.splitLines,
          Stream.zipWithIndex,
          Stream.filter(([line]) => line.trim() !== ""),
          Stream.map(([line, index]): ArticleSource => {
            const at = `${file}#${index + 1}`
            const decoded = decodeJsonlArticle(line)
            if (decoded._tag === "Failure") {
              return { _tag: "Invalid", path: at, reason: "not a JSON object with string 'id' and 'body'" }
            }
            const { body, id, ...metadata } = decoded.value
            // The line was decoded leniently: a replacement character is where its bytes were not UTF-8.
            if (line.includes("\uFFFD")) return { _tag: "Invalid", id, path: at, reason: "not valid UTF-8 text" }
            if (CONTROL_CHARACTER.test(id)) {
              return { _tag: "Invalid", path: at, reason: `id ${JSON.stringify(id)} holds a control character` }
            }
            return { _tag: "Inline", id, path: at, metadata, text: body }
          }),
          Stream.mapError(fail(file))
        )

      const discover = (corpus: string, options: DiscoverOptions = {}): Stream.Stream<ArticleSource, CorpusError> =>
        Stream.unwrap(
          Effect.gen(function*() {
            // `-`: a .jsonl corpus on standard input (`cat corpus.jsonl | crosscheck run -`).
            if (corpus === STDIN) {
              return jsonlSources(
                STDIN,
                Stream.fromAsyncIterable(process.stdin, (cause) => ({ message: `cannot read standard input: ${String(cause)}` }))
              )
            }
            const info = yield* fs.stat(corpus).pipe(
              Effect.mapError(() => new CorpusError({ path: corpus, reason: "no such file or directory" }))
            )
            if (info.type === "Directory") return Stream.fromIterable(yield* directorySources(corpus, options))
            if (corpus.endsWith(".jsonl")) return jsonlSources(corpus)
            return yield* new CorpusError({
              path: corpus,
              reason: "a corpus is a directory of .txt, .md and .html files, or a .jsonl file"
            })
          })
        )

      const count = (corpus: string, options: DiscoverOptions = {}) =>
        corpus === STDIN ? Effect.succeed(undefined) : Stream.runCount(discover(corpus, options))

      return CorpusDiscovery.of({ discover, count })
    })
  )
}
