import { WrittenMetadata } from "@crosscheck/claims"
import { Schema } from "effect"

/** `manifest.json` at a corpus root: metadata for articles by their path relative to the root. */
export const Manifest = Schema.Struct({
  about: Schema.optionalKey(Schema.String),
  articles: Schema.Array(
    Schema.Struct({
      file: Schema.String,
      ...WrittenMetadata.fields
    })
  )
})
export type Manifest = typeof Manifest.Type

export const decodeManifest = Schema.decodeUnknownEffect(Schema.fromJsonString(Manifest))

/** Manifest metadata by article id, without the `file` key. */
export const manifestIndex = (manifest: Manifest): ReadonlyMap<string, WrittenMetadata> =>
  new Map(manifest.articles.map(({ file, ...metadata }) => [file.replaceAll("\\", "/"), metadata]))
