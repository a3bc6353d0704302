import type { TimexMod, TimexType } from "../model/time.js"
import type { Token } from "../nlp/analyze.js"
import type { Anchor, Resolved } from "./anchor.js"
import type { Tense } from "./sentence-tense.js"
import { TARGET_NOUNS } from "./time-words.js"

/** A time expression before ids are given. */
export interface Draft {
  readonly start: number
  readonly end: number
  readonly type: TimexType
  readonly value: string
  readonly mod?: TimexMod
  readonly quant?: string
  readonly freq?: string
  /** The words read, spaces collapsed: "June 9". */
  readonly phrase: string
  /** Why the value follows from them: "the year of the reference date 2018-06-04 (no tense cue)". */
  readonly why: string
  readonly yearOpen?: boolean
  /** Set when the value depends on an earlier date in the text; `value` is then the fallback against the reference date. */
  readonly anaphor?: Anaphor
  /** Set when the value was taken from an earlier date whose year the text wrote ("the fourth quarter of 2004 ... the quarter"). */
  readonly yearWritten?: true
}

export type ShiftUnit = "day" | "week" | "month" | "quarter" | "half" | "year" | "decade"

/**
 * How a draft's value follows from an earlier date: `shift` moves that date by `count` units at its
 * own granularity ("a year earlier" after "the third quarter" → the third quarter a year before;
 * `sentence` scope: only a month/quarter/half in the same sentence, as "from a year ago" compares);
 * `wholeUnit`: the result is the whole unit around the moved date ("the previous year" after a month);
 * `day` puts a clock time or part of day ("T05:46", "TNI") on the last day named nearby.
 */
export type Anaphor =
  | {
      readonly kind: "shift"
      readonly unit: ShiftUnit
      readonly count: number
      readonly scope: "document" | "sentence"
      /** "the year before" names a whole year whatever the earlier date's granularity. */
      readonly wholeUnit?: boolean
      /** "the same period of 2003": the earlier date moved into this year (instead of by `count`). */
      readonly toYear?: number
      /** "the same quarter": only an earlier date of this granularity will do. */
      readonly granularity?: ShiftUnit
    }
  | { readonly kind: "day"; readonly time: string }

export interface RuleContext {
  readonly text: string
  readonly anchor: Anchor
  readonly tenseAt: (offset: number) => Tense
  /** The first token starting at or after `offset`. */
  readonly tokenFrom: (offset: number) => Token | undefined
}

/** How many nouns or adjectives may stand between a date and the target it is for: "a July-December output ceiling". */
const TARGET_REACH = 2

/**
 * The tense a date of a period is read in: none when it names what a target is for (`TARGET_NOUNS`: "had provisionally set a
 * third quarter ceiling" in June is this year's third quarter, not last year's), else its sentence's.
 */
export const tenseOfPeriod = (context: RuleContext, start: number, end: number): Tense => {
  // A line break is a token of its own ("a third quarter\nceiling").
  const wordFrom = (at: number): Token | undefined => {
    const token = context.tokenFrom(at)
    return token?.pos === "SPACE" ? wordFrom(token.end) : token
  }
  let token = wordFrom(end)
  for (let k = 0; k <= TARGET_REACH && token !== undefined; k++) {
    if (TARGET_NOUNS.has(token.normal)) return "none"
    if (token.pos !== "NOUN" && token.pos !== "ADJ") break
    token = wordFrom(token.end)
  }
  return context.tenseAt(start)
}

/** A trigger that stands for any token with a digit in it. */
export const NUMBER_TRIGGER = "#number"

/**
 * One family of time expressions: the words that can occur in one (lower-cased, as wink normalises
 * tokens; `NUMBER_TRIGGER` for digits), a compiled sticky pattern (flags `dy`: groups carry offsets)
 * tried at the token starts up to `lookback` tokens before such a word, and how a match becomes drafts — one, or a
 * range's two end points (begin, end). `undefined` rejects the match (wrong context).
 */
export interface TimexRule {
  readonly name: string
  readonly triggers: ReadonlyArray<string>
  /** How many tokens before its trigger word a match may begin ("the beginning of 2021": 3). */
  readonly lookback: number
  readonly pattern: RegExp
  readonly resolve: (match: RegExpExecArray, context: RuleContext) => ReadonlyArray<Draft> | undefined
}

/** The span of a named group, or of the whole match. */
export const spanOf = (match: RegExpExecArray, group?: string): readonly [number, number] | undefined =>
  group === undefined ? match.indices?.[0] : match.indices?.groups?.[group]

export interface DraftExtras {
  readonly mod?: TimexMod | undefined
  readonly quant?: string | undefined
  readonly freq?: string | undefined
  readonly anaphor?: Anaphor | undefined
}

/** How a draft was read, in words: "'June 9' → 2018-06-09: the year of the reference date 2018-06-04 (no tense cue)". */
export const derivationOf = (draft: Draft): string =>
  `'${draft.phrase}' → ${draft.value}${draft.mod === undefined ? "" : ` (${draft.mod})`}: ${draft.why}`

/** A draft over `text.slice(start, end)`. */
export const makeDraft = (
  context: RuleContext,
  start: number,
  end: number,
  type: TimexType,
  resolved: Resolved,
  extras: DraftExtras = {}
): Draft => {
  const text = context.text.slice(start, end)
  return {
    start,
    end,
    type,
    value: resolved.value,
    ...(extras.mod === undefined ? {} : { mod: extras.mod }),
    ...(extras.quant === undefined ? {} : { quant: extras.quant }),
    ...(extras.freq === undefined ? {} : { freq: extras.freq }),
    phrase: text.replace(/\s+/g, " "),
    why: resolved.why,
    ...(resolved.yearOpen === true ? { yearOpen: true } : {}),
    ...(extras.anaphor === undefined ? {} : { anaphor: extras.anaphor })
  }
}

/** The few characters before `offset`, for context checks ("in", "the", "since" before a bare year). */
export const before = (text: string, offset: number, length = 24): string => text.slice(Math.max(0, offset - length), offset)
