import { applyBaseline, type Baseline, baselineOf } from "@crosscheck/report"
import { Console, DateTime, Effect, Option } from "effect"
import { Argument, Command, Flag } from "effect/cli"
import { readBaselineFile, writeBaselineFile } from "../report/baseline-file.js"
import { StoreReader } from "../store/store-reader.js"
import { CommandFailed } from "./exit-status.js"
import { dbFlag } from "./shared-flags.js"
import { findRelation } from "./show-relation.js"

const baselineFlag = Flag.String("baseline").pipe(
  Flag.withDescription("The baseline file of accepted findings"),
  Flag.withDefault("crosscheck-baseline.json")
)

const EMPTY: Baseline = { version: 1, entries: [] }

const accept = Command.make(
  "accept",
  {
    ids: Argument.String("id").pipe(
      Argument.withDescription("A finding's relation id or fingerprint, as the reports and `crosscheck run` print them"),
      Argument.atLeast(1)
    ),
    note: Flag.String("note").pipe(Flag.withDescription("Why it is accepted, kept in the file"), Flag.optional),
    baseline: baselineFlag,
    db: dbFlag
  },
  Effect.fn("baselineAccept")(function*({ baseline: file, ids, note }) {
    const store = yield* StoreReader
    const relations = []
    for (const id of ids) {
      const relation = yield* findRelation(store, id)
      if (Option.isNone(relation)) {
        return yield* new CommandFailed({ message: `no finding ${id} in the database: nothing accepted` })
      }
      relations.push(relation.value)
    }
    const previous = (yield* readBaselineFile(file)) ?? EMPTY
    const acceptedAt = DateTime.formatIso(yield* DateTime.now)
    const added = baselineOf(relations, { acceptedAt }).entries.map((entry) =>
      Option.match(note, { onNone: () => entry, onSome: (text) => ({ ...entry, note: text }) })
    )
    const addedFingerprints = new Set(added.map((entry) => entry.fingerprint))
    const kept = previous.entries.filter((entry) => !addedFingerprints.has(entry.fingerprint))
    // An entry accepted again keeps its first date and note unless a new note is given.
    const merged = added.map((entry) => {
      const before = previous.entries.find((old) => old.fingerprint === entry.fingerprint)
      return before === undefined ? entry : { ...before, ...(Option.isSome(note) ? { note: note.value } : {}) }
    })
    yield* writeBaselineFile(file, { version: 1, entries: [...kept, ...merged] })
    for (const relation of relations) {
      yield* Console.log(`accepted ${relation.type} ${relation.id} (fingerprint ${relation.fingerprint}) into ${file}`)
    }
  }, (effect, { db }) => effect.pipe(Effect.provide(StoreReader.layer(db))))
).pipe(
  Command.withDescription("Accept findings into the baseline: later runs suppress them and count them as accepted"),
  Command.withExamples([{
    command: "crosscheck baseline accept contradiction-bc9bfcf1d4f4d8d9 --note \"planned vs actual dates\"",
    description: "Accept one finding, with the reason"
  }])
)

const prune = Command.make(
  "prune",
  { baseline: baselineFlag, db: dbFlag },
  Effect.fn("baselinePrune")(function*({ baseline: file }) {
    const store = yield* StoreReader
    const previous = yield* readBaselineFile(file)
    if (previous === undefined) return yield* new CommandFailed({ message: `${file}: no such baseline file` })
    const { stale } = applyBaseline(yield* store.loadRelations(), previous)
    const staleFingerprints = new Set(stale.map((entry) => entry.fingerprint))
    yield* writeBaselineFile(file, {
      ...previous,
      entries: previous.entries.filter((entry) => !staleFingerprints.has(entry.fingerprint))
    })
    for (const entry of stale) yield* Console.log(`pruned ${entry.type} ${entry.fingerprint} ${entry.key}`)
    yield* Console.log(`${stale.length} stale ${stale.length === 1 ? "entry" : "entries"} pruned from ${file}; ${previous.entries.length - stale.length} kept`)
  }, (effect, { db }) => effect.pipe(Effect.provide(StoreReader.layer(db))))
).pipe(Command.withDescription("Remove baseline entries that match no finding of the database any more"))

export const baselineCommand = Command.make("baseline").pipe(
  Command.withDescription("Triage: accept findings into the baseline file, prune entries that went stale"),
  Command.withSubcommands([accept, prune])
)
