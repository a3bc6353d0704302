import { type Claim, type Gazetteer, timexInterval, toBaseUnits } from "@crosscheck/claims"
import type { GoldFigure } from "./gold-news.js"

/** The fields a figure claim is judged on, each right or wrong against its gold figure. */
export const FIELDS = ["value", "holder", "measure", "counterpart", "period", "status", "aspect"] as const
export type Field = (typeof FIELDS)[number]

/** Gold units (GUIDE.md) the extractor's unit table does not name: its base unit and the factor to it. */
const GOLD_UNITS: ReadonlyMap<string, readonly [string, number]> = new Map([
  ["percent", ["percent", 1]],
  ["percentage_points", ["percent", 1]],
  ["count", ["item", 1]],
  ["barrels_per_day", ["bbl/d", 1]]
])

/**
 * The gold value in the extractor's unit, or undefined when the units cannot be related. Other gold units are the unit
 * table's names with "_" for spaces ("tonnes", "long_tons", "tonnes_of_oil_equivalent", "cubic_feet").
 */
const goldInUnit = (gold: GoldFigure, unit: string): number | undefined => {
  const mapped = GOLD_UNITS.get(gold.unit)
  if (mapped !== undefined) return mapped[0] === unit ? gold.value * mapped[1] : undefined
  const base = toBaseUnits(gold.value, gold.unit.replaceAll("_", " "))
  if (base !== undefined) return base.unit === unit ? base.value : undefined
  return gold.unit === unit ? gold.value : undefined
}

const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 0.005)

/**
 * Whether the claim's value is the gold's, `magnitude` applied to both (the sign aside when pairing).
 * A gold range ("1.5 to 2.0 pct": `value` and `value_high`) is right when the claim's interval has
 * those two ends; the claim's `value` of a range is its midpoint, which the gold never states.
 */
const sameValue = (claim: Claim, gold: GoldFigure, magnitude: (n: number) => number): boolean => {
  const value = claim.value
  if (value === undefined) return false
  const expected = goldInUnit(gold, value.unit)
  if (gold.value_high === null || gold.value_high === undefined) return expected !== undefined && close(magnitude(value.value), magnitude(expected))
  const expectedHigh = goldInUnit({ ...gold, value: gold.value_high }, value.unit)
  const { low, high } = value.interval
  if (low === null || high === null || expected === undefined || expectedHigh === undefined) return false
  // a loss's range may be written either way round ("-1.5 to -2.0"): the two ends as a set
  const ends = [magnitude(low), magnitude(high)].sort((a, b) => a - b)
  const goldEnds = [magnitude(expected), magnitude(expectedHigh)].sort((a, b) => a - b)
  return close(ends[0]!, goldEnds[0]!) && close(ends[1]!, goldEnds[1]!)
}

/** Same magnitude in a related unit: what pairs a claim with its gold figure, sign aside. */
export const sameMagnitude = (claim: Claim, gold: GoldFigure): boolean => sameValue(claim, gold, Math.abs)

