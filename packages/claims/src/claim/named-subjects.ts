import type { EntityMention } from "../model/entity.js"
import type { Span } from "../model/span.js"
import type { Token } from "../nlp/analyze.js"
import { COMPANY_SUFFIXES, firmNameKey, NAME_JOINERS } from "../figure/headline.js"
import { FIRM_NOUNS } from "../figure/figure-words.js"
import { TABLE_LABEL_WORDS } from "../figure/table-labels.js"
import { insideTicker } from "../nlp/glued-tokens.js"
import { MONTHS, WEEKDAYS } from "../time/time-words.js"
import { appositionAt } from "./clauses.js"
import { isPersonTitle } from "./person-names.js"
import { isSubnationalPlace } from "./place-names.js"
import { firstWordIndex, type SentenceFacts } from "./document-facts.js"

/** Month and weekday names: "April index figure fell 14 pct" names no firm. */
export const CALENDAR_NAMES: ReadonlySet<string> = new Set([...Object.keys(MONTHS), ...Object.keys(WEEKDAYS)])

/** Capitalised words that open sentences or titles rather than name a firm. */
const NOT_NAMES = new Set(["the", "a", "an", "mr", "mrs", "ms", "dr", "its", "their", "his", "her", "this", "that", "in", "on", "at", "but", "and", "shares", "profits", "sales"])
const MAX_NAMES = 3
/** Words that refer back to a firm already named: "The Dayton, Ohio, company" is that firm, not Ohio. */
export const REFERRING_WORDS: ReadonlySet<string> = new Set(["company", "firm", "it", "concern", "group"])
const VERBS = new Set(["VERB", "AUX"])

/** Words that open a phrase of its own after a name: an apposition ("Cairn Energy, a UK oil firm"), a relative clause ("Telerate Inc. that it doesn't own"). */
const APPOSITION_OPENERS: ReadonlySet<string> = new Set(["a", "an", "that", "which", "who", "whose"])

/** A run of names inside a phrase that refers back ("The Dayton, Ohio, company had …", "The Rockford, Ill., maker of fasteners"): a place in it, never the firm. */
const insideReferringPhrase = (tokens: ReadonlyArray<Token>, run: ReadonlyArray<Token>, before: number): boolean => {
  // "shares of Triton Oil Corp common stock, or 5.4 pct of the company's …": a name with its company suffix is a firm's.
  if (run.length > 1 && COMPANY_SUFFIXES.has(run.at(-1)!.normal) && run.at(-1)!.normal !== "the") return false
  // "The Rockford, Ill., maker of fasteners": after "the", a firm's noun refers back too; without it, "Den Norske Creditbank,
  // Norway's biggest commercial bank" describes the name.
  let opener = tokens.findIndex((t) => t.start >= run[0]!.start) - 1
  // back past the places of an address before it: "The Rockford, Ill., …"
  while (opener >= 0 && (tokens[opener]!.text === "," || tokens[opener]!.pos === "PROPN")) opener--
  const referring = tokens[opener]?.normal === "the" ? (word: string) => REFERRING_WORDS.has(word) || FIRM_NOUNS.has(word) : (word: string) => REFERRING_WORDS.has(word)
  for (const [i, token] of tokens.entries()) {
    if (token.start < run.at(-1)!.end) continue
    // "Cairn Energy, a UK oil firm, …", "Solidere, the Lebanese company, …": an apposition or relative clause opens a new
    // phrase; the name is the firm it describes (", the group said" is a clause of its own, not one).
    if (token.start >= before || VERBS.has(token.pos) || APPOSITION_OPENERS.has(token.normal) || appositionAt(tokens, i) > 0) return false
    if (referring(token.normal) && token.pos !== "PROPN") return true
  }
  return false
}

/** Words hyphened to a name that make it a place modifying a firm: "the Gibraltar-based holding company", "a London-listed miner". */
const PLACE_MODIFIER_WORDS: ReadonlySet<string> = new Set(["based", "headquartered", "registered", "listed", "owned", "run", "backed"])

/** "Gibraltar-based": the run (ending at token `last`) is hyphened to a place-modifier word. */
export const hyphenedModifier = (tokens: ReadonlyArray<Token>, last: number): boolean => {
  const dash = tokens[last + 1]
  const word = tokens[last + 2]
  return dash !== undefined && word !== undefined && dash.text === "-" && dash.start === tokens[last]!.end && word.start === dash.end && PLACE_MODIFIER_WORDS.has(word.normal)
}

