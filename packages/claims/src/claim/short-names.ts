import { FIRM_PART_NOUNS, STOCK_WORDS } from "../figure/figure-words.js"
import { COMPANY_SUFFIXES } from "../figure/headline.js"
import type { ClaimDraft } from "./claim-draft.js"

/** What an id names without its ticker: `org:reed-international~ric` → `reed-international`; none for other than a firm's. */
const nameOf = (id: string): string | undefined => (id.startsWith("org:") ? id.slice(4).split("~")[0] : undefined)

/** A company's suffixes as one word ("corp" for "Corp."), which end a firm's full name. */
const SUFFIX_WORDS: ReadonlyArray<string> = [...COMPANY_SUFFIXES].filter((suffix) => suffix !== "the" && /^[a-z]+$/.test(suffix))

/** A word after a short name that makes the longer one a class of its shares or a part of it: no fuller name of the firm. */
const namesNoFirm = (word: string): boolean => STOCK_WORDS.has(word) || FIRM_PART_NOUNS.has(word)

/**
 * A firm the text names in full and then short ("Reed International PLC said … Reed is paying"): the
 * short name's id stands for the full one's, when exactly one firm's name in the article opens with it
 * word for word, and the full name is written first (`writtenAt`: "music giant EMI … EMI Music's
 * sales" names a division after its parent, no full name of it). "General" beside "General Motors"
 * and "General Electric" stands for neither; a firm the gazetteer knows (`known`), or one the text names with a company's
 * suffix ("Ogden Corp."), is its own.
 */
export const fullNames = (ids: Iterable<string>, known: (id: string) => boolean, writtenAt: (name: string, inTitle: boolean, opening?: boolean) => number): ReadonlyMap<string, string> => {
  const longer = [...new Set(ids)].filter((id) => nameOf(id) !== undefined)
  const full = new Map<string, string>()
  for (const id of longer) {
    const name = nameOf(id)!
    // A name the headline writes with its ticker ("ARCO <ARC>") is that firm's already.
    if (id.includes("~") || known(id) || longer.some((other) => other !== id && other.includes("~") && nameOf(other) === name)) continue
    // "Ogden Projects Inc. … 92%-owned by Ogden Corp.": a name written with a company's suffix is a firm's full name of its own,
    // unless it ends a longer name ("Groupe Macyro Inc": a capitalised word before it).
    if (SUFFIX_WORDS.some((suffix) => writtenAt(`${name}-${suffix}`, false, true) !== Infinity)) continue
    // "Media General Class B", "EMI Music unit": a class of shares or a part of the firm is no fuller name of it.
    const opened = longer.filter((other) => nameOf(other)!.startsWith(`${name}-`) && !nameOf(other)!.slice(name.length + 1).split("-").some(namesNoFirm))
    const names = new Set(opened.map((other) => nameOf(other)!))
    // The full name's id with a ticker, if one is written (the headline's), else its only one.
    // A headline names a firm in full before the body ("CADBURY SCHWEPPES …"), but writes the short name it gives no firm the body shortens.
    if (names.size === 1 && writtenAt([...names][0]!, true) <= writtenAt(name, false)) full.set(id, opened.find((other) => other.includes("~")) ?? opened[0]!)
  }
  return full
}

/**
 * Where a name (an id's words, "cadbury-schweppes") is first written: in the headline (−1, when asked),
 * else its first place in the body, its words apart by anything but letters and digits; never, `Infinity`.
 * With `opening`, only where no capitalised word is written right before it ("by Ogden Corp.", not "Groupe Macyro Inc").
 * Each text is split into its words once (asked for several names an article, a pattern per name cost more than the rule).
 */
export const firstWritten = (title: string, text: string) => {
  let titleWords: WrittenWords | undefined
  let bodyWords: WrittenWords | undefined
  return (name: string, inTitle: boolean, opening = false): number => {
    // "at&t": a word's own marks part it as they part the text's words.
    const words = name.split("-").flatMap((word) => word.match(WORD) ?? [])
    if (words.length === 0) return Infinity
    if (inTitle && firstAt((titleWords ??= writtenWords(title)), words, opening) >= 0) return -1
    const at = firstAt((bodyWords ??= writtenWords(text)), words, opening)
    return at < 0 ? Infinity : at
  }
}

/** A text's runs of letters and digits, lower-cased, with where each starts and whether it was capitalised. */
interface WrittenWords {
  readonly words: ReadonlyArray<string>
  readonly starts: ReadonlyArray<number>
  readonly capitalised: ReadonlyArray<boolean>
}

const WORD = /[\p{L}\p{N}]+/gu
const CAPITALISED = /^\p{Lu}/u

const writtenWords = (text: string): WrittenWords => {
  const words: Array<string> = []
  const starts: Array<number> = []
  const capitalised: Array<boolean> = []
  for (const match of text.matchAll(WORD)) {
    words.push(match[0].toLowerCase())
    starts.push(match.index)
    capitalised.push(CAPITALISED.test(match[0]))
  }
  return { words, starts, capitalised }
}

/** Where `name`'s words (an id's, lower case) are first written one after the other (`opening`: with no capitalised word before); −1 if never. */
const firstAt = ({ words, starts, capitalised }: WrittenWords, name: ReadonlyArray<string>, opening: boolean): number => {
  for (let i = words.indexOf(name[0]!); i >= 0; i = words.indexOf(name[0]!, i + 1)) {
    if (name.every((word, k) => words[i + k] === word) && !(opening && capitalised[i - 1] === true)) return starts[i]!
  }
  return -1
}

/** The ids a draft names: its subjects, its figure's holder, counterpart and source. */
export const idsOf = (draft: ClaimDraft): ReadonlyArray<string> => [
  ...draft.subjects,
  ...[draft.figure?.holder, draft.figure?.counterpart, draft.figure?.source?.entity].filter((id): id is string => id !== undefined)
]

/** The draft with every short name's id replaced by its full name's. */
export const withFullNames = (draft: ClaimDraft, full: ReadonlyMap<string, string>): ClaimDraft => {
  if (full.size === 0 || !idsOf(draft).some((id) => full.has(id))) return draft
  const to = (id: string) => full.get(id) ?? id
  const figure = draft.figure
  return {
    ...draft,
    subjects: draft.subjects.map(to),
    ...(figure !== undefined
      ? {
          figure: {
            ...figure,
            ...(figure.holder !== undefined ? { holder: to(figure.holder) } : {}),
            ...(figure.counterpart !== undefined ? { counterpart: to(figure.counterpart) } : {}),
            ...(figure.source?.entity !== undefined ? { source: { ...figure.source, entity: to(figure.source.entity) } } : {})
          }
        }
      : {})
  }
}