/** Lower-case words without punctuation, company suffixes and articles: "Dean Foods Co." → "dean foods". */
const SUFFIXES = new Set(["the", "co", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "plc", "llc", "lp", "l", "p", "company", "cos", "group", "ag", "sa", "nv", "bv", "spa", "de", "of"])
export const normaliseName = (name: string): string =>
  name
    .toLowerCase()
    .replace(/<[^>]*>/g, " ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .split(" ")
    .filter((word) => word !== "" && !SUFFIXES.has(word))
    .join(" ")

/** Every gazetteer name, alias, demonym and metonym, normalised → its entity id: how a gold name is resolved. */
export interface EntityNames {
  readonly idOf: (name: string) => string | undefined
  readonly nameOf: (id: string) => string | undefined
}

export const entityNames = (gazetteer: Gazetteer): EntityNames => {
  const ids = new Map<string, string>()
  const names = new Map<string, string>()
  for (const entry of gazetteer.entries) {
    names.set(entry.id, entry.name)
    for (const name of [entry.name, ...entry.aliases, ...(entry.demonyms ?? []), ...(entry.metonyms ?? [])]) {
      const key = normaliseName(name)
      if (key !== "" && !ids.has(key)) ids.set(key, entry.id)
    }
  }
  return { idOf: (name) => ids.get(normaliseName(name)), nameOf: (id) => names.get(id) }
}

/** A gold name and an extracted entity are the same when the gazetteer resolves the name to it, or their names agree. */
const sameEntity = (matcher: EntityNames, gold: string | null | undefined, id: string | undefined, text: string | undefined): boolean => {
  if (gold === null || gold === undefined || gold === "") return id === undefined
  if (id === undefined) return false
  if (gold === "world" || id === "world") return gold.toLowerCase() === id
  const resolved = matcher.idOf(gold)
  if (resolved !== undefined && resolved === id) return true
  const goldName = normaliseName(gold)
  const names = [text, id.slice(id.indexOf(":") + 1).replaceAll("-", " "), matcher.nameOf(id)].flatMap((n) => (n === undefined ? [] : [normaliseName(n)]))
  return goldName !== "" && names.some((name) => name !== "" && (name === goldName || ` ${goldName} `.includes(` ${name} `) || ` ${name} `.includes(` ${goldName} `)))
}

/** "1986/87" → "1986/1987"; a span's ends kept. */
const expandCropYear = (period: string): string => period.replace(/^(\d{2})(\d{2})\/(\d{2})$/, "$1$2/$1$3")

/** The days a period covers (both ends of a span), or undefined. */
const daysOf = (period: string): readonly [string, string] | undefined => {
  const [from, to] = expandCropYear(period).split("/")
  const first = from === undefined ? undefined : timexInterval(from)
  const last = to === undefined ? first : timexInterval(to)
  return first === undefined || last === undefined ? undefined : [first.first, last.last]
}

/** How many calendar months a span of days touches, from its first day's month to its last day's. */
const monthsSpanned = (first: string, last: string): number =>
  (Number(last.slice(0, 4)) - Number(first.slice(0, 4))) * 12 + Number(last.slice(5, 7)) - Number(first.slice(5, 7)) + 1

/** "FY1989": a fiscal year, named by the year it ends in, its months not written. */
const FISCAL_YEAR = /^FY(\d{4})$/

/**
 * A fiscal year and a span of twelve months that ends in its year and is not the calendar year
 * ("FY1989" and "1988-09/1989-08"): the same period, one with its months written.
 */
const sameFiscalYear = (a: string, b: string): boolean => {
  const year = FISCAL_YEAR.exec(a)?.[1]
  const days = daysOf(b)
  if (year === undefined || days === undefined || FISCAL_YEAR.test(b)) return false
  const [first, last] = days
  return monthsSpanned(first, last) === 12 && last.slice(0, 4) === year && !(first.endsWith("-01-01") && last.endsWith("-12-31"))
}

/** "FY1987-Q4", "FY1987-H1": a fiscal quarter or half, named by its fiscal year (the year it ends in), its months not written. */
const FISCAL_PART = /^FY(\d{4})-([QH])([1-4])$/

/**
 * A fiscal quarter or half and a span of three or six months whose fiscal year, the periods after it
 * counted on, ends in that year ("FY1987-Q4" and "1987-03/1987-05"): the same period, its months written.
 */
const sameFiscalPart = (a: string, b: string): boolean => {
  const part = FISCAL_PART.exec(a)
  const days = part === null || FISCAL_PART.test(b) ? undefined : daysOf(b)
  if (part === null || days === undefined) return false
  const size = part[2] === "Q" ? 3 : 6
  const [from, to] = days
  const yearEnd = Number(to.slice(0, 4)) * 12 + Number(to.slice(5, 7)) - 1 + (12 / size - Number(part[3])) * size
  return monthsSpanned(from, to) === size && Math.floor(yearEnd / 12) === Number(part[1])
}

/** "1986/87", "1986/1987": a split year (crop, fiscal, season), its months not written. */
const SPLIT_YEAR = /^(\d{4})\/(\d{2}|\d{4})$/

/**
 * A split year and a span of twelve months from a month of its first year to one of its second
 * ("1986/87" and "1986-04/1987-03"): the same period, one with its months written.
 */
const sameSplitYear = (a: string, b: string): boolean => {
  const split = SPLIT_YEAR.exec(a)
  const days = SPLIT_YEAR.test(b) ? undefined : daysOf(b)
  if (split === null || days === undefined) return false
  const first = Number(split[1])
  const second = split[2]!.length === 2 ? Math.floor(first / 100) * 100 + Number(split[2]) : Number(split[2])
  const [from, to] = days
  return second === first + 1 && monthsSpanned(from, to) === 12 && Number(from.slice(0, 4)) === first && Number(to.slice(0, 4)) === second
}

const samePeriod = (gold: GoldFigure, claim: Claim): boolean => {
  const period = claim.figure?.period?.value
  // A period written relative to an unknown date (a BBC "last year") is right when left unresolved.
  if (gold.period_relative === true) return period === undefined
  if (gold.period === null || gold.period === undefined) return period === undefined
  if (period === undefined) return false
  if (expandCropYear(gold.period) === period) return true
  if (sameFiscalYear(gold.period, period) || sameFiscalYear(period, gold.period)) return true
  if (sameSplitYear(gold.period, period) || sameSplitYear(period, gold.period)) return true
  if (sameFiscalPart(gold.period, period) || sameFiscalPart(period, gold.period)) return true
  const a = daysOf(gold.period)
  const b = daysOf(period)
  return a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1]
}

/** Which fields of `claim` agree with `gold`. */
export const judgeFields = (matcher: EntityNames, claim: Claim, gold: GoldFigure): Record<Field, boolean> => {
  const figure = claim.figure
  return {
    value: sameValue(claim, gold, (n) => n),
    holder: sameEntity(matcher, gold.holder, figure?.holder, figure?.holderText),
    measure: figure?.measure === gold.measure,
    counterpart: sameEntity(matcher, gold.counterpart, figure?.counterpart, undefined),
    period: samePeriod(gold, claim),
    status: figure?.status === gold.status,
    aspect: figure?.aspect === gold.aspect
  }
}