/** "Gibraltar-based", or a town before its state so hyphened ("Jacksonville, Florida-based"): a place modifying a firm. */
const placeModifier = (tokens: ReadonlyArray<Token>, last: number): boolean =>
  hyphenedModifier(tokens, last) || (tokens[last + 1]?.text === "," && tokens[last + 2]?.pos === "PROPN" && hyphenedModifier(tokens, last + 2))

/**
 * A run set off by commas after a firm written with its company suffix, maybe past other such runs:
 * the firm's address ("CAMBREX Corp., Bayonne, N.J., declared …"), never a firm.
 */
const addressOfFirm = (tokens: ReadonlyArray<Token>, first: number): boolean => {
  let comma = first - 1
  while (tokens[comma]?.text === "," && tokens[comma - 1]?.pos === "PROPN") {
    if (COMPANY_SUFFIXES.has(tokens[comma - 1]!.normal) && tokens[comma - 1]!.normal !== "the") return true
    let start = comma - 1
    while (tokens[start - 1]?.pos === "PROPN") start--
    comma = start - 1
  }
  return false
}

/** Ordinals that open banks' and firms' names, whether or not the figure reader took them for one: "the failed First National Bank". */
const ORDINALS_IN_NAMES: ReadonlySet<string> = new Set(["first", "second", "third", "fourth", "fifth"])

/**
 * A capitalised ordinal right before a name ("First Union Corp", "First Chicago Corp", "the failed First National Bank"): the
 * first word of the firm's name, though the figure reader took it for an ordinal or none.
 */
const ordinalOpeningName = (facts: SentenceFacts, i: number, name: (token: Token | undefined) => boolean): boolean => {
  const [token, next] = [facts.tokens[i]!, facts.tokens[i + 1]]
  return (
    /^\p{Lu}\p{Ll}/u.test(token.text) &&
    next !== undefined &&
    next.start === token.end + 1 &&
    name(next) &&
    (ORDINALS_IN_NAMES.has(token.normal) || facts.quantities.some((q) => q.kind === "ordinal" && q.start === token.start && q.end === token.end)) &&
    !facts.timexes.some((t) => t.start < token.end && token.start < t.end)
  )
}

/** "Winn-Dixie", "Wal-Mart": a hyphen with no space either side, between a name in the run and the next, joins one name. */
const hyphenInName = (tokens: ReadonlyArray<Token>, i: number, run: ReadonlyArray<Token>, name: (token: Token | undefined) => boolean): boolean => {
  const [last, hyphen, next] = [run.at(-1), tokens[i]!, tokens[i + 1]]
  return hyphen.text === "-" && last !== undefined && last.end === hyphen.start && next !== undefined && next.start === hyphen.end && name(next)
}

/** "Marks & Spencer", "Independent News & Media": an ampersand between names joins one firm's name, never two. */
const ampersandInName = (tokens: ReadonlyArray<Token>, i: number, run: ReadonlyArray<Token>, name: (token: Token | undefined) => boolean): boolean =>
  tokens[i]!.text === "&" && run.length > 0 && name(tokens[i + 1])

/** Last words that make the names before an "and" a whole firm's name already: "Chemical Bank and …". */
const WHOLE_NAME_ENDS: ReadonlySet<string> = new Set(["bank", "banks", "bancorp", "group", "holdings", "trust", "association"])
/** How many names may follow the joiner before the company suffix that makes them one firm's. */
const JOINED_NAME_REACH = 4

/**
 * "Kelley Oil and Gas Partners Ltd", "Procter and Gamble Co": an "and" between names, when the names
 * after it run on to a company suffix and those before carry none, joins one firm's name; "Ford and
 * General Motors" (no suffix) stay two.
 */
const joinerInName = (
  tokens: ReadonlyArray<Token>,
  i: number,
  run: ReadonlyArray<Token>,
  name: (token: Token | undefined) => boolean,
  personNames: ReadonlySet<string>
): boolean => {
  // "Woolcott and Co Inc" is Woolcott's; "Chemical Bank and Marine Midland Banks Inc", "Asher B. Edelman and Dominion Textiles" are two.
  const whole = run.some((t) => COMPANY_SUFFIXES.has(t.normal) || personNames.has(t.normal)) || WHOLE_NAME_ENDS.has(run.at(-1)?.normal ?? "")
  if (!NAME_JOINERS.has(tokens[i]!.normal) || run.length === 0 || whole || COMPANY_SUFFIXES.has(tokens[i + 1]?.normal ?? "")) return false
  for (let k = i + 1; k <= i + JOINED_NAME_REACH && name(tokens[k]); k++) if (COMPANY_SUFFIXES.has(tokens[k + 1]?.normal ?? "") && tokens[k + 1]!.normal !== "the") return true
  return false
}

