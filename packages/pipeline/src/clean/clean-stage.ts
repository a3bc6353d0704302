import { type Article, type CleanedArticle, cleanArticle } from "@crosscheck/claims"
import { Context, Effect, Layer, Schema } from "effect"

export class CleanError extends Schema.TaggedError<CleanError>()("CleanError", {
  path: Schema.String,
  reason: Schema.String,
  /** What was thrown or failed underneath, kept for a debugger or a log; the message stays one line. */
  cause: Schema.optionalKey(Schema.Defect())
}) {
  override get message() {
    return `${this.path}: cannot clean: ${this.reason}`
  }
}

/** Clean: marks markup and page furniture, keeping every offset into the text as read. */
export class Cleaner extends Context.Service<Cleaner, {
  clean(article: Article): Effect.Effect<CleanedArticle, CleanError>
}>()("@crosscheck/pipeline/clean/Cleaner") {
  static readonly layer = Layer.succeed(
    Cleaner,
    Cleaner.of({
      clean: Effect.fn("Cleaner.clean")((article: Article) =>
        Effect.try({
          try: () => cleanArticle(article),
          catch: (cause) => new CleanError({ path: article.path, reason: String(cause), cause })
        })
      )
    })
  )
}
