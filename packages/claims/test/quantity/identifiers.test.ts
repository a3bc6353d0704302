import { describe, expect, it } from "vitest"
import { analyze } from "../../src/nlp/analyze.js"
import { findIdentifiers, isIdentifierAt } from "../../src/quantity/identifiers.js"

const identifiersIn = (text: string) => findIdentifiers(analyze(text)).map((id) => [id.text, id.kind])

describe("findIdentifiers", () => {
  it("finds model names and codes, but not figures glued to units", () => {
    expect(identifiersIn("B-1B bombers, S-400 and P-8A, the Hwasong-14, F-35s, an A380, the G20, PS026, SU-24, COVID-19, 4G and 3D.")).toEqual([
      ["B-1B", "code"],
      ["S-400", "code"],
      ["P-8A", "code"],
      ["Hwasong-14", "code"],
      ["F-35s", "code"],
      ["A380", "code"],
      ["G20", "code"],
      ["PS026", "code"],
      ["SU-24", "code"],
      ["COVID-19", "code"],
      ["4G", "code"],
      ["3D", "code"]
    ])
    expect(identifiersIn("It cost £600m, ran 5km, came 7th, took 50p, a 300-pound bear, a 12-nautical-mile limit, at 30C.")).toEqual([])
  })

  it("finds labelled numbers and numbers that complete a name", () => {
    expect(identifiersIn("A P-8A with the tail number 168998 left No. 10 for page 12 of Article 50 on Flight 370.")).toEqual([
      ["P-8A", "code"],
      ["168998", "labelled_number"],
      ["10", "labelled_number"],
      ["12", "labelled_number"],
      ["50", "labelled_number"],
      ["370", "labelled_number"]
    ])
    expect(identifiersIn("He flew a Boeing 747 running Windows 10 after World War Two, as the FTSE 100 fell.")).toEqual([
      ["747", "proper_name_number"],
      ["10", "proper_name_number"],
      ["Two", "proper_name_number"],
      ["100", "proper_name_number"]
    ])
    // a month or weekday before a number is a date, not a name: "Sept 11", "Monday 3"
    expect(identifiersIn("Talks began on Sept 11 and ended in March 2019, on Monday 3 after a Boeing 747 landed.")).toEqual([
      ["747", "proper_name_number"]
    ])
  })

  it("tells scores, tallies and codes from ranges", () => {
    expect(identifiersIn("Chelsea won 2-0, MPs voted 52-48, the tail 10-2043, the 2017-18 season; costs of 5-6 billion.")).toEqual([
      ["2-0", "score"],
      ["52-48", "score"],
      ["10-2043", "code"],
      ["2017-18", "score"]
    ])
  })

  it("finds phone numbers, versions, street numbers, decades, clock times and slashed numbers", () => {
    expect(
      identifiersIn("Call 0800 028 9276 or (212) 555-1234 about version 2.1.3 at 10 Downing Street in the 1990s at 10pm or 14:30, 24/7.")
    ).toEqual([
      ["0800 028 9276", "phone"],
      ["(212) 555-1234", "phone"],
      ["2.1.3", "version"],
      ["10", "street_number"],
      ["1990s", "decade"],
      ["10pm", "clock_time"],
      ["14:30", "clock_time"],
      ["24/7", "slashed"]
    ])
  })

  it("does not take a capitalised sentence opener for a name", () => {
    expect(identifiersIn("Sales 30 percent higher. Some 40 firms agreed.")).toEqual([])
  })
})

describe("isIdentifierAt", () => {
  it("answers for any overlap with a sorted list", () => {
    const text = "The B-1B and the F-35 flew 300 km."
    const ids = findIdentifiers(analyze(text))
    expect(isIdentifierAt(ids, text.indexOf("1B"))).toBe(true)
    expect(isIdentifierAt(ids, text.indexOf("F-35"), text.indexOf("F-35") + 4)).toBe(true)
    expect(isIdentifierAt(ids, text.indexOf("300"), text.indexOf("300") + 3)).toBe(false)
    expect(isIdentifierAt(ids, 0, text.length)).toBe(true)
    expect(isIdentifierAt([], 0, 10)).toBe(false)
  })
})