/** "Bank of Boston", "Bank of Tokyo", "Commonwealth Bank of Australia": "of" after a bank's word joins the name after it to the bank's. */
const bankOf = (tokens: ReadonlyArray<Token>, i: number, run: ReadonlyArray<Token>, name: (token: Token | undefined) => boolean): boolean =>
  tokens[i]!.normal === "of" && run.at(-1)?.normal === "bank" && name(tokens[i + 1])

/** `wordsInsideNames` of each sentence, worked out once, as `wordsOfSuffixedNames` is. */
const insideBySentence = new WeakMap<SentenceFacts, ReadonlySet<Token>>()

/** Places a bank's name may end in, though the gazetteer reads them as a country's or a capital's: "Bank of New York", "Bank of Tokyo". */
const BANK_PLACE_TYPES: ReadonlySet<EntityMention["type"]> = new Set(["country", "place"])

/**
 * Words inside a firm's name that the name test refuses on their own: a part in brackets before the company suffix
 * ("Industrial Equity (Pacific) Ltd"), a word that mostly opens sentences before one ("Mutual Shares Corp"), and the
 * place after "Bank of" that the gazetteer takes for a country ("Bank of New York", joined by `bankOf`).
 */
const wordsInsideNames = (facts: SentenceFacts, name: (token: Token | undefined) => boolean): ReadonlySet<Token> => {
  const known = insideBySentence.get(facts)
  if (known !== undefined) return known
  const { tokens } = facts
  const words = new Set<Token>()
  insideBySentence.set(facts, words)
  const suffix = (t: Token | undefined) => t !== undefined && COMPANY_SUFFIXES.has(t.normal) && t.normal !== "the"
  tokens.forEach((token, i) => {
    if (token.text === "(" && name(tokens[i - 1])) {
      let k = i + 1
      while (name(tokens[k])) k++
      if (k > i + 1 && tokens[k]?.text === ")" && suffix(tokens[k + 1])) for (let j = i; j <= k; j++) words.add(tokens[j]!)
    } else if (NOT_NAMES.has(token.normal) && /^\p{Lu}/u.test(token.text) && name(tokens[i - 1]) && suffix(tokens[i + 1])) words.add(token)
    else if (token.normal === "of" && tokens[i - 1]?.normal === "bank" && /^\p{Lu}/u.test(tokens[i - 1]!.text)) {
      // the place's words only: `bankOf` joins them to the bank's through "of"
      const place = facts.entities.find((e) => BANK_PLACE_TYPES.has(e.type) && e.start === tokens[i + 1]?.start && e.via !== "demonym")
      if (place !== undefined) for (const t of tokens) if (t.start >= place.start && t.end <= place.end) words.add(t)
    }
  })
  return words
}

/** `wordsOfSuffixedNames` of each sentence, worked out once: names are looked for many times a sentence. */
const suffixedBySentence = new WeakMap<SentenceFacts, ReadonlySet<Token>>()

/** Parts of speech a tagger gives a capitalised word of a firm's name: "Advanced" (VERB) Medical Technologies Inc, "Giant" (ADJ) Food Inc. */
const NAME_WORD_POS: ReadonlySet<string> = new Set(["PROPN", "VERB", "ADJ", "NOUN"])
/** How many words a firm's name may run before its company suffix. */
const SUFFIXED_NAME_REACH = 5

/**
 * Capitalised words the tagger read as no proper noun that are part of a firm's name all the same: a
 * run of capitalised words, one space apart, that ends in a company suffix ("Advanced Medical
 * Technologies Inc", "May Department Stores Co", "Laidlaw Adams and Peck Inc"). Not right after a
 * name already read ("Apollo Computer Inc", "National City Corp"): that name is the firm's.
 */
