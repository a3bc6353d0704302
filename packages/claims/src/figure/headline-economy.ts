import type { EntityMatcher } from "../entity/gazetteer.js"
import { scanSurfaceForms } from "../entity/surface-trie.js"

/** The economy a headline names: "AUSTRALIA SET TO GROW", "SWISS ECONOMY IN EXCELLENT CONDITION". */
export interface HeadlineEconomy {
  readonly id: string
  readonly text: string
}

const ECONOMY_TYPES: ReadonlySet<string> = new Set(["country", "bloc"])

/**
 * The one country or bloc a headline names (by name, alias, demonym or capital): whose an
 * economy's figure is when its own sentence names none ("consumer prices increasing by 8.5 pct
 * this year" under "AUSTRALIA SET TO GROW"). A headline naming two ("U.S. URGES JAPAN TO …") gives none.
 */
export const headlineEconomy = (title: string | undefined, matcher: EntityMatcher | undefined): HeadlineEconomy | undefined => {
  if (title === undefined || matcher === undefined) return undefined
  const named = new Map<string, string>()
  for (const match of scanSurfaceForms(matcher.trie, title, 0, title.length, (form) => form.via !== "role" && form.via !== "coreference")) {
    const [id, other] = match.form.candidates
    if (id === undefined || other !== undefined) continue
    if (ECONOMY_TYPES.has(matcher.entry(id)?.type ?? "") && !named.has(id)) named.set(id, title.slice(match.start, match.end))
  }
  const [only, ...rest] = named
  return only === undefined || rest.length > 0 ? undefined : { id: only[0], text: only[1] }
}
