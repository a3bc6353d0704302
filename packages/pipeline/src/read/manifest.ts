import { oneLine, WrittenMetadata } from "@crosscheck/claims/model"
import { Effect, Schema } from "effect"

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

/** The manifest in `text`; what is wrong with it on one line (the schema's message spans several). */
export const decodeManifest = (text: string) =>
  Schema.decodeUnknownEffect(Schema.fromJsonString(Manifest))(text).pipe(
    Effect.mapError((error) => ({ message: `not a valid manifest: ${oneLine(error.message)}` }))
  )

const normalised = (file: string) => file.replaceAll("\\", "/")

/**
 * What is wrong with the manifest's entries, one line each: a file named twice, a path outside the
 * corpus (never read: the manifest only describes files the walk finds), a file not in the corpus
 * (one the walk found, refused or not, or one ignored, is not reported).
 */
export const manifestProblems = (
  manifest: Manifest,
  found: ReadonlySet<string>,
  ignored: (id: string) => boolean
): ReadonlyArray<string> => {
  const seen = new Set<string>()
  return manifest.articles.flatMap(({ file }): Array<string> => {
    const id = normalised(file)
    if (seen.has(id)) return [`entry '${file}' is listed more than once`]
    seen.add(id)
    if (id.startsWith("/") || /^[a-z]:/i.test(id) || id.split("/").includes("..")) {
      return [`entry '${file}' is outside the corpus (not read)`]
    }
    return found.has(id) || ignored(id) ? [] : [`entry '${file}' is not an article in the corpus`]
  })
}

/** Manifest metadata by article id, without the `file` key. */
export const manifestIndex = (manifest: Manifest): ReadonlyMap<string, WrittenMetadata> =>
  new Map(manifest.articles.map(({ file, ...metadata }) => [normalised(file), metadata]))