const wordsOfSuffixedNames = (facts: SentenceFacts, free: (t: Token) => boolean): ReadonlySet<Token> => {
  const known = suffixedBySentence.get(facts)
  if (known !== undefined) return known
  const { tokens } = facts
  const words = new Set<Token>()
  suffixedBySentence.set(facts, words)
  // Most sentences name no firm with its suffix: nothing to look for.
  if (!tokens.some((t) => COMPANY_SUFFIXES.has(t.normal) && t.normal !== "the")) return words
  const capitalised = (t: Token | undefined) => t !== undefined && NAME_WORD_POS.has(t.pos) && /^\p{Lu}/u.test(t.text) && free(t) && !NOT_NAMES.has(t.normal)
  tokens.forEach((token, i) => {
    if (token.pos === "PROPN" || !capitalised(token)) return
    const before = tokens[i - 1]
    if (before !== undefined && before.end === token.start - 1 && !free(before)) return
    for (let k = i + 1; k <= i + SUFFIXED_NAME_REACH && capitalised(tokens[k]) && tokens[k]!.start - tokens[k - 1]!.end === 1; k++) {
      if (COMPANY_SUFFIXES.has(tokens[k]!.normal) && tokens[k]!.normal !== "the") {
        words.add(token)
        return
      }
    }
  })
  return words
}

/** How many words a state's name may take: "New Hampshire", "Prince Edward Island". */
const STATE_WORDS = 3
/**
 * "Crosby, Tex., with total assets", "Napa, Calif, has been purchased": a town before its state (token `last` ends it).
 * A name ending in a company's suffix is the firm, whose city may follow ("Ogden Corp., New York").
 */
const townBeforeState = (tokens: ReadonlyArray<Token>, last: number): boolean => {
  if (tokens[last + 1]?.text !== "," || COMPANY_SUFFIXES.has(tokens[last]!.normal)) return false
  const words: Array<string> = []
  for (let k = last + 2; k < tokens.length && k <= last + 1 + STATE_WORDS && (tokens[k]!.pos === "PROPN" || /^\p{Lu}/u.test(tokens[k]!.text)); k++) {
    words.push(tokens[k]!.text)
    if (isSubnationalPlace(words)) return true
  }
  return false
}

/** A run of proper nouns, and the index of its first and last token among the sentence's. */
interface NameRun {
  readonly tokens: ReadonlyArray<Token>
  readonly first: number
  readonly last: number
}

const slug = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")

/**
 * Proper names the gazetteer does not know ("Verizon Communications", "MCI"), read from runs of
 * proper nouns in a clause, nearest to `before` first: the subjects of a company's figures. Their
 * ids are `org:<slug>` in the gazetteer's style, so the same firm written the same way matches across articles. Names with
 * figures are models, not firms ("Hwasong-14", "Boeing 737").
 */
