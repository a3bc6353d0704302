import { describe, expect, it } from "vitest"
import { cleanArticle } from "../../src/clean/clean-article.js"
import { extractArticle } from "../../src/extract-article.js"
import type { Claim } from "../../src/model/claim.js"
import { decodeIsoDay } from "../../src/time/iso-day.js"
import { matcher } from "../claim/extract-text.js"

/** A wire story as the Reuters corpus gives it: the headline apart, the table and its notes as the body. */
const wire = (title: string, body: ReadonlyArray<string>, published: string): ReadonlyArray<Claim> =>
  extractArticle(
    cleanArticle({ id: "wire", path: "wire", format: "text", metadata: { published: decodeIsoDay(published)!, title }, text: [...body, " Reuter", ""].join("\n"), contentHash: "" }),
    { matcher }
  ).claims

/** The notes' figures: value, period, whether it is the prior one, holder, what is unresolved. */
const notes = (claims: ReadonlyArray<Claim>) =>
  claims
    .filter((c) => c.figure?.measure === "extraordinary_item")
    .map((c) => [c.value?.value, c.figure!.period?.value, c.figure!.period?.prior, c.figure!.holder, c.figure!.unresolved])

const quarterAndNine = ["Shr 31 cts vs 27 cts", "    Net 612,000 vs 540,000", "    Nine mths", "    Shr 88 cts vs 80 cts", "    Net 1,740,000 vs 1,590,000"]
const H = "org:brook-valley-mills~bvm"

