import { Effect, Layer, Option } from "effect"
import { crossReferenceAndReport, crossReferencedCounts } from "../run-pipeline.js"
import { CrossReferencer } from "../cross-reference/cross-reference-stage.js"
import { ReportWriter } from "../report/report-stage.js"
import { StoreReader } from "../store/store-reader.js"
import { StoreWriter } from "../store/store-writer.js"
import { CommandFailed } from "./exit-status.js"
import { checkRunFindings, printRunOutcome } from "./run-output/run-outcome.js"
import type { CrossrefInput } from "./crossref-command.js"
import { CROSSCHECK_VERSION } from "../version.js"

/**
 * `crosscheck crossref`: the second half of a run, over whatever the store holds (typically after
 * `crosscheck run --shard i/n` jobs): cross-reference every stored claim, write the reports, and
 * exit as `run` does (1 on failing findings).
 */
export const crossrefAction = Effect.fn("crossrefCommand")(function*(input: CrossrefInput) {
  const failOn = Option.getOrElse(input.failOn, () => ({ text: "none", fails: () => false }))
  const { checked, summary } = yield* Effect.gen(function*() {
    const store = yield* StoreReader
    const last = (yield* store.lastRuns(1))[0]
    if (last === undefined) {
      return yield* new CommandFailed({ message: `${input.db} holds no run yet: store a corpus first (crosscheck run <corpus> --shard i/n)` })
    }
    // On SQLite, under the writer lock `run` takes: no run writes articles while this reads the claims
    // (so its reads are one moment without a read transaction) and replaces the relations, and the run
    // it records, which a later unchanged `run` trusts, covers the whole store as it stood. It reads no
    // article: the articles the store's runs could not read (every shard's) are still unreadable,
    // which its reports list and its run records, as the last run's corpus.
    const { summary } = yield* (yield* StoreWriter).asSoleWriter(
      { corpus: last.corpus, version: CROSSCHECK_VERSION, extractor: last.extractor },
      Effect.gen(function*() {
        const stored = (yield* store.storedArticleIds()).length
        return yield* crossReferenceAndReport(
          {
            corpus: last.corpus,
            outDir: input.out,
            formats: ["md", "html", "json"],
            baseline: Option.getOrUndefined(input.baseline),
            unreadable: yield* store.unreadableArticles()
          },
          {
            runId: last.id,
            articles: { seen: stored, extracted: 0, unchanged: stored, removed: [], failed: 0 },
            claims: 0,
            failures: [],
            settingsChanged: undefined
          }
        )
      }),
      (result) => ({ counts: crossReferencedCounts(result), errors: result.summary.report.unreadable })
    )
    return { summary, checked: yield* checkRunFindings(summary, failOn) }
  }).pipe(
    Effect.provide(
      Layer.mergeAll(CrossReferencer.layer, ReportWriter.layer).pipe(Layer.provideMerge(StoreWriter.layer(input.db)))
    )
  )
  return yield* printRunOutcome(summary, checked, failOn, { format: input.format, quiet: input.quiet })
})
