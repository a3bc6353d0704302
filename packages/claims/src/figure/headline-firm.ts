import type { DocumentFacts } from "../claim/document-facts.js"
import type { Token } from "../nlp/analyze.js"
import { CALENDAR_NAMES } from "../claim/named-subjects.js"
import { COMPANY_SUFFIXES, firmNameKey, type HeadlineCompany } from "./headline.js"

/**
 * The firm a headline in ordinary case names and its body names again ("Renault boss hails 'great
 * year'" over "… helped Renault boost its profits"): a run of proper nouns of the title written
 * the same way in the body, no country, bloc or person the body knows. An upper-case wire headline
 * gives none here (its company comes with its ticker, `headlineReader`).
 */
export const headlineFirm = (title: string | undefined, titleTokens: () => ReadonlyArray<Token>, doc: DocumentFacts): HeadlineCompany | undefined => {
  if (title === undefined || title === title.toUpperCase()) return undefined
  const tokens = titleTokens()
  const notFirms = new Set(doc.sentences.flatMap((s) => s.entities.filter((e) => e.type !== "organization").map((e) => e.text)))
  const runs: Array<Array<string>> = []
  let run: Array<string> = []
  for (const token of [...tokens, undefined]) {
    if (token !== undefined && token.pos === "PROPN" && /^\p{Lu}/u.test(token.text)) run.push(token.text)
    else if (run.length > 0) runs.push(run), (run = [])
  }
  const facts = doc.sentences[0]
  const named = runs.find((words) => {
    const name = words.join(" ")
    const last = words.at(-1)!.toLowerCase()
    // "Profits fall at …", "December sales": a word a title capitalises, or a month, or a person's name, is no firm's name.
    // One word is a name when the body writes it capitalised mid-sentence, or it has capitals inside ("AstraZeneca", "GlaxoSmithKline").
    const nameLike = facts !== undefined && !facts.personNames.has(last) && !CALENDAR_NAMES.has(words.at(-1)!) && (words.length > 1 || facts.namesMidSentence.has(last) || INNER_CAPITAL.test(words[0]!))
    return nameLike && !words.every((w) => COMPANY_SUFFIXES.has(w.toLowerCase())) && !notFirms.has(name) && writtenAsWord(doc.text, name)
  })
  if (named === undefined) return undefined
  const nameKey = firmNameKey(named)
  return nameKey === "" ? undefined : { id: `org:${nameKey}`, nameKey, name: named.join(" ") }
}

/** A capital after a lower-case letter inside one word: a brand's name, never a word a title capitalises. */
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u

/** A letter at the end, or the start, of a cut of two code units: a letter outside the Basic Multilingual Plane is read whole. */
const LETTER_LAST = /\p{L}$/u
const LETTER_FIRST = /^\p{L}/u

/**
 * Whether `name` stands in `text` as a word of its own: no letter right before or after it. Found
 * by a plain search and two fixed tests rather than a pattern compiled per name and run over the
 * whole text (`(?<!\p{L})name(?!\p{L})`, which this reads the same).
 */
const writtenAsWord = (text: string, name: string): boolean => {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const end = at + name.length
    if (!LETTER_LAST.test(text.slice(Math.max(0, at - 2), at)) && !LETTER_FIRST.test(text.slice(end, end + 2))) return true
  }
  return false
}
