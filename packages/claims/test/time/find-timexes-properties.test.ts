import { Schema } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { ReferenceDate, Timex } from "../../src/model/time.js"
import { analyze } from "../../src/nlp/analyze.js"
import { findTimexes, matchTimexes } from "../../src/time/find-timexes.js"
import { resolveReferenceDate } from "../../src/time/reference-date.js"
import { decodeReferenceDate, encodeReferenceDate } from "../../src/time/reference-day.js"

const decodeTimex = Schema.decodeUnknownSync(Timex)
const decodeReference = Schema.decodeUnknownSync(ReferenceDate)

/** Words that make rules fire, so random texts reach the resolvers and not only the patterns. */
const TIME_WORDS = [
  "June", "9", "9th", "10", "2018", "2016's", "May", "last", "next", "this", "week", "year", "month", "Friday", "summer",
  "fall", "ago", "two", "a", "the", "of", "in", "between", "and", "to", "-", "–", "from", "early", "mid-", "late",
  "fourth", "quarter", "Q3", "half", "1990s", "'80s", "19th", "century", "every", "twice", "per", "annually", "hours",
  "more", "than", "10", "a.m.", "14:00", "GMT", "at", "on", "yesterday", "tomorrow", "evening", "now", "recently",
  "6/9/2018", "2018-06-09", "31", "February", "30", "will", "said", ",", ".", "(", ")", "$10", "3-1", "B-1B", "weekend"
]
const newsLike = fc.array(fc.constantFrom(...TIME_WORDS), { maxLength: 40 }).map((words) => words.join(" "))
const anyText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: "grapheme", maxLength: 120 }), newsLike)
const reference = fc.oneof(
  fc.constant(null),
  fc.constant("2016"),
  fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))
)

describe("findTimexes on any text (properties)", () => {
  it("never throws, emits timexes that decode, slice exactly, are in text order and link ranges both ways", () => {
    fc.assert(
      fc.property(anyText, reference, (text, date) => {
        const timexes = findTimexes(analyze(text), decodeReferenceDate({ date, basis: date === null ? "unknown" : "metadata", why: "property" }))
        const ids = new Map(timexes.map((t) => [t.id, t]))
        timexes.forEach((t, i) => {
          expect(decodeTimex(t)).toEqual(t)
          expect(t.id).toBe(`t${i + 1}`)
          expect(text.slice(t.start, t.end)).toBe(t.text)
          expect(t.end).toBeGreaterThan(t.start)
          if (i > 0) expect(t.start).toBeGreaterThanOrEqual(timexes[i - 1]!.end)
          if (t.range !== undefined) expect(ids.get(t.range.other)?.range?.other).toBe(t.id)
        })
      }),
      { numRuns: 400 }
    )
  })

  it("resolves a reference date that decodes, for any text", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const resolved = resolveReferenceDate({ matches: matchTimexes(analyze(text)) })
        expect(decodeReference(encodeReferenceDate(resolved))).toEqual(resolved)
      }),
      { numRuns: 200 }
    )
  })
})