export const namedSubjects = (facts: SentenceFacts, clause: Span, before: number): ReadonlyArray<EntityMention> => {
  const taken: ReadonlyArray<Span> = [...facts.timexes, ...facts.quantities, ...facts.entities]
  const free = (t: Token) => !taken.some((s) => t.start < s.end && s.start < t.end)
  const runs: Array<NameRun> = []
  let run: Array<Token> = []
  // Each run's token indices kept as it is read, never looked up again.
  const suffixed = wordsOfSuffixedNames(facts, free)
  const name = (token: Token | undefined) =>
    token !== undefined && ((token.pos === "PROPN" && free(token) && !NOT_NAMES.has(token.normal) && /^\p{Lu}/u.test(token.text)) || suffixed.has(token))
  const inName = wordsInsideNames(facts, name)
  const nameOrInside = (token: Token | undefined) => name(token) || (token !== undefined && inName.has(token))
  facts.tokens.forEach((token, i) => {
    const inside = token.start >= clause.start && token.end <= before
    if (inside && (nameOrInside(token) || ordinalOpeningName(facts, i, name) || hyphenInName(facts.tokens, i, run, name) || ampersandInName(facts.tokens, i, run, name) || joinerInName(facts.tokens, i, run, name, facts.personNames) || bankOf(facts.tokens, i, run, nameOrInside)))
      run.push(token)
    else if (run.length > 0) {
      runs.push({ tokens: run, first: i - run.length, last: i - 1 })
      run = []
    }
  })
  if (run.length > 0) runs.push({ tokens: run, first: facts.tokens.length - run.length, last: facts.tokens.length - 1 })
  const opening = firstWordIndex(facts.tokens)
  return runs
    // "Net in qtr 1987 vs 1986 includes …", "Results exclude …": a table's label, never a firm.
    .filter(({ tokens }) => !tokens.every((t) => TABLE_LABEL_WORDS.has(t.normal)))
    // "Figures show …", "Oil prices rose …": one word capitalised only because it opens the sentence
    // names no firm unless the text writes it capitalised elsewhere too.
    .filter(({ first, tokens }) => !(first === opening && tokens.length === 1 && !facts.namesMidSentence.has(tokens[0]!.normal)))
    // "Standard and Poor's Corp", "S and P": a company suffix or an initial left alone by the "and" inside a name is no firm.
    .filter(({ tokens }) => !tokens.every((t) => COMPANY_SUFFIXES.has(t.normal) || /^\p{Lu}\.?$/u.test(t.text)))
    // "Investors Federal Bank of El Reno, Oklahoma", "Wilmington, Del.": a state or province is where a firm is, no firm.
    .filter(({ tokens, last }) => !isSubnationalPlace(tokens.map((t) => t.text)) && !townBeforeState(facts.tokens, last))
    // "Bank deposits rose", "Group sales": a firm's common noun alone names no firm.
    .filter(({ tokens }) => !(tokens.length === 1 && FIRM_NOUNS.has(tokens[0]!.normal)))
    // "April index figure": a month or a weekday, no firm.
    .filter(({ tokens }) => !(tokens.length === 1 && CALENDAR_NAMES.has(tokens[0]!.text)))
    // "Finance Minister Michael Wilson", "John Howard": a run ending in a person's surname is the person;
    // "Senator" before a known person ("Senator Kerry") is the person's post.
    .filter(({ tokens }) => !facts.personNames.has(tokens.at(-1)!.normal) && !tokens.every((t) => isPersonTitle(t.normal)))
    .filter(({ first, last, tokens }) => !insideReferringPhrase(facts.tokens, tokens, before) && !placeModifier(facts.tokens, last) && !addressOfFirm(facts.tokens, first) && !insideTicker(facts.tokens, first, last))
    // "Citicorp Savings, the successor to the failed Fidelity Savings and Loan Association, has assets of …", "Magma Copper Co,
    // a subsidiary of Newmont Mining Corp, said it is cutting its price": a name in an apposition describes the one before it.
    .filter(({ tokens }) => !facts.appositions.some((a) => tokens[0]!.start >= a.start && tokens.at(-1)!.end <= a.end))
    // The token after the run is the next one: tokens are in text order and never overlap.
    .filter(({ last, tokens }) => !tokens.some((t) => /\d/.test(t.text)) && !/\d/.test(facts.tokens[last + 1]?.text ?? ""))
    .reverse()
    .slice(0, MAX_NAMES)
    .map(({ tokens }) => {
      const start = tokens[0]!.start
      const end = tokens.at(-1)!.end
      const text = facts.tokens
        .filter((t) => t.start >= start && t.end <= end)
        .map((t, i, all) => (i > 0 && all[i - 1]!.end < t.start ? ` ${t.text}` : t.text))
        .join("")
      // Company suffixes left out, as a headline's company: "Dean Foods Co" and "Dean Foods" are one firm.
      const key = firmNameKey(tokens.map((t) => t.text))
      return { start, end, text, entity: `org:${key === "" ? slug(text) : key}`, type: "organization" as const, via: "name" as const }
    })
}

/**
 * A country that opens a firm's name ("US Sprint's revenues", "UK Coal's losses"): the country
 * followed on its line by capitalised proper nouns no other reading took is the firm so named
 * (`org:us-sprint`), never the country; else the mention as it is.
 */
export const firmOpenedByCountry = (facts: SentenceFacts, mention: EntityMention): EntityMention => {
  if (mention.type !== "country") return mention
  const taken: ReadonlyArray<Span> = [...facts.timexes, ...facts.quantities, ...facts.entities]
  const rest: Array<Token> = []
  for (const token of facts.tokens) {
    if (token.start < mention.end) continue
    const previousEnd = rest.at(-1)?.end ?? mention.end
    const name = token.pos === "PROPN" && /^\p{Lu}/u.test(token.text) && !taken.some((s) => token.start < s.end && s.start < token.end)
    // One space apart on one line, and no label or opening word: "US Sprint", not "U.S. \nNet".
    if (!name || token.start - previousEnd > 1 || TABLE_LABEL_WORDS.has(token.normal) || NOT_NAMES.has(token.normal)) break
    rest.push(token)
  }
  if (rest.length === 0) return mention
  const words = [mention.text, ...rest.map((t) => t.text)]
  return { start: mention.start, end: rest.at(-1)!.end, text: words.join(" "), entity: `org:${firmNameKey(words)}`, type: "organization", via: "name" }
}
