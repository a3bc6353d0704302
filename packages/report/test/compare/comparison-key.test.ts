import { describe, expect, it } from "@effect/vitest"
import { comparisonKeyOf, comparisonKeyOrReason } from "../../src/compare/comparison-key.js"
import { claim, type FigureSpec, quantity } from "./claim-builders.js"
import { CHINA, RUSSIA, stateVisit2024, trade2023, tradeJanApr2017, visit2018Planned, visit2018Reported } from "./seed-claims.js"

const money = quantity({ text: "$10 billion", value: 10e9, unit: "USD", precision: 1e9 })
const figureClaim = (figure: FigureSpec, modality: "reported" | "hedged" | "negated" = "reported") =>
  claim({ id: "c", article: "a", kind: "trade", predicate: "trade.volume", subjects: [], value: money, figure, quote: "q", modality })

describe("comparisonKeyOf", () => {
  it("keys figures by measure, holder and counterpart, item, aspect, kind of figure and exact period", () => {
    expect(comparisonKeyOf(trade2023)?.key).toBe("total_trade|country:CN>country:RU|-|level|money|2023")
    expect(comparisonKeyOf(tradeJanApr2017)?.key).toBe("total_trade|country:CN>country:RU|-|level|money|2017-01..2017-04")
    const swapped = figureClaim({ holder: RUSSIA, counterpart: CHINA, measure: "total_trade", period: "2023" })
    expect(comparisonKeyOf(swapped)?.key).toBe(comparisonKeyOf(trade2023)?.key)
  })

  it("reads the figure's fields, not the claim's subjects or predicate", () => {
    const named = figureClaim({ holder: "org:dean-foods", measure: "net_income", period: "1987-Q3" })
    expect(comparisonKeyOf({ ...named, subjects: ["org:net"], predicate: "statistic.net" })?.key).toBe(comparisonKeyOf(named)?.key)
  })

  it("keeps a quarter, a year, a level and a change, and items apart", () => {
    const base: FigureSpec = { holder: "org:dean-foods", measure: "net_income", period: "1987-Q3" }
    const keys = [
      base,
      { ...base, period: "1987" },
      { ...base, aspect: "change_percent" as const },
      { ...base, aspect: "change_amount" as const },
      { ...base, measure: "revenue" },
      { ...base, item: "wheat" },
      { ...base, counterpart: "country:US" }
    ].map((f) => comparisonKeyOf(figureClaim(f))?.key)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it("gives a series key without the period", () => {
    expect(comparisonKeyOf(trade2023)?.series).toBe(comparisonKeyOf(tradeJanApr2017)?.series)
  })

  it("flips a balance whose holder and counterpart it swaps, but not a percentage change of it", () => {
    const balance = (holder: string, counterpart: string, aspect: "level" | "change_percent" = "level") =>
      comparisonKeyOf(figureClaim({ holder, counterpart, measure: "trade_balance", period: "2023", aspect }))
    expect(balance(RUSSIA, CHINA)?.flipped).toBe(true)
    expect(balance(CHINA, RUSSIA)?.flipped).toBe(false)
    expect(balance(RUSSIA, CHINA)?.key).toBe(balance(CHINA, RUSSIA)?.key)
    expect(balance(RUSSIA, CHINA, "change_percent")?.flipped).toBe(false)
    const exportsKey = (holder: string, counterpart: string) =>
      comparisonKeyOf(figureClaim({ holder, counterpart, measure: "exports", period: "2023" }))?.key
    expect(exportsKey(RUSSIA, CHINA)).not.toBe(exportsKey(CHINA, RUSSIA))
  })

  it("states B's imports from A as A's exports to B, marked as mirrored", () => {
    const imports = comparisonKeyOf(figureClaim({ holder: CHINA, counterpart: RUSSIA, measure: "imports", period: "2023" }))
    const exports = comparisonKeyOf(figureClaim({ holder: RUSSIA, counterpart: CHINA, measure: "exports", period: "2023" }))
    expect(imports?.key).toBe(exports?.key)
    expect([imports?.mirrored, exports?.mirrored]).toEqual([true, false])
  })

  it("keeps fiscal and crop years literally", () => {
    expect(comparisonKeyOf(figureClaim({ holder: "org:x", measure: "revenue", period: "FY1987" }))?.key).toMatch(/\|FY1987$/)
    expect(comparisonKeyOf(figureClaim({ holder: "country:US", measure: "production", item: "wheat", period: "1986/87" }))?.key).toMatch(/\|1986\/87$/)
  })

  it("puts events of one year in one bucket and events of other years apart; a state visit is a visit", () => {
    expect(comparisonKeyOf(visit2018Planned)?.key).toBe("event.visit|person:vladimir-putin|at:country:CN|2018")
    expect(comparisonKeyOf(visit2018Reported)?.key).toBe(comparisonKeyOf(visit2018Planned)?.key)
    expect(comparisonKeyOf(stateVisit2024)?.key).toBe("event.visit|person:vladimir-putin|at:country:CN|2024")
  })

  it("says why a claim is never compared", () => {
    const full: FigureSpec = { holder: "org:x", measure: "revenue", period: "1987" }
    expect(comparisonKeyOrReason(claim({ id: "d", article: "a", kind: "deal", predicate: "deal.signing", subjects: [CHINA, RUSSIA], quote: "q" }))).toBe("no_value")
    expect(comparisonKeyOrReason({ ...figureClaim(full), figure: undefined as never })).toBe("no_figure")
    const { figure: _omitted, ...noFigure } = figureClaim(full)
    expect(comparisonKeyOrReason(noFigure)).toBe("no_figure")
    expect(comparisonKeyOrReason(figureClaim({ ...full, unresolved: ["holder"] }))).toBe("no_holder")
    expect(comparisonKeyOrReason(figureClaim({ measure: "revenue", period: "1987" }))).toBe("no_holder")
    expect(comparisonKeyOrReason(figureClaim({ ...full, unresolved: ["period", "value"] }))).toBe("unresolved_value")
    expect(comparisonKeyOrReason(figureClaim({ holder: "org:x", measure: "revenue" }))).toBe("no_period")
    expect(comparisonKeyOrReason(figureClaim({ holder: "country:US", measure: "production", period: "1986" }))).toBe("no_item")
    expect(comparisonKeyOrReason(figureClaim({ holder: "country:US", measure: "production", item: "wheat", period: "1986" }))).not.toBe("no_item")
    // a stake in what, a deal or an offer for what
    expect(comparisonKeyOrReason(figureClaim({ holder: "org:willis-faber", measure: "stake", period: "1987-06-29" }))).toBe("no_counterpart")
    expect(comparisonKeyOrReason(figureClaim({ holder: "org:willis-faber", measure: "stake", counterpart: "org:stewart-wrightson", period: "1987-06-29" }))).not.toBe("no_counterpart")
    expect(comparisonKeyOrReason(figureClaim({ ...full, status: "forecast" }))).toBe("forecast")
    expect(comparisonKeyOrReason(figureClaim({ ...full, status: "target" }))).toBe("target")
    expect(comparisonKeyOrReason(figureClaim(full, "negated"))).toBe("negated")
    expect(comparisonKeyOrReason(claim({ id: "e", article: "a", kind: "event", predicate: "event.visit", subjects: [], quote: "q" }))).toBe("no_actors")
  })

  it("lets a hedged figure, or one dated only by its article's day, corroborate but never contradict", () => {
    const full: FigureSpec = { holder: "org:x", measure: "net_income", period: "1987-03-02" }
    expect(comparisonKeyOf(figureClaim(full))?.conclusive).toBe(true)
    expect(comparisonKeyOf(figureClaim(full, "hedged"))?.conclusive).toBe(false)
    expect(comparisonKeyOf(figureClaim({ ...full, origin: "document_date" }))?.conclusive).toBe(false)
  })

  it("lets a market's reading of one day or hour corroborate but never contradict: it moves through the day; a month's stands", () => {
    const index: FigureSpec = { holder: "index:ftse-100", measure: "index_level", period: "1987-10-20" }
    expect(comparisonKeyOf(figureClaim(index))?.conclusive).toBe(false)
    expect(comparisonKeyOf(figureClaim({ ...index, period: "1987-10-20T09:45" }))?.conclusive).toBe(false)
    expect(comparisonKeyOf(figureClaim({ ...index, measure: "share_price", holder: "org:x" }))?.conclusive).toBe(false)
    expect(comparisonKeyOf(figureClaim({ ...index, period: "1987-10" }))?.conclusive).toBe(true)
  })
})
