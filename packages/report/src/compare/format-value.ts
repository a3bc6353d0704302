import type { Qualifier, Quantity } from "@crosscheck/claims"
import { isoDay } from "./time-period.js"
import type { Period } from "./time-period.js"

/** How each qualifier reads in an explanation. */
const QUALIFIER_WORDS: Readonly<Record<Qualifier, string>> = {
  exact: "",
  approximate: "about ",
  more_than: "more than ",
  at_least: "at least ",
  less_than: "less than ",
  almost: "almost ",
  at_most: "at most ",
  total: "a total of "
}

/** A bound's direction turns over with the sign: more than 200 surplus is less than −200 deficit. */
const FLIPPED_QUALIFIER: Partial<Record<Qualifier, Qualifier>> = {
  more_than: "less_than",
  less_than: "more_than",
  at_least: "at_most",
  at_most: "at_least"
}

const SCALES: ReadonlyArray<readonly [number, string]> = [
  [1e12, "trillion"],
  [1e9, "billion"],
  [1e6, "million"]
]

const plain = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 8 })
const scaled = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 6 })

/** A number in words a reader checks quickly: 2.4e11 → "240 billion", 2802000 → "2,802,000". */
export const formatNumber = (value: number): string => {
  const scale = SCALES.find(([size]) => Math.abs(value) >= size)
  return scale === undefined ? plain.format(value) : `${scaled.format(value / scale[0])} ${scale[1]}`
}

/** A quantity as normalised for comparison: "more than 200 billion USD", "37 percent", "2,802,000 m". */
export const formatQuantity = (q: Quantity, flipped: boolean): string => {
  const value = flipped ? -q.value : q.value
  const qualifier = flipped ? (FLIPPED_QUALIFIER[q.qualifier] ?? q.qualifier) : q.qualifier
  const unit = q.kind === "count" || q.kind === "ordinal" ? "" : ` ${q.unit}`
  return `${QUALIFIER_WORDS[qualifier]}${formatNumber(value)}${unit}`
}

/** A period in words: "2018-06-09..2018-06-10", or the literal TIMEX3 value when it has no known year. */
export const formatPeriod = (period: Period): string =>
  period.dated && period.first === period.last ? isoDay(period.first) : period.label
