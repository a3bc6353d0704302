import { describe, expect, it } from "@effect/vitest"
import { compareEvents } from "../../src/compare/compare-events.js"
import { claim } from "./claim-builders.js"
import { CHINA, PUTIN, visit2018Planned, visit2018Reported } from "./seed-claims.js"

const visit = (id: string, start: string, end?: string, modality: "reported" | "negated" = "reported") =>
  claim({ id, article: id, kind: "event", predicate: "event.visit", subjects: [PUTIN], place: CHINA, time: [start, end], modality, quote: "visit" })

describe("compareEvents", () => {
  it("finds the seed visit's start dates a day apart", () => {
    expect(compareEvents(visit2018Planned, visit2018Reported)).toMatchObject({ verdict: "differ", detail: "start dates differ by 1 day" })
  })

  it("reads identical dates as the same occurrence", () => {
    expect(compareEvents(visit("a", "2018-06-09", "2018-06-10"), visit("b", "2018-06-09", "2018-06-10")).verdict).toBe("same")
  })

  it("accepts a coarser date containing a finer one, and an arrival day matching a stay's start", () => {
    expect(compareEvents(visit("a", "2018-06"), visit("b", "2018-06-09")).verdict).toBe("consistent")
    expect(compareEvents(visit("a", "2017-07-03", "2017-07-04"), visit("b", "2017-07-03")).verdict).toBe("consistent")
  })

  it("compares an arrival day with a stay by its start only", () => {
    expect(compareEvents(visit("a", "2018-06-08"), visit("b", "2018-06-09", "2018-06-10"))).toMatchObject({ verdict: "differ", detail: "start dates differ by 1 day" })
    expect(compareEvents(visit("a", "2023-03-21"), visit("b", "2023-03-20", "2023-03-22"))).toMatchObject({ verdict: "differ", detail: "start dates differ by 1 day" })
    expect(compareEvents(visit("a", "2018-06-12"), visit("b", "2018-06-09", "2018-06-10"))).toMatchObject({ detail: "one date lies 2 days after the other's end date" })
    expect(compareEvents(visit("a", "2018-06-08"), visit("b", "2018-06-09"))).toMatchObject({ detail: "dates differ by 1 day" })
  })

  it("treats dates weeks apart as different events, not a contradiction", () => {
    expect(compareEvents(visit("a", "2018-06-09"), visit("b", "2018-07-20")).verdict).toBe("unrelated")
  })

  it("weighs end dates too, and a denial most of all", () => {
    const ends = compareEvents(visit("a", "2018-06-09", "2018-06-10"), visit("b", "2018-06-09", "2018-06-12"))
    expect(ends).toMatchObject({ verdict: "differ", detail: "end dates differ by 2 days" })
    const denial = compareEvents(visit("a", "2018-06-09"), visit("b", "2018-06-09", undefined, "negated"))
    expect(denial).toMatchObject({ verdict: "differ", magnitude: 1 })
    if (ends.verdict === "differ" && denial.verdict === "differ") expect(ends.magnitude).toBeLessThan(denial.magnitude)
  })

  it("reads two denials as confirming no event", () => {
    expect(compareEvents(visit("a", "2018-06-09", undefined, "negated"), visit("b", "2018-06-09", undefined, "negated")).verdict).toBe("unrelated")
  })
})
