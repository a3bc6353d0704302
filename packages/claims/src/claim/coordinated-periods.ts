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
 * A figure stated for two periods joined by "and" ("GNP will grow an annual two pct in 1987 and
 * 1988", "growth may slow to 1.5 pct this year and next year") is one figure for each period, not
 * one for the span between them: the draft is made once per period. Periods of one granularity
 * only (two years, two months); events, spans ("between June 9 and 10") and figures dated once stay whole.
 */
export const byCoordinatedPeriod = (text: string, timexes: ReadonlyArray<Timex>, referenceDate: ReferenceDate, draft: ClaimDraft): ReadonlyArray<ClaimDraft> => {
  const time = draft.time
  if (draft.kind === "event" || draft.value === undefined || time === undefined || time.timexes.length < 2) return [draft]
  const own = timexes.filter((t) => time.timexes.includes(t.id)).sort((a, b) => a.start - b.start)
  if (own.length !== time.timexes.length) return [draft]
  const grains = own.map((t) => timexInterval(t.value)?.granularity)
  if (grains.some((g) => g === undefined || g !== grains[0])) return [draft]
  if (own.some((t, i) => i > 0 && !COORDINATION.test(text.slice(own[i - 1]!.end, t.start)))) return [draft]
  if (SPAN_OPENING.test(text.slice(Math.max(0, own[0]!.start - SPAN_REACH), own[0]!.start))) return [draft]
  return own.flatMap((timex) => {
    const scope = timeScopeOf(text, [timex], referenceDate)
    if (scope === undefined) return []
    const period = draft.figure?.period
    return [
      {
        ...draft,
        time: scope,
        ...(draft.figure !== undefined && period !== undefined ? { figure: { ...draft.figure, period: { ...period, value: scope.start === scope.end ? scope.start : `${scope.start}/${scope.end}` } } } : {}),
        derivation: [...draft.derivation, `time: '${time.text}' states the figure for each period; this one ${scope.start === scope.end ? scope.start : `${scope.start}/${scope.end}`}`]
      }
    ]
  })
}
