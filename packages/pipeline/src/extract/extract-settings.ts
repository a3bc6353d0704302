import { Gazetteer } from "@crosscheck/claims/model"
import { createHash } from "node:crypto"
import { Effect, FileSystem, Schema } from "effect"

/**
 * What extraction is given and fails with, apart from the extractor itself: the settings, the
 * user's gazetteer and the typed errors. Light (no wink, no rules), so a run with nothing to
 * extract, and the main thread of the worker pool, never load the extraction.
 */

export class ExtractError extends Schema.TaggedError<ExtractError>()("ExtractError", {
  path: Schema.String,
  reason: Schema.String,
  /** What was thrown or failed underneath, kept for a debugger or a log; the message stays one line. */
  cause: Schema.optionalKey(Schema.Defect())
}) {
  override get message() {
    return `${this.path}: cannot extract claims: ${this.reason}`
  }
}

/** A user gazetteer that cannot be read or does not match the gazetteer schema. */
export class GazetteerError extends Schema.TaggedError<GazetteerError>()("GazetteerError", {
  path: Schema.String,
  reason: Schema.String,
  /** What was thrown or failed underneath, kept for a debugger or a log; the message stays one line. */
  cause: Schema.optionalKey(Schema.Defect())
}) {
  override get message() {
    return `${this.path}: not a usable gazetteer: ${this.reason}`
  }
}

/** What the configuration can change in extraction (crosscheck.config.json, `--gazetteer`). */
export interface ExtractorOptions {
  readonly gazetteer?: string | undefined
  /** Names that are not entities in this corpus (compared case-insensitively). */
  readonly notEntities?: ReadonlyArray<string> | undefined
  /** Claim kinds and predicates not to extract. */
  readonly disabledKinds?: ReadonlyArray<string> | undefined
  readonly disabledPredicates?: ReadonlyArray<string> | undefined
}

/**
 * Short, stable and order-free: the same settings written in another order are the same settings.
 * The user's gazetteer counts by its content (its entries, as decoded), not by its file name.
 */
export const extractorConfigKey = (options: Omit<ExtractorOptions, "gazetteer">, userGazetteer: Gazetteer | undefined): string => {
  const settings = {
    notEntities: [...new Set((options.notEntities ?? []).map((name) => name.toLowerCase()))].sort(),
    disabledKinds: [...new Set(options.disabledKinds ?? [])].sort(),
    disabledPredicates: [...new Set(options.disabledPredicates ?? [])].sort()
  }
  if (Object.values(settings).every((list) => list.length === 0) && userGazetteer === undefined) return ""
  const gazetteer = userGazetteer === undefined ? {} : { gazetteer: userGazetteer.entries }
  return createHash("sha256").update(JSON.stringify({ ...settings, ...gazetteer })).digest("hex").slice(0, 12)
}

const decodeGazetteer = Schema.decodeUnknownEffect(Schema.fromJsonString(Gazetteer))

/** The user's gazetteer, when one is given (read and checked here, once). */
export const loadUserGazetteer = Effect.fn("loadUserGazetteer")(function*(path: string | undefined) {
  if (path === undefined) return undefined
  const fs = yield* FileSystem.FileSystem
  return yield* fs.readFileString(path).pipe(
    Effect.flatMap(decodeGazetteer),
    Effect.mapError((error) => new GazetteerError({ path, reason: error.message, cause: error }))
  )
})

/** The extraction settings with the user's gazetteer loaded: plain data, so a worker thread can be given them. */
export type LoadedExtractorOptions = Omit<ExtractorOptions, "gazetteer"> & {
  readonly userGazetteer: Gazetteer | undefined
}
