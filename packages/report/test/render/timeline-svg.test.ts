import type { Claim } from "@crosscheck/claims"
import { describe, expect, it } from "vitest"
import { renderTimelineSvg, type TimelineEntry } from "../../src/render/timeline-svg.js"
import { sampleClaims } from "./sample-report.js"

const claimNamed = (id: string): Claim => {
  const claim = sampleClaims.find((c) => c.id === id)
  if (claim === undefined) throw new Error(`no claim ${id}`)
  return claim
}

const entries = (ids: ReadonlyArray<string>): ReadonlyArray<TimelineEntry> =>
  ids.map((id, color) => ({ claim: claimNamed(id), source: `source ${color}`, color }))

const marks = (svg: string): ReadonlyArray<string> => [...svg.matchAll(/<g class="mark" data-claim="([^"]+)">/g)].map((m) => m[1] ?? "")

describe("renderTimelineSvg", () => {
  it("draws one mark per dated claim, a bar for a period", () => {
    const ids = ["c-trade-004", "c-trade-wireA-2022", "c-trade-wireA-2023", "c-trade-001"]
    const svg = renderTimelineSvg(entries(ids), "trade volume") ?? ""
    expect([...marks(svg)].sort()).toEqual([...ids].sort())
    expect(svg.match(/<rect [^>]*rx="3"/g)?.length).toBe(4)
    expect(svg).not.toContain("<circle")
    // Figures share a unit: the y axis carries it and labels show values.
    expect(svg).toContain(">USD</text>")
    expect(svg).toContain("240.1 billion")
    expect(svg).toContain("&gt; 200 billion")
  })

  it("places higher values higher on a figure chart", () => {
    const svg = renderTimelineSvg(entries(["c-trade-wireA-2022", "c-trade-wireA-2023"]), "trade") ?? ""
    const ys = [...svg.matchAll(/<g class="mark"[^>]*>.*?<rect x="[\d.]+" y="([\d.]+)"/g)].map((m) => Number(m[1]))
    expect(ys).toHaveLength(2)
    // 190 billion (2022) sits lower on the page, i.e. at a larger y, than 240.1 billion (2023).
    expect(ys[0]).toBeGreaterThan(ys[1] ?? Number.POSITIVE_INFINITY)
  })

  it("draws a single day as a dot and events in lanes", () => {
    const svg = renderTimelineSvg(entries(["c-meeting-004", "c-visit-000"]), "events") ?? ""
    expect(marks(svg)).toEqual(["c-meeting-004", "c-visit-000"])
    expect(svg.match(/<circle /g)?.length).toBe(1)
    expect(svg).toContain("source 0")
    expect(svg).toContain("2017-06-08")
  })

  it("leaves out undated claims and draws nothing when none is dated", () => {
    const undated = claimNamed("c-deal-004-a")
    expect(undated.time).toBeUndefined()
    expect(renderTimelineSvg(entries(["c-deal-004-a"]), "deals")).toBeUndefined()
    const svg = renderTimelineSvg(entries(["c-deal-004-a", "c-visit-002"]), "mixed") ?? ""
    expect(marks(svg)).toEqual(["c-visit-002"])
  })

  it("marks the value axis in round steps from 0 past the highest value", () => {
    // 190 and 240.1 billion.
    const svg = renderTimelineSvg(entries(["c-trade-wireA-2022", "c-trade-wireA-2023"]), "trade") ?? ""
    // The value axis's labels and its unit, right-aligned left of the plot.
    const ticks = [...svg.matchAll(/<text x="72.0" y="[\d.]+" text-anchor="end" class="tick">([^<]+)<\/text>/g)].map((m) => m[1])
    expect(ticks).toEqual(["0", "100 billion", "200 billion", "300 billion", "USD"])
  })

  it("has a legend entry for every colour drawn, even when two articles share an outlet's name", () => {
    const ids = ["c-trade-wireA-2022", "c-trade-wireA-2023", "c-trade-001"]
    const svg = renderTimelineSvg(ids.map((id, color) => ({ claim: claimNamed(id), source: "Reuters", color })), "trade") ?? ""
    expect(svg.match(/<rect [^>]*width="12" height="12" rx="2"/g)?.length).toBe(3)
  })

  it("places a figure at its own period, as the report's cards show it", () => {
    const visit = claimNamed("c-visit-000")
    const figure = { period: { value: "2019", origin: "written", prior: false }, status: "actual", aspect: "level", unresolved: [] } as const
    const svg = renderTimelineSvg([{ claim: { ...visit, figure }, source: "s", color: 0 }], "figure period") ?? ""
    expect(svg).toContain(">2019</text>")
    expect(svg).not.toContain("2018-06-09")
  })

  it("escapes titles, sources and quotes", () => {
    const svg =
      renderTimelineSvg([{ claim: claimNamed("c-visit-000"), source: `<script>x</script>`, color: 0 }], `a "title" <b>`) ?? ""
    expect(svg).not.toContain("<script>")
    expect(svg).toContain("&lt;script&gt;x&lt;/script&gt;")
    expect(svg).toContain("<title>a &quot;title&quot; &lt;b&gt;</title>")
  })
})
