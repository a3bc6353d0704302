import { type Article, type CleanedArticle, cleanArticle } from "@crosscheck/claims"
import { Context, Effect, Layer } from "effect"
import { CleanError } from "./clean-error.js"

/** Clean: marks markup and page furniture, keeping every offset into the text as read. */
export class Cleaner extends Context.Service<Cleaner, {
  clean(article: Article): Effect.Effect<CleanedArticle, CleanError>
}>()("@crosscheck/pipeline/clean/Cleaner") {
  static readonly layer = Layer.succeed(
    Cleaner,
    Cleaner.of({
      // Once per article, in a worker's hot loop: no span, no stack captured.
      clean: Effect.fnUntraced(function*(article: Article) {
        return yield* Effect.try({
          try: () => cleanArticle(article),
          catch: (cause) => new CleanError({ path: article.path, reason: String(cause), cause })
        })
      })
    })
  )
}
