import type { Timex } from "../model/time.js"

/** "the first four months" (P4M) or "the last three months" before "of 2024". */
const MONTHS_OF_YEAR = /^P(\d{1,2})M$/
const FROM_START = /^(?:the\s+)?first\b/i
const FROM_END = /^(?:the\s+)?(?:last|final)\b/i
const OF_GAP = /^\s+of\s+$/i
const YEAR = /^\d{4}$/
const MONTHS_IN_YEAR = 12

const month = (year: string, m: number) => `${year}-${String(m).padStart(2, "0")}`

/**
 * The months of a year a part-of-year phrase names: "the first four months of 2024" →
 * 2024-01..2024-04, "the last three months of 2020" → 2020-10..2020-12. The time tagger reads the
 * phrase as a duration and the year apart; together they say which months.
 */
export const yearPart = (text: string, duration: Timex, year: Timex): { readonly first: string; readonly last: string } | undefined => {
  const count = Number(MONTHS_OF_YEAR.exec(duration.value)?.[1] ?? 0)
  if (duration.type !== "DURATION" || count < 1 || count >= MONTHS_IN_YEAR || !YEAR.test(year.value)) return undefined
  if (!OF_GAP.test(text.slice(duration.end, year.start))) return undefined
  if (FROM_START.test(duration.text)) return { first: month(year.value, 1), last: month(year.value, count) }
  if (FROM_END.test(duration.text)) return { first: month(year.value, MONTHS_IN_YEAR - count + 1), last: month(year.value, MONTHS_IN_YEAR) }
  return undefined
}
