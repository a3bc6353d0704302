import fc from "fast-check"
import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { Quantity } from "../../src/model/quantity.js"
import type { Timex } from "../../src/model/time.js"
import { analyze } from "../../src/nlp/analyze.js"
import { findQuantities } from "../../src/quantity/find-quantities.js"

const decodeQuantity = Schema.decodeUnknownSync(Quantity)

/** Pieces of figures and their surroundings, so generated texts exercise the grammar, not just fail to match it. */
const pieces = [
  "$", "US$", "£", "€", "5", "1,741", "24.5", "0", "2017", "bn", "m", "mln", "billion", "dlrs", "euros", "pounds",
  "%", "percent", "per cent", "pct", "percentage points", "more than", "almost", "about", "up to", "between", "and",
  "to", "-", "–", "(", ")", "[", "]", "km", "miles", "tons", "barrels", "a day", "a year", "third", "7th", "a dozen",
  "dozens of", "several", "two", "thirty", "-", "one in", "B-1B", "No.", "won", "2-0", "people", "deals", ".", ",",
  "\n", "weighed", "half", "a", "of", "or so", "°C", "sq", "/", "'", "x"
]
const newsy = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).chain((words) =>
  fc.array(fc.constantFrom(" ", "", "  "), { minLength: words.length, maxLength: words.length }).map((gaps) =>
    words.map((w, k) => w + gaps[k]).join("")
  )
)
const texts = fc.oneof(newsy, fc.string({ maxLength: 200 }), fc.string({ unit: "grapheme", maxLength: 80 }))

/** Random time expressions over the text, possibly overlapping or nested (ranges, coordinated dates). */
const withTimexes = texts.chain((text) =>
  fc
    .array(fc.tuple(fc.nat({ max: text.length }), fc.nat({ max: text.length })), { maxLength: 4 })
    .map((pairs): [string, ReadonlyArray<Timex>] => [
      text,
      pairs.map(([a, b], k) => {
        const [start, end] = a <= b ? [a, b] : [b, a]
        return { id: `t${k + 1}`, start, end, text: text.slice(start, end), type: "DATE", value: "XXXX", derivation: "generated" }
      })
    ])
)

describe("findQuantities properties", () => {
  it("never throws, decodes with the Quantity schema, slices to its text, and keeps ids in text order", () => {
    fc.assert(
      fc.property(withTimexes, ([text, timexes]) => {
        const qs = findQuantities(analyze(text), timexes)
        qs.forEach((q, k) => {
          expect(decodeQuantity(q)).toEqual(q)
          expect(text.slice(q.start, q.end)).toBe(q.text)
          for (const e of q.equivalents) expect(text.slice(e.start, e.end)).toBe(e.text)
          expect(q.id).toBe(`q${k + 1}`)
          const previous = qs[k - 1]
          if (previous !== undefined) expect(q.start).toBeGreaterThanOrEqual(previous.end)
          for (const t of timexes) expect(q.start < t.end && t.start < q.end).toBe(false)
        })
      }),
      { numRuns: 300 }
    )
  })

  it("keeps every exact or approximate value inside its interval", () => {
    fc.assert(
      fc.property(newsy, (text) => {
        for (const q of findQuantities(analyze(text), [])) {
          if (q.qualifier !== "exact" && q.qualifier !== "approximate" && q.qualifier !== "total") continue
          expect(q.interval.low).not.toBeNull()
          expect(q.interval.high).not.toBeNull()
          expect(q.value).toBeGreaterThanOrEqual(q.interval.low!)
          expect(q.value).toBeLessThanOrEqual(q.interval.high!)
          expect(q.precision).toBeGreaterThanOrEqual(0)
        }
      }),
      { numRuns: 300 }
    )
  })
})
