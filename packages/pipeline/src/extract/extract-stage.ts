import {
  type Claim,
  type CleanedArticle,
  compileGazetteer,
  defaultGazetteer,
  type Extraction,
  extractArticle,
  Gazetteer,
  mergeGazetteers
} from "@crosscheck/claims"
import { createHash } from "node:crypto"
import { Context, Effect, FileSystem, Layer, Schema } from "effect"

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

/**
 * Extract: time expressions, quantities, entities and claims from a cleaned article. The entity
 * matcher is compiled once, when the layer is built, from the default gazetteer and the user's.
 */
export class Extractor extends Context.Service<Extractor, {
  extract(cleaned: CleanedArticle): Effect.Effect<Extraction, ExtractError>
  /** A hash of the configuration settings that change what `extract` gives; "" when none is set. */
  readonly configKey: string
}>()("@crosscheck/pipeline/extract/Extractor") {
  /** Over settings already loaded (a worker thread gets the ones the main thread loaded). */
  static readonly fromLoaded = (options: LoadedExtractorOptions) =>
    Layer.sync(Extractor, () => {
      const { userGazetteer } = options
      const matcher = compileGazetteer(
        userGazetteer === undefined ? defaultGazetteer : mergeGazetteers(defaultGazetteer, userGazetteer)
      )
      const notEntities = new Set((options.notEntities ?? []).map((name) => name.toLowerCase()))
      const disabledKinds = new Set<string>(options.disabledKinds ?? [])
      const disabledPredicates = new Set(options.disabledPredicates ?? [])
      const switchedOff = (claim: Claim) => disabledKinds.has(claim.kind) || disabledPredicates.has(claim.predicate)
      const extractWithSettings = (cleaned: CleanedArticle): Extraction => {
        const extraction = extractArticle(cleaned, { matcher, notEntities })
        return disabledKinds.size === 0 && disabledPredicates.size === 0
          ? extraction
          : { ...extraction, claims: extraction.claims.filter((claim) => !switchedOff(claim)) }
      }
      return Extractor.of({
        configKey: extractorConfigKey(options, userGazetteer),
        extract: Effect.fn("Extractor.extract")((cleaned: CleanedArticle) =>
          Effect.try({
            try: () => extractWithSettings(cleaned),
            catch: (cause) => new ExtractError({ path: cleaned.article.path, reason: String(cause), cause })
          })
        )
      })
    })

  static readonly layer = (options: ExtractorOptions) =>
    Layer.unwrap(
      Effect.map(loadUserGazetteer(options.gazetteer), (userGazetteer) => Extractor.fromLoaded({ ...options, userGazetteer }))
    )
}
