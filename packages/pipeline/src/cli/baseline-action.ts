import { applyBaseline, type Baseline, baselineOf } from "@crosscheck/report"
import { Console, DateTime, Effect, Option } from "effect"
import { readBaselineFile, writeBaselineFile } from "../report/baseline-file.js"
import { StoreReader } from "../store/store-reader.js"
import type { AcceptInput, PruneInput } from "./baseline-command.js"
import { CommandFailed } from "./exit-status.js"
import { findRelation } from "./show-relation.js"

const EMPTY: Baseline = { version: 1, entries: [] }

export const acceptAction = Effect.fn("baselineAccept")(function*({ baseline: file, ids, note }: AcceptInput) {
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

export const pruneAction = Effect.fn("baselinePrune")(function*({ baseline: file }: PruneInput) {
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
