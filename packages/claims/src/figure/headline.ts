import { analyze, type Token } from "../nlp/analyze.js"
import { ORDINAL_SUFFIXES, ORDINALS, PERIOD_HEADS } from "./table-labels.js"
import { phraseIndex, phraseAt } from "../claim/phrase-index.js"
import { smallNumbers } from "../quantity/numerals.js"

/** The company a wire story is about, from its headline: "DEAN FOODS CO <DF> 3RD QTR NET". */
export interface HeadlineCompany {
  /**
   * `org:<name without company suffixes>`, then `~<ticker>` when the headline gives one: the same
   * firm headlined the same way matches across articles, and two firms of one name ("MARINE CORP
   * <MCOR.O>", "MARINE CORP <MCRP.O>") stay apart by their tickers.
   */
  readonly id: string
  /** The name without company suffixes, as in the id: what a name in the text is matched against. */
  readonly nameKey: string
  /** The name as written, in title case ("Dean Foods Co"), or as a "Full name is …" note writes it. */
  readonly name: string
  /** The exchange ticker, when given: "DF", "TRP.TO". */
  readonly ticker?: string
  /** The headline names it as the object of another's act ("GROUP LIFTS STAKE IN SMITH INTERNATIONAL <SII>"): a firm bought, bid for, held. */
  readonly object?: true
}

/** What a results headline says of the table's first period: "3RD QTR", "4TH QTR AUG 31", "YEAR", "1ST HALF". */
export interface HeadlinePeriod {
  readonly months: number
  /** Which quarter or half, when an ordinal says so. */
  readonly ordinal?: number
  /** The month the period ends in (1–12), when written ("4TH QTR AUG 31"). */
  readonly endMonth?: number
}

/** Words that end a company's name in a headline without a ticker: the results words after it. */
const NAME_ENDS = new Set(["qtr", "quarter", "year", "net", "loss", "profit", "results", "earnings", "sets", "raises", "cuts", "omits", "declares", "half", "mths", "months", "1st", "2nd", "3rd", "4th", "first", "second", "third", "fourth", "nine", "six", "says", "to", "in", "buys", "sells", "completes", "unit", "(", "-", "raise", "lifts", "lift", "pretax", "pre-tax", "falls", "rises", "reports", "posts"])
/**
 * Words of a headline that lead to the object a ticker follows, so the firm's name starts after them ("GROUP LIFTS
 * STAKE IN SMITH INTERNATIONAL <SII>", "JUDGE TO RULE MONDAY ON BURLINGTON <BUR>"): its verbs, and the words that
 * lead from a verb to its object. A name may hold prepositions ("APPLE BANK FOR SAVINGS", "BANK OF NEW YORK"): "for",
 * "in" and "of" lead to an object only after one of these words ("OFFER FOR JWT", "PCT OF TRITON").
 */
const OBJECT_LEADS = new Set([
  "buys", "sells", "raises", "lifts", "ups", "cuts", "increases", "boosts", "trims", "reduces", "has", "holds", "takes", "acquires", "extends",
  "reaffirms", "completes", "ends", "drops", "rejects", "seeks", "makes", "bids", "sues", "wins", "gets", "withdraws", "declines",
  "stake", "pct", "offer", "terms", "bid", "comment", "ratings", "on", "from", "against", "with", "to",
  // verbs of agencies and regulators, whose object is the firm ("FED ALLOWS CITICORP <CCI> TO BUY …", "S/P AFFIRMS TEXACO <TX>")
  "allows", "approves", "backs", "clears", "blocks", "opposes", "affirms", "upgrades", "downgrades", "lowers", "confirms", "reviews", "places", "urges",
  // and other verbs of a headline's subject ("KOREAN AIR ORDERS MCDONNELL DOUGLAS <MD>", "INVESTMENT FIRMS CUT CYCLOPS <CYL> STAKE")
  "orders", "cut", "slows", "mulls", "mulling", "eyes", "weighs", "considers",
  // the same verbs of a plural subject ("GABELLI FIRMS HOLD DIGIORGIO <DIG>"); not "support", a word of names ("DATA-MED CLINICAL SUPPORT")
  "buy", "sell", "raise", "lift", "boost", "trim", "reduce", "hold", "acquire", "seek", "sue", "own", "owns"
])
const OBJECT_PREPOSITIONS = new Set(["for", "in", "of"])

