import { Schema } from "effect"
import { Gazetteer, type GazetteerEntry } from "../model/entity.js"
import data from "./gazetteer.json" with { type: "json" }
import { surfaceFormsOf } from "./surface-forms.js"
import { buildSurfaceTrie, type SurfaceTrie } from "./surface-trie.js"

/** The gazetteer shipped with crosscheck: countries, blocs, organisations, places and people. */
export const defaultGazetteer: Gazetteer = Schema.decodeUnknownSync(Gazetteer)(data)

/** A user's gazetteer on top of a base one: an entry with a known id replaces it, a new id is added. */
export const mergeGazetteers = (base: Gazetteer, extra: Gazetteer): Gazetteer => {
  const byId = new Map<string, GazetteerEntry>(base.entries.map((entry) => [entry.id, entry]))
  for (const entry of extra.entries) byId.set(entry.id, entry)
  return { entries: [...byId.values()] }
}

/** A gazetteer compiled for matching: build it once at start-up and share it. */
export interface EntityMatcher {
  readonly trie: SurfaceTrie
  readonly entry: (id: string) => GazetteerEntry | undefined
}

export const compileGazetteer = (gazetteer: Gazetteer): EntityMatcher => {
  const byId = new Map(gazetteer.entries.map((entry) => [entry.id, entry]))
  return { trie: buildSurfaceTrie(surfaceFormsOf(gazetteer.entries)), entry: (id) => byId.get(id) }
}
