import { type Claim, type CleanedArticle, compileGazetteer, defaultGazetteer, type Extraction, extractArticle, mergeGazetteers } from "@crosscheck/claims"
import { Context, Effect, Layer } from "effect"
import { ExtractError, extractorConfigKey, type ExtractorOptions, type LoadedExtractorOptions, loadUserGazetteer } from "./extract-settings.js"

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
        // Once per article, in a worker's hot loop: no span, no stack captured.
        extract: Effect.fnUntraced(function*(cleaned: CleanedArticle) {
          return yield* Effect.try({
            try: () => extractWithSettings(cleaned),
            catch: (cause) => new ExtractError({ path: cleaned.article.path, reason: String(cause), cause })
          })
        })
      })
    })

  static readonly layer = (options: ExtractorOptions) =>
    Layer.unwrap(
      Effect.map(loadUserGazetteer(options.gazetteer), (userGazetteer) => Extractor.fromLoaded({ ...options, userGazetteer }))
    )
}
