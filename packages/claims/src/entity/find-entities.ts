import type { EntityMention, GazetteerEntry } from "../model/entity.js"
import type { Analysis } from "../nlp/analyze.js"
import type { EntityMatcher } from "./gazetteer.js"
import type { SurfaceMatch } from "./surface-trie.js"
import { scanSurfaceForms } from "./surface-trie.js"

/** A role directly followed by a name ("Russian President Vladimir Putin"): the name carries the person. */
const ROLE_BEFORE_NAME = /^[\s,]*$/

/**
 * Entity mentions in an analysed text, in text order: leftmost-longest gazetteer forms; roles and
 * shared spellings ("the Chinese president", "Li") resolved to a person the article names;
 * demonyms inside roles kept as country mentions; "the two countries" resolved to the pair the
 * text has just named together, else the last two countries mentioned before it.
 */
export const findEntities = (analysis: Analysis, matcher: EntityMatcher): ReadonlyArray<EntityMention> => {
  const text = analysis.text
  const matches = scanSurfaceForms(matcher.trie, text)
  const named = namedPositions(matches)
  const mentions: Array<EntityMention> = []

  matches.forEach((match, index) => {
    const { form } = match
    if (isCompoundTail(text, match, matches[index - 1])) return
    if (form.coreference !== undefined) {
      for (const id of referents(mentions, text, match.start, form.coreference, matcher)) {
        mentions.push(mention(match, id, matcher, "coreference"))
      }
      return
    }
    if (form.via === "role") {
      // The demonym or country inside a role is a country mention of its own.
      for (const inner of scanSurfaceForms(matcher.trie, text, match.start, match.end, (f) => f.via !== "role" && f.via !== "coreference")) {
        const id = inner.form.candidates.length === 1 ? inner.form.candidates[0] : undefined
        if (id !== undefined) mentions.push(mention(inner, id, matcher, inner.form.via))
      }
      const next = matches[index + 1]
      if (next !== undefined && next.form.via !== "role" && ROLE_BEFORE_NAME.test(text.slice(match.end, next.start))) return
    }
    const id = form.candidates.length === 1 && form.via !== "role" ? form.candidates[0] : resolveInContext(form.candidates, match.start, named)
    if (id !== undefined) mentions.push(mention(match, id, matcher, form.via))
  })
  return mentions
}

/**
 * A form ending a hyphenated word whose first part names nothing ("Inter-American Development
 * Bank", "Pan-American"): part of another name, no mention. "Anglo-American", "Russian-Chinese"
 * (both parts known) stay a pair.
 */
const isCompoundTail = (text: string, match: SurfaceMatch, previous: SurfaceMatch | undefined): boolean =>
  text[match.start - 1] === "-" && /\p{L}/u.test(text[match.start - 2] ?? "") && (previous === undefined || previous.end < match.start - 1)

/** Where each entity is named unambiguously (by name or a spelling only it has), in text order. */
const namedPositions = (matches: ReadonlyArray<SurfaceMatch>): ReadonlyMap<string, ReadonlyArray<number>> => {
  const named = new Map<string, Array<number>>()
  for (const { form, start } of matches) {
    if ((form.via === "name" || form.via === "alias") && form.candidates.length === 1) {
      const id = form.candidates[0]!
      const at = named.get(id)
      if (at === undefined) named.set(id, [start])
      else at.push(start)
    }
  }
  return named
}

/** Of the candidates the article names, the one named last before `at`, else the first named after it. */
const resolveInContext = (
  candidates: ReadonlyArray<string>,
  at: number,
  named: ReadonlyMap<string, ReadonlyArray<number>>
): string | undefined => {
  let best: { id: string; before: boolean; distance: number } | undefined
  for (const id of candidates) {
    for (const position of named.get(id) ?? []) {
      const before = position < at
      const distance = Math.abs(at - position)
      if (best === undefined || (before && !best.before) || (before === best.before && distance < best.distance)) {
        best = { id, before, distance }
      }
    }
  }
  return best?.id
}

/** Two mentions joined as a pair: "Moscow and Beijing", "Russian-Chinese". */
const COORDINATION = /^\s*(?:and|&|-|–|—)\s*$/
/** How far back (in characters) a coordinated pair may stand from "both countries": about three sentences. */
const PAIR_REACH = 600

type Kind = "country" | "person"

const idOf = (m: EntityMention, kind: Kind, matcher: EntityMatcher): string | undefined =>
  kind === "person" ? (m.type === "person" ? m.entity : undefined) : countryOf(m, matcher)

/**
 * What "both countries" (or "the two leaders") stands for: of the pairs named together ("Moscow
 * and Beijing") just before it, the one the article has been about — whose less-mentioned member
 * is mentioned most so far, the later pair on a tie — so that "Moscow and Beijing called for a
 * halt to drills by the United States and South Korea. Both countries …" is Russia and China;
 * else the last two mentioned.
 */
const referents = (mentions: ReadonlyArray<EntityMention>, text: string, at: number, kind: Kind, matcher: EntityMatcher): ReadonlyArray<string> => {
  const counts = new Map<string, number>()
  for (const m of mentions) {
    const id = idOf(m, kind, matcher)
    if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1)
  }
  let best: { pair: readonly [string, string]; weight: number } | undefined
  for (let i = mentions.length - 1; i > 0 && mentions[i]!.end >= at - PAIR_REACH; i--) {
    const [first, second] = [mentions[i - 1]!, mentions[i]!]
    const [a, b] = [idOf(first, kind, matcher), idOf(second, kind, matcher)]
    if (a === undefined || b === undefined || a === b || !COORDINATION.test(text.slice(first.end, second.start))) continue
    const weight = Math.min(counts.get(a) ?? 0, counts.get(b) ?? 0)
    if (best === undefined || weight > best.weight) best = { pair: [a, b], weight }
  }
  const last = lastTwo(mentions, kind, matcher)
  // The same two as the last mentioned keep the order they were last mentioned in.
  return best === undefined || best.pair.every((id) => last.includes(id)) ? last : best.pair
}

/** The last two distinct countries or blocs (or people) mentioned; a person stands for their country. */
const lastTwo = (mentions: ReadonlyArray<EntityMention>, kind: Kind, matcher: EntityMatcher): ReadonlyArray<string> => {
  const found: Array<string> = []
  for (let i = mentions.length - 1; i >= 0 && found.length < 2; i--) {
    const id = idOf(mentions[i]!, kind, matcher)
    if (id !== undefined && !found.includes(id)) found.push(id)
  }
  return found.length === 2 ? found.reverse() : []
}

const countryOf = (m: EntityMention, matcher: EntityMatcher): string | undefined =>
  m.type === "country" || m.type === "bloc" ? m.entity : m.type === "person" ? matcher.entry(m.entity)?.country : undefined

const mention = (match: SurfaceMatch, id: string, matcher: EntityMatcher, via: EntityMention["via"]): EntityMention => {
  const entry: GazetteerEntry | undefined = matcher.entry(id)
  return { start: match.start, end: match.end, text: match.text, entity: id, type: entry?.type ?? "place", via }
}