describe("results table notes", () => {
  it("reads the amounts a note says the rows include as extraordinary items of the periods it names, respectively, per-share figures with their amount", () => {
    const claims = wire(
      "BROOK VALLEY MILLS INC <BVM> 3RD QTR NET",
      [...quarterAndNine, "    NOTE: 1987 and 1986 nine mths includes a gain on sale", "of a warehouse of 415,300 dlrs or 21 cts a share and 102,750 dlrs,", "respectively."],
      "1987-10-22"
    )
    expect(notes(claims)).toEqual([
      [415300, "1987-01/1987-09", false, H, []],
      [0.21, "1987-01/1987-09", false, H, []],
      [102750, "1986-01/1986-09", false, H, []]
    ])
    // "nine" in the note's "nine mths" is no count of anything.
    expect(claims.some((c) => c.value?.value === 9)).toBe(false)
  })

  it("a loss a note names is negative, per share too; a loan loss provision is no loss", () => {
    const claims = wire(
      "BROOK VALLEY MILLS INC <BVM> 3RD QTR NET",
      [...quarterAndNine, "    NOTE: 1986 earnings exclude loss from discontinued operations of", "319,055 dlrs, or 16 cts a share in the quarter and 906,962", "dlrs, or 46 cts a share for the nine months"],
      "1987-10-22"
    )
    expect(notes(claims)).toEqual([
      [-319055, "1986-Q3", false, H, []],
      [-0.16, "1986-Q3", false, H, []],
      [-906962, "1986-01/1986-09", false, H, []],
      [-0.46, "1986-01/1986-09", false, H, []]
    ])
  })

  it("each amount of a note is of the last item named before it after the note's verb, which heads its phrase; a loss is negative", () => {
    const items = (claims: ReadonlyArray<Claim>) => claims.filter((c) => c.figure?.measure === "extraordinary_item").map((c) => [c.figure!.item, c.value?.value])
    const claims = wire(
      "BROOK VALLEY MILLS INC <BVM> 3RD QTR NET",
      [...quarterAndNine, "    Latest qtr and nine mths includes tax loss carryforwards of", "771,000 dlrs and 1,042,000 dlrs, respectively, and a loss of", "613,000 dlrs for discontinued operation."],
      "1987-10-22"
    )
    expect(items(claims)).toEqual([["tax loss carryforward", 771000], ["tax loss carryforward", 1042000], ["loss", -613000]])
    const charge = wire("BROOK VALLEY MILLS INC <BVM> 3RD QTR NET", [...quarterAndNine, "    Net loss for 3rd qtr 1987 includes charge for restructuring of 2.6 mln dlrs."], "1987-10-22")
    expect(items(charge)).toEqual([["charge", 2.6e6]])
    const mixed = wire(
      "BROOK VALLEY MILLS INC <BVM> 3RD QTR NET",
      [...quarterAndNine, "    NOTE: 1987 nine mths net includes a loss of 290,000 dlrs on", "sale of securities and a charge of 32,713 dlrs for write-off of reserves, and a gain from", "utilization of tax loss carryforwards of 125,000 dlrs."],
      "1987-10-22"
    )
    expect(items(mixed)).toEqual([["loss", -290000], ["charge", 32713], ["gain", 125000]])
  })

  it("tax loss carryforwards that name the gains they qualify are that item; a gain from them is a gain", () => {
    const items = (lines: ReadonlyArray<string>) =>
      wire("BROOK VALLEY MILLS INC <BVM> 3RD QTR NET", [...quarterAndNine, ...lines], "1987-10-22").filter((c) => c.figure?.measure === "extraordinary_item").map((c) => [c.figure!.item, c.value?.value])
    expect(items(["    Prior qtr figures include operating loss carryforward gains of 105,000 dlrs."])).toEqual([["tax loss carryforward", 105000]])
    expect(items(["    Earnings exclude a gain from utilization of tax loss carryforwards of 978,000 dlrs in the quarter."])).toEqual([["gain", 978000]])
    expect(items(["    1986 net excludes tax loss carryforwards of 105,000 dlrs in quarter."])).toEqual([["tax loss carryforward", 105000]])
    expect(items(["    Note: Current qtr figures include tax loss carryforward", "credit of 194,000 dlrs vs credit of 197,000 dlrs."])).toEqual([["tax loss carryforward", 194000], ["tax loss carryforward", 197000]])
  })

  it("an amount after 'vs' takes the item named right before it", () => {
    const claims = wire(
      "BROOK VALLEY MILLS INC <BVM> 3RD QTR NET",
      [...quarterAndNine, "    Net includes securities sales loss 90,000 dlrs pretax vs gain 46,000 dlrs in quarter."],
      "1987-10-22"
    )
    expect(notes(claims)).toEqual([
      [-90000, "1987-Q3", false, H, []],
      [46000, "1986-Q3", true, H, []]
    ])
  })

  it("takes the period written after each amount, 'vs' giving the year-ago one", () => {
    const claims = wire(
      "BROOK VALLEY MILLS INC <BVM> 3RD QTR NET",
      [...quarterAndNine, "    Net includes loan loss provisions of 71,000 dlrs vs 45,000 dlrs in", "quarter and 190,000 dlrs vs 122,000 dlrs in nine mths."],
      "1987-10-22"
    )
    expect(notes(claims)).toEqual([
      [71000, "1987-Q3", false, H, []],
      [45000, "1986-Q3", true, H, []],
      [190000, "1987-01/1987-09", false, H, []],
      [122000, "1986-01/1986-09", true, H, []]
    ])
  })

  it("a year-ago amount after 'vs' that names no period but a year back is of the period of the amount it is set against", () => {
    const claims = wire(
      "BROOK VALLEY MILLS INC <BVM> 3RD QTR NET",
      [...quarterAndNine, "    Figures include extraordinary credit from tax benefit of", "42,000 dlrs in quarter vs 23,000 a year earlier and 142,000 for nine mths vs 56,000 year earlier."],
      "1987-10-22"
    )
    expect(notes(claims)).toContainEqual([23000, "1986-Q3", true, H, []])
  })

  it("reads 'to third quarter net', 'to nine months net' and 'in the respective 1986 periods'", () => {
    const claims = wire(
      "BROOK VALLEY MILLS INC <BVM> 3RD QTR NET",
      [...quarterAndNine, "    NOTE: 1987 tax credits added six cts to third quarter net", "and 19 cts to nine months net compared with credits of four cts", "and 11 cts in the respective 1986 periods."],
      "1987-10-22"
    )
    expect(notes(claims)).toEqual([
      [0.06, "1987-Q3", false, H, []],
      [0.19, "1987-01/1987-09", false, H, []],
      [0.04, "1986-Q3", false, H, []],
      [0.11, "1986-01/1986-09", false, H, []]
    ])
  })

  it("a year after the amount that does not follow 'in' names no period; a note naming no item is not read", () => {
    const yearTable = ["Shr 1.12 dlrs vs 94 cts", "    Net 4,410,000 vs 3,702,000"]
    const claims = wire(
      "HARBOR LINE CORP <HLC> YEAR NET",
      [...yearTable, "    NOTE: 1987 net includes a charge of 1.3 mln dlrs, or 33 cts a share, tied to", "the 1984 purchase of a ferry line.", "    1986 results include Bay Tugs Inc from May 4."],
      "1988-02-10"
    )
    expect(notes(claims)).toEqual([
      [1.3e6, "1987", false, "org:harbor-line~hlc", []],
      [0.33, "1987", false, "org:harbor-line~hlc", []]
    ])
  })
})
