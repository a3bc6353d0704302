import { Console, Effect } from "effect"
import type { Shard } from "../../discover/shard.js"
import type { StoreSummary } from "../../run-pipeline.js"
import { CommandFailed } from "../exit-status.js"
import type { RUN_FORMATS } from "./run-formats.js"

/**
 * What a shard's run prints: what it stored (text, or one JSON object), and its unreadable articles
 * on stderr with exit 2. It has no findings: `crosscheck crossref` finds them once every shard is in.
 */
export const printShardOutcome = Effect.fn("printShardOutcome")(function*(
  stored: StoreSummary,
  shard: Shard,
  options: { readonly format: typeof RUN_FORMATS[number]; readonly quiet: boolean }
) {
  const { articles } = stored
  if (options.format === "json") {
    yield* Console.log(JSON.stringify({
      shard: `${shard.index}/${shard.count}`,
      runId: stored.runId,
      articles: { ...articles, removed: articles.removed.length },
      claims: stored.claims,
      failures: stored.failures
    }, null, 2))
  } else if (!options.quiet) {
    yield* Console.log(
      `crosscheck: shard ${shard.index}/${shard.count}: ${articles.seen} articles (${articles.extracted} extracted, ` +
        `${articles.unchanged} unchanged, ${articles.removed.length} removed, ${articles.failed} failed), ` +
        `${stored.claims} claims in the store; when every shard is done: crosscheck crossref`
    )
  }
  for (const failure of stored.failures) yield* Console.error(`crosscheck: ${failure.path}: ${failure.reason}`)
  if (stored.failures.length > 0) {
    return yield* new CommandFailed({ message: `${stored.failures.length} article(s) could not be processed` })
  }
})
