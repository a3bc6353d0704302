import {
  type CleanedArticle,
  compileGazetteer,
  defaultGazetteer,
  type Extraction,
  extractArticle,
  Gazetteer,
  mergeGazetteers
} from "@crosscheck/claims"
import { Context, Effect, FileSystem, Layer, Schema } from "effect"

export class ExtractError extends Schema.TaggedError<ExtractError>()("ExtractError", {
  path: Schema.String,
  reason: Schema.String
}) {
  override get message() {
    return `${this.path}: cannot extract claims: ${this.reason}`
  }
}

/** A user gazetteer that cannot be read or does not match the gazetteer schema. */
export class GazetteerError extends Schema.TaggedError<GazetteerError>()("GazetteerError", {
  path: Schema.String,
  reason: Schema.String
}) {
  override get message() {
    return `${this.path}: not a usable gazetteer: ${this.reason}`
  }
}

const decodeGazetteer = Schema.decodeUnknownEffect(Schema.fromJsonString(Gazetteer))

/**
 * Extract: time expressions, quantities, entities and claims from a cleaned article. The entity
 * matcher is compiled once, when the layer is built, from the default gazetteer and the user's.
 */
export class Extractor extends Context.Service<Extractor, {
  extract(cleaned: CleanedArticle): Effect.Effect<Extraction, ExtractError>
}>()("@crosscheck/pipeline/stages/Extractor") {
  static readonly layer = (options: { readonly gazetteer?: string | undefined }) =>
    Layer.effect(
      Extractor,
      Effect.gen(function*() {
        const fs = yield* FileSystem.FileSystem
        const path = options.gazetteer
        const gazetteer = path === undefined ? defaultGazetteer : mergeGazetteers(
          defaultGazetteer,
          yield* fs.readFileString(path).pipe(
            Effect.flatMap(decodeGazetteer),
            Effect.mapError((error) => new GazetteerError({ path, reason: error.message }))
          )
        )
        const matcher = compileGazetteer(gazetteer)
        return Extractor.of({
          extract: Effect.fn("Extractor.extract")((cleaned: CleanedArticle) =>
            Effect.try({
              try: () => extractArticle(cleaned, { matcher }),
              catch: (cause) => new ExtractError({ path: cleaned.article.path, reason: String(cause) })
            })
          )
        })
      })
    )
}
