import type { DocumentFacts } from "./document-facts.js"

/** An abbreviation in brackets, as a text defines one right after the words it stands for: "Korea First Bank (KFB)". */
const DEFINED = /\(([A-Z]{2,6})\)/g
/** A word of the name before a bracket: "Korea", "Boerse's", "S.A.". */
const WORD = /[\p{L}\p{N}&'’.-]+/gu
/** How far before its bracket a name's words are looked for. */
const NAME_REACH = 90
/** Words an abbreviation leaves out of a name: "National Company for Cooperative Insurance (NCCI)". */
const LEFT_OUT: ReadonlySet<string> = new Set(["of", "for", "and", "&", "the", "de", "du", "des", "la", "le", "del"])
const CAPITALISED = /^\p{Lu}/u
const POSSESSIVE = /['’]s?$/u

/**
 * The abbreviations a text defines after a name whose capitals they spell ("Papua New Guinea (PNG)", "the Commodity Credit
 * Corporation (CCC)"): each abbreviation's id (`org:ccc`) stands for the entity the gazetteer knows by that name. A name
 * whose capitals do not spell it ("Central Bank of Venezuela (BCV)") defines nothing; nor does an abbreviation the
 * gazetteer knows (`known`), which is its own.
 */
export const definedAbbreviations = (doc: DocumentFacts, known: (id: string) => boolean): ReadonlyMap<string, string> => {
  const defined = new Map<string, string>()
  for (const match of doc.text.matchAll(DEFINED)) {
    const abbreviation = match[1]!
    const id = `org:${abbreviation.toLowerCase()}`
    if (known(id) || defined.has(id)) continue
    const end = doc.text.slice(0, match.index).trimEnd().length
    // "Deutsche Boerse's (DB)": the name without its possessive mark
    const words = [...doc.text.slice(Math.max(0, end - NAME_REACH), end).matchAll(WORD)].map((w) => w[0].replace(POSSESSIVE, ""))
    const name = spelledBy(words, abbreviation)
    if (name === undefined) continue
    // "Papua New Guinea (PNG)", "the Commodity Credit Corporation (CCC)": the entity the gazetteer knows there. A name it
    // does not know keeps its abbreviation apart: stories that write "NBC" alone call the firm by it, and would part from
    // one that defines it if its id became the name's.
    const entity = doc.sentences.flatMap((s) => s.entities).find((e) => e.end === end && e.start <= end - name.join(" ").length + 1)
    if (entity !== undefined && entity.entity !== id) defined.set(id, entity.entity)
  }
  return defined
}

/** The last words of `words` (capitalised, or left out between capitalised ones) whose capitals spell `abbreviation`, if any. */
const spelledBy = (words: ReadonlyArray<string>, abbreviation: string): ReadonlyArray<string> | undefined => {
  let first = words.length
  while (first > 0 && (CAPITALISED.test(words[first - 1]!) || LEFT_OUT.has(words[first - 1]!.toLowerCase()))) first--
  for (let start = words.length - 1; start >= first; start--) {
    const name = words.slice(start)
    if (!CAPITALISED.test(name[0]!)) continue
    const capitals = name.filter((w) => CAPITALISED.test(w) && !LEFT_OUT.has(w.toLowerCase())).map((w) => w[0]).join("")
    if (capitals === abbreviation) return name
  }
  return undefined
}
