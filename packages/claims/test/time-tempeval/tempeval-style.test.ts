import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { analyze } from "../../src/nlp/analyze.js"
import { findTimexes } from "../../src/time/find-timexes.js"
import { alignDocument, errorLines, formatScores, type ScoredTimex, scoreAlignments, showTimex as show } from "../../bench/time/tempeval-score.js"
import { decodeReferenceDate } from "../../src/time/reference-day.js"

/** One TimeBank-style document of fixtures/timebank-style (built from annotated.txt by build-gold.mjs). */
interface GoldDocument {
  readonly file: string
  readonly dct: string
  readonly timexes: ReadonlyArray<ScoredTimex>
}

const FIXTURES = new URL("../../../../fixtures/timebank-style/", import.meta.url)
const gold = JSON.parse(readFileSync(new URL("gold.json", FIXTURES), "utf8")) as ReadonlyArray<GoldDocument>
const textOf = (doc: GoldDocument) => readFileSync(new URL(`docs/${doc.file}`, FIXTURES), "utf8")

/** Just under the value F1 measured when this evaluation was written, so a regression fails. */
const VALUE_F1_FLOOR = 0.85

/** TIMEX3 value shapes TimeML allows (dates, weeks, seasons, quarters, fiscal years, times, refs, durations). */
const TIMEX3_VALUE =
  /^(?:PRESENT_REF|PAST_REF|FUTURE_REF|FY\d{4}|P(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|DE|CE|Q)|PT(?:\d+|X)(?:H|M|S)|(?:\d{2,4}|XXXX)(?:-(?:\d{2}|XX|W\d{2}|WXX|Q\d|H\d|SP|SU|FA|WI)(?:-(?:\d{1,2}|XX|WE))?)?(?:T(?:\d{2}:\d{2}|MO|AF|EV|NI))?)$/
const TYPES = new Set(["DATE", "TIME", "DURATION", "SET"])
const MODS = new Set(["START", "MID", "END", "APPROX", "MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS", "BEFORE", "AFTER"])

describe("TempEval-3-style evaluation on TimeBank-style newswire (fixtures/timebank-style)", () => {
  it("has well-formed gold: exact offsets, TIMEX3 types, values and mods, no overlaps", () => {
    expect(gold.length).toBeGreaterThanOrEqual(25)
    for (const doc of gold) {
      const text = textOf(doc)
      expect(doc.dct).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      doc.timexes.forEach((t, i) => {
        expect(text.slice(t.start, t.end), doc.file).toBe(t.text)
        expect(TYPES.has(t.type), `${doc.file} ${show(t)}`).toBe(true)
        expect(t.value, `${doc.file} ${show(t)}`).toMatch(TIMEX3_VALUE)
        if (t.mod !== undefined) expect(MODS.has(t.mod), `${doc.file} ${show(t)}`).toBe(true)
        const next = doc.timexes[i + 1]
        if (next !== undefined) expect(t.end, `${doc.file} ${show(t)} overlaps ${show(next)}`).toBeLessThanOrEqual(next.start)
      })
    }
  })

  it("reaches the measured value F1 (relaxed span F1 × value accuracy)", () => {
    const errors: Array<string> = []
    const alignments = gold.map((doc) => {
      const text = textOf(doc)
      const found = findTimexes(analyze(text), decodeReferenceDate({ date: doc.dct, basis: "metadata", why: "DCT" }))
      const alignment = alignDocument(doc.timexes, found)
      errors.push(...errorLines(doc, text, alignment))
      return alignment
    })
    const s = scoreAlignments(alignments)
    console.log(
      [formatScores(`TempEval-3-style scores: ${gold.length} documents`, s), ...(process.env["TEMPEVAL_ERRORS"] === "1" ? ["", ...errors] : [])].join("\n")
    )
    expect(s.valueF1).toBeGreaterThanOrEqual(VALUE_F1_FLOOR)
  })
})
