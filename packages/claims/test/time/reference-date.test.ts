import { describe, expect, it } from "vitest"
import { analyze } from "../../src/nlp/analyze.js"
import { matchTimexes } from "../../src/time/find-timexes.js"
import { resolveReferenceDate } from "../../src/time/reference-date.js"
import { encodeReferenceDate } from "../../src/time/reference-day.js"

const reference = (text: string, published?: string) =>
  resolveReferenceDate({ matches: matchTimexes(analyze(text)), ...(published === undefined ? {} : { published }) })
/** The reference date as the store and the JSON outputs write it. */
const resolve = (text: string, published?: string) => encodeReferenceDate(reference(text, published))

describe("resolveReferenceDate", () => {
  it("takes the published date from metadata", () => {
    expect(resolve("Talks resumed on Friday.", "2018-06-09")).toEqual({ date: "2018-06-09", basis: "metadata", why: "published date from the corpus metadata" })
    expect(resolve("Talks resumed on Friday.", "2018-06-09T22:15:00-04:00").date).toBe("2018-06-09")
    expect(resolve("Talks resumed on Friday.", "Tue, 14 May 2024 10:00:00 GMT").date).toBe("2024-05-14")
  })

  it("ignores unreadable metadata and falls back on the text", () => {
    expect(resolve("Talks resumed on Friday.", "sometime").basis).toBe("unknown")
  })

  it("prefers a full date whose weekday agrees with it", () => {
    const ref = resolve(
      "Officials met on March 3, 2024. The summit will be held on Thursday and Friday (May 16 and 17, 2024) in Beijing. It follows talks in 2023."
    )
    expect(ref.date).toBe("2024-05-16")
    expect(ref.basis).toBe("inferred")
    expect(ref.why).toBe("weekday–date agreement 'Thursday and Friday (May 16'")
    expect(resolve("On Thursday, May 16, 2024, the leaders met.").why).toBe("weekday–date agreement 'Thursday, May 16, 2024'")
  })

  it("does not accept a weekday that disagrees", () => {
    const ref = resolve("On Friday, May 16, 2024, the leaders met.")
    expect(ref.why).toBe("latest explicit full date 'Friday, May 16, 2024'")
  })

  it("falls back on the latest full date outside future-tense sentences, then the latest year", () => {
    expect(resolve("The deal was signed on June 9, 2018. It was first proposed on 3 March 2017. A review will follow on January 5, 2020.")).toMatchObject({
      date: "2018-06-09",
      basis: "inferred"
    })
    expect(resolve("Sales rose in 2013, after a slump in 2009. The firm will expand by 2030.")).toEqual({
      date: "2013",
      basis: "inferred",
      why: "latest explicit year '2013' (year only, and a lower bound: the text may be later)"
    })
  })

  it("knows a year inferred alone as a year, not as a day", () => {
    expect(reference("Sales rose in 2013.")).toMatchObject({ _tag: "Year", year: 2013 })
    expect(reference("The deal was signed on June 9, 2018.")).toMatchObject({ _tag: "Day", day: "2018-06-09", basis: "inferred" })
  })

  it("refuses a published day that does not exist", () => {
    expect(resolve("Talks resumed on Friday.", "2023-02-30").basis).toBe("unknown")
  })

  it("says unknown rather than guess", () => {
    expect(resolve("Talks resumed on Friday, officials said.")).toMatchObject({ date: null, basis: "unknown" })
  })
})
