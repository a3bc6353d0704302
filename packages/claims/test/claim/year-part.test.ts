import { describe, expect, it } from "vitest"
import { yearPart } from "../../src/claim/year-part.js"
import type { Timex } from "../../src/model/time.js"

/** The duration and the year of "<phrase> of <year>" as the time tagger gives them. */
const timexes = (text: string, durationText: string, months: number): readonly [Timex, Timex] => {
  const start = text.indexOf(durationText)
  const yearStart = text.search(/\d{4}/)
  const year = text.slice(yearStart, yearStart + 4)
  return [
    { id: "t1", start, end: start + durationText.length, text: durationText, type: "DURATION", value: `P${months}M`, derivation: "" },
    { id: "t2", start: yearStart, end: yearStart + 4, text: year, type: "DATE", value: year, derivation: "" }
  ]
}

describe("yearPart", () => {
  it("reads the first or last months of a year", () => {
    const first = "In the first four months of 2024, trade fell."
    expect(yearPart(first, ...timexes(first, "the first four months", 4))).toEqual({ first: "2024-01", last: "2024-04" })
    const last = "In the last three months of 2020 sales rose."
    expect(yearPart(last, ...timexes(last, "the last three months", 3))).toEqual({ first: "2020-10", last: "2020-12" })
  })

  it("reads nothing from a duration that is not part of the year", () => {
    const apart = "For four months, in 2024, trade fell."
    expect(yearPart(apart, ...timexes(apart, "four months", 4))).toBeUndefined()
    const whole = "In the first 12 months of 2024, trade fell."
    expect(yearPart(whole, ...timexes(whole, "the first 12 months", 12))).toBeUndefined()
  })
})