/** Where the name of the firm a ticker follows starts: after the last word that leads to an object, else at the headline's start. */
const objectStart = (tokens: ReadonlyArray<Token>, open: number): number => {
  for (let i = open - 1; i >= 0; i--) {
    const token = tokens[i]!
    // "SNAP-ON TOOLS": a word hyphened to the one before is part of a name.
    const hyphened = tokens[i - 1]?.text === "-" && tokens[i - 1]!.end === token.start
    // "ECONOMIC SPOTLIGHT - BANKAMERICA <BAC>": a spaced dash ends a section's tag.
    const dash = (token.text === "-" || token.text === "--") && tokens[i - 1] !== undefined && tokens[i - 1]!.end < token.start && tokens[i + 1] !== undefined && token.end < tokens[i + 1]!.start
    const leads = dash || OBJECT_LEADS.has(token.normal) || (OBJECT_PREPOSITIONS.has(token.normal) && OBJECT_LEADS.has(tokens[i - 1]?.normal ?? ""))
    // "TO RENEGOTIATE ITT": the verb of "to" is no word of the name.
    if (leads && !hyphened) return Math.min(token.normal === "to" ? i + 2 : i + 1, open)
  }
  return 0
}

/** Company suffixes left out of an id: "Dean Foods Co" and "Dean Foods" are one firm. */
export const COMPANY_SUFFIXES: ReadonlySet<string> = new Set(["co", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "plc", "llc", "lp", "l.p.", "co.", "corp.", "inc.", "ltd.", "cos", "the", "ag", "sa", "nv", "n.v.", "s.a."])
const MONTHS: ReadonlyMap<string, number> = new Map(
  [["jan", 1], ["january", 1], ["feb", 2], ["february", 2], ["march", 3], ["mar", 3], ["april", 4], ["apr", 4], ["may", 5], ["june", 6], ["jun", 6], ["july", 7], ["jul", 7], ["aug", 8], ["august", 8], ["sept", 9], ["sep", 9], ["september", 9], ["oct", 10], ["october", 10], ["nov", 11], ["november", 11], ["dec", 12], ["december", 12]]
)
const PERIODS = phraseIndex(PERIOD_HEADS)

const slug = (words: ReadonlyArray<string>) =>
  words
    .join(" ")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")

/** A firm's name as a key: lower case, accents and company suffixes dropped ("Dean Foods Co" → "dean-foods"). */
export const firmNameKey = (words: ReadonlyArray<string>): string => {
  const kept = words.map((w) => w.toLowerCase()).filter((w, i) => (i === 0 ? w !== "the" : !COMPANY_SUFFIXES.has(w)))
  // "Sears, Roebuck and Co", "J.P. Morgan and Co": the "and" of a suffix left out goes with it.
  while (kept.length > 1 && NAME_JOINERS.has(kept.at(-1)!)) kept.pop()
  return slug(kept)
}
/** Words that join two names into one firm's: "Kelley Oil and Gas Partners Ltd", "Johnson & Johnson Inc". */
export const NAME_JOINERS: ReadonlySet<string> = new Set(["and", "&"])

/** The root of a ticker, exchange suffix dropped: "MCOR.O" → "mcor", "TRP.TO" → "trp". */
const tickerRoot = (ticker: string): string => slug([ticker.split(".")[0] ?? ticker])

const titleCase = (word: string) => (word.length <= 1 ? word : word[0]!.toUpperCase() + word.slice(1).toLowerCase())

export interface Headline {
  readonly company: HeadlineCompany | undefined
  readonly period: HeadlinePeriod | undefined
}

/**
 * Wire copy gives a headlined firm's whole name in a note: "NOTE: Full name is American Telephone and
 * Telegraph Co.", "full name of company is Robert Bruce Industries Inc". The name may wrap onto the
 * next line (an indented line is the next row); it ends at a full stop, a blank line, the next note,
 * the sign-off or a ticker.
 */
const FULL_NAME_NOTE =
  /\bfull name(?:\s+of\s+(?:the\s+)?(?:company|trust|fund|bank|firm))?\s*(?:\bis\b)?\s*:?\s*(\p{L}[\s\S]{2,80}?)\s*(?:<[^>\n]*>)?(?:\.(?:\s|$)|\n {4,}|\s*\n\s*(?:\n|reuter\b|note\b)|\s*$)/iu

