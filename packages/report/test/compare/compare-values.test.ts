import { describe, expect, it } from "@effect/vitest"
import * as fc from "fast-check"
import { compareValues } from "../../src/compare/compare-values.js"
import { quantity, type QuantitySpec } from "./claim-builders.js"

const as = (spec: QuantitySpec, flipped = false) => ({ value: quantity(spec), flipped })
const verdict = (a: QuantitySpec, b: QuantitySpec) => compareValues(as(a), as(b)).verdict

const moreThan200bn: QuantitySpec = { text: "more than US$200 billion", value: 200e9, unit: "USD", precision: 1e9, qualifier: "more_than" }
const usd = (text: string, value: number, precision: number): QuantitySpec => ({ text, value, unit: "USD", precision })

describe("compareValues", () => {
  it("reads 'more than' as an open interval", () => {
    expect(verdict(moreThan200bn, usd("$240 billion", 240e9, 1e9))).toBe("agree")
    expect(verdict(moreThan200bn, usd("$190 billion", 190e9, 1e9))).toBe("differ")
  })

  it("never compares figures more than ten times apart: they are different facts", () => {
    expect(verdict(usd("$250", 250, 1), usd("about $200m", 200e6, 1e6))).toBe("incomparable")
    expect(verdict(usd("$1bn", 1e9, 1e9), usd("$10bn", 10e9, 1e9))).toBe("differ")
    expect(verdict(moreThan200bn, usd("$3 trillion", 3e12, 1e12))).toBe("incomparable")
  })

  it("compares rounded figures at their precision", () => {
    expect(verdict(usd("$24.5 billion", 24.5e9, 1e8), usd("24.47 billion", 24.47e9, 1e7))).toBe("agree")
    expect(verdict(usd("$24.5 billion", 24.5e9, 1e8), usd("$24.6 billion", 24.6e9, 1e8))).toBe("differ")
    const percent = (text: string, value: number): QuantitySpec => ({ text, value, unit: "percent", kind: "percent", precision: 0.1 })
    expect(verdict(percent("1.8%", 1.8), percent("1.9%", 1.9))).toBe("differ")
    expect(verdict(percent("1.8%", 1.8), percent("1.84%", 1.84))).toBe("agree")
    // Rounded half up: "20.0 mln" average shares is 19,950,000 (reuters-20497 and reuters-20728).
    const shares = (text: string, value: number, precision: number): QuantitySpec => ({ text, value, unit: "item", kind: "count", precision })
    expect(verdict(shares("20.0 mln", 20e6, 1e5), shares("19,950,000", 19_950_000, 1))).toBe("agree")
    expect(verdict(shares("20.0 mln", 20e6, 1e5), shares("20,150,000", 20_150_000, 1))).toBe("differ")
    expect(verdict({ ...usd("loss of 20.0 mln", -20e6, 1e5) }, usd("loss of 19,950,000", -19_950_000, 1))).toBe("agree")
  })

  it("reads 'almost' as just under the figure", () => {
    const almost90: QuantitySpec = { text: "almost 90 billion", value: 90e9, unit: "USD", precision: 1e9, qualifier: "almost" }
    expect(verdict(almost90, usd("89.6 billion", 89.6e9, 1e8))).toBe("agree")
    expect(verdict(almost90, usd("92 billion", 92e9, 1e9))).toBe("differ")
  })

  it("compares measures in base units: 2,802 km is 1,741 miles", () => {
    const km: QuantitySpec = { text: "2,802 kilometers", value: 2_802_000, unit: "m", kind: "measure", dimension: "length", precision: 1000 }
    const miles: QuantitySpec = { text: "1,741 miles", value: 1741 * 1609.344, unit: "m", kind: "measure", dimension: "length", precision: 1609.344 }
    const far: QuantitySpec = { text: "2,500 km", value: 2_500_000, unit: "m", kind: "measure", dimension: "length", precision: 1000 }
    expect(verdict(km, miles)).toBe("agree")
    expect(verdict(far, miles)).toBe("differ")
  })

  it("keeps whole counts exact: 30 deals is not 31", () => {
    const count = (text: string, value: number): QuantitySpec => ({ text, value, unit: "item", kind: "count", precision: 1 })
    expect(verdict(count("30", 30), count("31", 31))).toBe("differ")
    expect(verdict(count("30", 30), count("thirty", 30))).toBe("agree")
  })

  it("never converts currencies without a stated equivalent", () => {
    const rub: QuantitySpec = { text: "100 billion rubles", value: 100e9, unit: "RUB", precision: 1e9 }
    expect(compareValues(as(rub), as(usd("$1.5 billion", 1.5e9, 1e8)))).toMatchObject({ verdict: "incomparable" })
    const withEquivalent = { ...rub, equivalents: [{ start: 0, end: 12, text: "$1.5 billion", value: 1.5e9, unit: "USD" }] }
    expect(verdict(withEquivalent, usd("$1.5 billion", 1.5e9, 1e8))).toBe("agree")
    expect(verdict(usd("$2 billion", 2e9, 1e9), withEquivalent)).toBe("differ")
  })

  it("flips the sign of a reordered balance", () => {
    const surplus: QuantitySpec = { text: "$10 billion", value: 10e9, unit: "USD", precision: 1e9 }
    expect(compareValues(as(surplus), as(surplus, true)).verdict).toBe("differ")
    expect(compareValues(as(surplus, true), as({ ...surplus, value: -10e9 })).verdict).toBe("agree")
  })

  it("is symmetric", () => {
    const figure = fc.record({
      value: fc.double({ min: 1, max: 1e12, noNaN: true }),
      precision: fc.constantFrom(1, 1e3, 1e6, 1e9),
      qualifier: fc.constantFrom("exact", "more_than", "less_than", "almost", "approximate", "at_least", "at_most" as const)
    })
    fc.assert(
      fc.property(figure, figure, (x, y) => {
        const a = { text: "a", unit: "USD", ...x }
        const b = { text: "b", unit: "USD", ...y }
        expect(verdict(a, b)).toBe(verdict(b, a))
      })
    )
  })
})
