import type { Token } from "../nlp/analyze.js"
import { COMPANY_SUFFIXES } from "../figure/headline.js"

/** Courtesy titles before a surname: "Mr Howard", "Mrs. Thatcher". */
const COURTESY_TITLES: ReadonlySet<string> = new Set(["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "lord", "lady", "senator", "sen.", "rep."])

/**
 * Nouns of an office or job written before a person's name: "opposition leader John Howard",
 * "Finance Minister Roger Douglas", "chairman Robert Campeau". Data: extend freely.
 */
const PERSON_ROLE_WORDS: ReadonlySet<string> = new Set([
  "leader", "minister", "chairman", "chairwoman", "president", "spokesman", "spokeswoman", "treasurer", "secretary", "chancellor",
  "premier", "governor", "director", "executive", "analyst", "economist", "officer", "senator", "representative", "congressman",
  "ambassador", "commissioner", "manager", "official", "dealer", "trader", "negotiator", "envoy", "mayor", "judge", "adviser", "advisor",
  "correspondent", "reporter", "editor", "presenter", "spokesperson"
])

/** How many capitalised words a person's name runs to after its role: "John Howard", "Jaime Lusinchi", "Hernan Anzola". */
const MAX_NAME_WORDS = 3

/** An office or a courtesy title ("Senator", "Chancellor", "Mr"): a run of them alone names a person's post, no firm. */
export const isPersonTitle = (normal: string): boolean => COURTESY_TITLES.has(normal) || PERSON_ROLE_WORDS.has(normal)

const isName = (token: Token | undefined): token is Token =>
  token !== undefined && token.pos === "PROPN" && /^\p{Lu}/u.test(token.text) && !COMPANY_SUFFIXES.has(token.normal)

/**
 * The surnames (normal forms) a text gives people: the name after a courtesy title ("Mr Howard"),
 * or the last of the names after an office ("opposition leader John Howard"). A one-word name the
 * text gives a person ("Howard has said …") is no firm.
 */
export const personSurnames = (sentences: ReadonlyArray<ReadonlyArray<Token>>): ReadonlySet<string> => {
  const surnames = new Set<string>()
  for (const tokens of sentences) {
    tokens.forEach((token, i) => {
      const courtesy = COURTESY_TITLES.has(token.normal)
      if (!courtesy && !PERSON_ROLE_WORDS.has(token.normal)) return
      let end = i + 1
      while (end - i - 1 < MAX_NAME_WORDS && isName(tokens[end])) end++
      // "Mr Howard" names one; an office before a single word ("President Reagan") too; a firm's suffix after the run makes it a firm's name.
      const words = end - i - 1
      if (words === 0 || COMPANY_SUFFIXES.has(tokens[end]?.normal ?? "")) return
      if (courtesy || words <= MAX_NAME_WORDS) surnames.add(tokens[end - 1]!.normal)
    })
  }
  return surnames
}
