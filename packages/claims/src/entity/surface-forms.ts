import type { GazetteerEntry } from "../model/entity.js"
import { coreferencePhrases, type CoreferencePhrase } from "./coreference-phrases.js"

/** How a written form was resolved: the model's `via`, before coreference is applied. */
export type SurfaceVia = "name" | "alias" | "demonym" | "metonym" | "role" | "coreference"

/**
 * How strictly a form must match the text's letter case:
 * - `exact`: acronyms and dotted abbreviations ("US" is not "us", "U.S.");
 * - `proper`: names as written, also with a capitalised first letter ("the Kremlin" → "The
 *   Kremlin") or all in capitals (datelines: "MOSCOW");
 * - `loose`: roles and coreference phrases ("the Russian president"), any case except acronyms.
 */
export type CaseRule = "exact" | "proper" | "loose"

/** One written form and every entity it may stand for (several: resolved in context). */
export interface SurfaceForm {
  readonly form: string
  readonly via: SurfaceVia
  readonly caseRule: CaseRule
  readonly candidates: ReadonlyArray<string>
  readonly coreference?: CoreferencePhrase["refersTo"]
}

const acronym = /\b\p{Lu}{2,}\b|\b(?:\p{Lu}\.){2,}/u

const caseRuleOf = (form: string, via: SurfaceVia): CaseRule =>
  via === "role" || via === "coreference" ? "loose" : acronym.test(form) ? "exact" : "proper"

// "Russian" → "Russians", "Iraqi" → "Iraqis"; "Chinese", "British", "Swiss" have no plural in -s.
const pluralDemonym = /(?:[aeiou]n|i|er|k|g)$/

const demonymForms = (demonym: string): ReadonlyArray<string> =>
  pluralDemonym.test(demonym) ? [demonym, `${demonym}s`] : [demonym]

/**
 * Every written form of every entry, merged by exact spelling: a spelling that several entries
 * share ("Li" for Li Keqiang and Li Qiang) keeps all of them as candidates. The first way a
 * spelling was listed wins its `via`.
 */
export const surfaceFormsOf = (entries: ReadonlyArray<GazetteerEntry>): ReadonlyArray<SurfaceForm> => {
  const byForm = new Map<string, { via: SurfaceVia; candidates: Array<string>; coreference?: CoreferencePhrase["refersTo"] }>()
  const add = (form: string, via: SurfaceVia, id: string | undefined, coreference?: CoreferencePhrase["refersTo"]) => {
    const trimmed = form.trim()
    if (trimmed.length === 0) return
    const known = byForm.get(trimmed)
    if (known === undefined) {
      byForm.set(trimmed, { via, candidates: id === undefined ? [] : [id], ...(coreference ? { coreference } : {}) })
    } else if (id !== undefined && !known.candidates.includes(id)) {
      known.candidates.push(id)
    }
  }
  for (const entry of entries) {
    add(entry.name, "name", entry.id)
    for (const alias of entry.aliases) add(alias, "alias", entry.id)
    for (const metonym of entry.metonyms ?? []) add(metonym, "metonym", entry.id)
    for (const demonym of entry.demonyms ?? []) for (const form of demonymForms(demonym)) add(form, "demonym", entry.id)
    for (const role of entry.roles ?? []) add(role, "role", entry.id)
  }
  for (const { phrase, refersTo } of coreferencePhrases) add(phrase, "coreference", undefined, refersTo)
  return [...byForm].map(([form, { via, candidates, coreference }]) => ({
    form,
    via,
    caseRule: caseRuleOf(form, via),
    candidates,
    ...(coreference ? { coreference } : {})
  }))
}
