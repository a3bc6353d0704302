/** A figure written bare after another ("95 billion dlrs from 86 billion", "61.07 mln tonnes in 1986 from 56.0 mln") is in that one's unit: wire copy writes the unit once for a pair. */
import type { Quantity } from "../model/quantity.js"
import type { Timex } from "../model/time.js"
import { scaleQuantity } from "../quantity/scale-quantity.js"
import { toBaseUnits } from "../quantity/units.js"
import { inCurrentMinorUnit } from "./table-money.js"

/** Words between a figure and a bare one after it that share its unit: "95 billion dlrs from 86 billion", "28 cts vs 22". */
const SHARED_UNIT_GAP = /^[\s,]*(?:(?:up|down)\s+from|from|to|vs\.?|versus|against|and|or|compared with)?[\s,]*(?:about|some|around|nearly|almost)?\s*$/i
/** Words between a figure and its own date: "61.07 mln tonnes in 1986 from 56.0 mln", "72,987 tonnes of rice in the week ended …", "… (toe) in 1986". */
const OWN_DATE_GAP = /^[\s,]*(?:\([A-Za-z]{1,6}\)\s*)?(?:of\s+[a-z]+(?:\s+[a-z]+)?\s+)?(?:in|for|during|at|on|by)?\s*(?:the\s+)?(?:(?:week|month|quarter|year|period)\s+end(?:ed|ing)\s+)?$/i

/** How many words a unit's name may take: "metric tons of oil equivalent". */
const UNIT_WORDS = 5

/** The written unit ending a measure's text ("61.07 mln tonnes" → "tonnes") with its base unit, if the unit table knows it. */
const measureUnitWritten = (quantity: Quantity): { readonly name: string; readonly factor: number } | undefined => {
  const words = quantity.text.split(/\s+/)
  for (let n = Math.min(UNIT_WORDS, words.length - 1); n >= 1; n--) {
    const name = words.slice(-n).join(" ")
    const base = toBaseUnits(1, name)
    // a temperature's offset does not scale; a rate's period is not in the name
    if (base !== undefined && base.unit === quantity.unit && toBaseUnits(0, name)?.value === 0) return { name, factor: base.value }
  }
  return undefined
}

/** A bare count written in `before`'s measure unit: "56.0 mln" after "61.07 mln tonnes". */
const inMeasureUnit = (quantity: Quantity, before: Quantity): Quantity => {
  const unit = measureUnitWritten(before)
  if (unit === undefined) return quantity
  return {
    ...quantity,
    kind: "measure",
    unit: before.unit,
    ...(before.dimension === undefined ? {} : { dimension: before.dimension }),
    ...scaleQuantity(quantity, unit.factor),
    derivation: `${quantity.derivation}; in ${unit.name}, the unit of '${before.text}' before it`
  }
}

/**
 * A bare number right after a money figure or a measure, joined by "from", "to", "vs", "and", is in its unit: the unit written
 * once applies to both. The first figure's own date may stand between: "37 billion dlrs this year from 35.8 billion",
 * "61.07 mln tonnes in 1986 from 56.0 mln in 1985".
 */
export const carriedUnit = (text: string, timexes: ReadonlyArray<Timex>, before: Quantity | undefined, quantity: Quantity): Quantity => {
  if (before?.kind === "percent" && quantity.kind === "count") return earlierPercent(text, timexes, before, quantity)
  if (before === undefined || (before.kind !== "money" && before.kind !== "measure") || quantity.kind !== "count") return quantity
  const date = timexes.find((t) => t.start >= before.end && t.end <= quantity.start)
  if (date !== undefined && !OWN_DATE_GAP.test(text.slice(before.end, date.start))) return quantity
  const gap = text.slice(date?.end ?? before.end, quantity.start)
  if (gap.length > 24 || !SHARED_UNIT_GAP.test(gap)) return quantity
  return inUnitOf(quantity, before)
}

/** Words between a percentage and a bare number it is set against: "to 14.3 pct from 11.4", "10 pct vs 8". Never "to" or "and": "rose 5 pct to 1,234" is a level. */
const EARLIER_PERCENT_GAP = /^[\s,]*(?:(?:up|down)\s+from|from|vs\.?|versus|against|compared with)\s*$/i
/** No share or rate in percent reaches this: a bare number past it after a percentage is something else. */
const PERCENT_CEILING = 1000

/** "increasing their vote to 14.3 pct from 11.4 in 1983": the bare number set against a percentage is a percentage too. */
const earlierPercent = (text: string, timexes: ReadonlyArray<Timex>, before: Quantity, quantity: Quantity): Quantity => {
  const date = timexes.find((t) => t.start >= before.end && t.end <= quantity.start)
  if (date !== undefined && !OWN_DATE_GAP.test(text.slice(before.end, date.start))) return quantity
  const gap = text.slice(date?.end ?? before.end, quantity.start)
  if (gap.length > 24 || !EARLIER_PERCENT_GAP.test(gap) || Math.abs(quantity.value) > PERCENT_CEILING) return quantity
  return { ...quantity, kind: "percent", unit: "percent", derivation: `${quantity.derivation}; a percentage, as '${before.text}' before it` }
}

/** A bare number in the unit of a money figure or a measure it goes with. */
export const inUnitOf = (quantity: Quantity, before: Quantity): Quantity => {
  if (quantity.kind !== "count" || (before.kind !== "money" && before.kind !== "measure")) return quantity
  if (before.kind === "measure") return inMeasureUnit(quantity, before)
  // "28 cts vs 22": in cents too
  const minor = inCurrentMinorUnit(quantity, before)
  if (minor !== quantity) return minor
  return { ...quantity, kind: "money", unit: before.unit, derivation: `${quantity.derivation}; in ${before.unit}, the unit of '${before.text}' before it` }
}
