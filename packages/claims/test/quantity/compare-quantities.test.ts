import { describe, expect, it } from "vitest"
import type { ValueInterval } from "../../src/model/quantity.js"
import { agrees, compareQuantities, intervalsOverlap, toleranceInterval } from "../../src/quantity/compare-quantities.js"
import { quantitiesIn } from "./quantity-helpers.js"

/** The single quantity read from a phrase, as the finder reads it. */
const figure = (phrase: string) => {
  const qs = quantitiesIn(phrase)
  if (qs.length !== 1) throw new Error(`'${phrase}' read as ${qs.length} quantities`)
  return qs[0]!
}

const interval = (low: number | null, high: number | null, lowInclusive = true, highInclusive = true): ValueInterval => ({
  low,
  high,
  lowInclusive,
  highInclusive
})

describe("intervalsOverlap", () => {
  it("honours open and closed ends and unbounded sides", () => {
    expect(intervalsOverlap(interval(1, 2), interval(2, 3))).toBe(true)
    expect(intervalsOverlap(interval(1, 2, true, false), interval(2, 3))).toBe(false)
    expect(intervalsOverlap(interval(1, 2), interval(2, 3, false, true))).toBe(false)
    expect(intervalsOverlap(interval(null, 5), interval(4, null))).toBe(true)
    expect(intervalsOverlap(interval(null, 5), interval(6, null))).toBe(false)
    expect(intervalsOverlap(interval(6, null), interval(null, 5))).toBe(false)
  })

  it("widens by half the precision at finite bounds only", () => {
    expect(toleranceInterval(interval(24.5e9, 24.5e9), 1e8)).toEqual(interval(24.45e9, 24.55e9))
    expect(toleranceInterval(interval(200, null, false, false), 10)).toEqual(interval(195, null, true, true))
  })
})

describe("compareQuantities", () => {
  it("'more than US$200 billion' agrees with $240 billion and contradicts $190 billion", () => {
    const moreThan = figure("Trade reached more than US$200 billion.")
    expect(compareQuantities(moreThan, figure("Trade reached $240 billion."))).toBe("agree")
    expect(compareQuantities(moreThan, figure("Trade reached $190 billion."))).toBe("contradict")
  })

  it("allows for the precision a figure was written with", () => {
    expect(agrees(figure("It reached $24.5 billion."), figure("It reached $24.47 billion."))).toBe(true)
    expect(agrees(figure("It reached $24.5 billion."), figure("It reached $24.7 billion."))).toBe(false)
    expect(agrees(figure("It paid almost 90 billion yuan."), figure("It paid 89.6 billion yuan."))).toBe(true)
    expect(agrees(figure("It paid almost 90 billion yuan."), figure("It paid 92 billion yuan."))).toBe(false)
  })

  it("compares across units through base units and restatements", () => {
    expect(compareQuantities(figure("It flew 2,802 km."), figure("It flew 1,741 miles."))).toBe("agree")
    expect(compareQuantities(figure("It flew 2,802 km."), figure("It flew 1,900 miles."))).toBe("contradict")
    const dollars = figure("Profit was $1.13bn (£600m).")
    expect(compareQuantities(dollars, figure("Profit was £600m."))).toBe("agree")
    expect(compareQuantities(figure("Profit was £700m."), dollars)).toBe("contradict")
  })

  it("does not compare different kinds, currencies or units", () => {
    expect(compareQuantities(figure("It rose 5%."), figure("It rose 5 percentage points."))).toBe("incomparable")
    expect(compareQuantities(figure("It cost $5bn."), figure("It cost 5bn euros."))).toBe("incomparable")
    expect(compareQuantities(figure("He signed 30 deals."), figure("It cost $30."))).toBe("incomparable")
    expect(compareQuantities(figure("It carries 38 bcm."), figure("It carries 38 bcm a year."))).toBe("incomparable")
  })
})
