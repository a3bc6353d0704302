import type { ReferenceDate, Timex } from "../model/time.js"
import { timexInterval } from "../time/timex-interval.js"
import type { ClaimDraft } from "./claim-draft.js"
import { timeScopeOf } from "./time-scope.js"

/** What joins two periods a figure is stated for, each on its own: "in 1987 and 1988", "this year and next year". */
const COORDINATION = /^\s*,?\s*and\s+(?:in\s+|for\s+|during\s+)?$/i
/** Words that make two dates the ends of one span instead: "between 1987 and 1988", "from June 9 and". */
const SPAN_OPENING = /\b(?:between|from)\s+(?:the\s+)?$/i
const SPAN_REACH = 16

/**
 * The periods a figure is stated for each on its own, joined by "and" ("in 1987 and 1988", "this year and next
 * year"), in text order; undefined for events, spans ("between June 9 and 10"), periods of different granularity
 * and figures dated once.
 */
const coordinatedTimexes = (text: string, timexes: ReadonlyArray<Timex>, draft: ClaimDraft): ReadonlyArray<Timex> | undefined => {
  const time = draft.time
  if (draft.kind === "event" || draft.value === undefined || time === undefined || time.timexes.length < 2) return undefined
  const own = timexes.filter((t) => time.timexes.includes(t.id)).sort((a, b) => a.start - b.start)
  if (own.length !== time.timexes.length) return undefined
  const grains = own.map((t) => timexInterval(t.value)?.granularity)
  if (grains.some((g) => g === undefined || g !== grains[0])) return undefined
  if (own.some((t, i) => i > 0 && !COORDINATION.test(text.slice(own[i - 1]!.end, t.start)))) return undefined
  if (SPAN_OPENING.test(text.slice(Math.max(0, own[0]!.start - SPAN_REACH), own[0]!.start))) return undefined
  return own
}

/** The draft stated for one of its coordinated periods. */
const forPeriod = (text: string, referenceDate: ReferenceDate, draft: ClaimDraft, timex: Timex, why: string): ReadonlyArray<ClaimDraft> => {
  const scope = timeScopeOf(text, [timex], referenceDate)
  if (scope === undefined) return []
  const period = draft.figure?.period
  const value = scope.start === scope.end ? scope.start : `${scope.start}/${scope.end}`
  return [
    {
      ...draft,
      time: scope,
      ...(draft.figure !== undefined && period !== undefined ? { figure: { ...draft.figure, period: { ...period, value } } } : {}),
      derivation: [...draft.derivation, `time: '${draft.time!.text}' ${why}; this one ${value}`]
    }
  ]
}

/**
 * A figure stated for two periods joined by "and" ("GNP will grow an annual two pct in 1987 and 1988", "growth may
 * slow to 1.5 pct this year and next year") is one figure for each period, not one for the span between them: the
 * draft is made once per period. As many figures of one measure as periods ("12.3 mln dlrs and 10.5 mln dlrs for 1987
 * and 1986, respectively", "rose 5 pct and 7 pct in August and September") are one per period, in order: each figure
 * its own period, never every period.
 */
export const byCoordinatedPeriods = (
  text: string,
  timexes: ReadonlyArray<Timex>,
  referenceDate: ReferenceDate,
  drafts: ReadonlyArray<ClaimDraft>
): ReadonlyArray<ClaimDraft> => {
  const periods = drafts.map((draft) => coordinatedTimexes(text, timexes, draft))
  // The figures (where each value is written, in text order) of each measure stated for the same periods.
  const keys = drafts.map((draft, i) => (periods[i] === undefined ? undefined : `${draft.figure?.measure ?? draft.predicate}|${periods[i]!.map((t) => t.id).join(",")}`))
  const listed = new Map<string, Array<number>>()
  drafts.forEach((draft, i) => {
    const key = keys[i]
    if (key === undefined) return
    const starts = listed.get(key) ?? listed.set(key, []).get(key)!
    if (!starts.includes(draft.value!.start)) starts.push(draft.value!.start)
  })
  for (const starts of listed.values()) starts.sort((a, b) => a - b)
  return drafts.flatMap((draft, i) => {
    const own = periods[i]
    if (own === undefined) return [draft]
    const starts = listed.get(keys[i]!)!
    if (starts.length === own.length) {
      return forPeriod(text, referenceDate, draft, own[starts.indexOf(draft.value!.start)]!, "states as many figures as periods, each in order")
    }
    return own.flatMap((timex) => forPeriod(text, referenceDate, draft, timex, "states the figure for each period"))
  })
}
