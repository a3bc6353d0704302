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
const configKeyOf = (options: ExtractorOptions, userGazetteer: Gazetteer | undefined): string => {
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

/**
 * Extract: time expressions, quantities, entities and claims from a cleaned article. The entity
 * matcher is compiled once, when the layer is built, from the default gazetteer and the user's.
 */
export class Extractor extends Context.Service<Extractor, {
  extract(cleaned: CleanedArticle): Effect.Effect<Extraction, ExtractError>
  /** A hash of the configuration settings that change what `extract` gives; "" when none is set. */
  readonly configKey: string
}>()("@crosscheck/pipeline/stages/Extractor") {
  static readonly layer = (options: ExtractorOptions) =>
    Layer.effect(
      Extractor,
      Effect.gen(function*() {
        const fs = yield* FileSystem.FileSystem
        const path = options.gazetteer
        const userGazetteer = path === undefined ? undefined : yield* fs.readFileString(path).pipe(
          Effect.flatMap(decodeGazetteer),
          Effect.mapError((error) => new GazetteerError({ path, reason: error.message }))
        )
        const gazetteer = userGazetteer === undefined ? defaultGazetteer : mergeGazetteers(defaultGazetteer, userGazetteer)
        const matcher = compileGazetteer(gazetteer)
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
          configKey: configKeyOf(options, userGazetteer),
          extract: Effect.fn("Extractor.extract")((cleaned: CleanedArticle) =>
            Effect.try({
              try: () => extractWithSettings(cleaned),
              catch: (cause) => new ExtractError({ path: cleaned.article.path, reason: String(cause) })
            })
          )
        })
      })
    )
}
