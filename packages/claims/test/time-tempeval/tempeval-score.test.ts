import { describe, expect, it } from "vitest"
import { alignDocument, type ScoredTimex, scoreAlignments } from "../../bench/time/tempeval-score.js"

const timex = (text: string, start: number, type: string, value: string): ScoredTimex => ({ text, start, end: start + text.length, type, value })

describe("TempEval-3 scoring", () => {
  it("pairs overlapping spans one-to-one and counts the rest as missed and spurious", () => {
    const gold = [timex("late Tuesday", 10, "DATE", "1998-02-10"), timex("a year earlier", 40, "DATE", "1997"), timex("now", 70, "DATE", "PRESENT_REF")]
    const system = [timex("Tuesday", 15, "DATE", "1998-02-10"), timex("a year", 40, "DURATION", "P1Y"), timex("the 20s", 90, "DATE", "192")]
    const alignment = alignDocument(gold, system)
    expect(alignment.pairs.map((p) => [p.gold.text, p.system.text])).toEqual([
      ["late Tuesday", "Tuesday"],
      ["a year earlier", "a year"]
    ])
    expect(alignment.missed.map((t) => t.text)).toEqual(["now"])
    expect(alignment.spurious.map((t) => t.text)).toEqual(["the 20s"])

    const s = scoreAlignments([alignment])
    expect(s.relaxed).toEqual({ p: 2 / 3, r: 2 / 3, f1: 2 / 3 })
    expect(s.strict.f1).toBe(0)
    expect(s.typeAccuracy).toBe(0.5)
    expect(s.valueAccuracy).toBe(0.5)
    expect(s.valueF1).toBeCloseTo(1 / 3)
  })

  it("gives one system span to only one of two gold spans it overlaps, the larger overlap first", () => {
    const gold = [timex("Tue", 0, "DATE", "1998-02-10"), timex("10 a.m.", 7, "TIME", "1998-02-10T10:00")]
    const system = [timex("Tue at 10 a.m.", 0, "TIME", "1998-02-10T10:00")]
    const alignment = alignDocument(gold, system)
    expect(alignment.pairs.map((p) => p.gold.text)).toEqual(["10 a.m."])
    expect(alignment.missed.map((t) => t.text)).toEqual(["Tue"])
  })
})
