import {
  alternation,
  AMOUNT_MODIFIERS,
  MONTH_ABBREVIATIONS,
  MONTHS,
  NUMBER_WORDS,
  ORDINALS,
  POSITION_MODIFIERS,
  SEASONS,
  UNIT_WORDS,
  VAGUE_COUNTS,
  WEEKDAYS
} from "./time-words.js"

/** Regex sources shared by the rule modules, built once from the word tables. */

/**
 * Letters and digits as explicit classes: patterns compile without the `u` flag, which makes V8's
 * case-insensitive matching several times slower (Latin letters are what adjoin English dates).
 */
const LETTER = String.raw`A-Za-z\u00C0-\u024F`
const ALNUM = `${LETTER}0-9`

/** No letter, digit or identifier joiner right before: keeps "10-2043", "$2000", "PS026" out. */
export const NUMBER_START = `(?<![${ALNUM}$£€#@/.:,'’-])`
/** No letter, digit, percent or joined digits right after. */
export const NUMBER_END = String.raw`(?![${ALNUM}%]|[.,:/-]\d)`
/** Space that keeps to one line: a year on the next line belongs to something else (a table, a dateline). */
export const SAME_LINE = String.raw`[ \t\u00A0]+`
export const WORD_START = `(?<![${ALNUM}'’-])`
export const WORD_END = `(?![${ALNUM}])`
export const NOT_LETTER_AFTER = `(?![${LETTER}])`

/** Month names and abbreviations as wink normalises tokens ("sept." and "sept"): the month rules' triggers. */
export const MONTH_TRIGGERS = [...Object.keys(MONTHS), ...Object.keys(MONTH_ABBREVIATIONS)].flatMap((m) => [m.toLowerCase(), m.toLowerCase().replace(/\.$/, "")])
export const MONTH_NAME = `(?:${alternation(Object.keys(MONTHS))})`
export const MONTH_ANY = `(?:${alternation([...Object.keys(MONTHS), ...Object.keys(MONTH_ABBREVIATIONS)])})${NOT_LETTER_AFTER}`
export const WEEKDAY = `(?:${alternation(Object.keys(WEEKDAYS))})`
export const SEASON = `(?:${alternation(Object.keys(SEASONS))})`
/** A day of the month; "3-4" may follow (a range), so joined digits are checked by the rule. */
export const DAY = String.raw`(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![${ALNUM}%])`
/** Digits joined on after a match: "9/11", "16.5", "3-1" are not dates. */
export const JOINED_DIGITS = /^[.,:/-]\d/
export const YEAR = String.raw`(?:1[0-9]\d\d|20\d\d|2100)${NUMBER_END}`
export const UNIT = `(?:${alternation(Object.keys(UNIT_WORDS))})`
export const ORDINAL = `(?:${alternation(Object.keys(ORDINALS))}|\\d{1,2}(?:st|nd|rd|th))`

const WORD_NUMBER = `(?:${alternation(Object.keys(NUMBER_WORDS))})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?`
/** A count: digits ("2.5", "1,000"), words ("twenty-five", "two-and-a-half"), or vague ("several"). */
export const COUNT = String.raw`(?:(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|${WORD_NUMBER})(?:[\s-]+and[\s-]+a[\s-]+half)?|${alternation(VAGUE_COUNTS)})`
export const AMOUNT_MODIFIER = `(?:${alternation(Object.keys(AMOUNT_MODIFIERS))})`
/** Lets each alternative start with a capital, for case-sensitive patterns ("Last May", "Early 2005"). */
const sentenceCase = (alternatives: string): string =>
  alternatives.replace(/(^|\|)([a-z])/g, (_, bar: string, c: string) => `${bar}[${c}${c.toUpperCase()}]`)

export const POSITION_MODIFIER = `(?:${sentenceCase(alternation(Object.keys(POSITION_MODIFIERS)))})`
/** "last May", "next Friday", "this summer". */
export const RELATION = `(?:${sentenceCase("last|next|this|coming|previous|past")})`

/** Compiles a rule pattern: sticky (tried at chosen offsets), with group offsets, case as written unless `flags` says "i". */
export const compile = (source: string, flags = ""): RegExp => new RegExp(source, `dy${flags}`)

/** A clock time as written ("9.30am", "14:05", "1400 GMT"): identifiers.ts keeps these from being read as figures. */
export const CLOCK_TIME = /(?<![\w.,:])\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)(?![\w])|(?<![\w.,:])\d{1,2}:\d{2}(?::\d{2})?(?![\w:])|(?<![\w.,])\d{4}\s?(?:GMT|BST|UTC|EST|EDT|CET|hrs)\b/gi

/** A decade as written ("1990s", "90s", "'90s"): identifiers.ts keeps these from being read as figures. */
export const DECADE = /(?<![\w.,])(?:\d{2})?\d0s\b|['‘’]\d0s\b/g

/** A comment's timestamp line, as blogs print it: "March 3, 2021 at 9:15 am", "3 March 2021 at 09:15" (flags "iu"). */
export const COMMENT_TIMESTAMP = String.raw`(?:\p{L}+ \d{1,2},? \d{4}|\d{1,2} \p{L}+,? \d{4}) (?:at )?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?`

/** A year in a copyright line ("© 2024", "Copyright 2019"). */
export const COPYRIGHT_YEAR = String.raw`\d{4}`

/** True when a time expression's words write a year out ("June 2016", "'16" does not). */
export const writesYear = (text: string): boolean => /\b\d{4}\b/.test(text)

/** A numeral that could be a year: four digits and nothing else ("2016", not "2,016" or "20160"). */
export const isYearNumeral = (text: string): boolean => /^\d{4}$/.test(text)
