import { describe, expect, it } from "vitest"
import { qualifiedInterval } from "../../src/quantity/qualifiers.js"
import { toBaseUnits } from "../../src/quantity/units.js"

describe("toBaseUnits", () => {
  it("converts named units and symbols to base units", () => {
    expect(toBaseUnits(2802, "kilometers")).toEqual({ value: 2_802_000, unit: "m", dimension: "length" })
    expect(toBaseUnits(12, "nautical miles")).toEqual({ value: 22_224, unit: "m", dimension: "length" })
    expect(toBaseUnits(5, "tonnes")).toEqual({ value: 5000, unit: "kg", dimension: "mass" })
    expect(toBaseUnits(38, "bcm")).toEqual({ value: 38e9, unit: "m3", dimension: "volume" })
    expect(toBaseUnits(3, "MW")).toEqual({ value: 3e6, unit: "W", dimension: "power" })
    expect(toBaseUnits(212, "°F")).toEqual({ value: 100, unit: "degC", dimension: "temperature" })
    // energy written as the oil that gives it is energy, never a mass of oil
    expect(toBaseUnits(1, "tonnes of oil equivalent")).toEqual({ value: 41.868e9, unit: "J", dimension: "energy" })
  })

  it("keeps the case of symbols and knows no unknown names", () => {
    expect(toBaseUnits(1, "G")).toBeUndefined()
    expect(toBaseUnits(1, "KM")).toEqual({ value: 1000, unit: "m", dimension: "length" })
    expect(toBaseUnits(1, "furlongs")).toBeUndefined()
  })
})

describe("qualifiedInterval", () => {
  it("builds the interval each qualifier stands for", () => {
    expect(qualifiedInterval("exact", 5)).toEqual({ low: 5, high: 5, lowInclusive: true, highInclusive: true })
    expect(qualifiedInterval("total", 5)).toEqual({ low: 5, high: 5, lowInclusive: true, highInclusive: true })
    expect(qualifiedInterval("more_than", 200)).toEqual({ low: 200, high: null, lowInclusive: false, highInclusive: false })
    expect(qualifiedInterval("at_least", 200)).toEqual({ low: 200, high: null, lowInclusive: true, highInclusive: false })
    expect(qualifiedInterval("almost", 90)).toEqual({ low: 85.5, high: 90, lowInclusive: true, highInclusive: false })
    expect(qualifiedInterval("approximate", 1500)).toEqual({ low: 1350, high: 1650, lowInclusive: true, highInclusive: true })
    expect(qualifiedInterval("less_than", 10)).toEqual({ low: null, high: 10, lowInclusive: false, highInclusive: false })
    expect(qualifiedInterval("at_most", 10)).toEqual({ low: null, high: 10, lowInclusive: false, highInclusive: true })
  })
})