/** The headline's company named as the text's "Full name is …" note names it, when there is one. */
const withFullName = (headline: Headline, text: string): Headline => {
  const name = headline.company === undefined ? undefined : FULL_NAME_NOTE.exec(text)?.[1]?.replace(/\s+/g, " ").replace(/[\s'"]+$/, "")
  return name === undefined || name === "" ? headline : { ...headline, company: { ...headline.company!, name } }
}

/** The words of an article's headline, analysed once, when first asked for: every reader of the headline shares them. */
export const titleTokensOf = (title: string | undefined): (() => ReadonlyArray<Token>) => {
  let tokens: ReadonlyArray<Token> | undefined
  return () => (tokens ??= title === undefined ? [] : analyze(title).tokens)
}

/**
 * An article's headline, read as a results table's (`resultsTable`) or not, its company's whole name
 * taken from the text's note when it gives one: the title analysed once, on the first reading, and
 * each reading made once.
 */
export const headlineReader = (title: string | undefined, text: string, titleTokens: () => ReadonlyArray<Token>): ((resultsTable: boolean) => Headline) => {
  const readings = new Map<boolean, Headline>()
  return (resultsTable) => {
    const known = readings.get(resultsTable)
    if (known !== undefined) return known
    if (title === undefined || title.trim() === "") return NO_HEADLINE
    const headline = withFullName(readHeadline(title, titleTokens(), resultsTable), text)
    readings.set(resultsTable, headline)
    return headline
  }
}

const NO_HEADLINE: Headline = { company: undefined, period: undefined }

/** A stock code as wires write it: capitals, digits and a market's suffix, no space ("CFBK.O", "BRFD.L"). */
const TICKER_CODE = /^[A-Z][A-Z0-9]{0,7}(?:\.[A-Z]{1,2})?$/

/** The parenthesis at token `at` holds a stock code and closes right after it: "(CFBK.O)". */
const parenthesisedTicker = (title: string, tokens: ReadonlyArray<Token>, at: number): boolean => {
  const close = tokens.findIndex((t, i) => i > at && t.text === ")")
  return close > at + 1 && TICKER_CODE.test(title.slice(tokens[at]!.end, tokens[close]!.start))
}

/** Brackets around a wire's mark or an unlisted firm's name at a headline's start: "<IVACO INC>", "(MARSHALL STEEL LTD)". */
const OPENERS: ReadonlySet<string> = new Set(["<", "("])
const CLOSERS: ReadonlySet<string> = new Set([">", ")"])

/** Marks a wire puts in brackets before a headline, no firm: "<CORRECTED> - GENERAL INSTRUMENT CORP <GRL> DIVI". */
const WIRE_MARKS: ReadonlySet<string> = new Set(["corrected", "correction", "repeat", "refile"])

/**
 * A headline's reading: the company before the ticker (or before the results words when there is
 * no ticker and `resultsTable` says the story is a table), and the period it announces.
 */
const readHeadline = (title: string, all: ReadonlyArray<Token>, resultsTable: boolean): Headline => {
  // "<CORRECTED> - GENERAL INSTRUMENT CORP <GRL> DIVI", "(CORRECTED) - BANPONCE …": a wire's mark is read past.
  const marked = OPENERS.has(all[0]?.text ?? "") && CLOSERS.has(all[2]?.text ?? "") && WIRE_MARKS.has(all[1]!.normal)
  const tokens = marked ? all.slice(all[3]?.text === "-" ? 4 : 3) : all
  // "DEAN FOODS CO <DF> 3RD QTR NET", "CALIFORNIA FIRST BANK (CFBK.O) 3RD QTR NET": a ticker in angle brackets, or a code in
  // parentheses after the name.
  const angled = tokens.findIndex((t) => t.text === "<")
  const open = angled >= 0 ? angled : tokens.findIndex((t, i) => i > 0 && t.text === "(" && parenthesisedTicker(title, tokens, i))
  const closer = tokens[open]?.text === "(" ? ")" : ">"
  const close = open < 0 ? -1 : tokens.findIndex((t, i) => i > open && t.text === closer)
  // "<IVACO INC> YEAR NET", "(MARSHALL STEEL LTD) YEAR NET": a firm with no listing opens the headline in brackets, its name
  // where a ticker would be.
  const bracket = OPENERS.has(tokens[0]?.text ?? "") ? tokens.findIndex((t, i) => i > 0 && CLOSERS.has(t.text)) : -1
  const unlisted = bracket > 1
  const nameEnd = unlisted ? bracket : open >= 0 ? open : resultsTable ? tokens.findIndex((t) => NAME_ENDS.has(t.normal)) : -1
  const nameStart = unlisted ? 1 : open >= 0 ? objectStart(tokens, open) : 0
  const nameTokens = nameEnd > 0 ? tokens.slice(nameStart, nameEnd).filter((t) => /\p{L}/u.test(t.text)) : []
  const ticker = close > open + 1 && !unlisted ? title.slice(tokens[open + 1]!.start, tokens[close - 1]!.end) : undefined
  const nameKey = firmNameKey(nameTokens.map((t) => t.normal))
  const root = ticker === undefined ? "" : tickerRoot(ticker)
  const company =
    nameTokens.length === 0 || nameKey === ""
      ? undefined
      : {
          id: `org:${nameKey}${root === "" ? "" : `~${root}`}`,
          nameKey,
          name: nameTokens.map((t) => titleCase(t.text)).join(" "),
          ...(ticker !== undefined ? { ticker } : {}),
          ...(nameStart > 0 ? { object: true as const } : {})
        }
  const after = tokens.slice(close >= 0 ? close + 1 : 0)
  // "USP REAL ESTATE INVESTMENT TRUST <USPTS.O> 3RD": a results headline cut short after its quarter's ordinal.
  const bareOrdinal = resultsTable ? ordinalBefore(after, after.length) : undefined
  return { company, period: periodOf(after) ?? (bareOrdinal !== undefined ? { months: 3, ordinal: bareOrdinal } : undefined) }
}

/** The first period words of a headline and the month written after them: "4TH QTR AUG 31" → 3 months ending in August. */
export const periodOf = (tokens: ReadonlyArray<Token>): HeadlinePeriod | undefined => {
  for (let i = 0; i < tokens.length; i++) {
    const match = phraseAt(PERIODS, tokens, i)
    if (match === undefined) continue
    const ordinal = ordinalBefore(tokens, i)
    const endMonth = monthAfter(tokens, match.end)
    return { months: match.value, ...(ordinal !== undefined ? { ordinal } : {}), ...(endMonth !== undefined ? { endMonth } : {}) }
  }
  return undefined
}

/**
 * The last month of a period whose end is named within four tokens from `at` ("Qtr ended May 31", "Period to
 * end-March"), 1–12. A period of weeks ending in the first days of a month ("3RD QTR OCT 3", "QTR ENDED JAN TWO")
 * ends on the weekend nearest the month before's end: its months are that month's and the ones before.
 */
export const monthAfter = (tokens: ReadonlyArray<Token>, at: number): number | undefined => {
  const words = tokens.slice(at, at + 4)
  const index = words.findIndex((t) => MONTHS.has(t.normal.replace(/\.$/, "")))
  if (index < 0) return undefined
  const month = MONTHS.get(words[index]!.normal.replace(/\.$/, ""))!
  const day = dayOf(tokens[at + index + 1])
  return day !== undefined && day <= NEAREST_WEEKEND ? ((month + 10) % 12) + 1 : month
}
/** How many days into a month a period may end and still be the month before's: the weekend nearest its end. */
const NEAREST_WEEKEND = 3
/** A day of the month written in digits or words: "3", "THREE". */
const dayOf = (token: Token | undefined): number | undefined => {
  if (token === undefined) return undefined
  const n = /^\d{1,2}$/.test(token.normal) ? Number(token.normal) : smallNumbers.get(token.normal)
  return n !== undefined && n >= 1 && n <= 31 ? n : undefined
}

/** The ordinal right before token `i`: "third" or "3" "rd". */
export const ordinalBefore = (tokens: ReadonlyArray<Token>, i: number): number | undefined => {
  const before = tokens[i - 1]
  if (before === undefined) return undefined
  if (ORDINAL_SUFFIXES.has(before.normal)) {
    const n = Number(tokens[i - 2]?.normal)
    return n >= 1 && n <= 4 ? n : undefined
  }
  return ORDINALS.get(before.normal)
}
