import { describe, expect, it } from "vitest"
import { escapeMarkdown, markdownCode } from "../../src/render/escape-markdown.js"
import { defaultMarkdownLimits, renderMarkdown } from "../../src/render/markdown.js"
import { inflated, injectedScript, sampleReport } from "./sample-report.js"

const bytes = (text: string): number => Buffer.byteLength(text, "utf8")

describe("renderMarkdown", () => {
  it("starts with the counts table", () => {
    const md = renderMarkdown(sampleReport)
    const lines = md.split("\n")
    expect(lines[0]).toBe("# crosscheck report")
    const table = md.indexOf("| | count |")
    expect(table).toBeGreaterThan(0)
    expect(table).toBeLessThan(md.indexOf("## "))
    expect(md).toContain(`| contradictions (high / medium / low) | 2 / 1 / 0 |`)
  })

  it("lists contradictions by severity, high first, each with both quotes and links", () => {
    const md = renderMarkdown(sampleReport)
    const high = md.indexOf("## Contradictions, high severity (2)")
    const medium = md.indexOf("## Contradictions, medium severity (1)")
    const low = md.indexOf("## Contradictions, low severity (0)")
    expect(high).toBeGreaterThan(0)
    expect(medium).toBeGreaterThan(high)
    expect(low).toBeGreaterThan(medium)
    // The event contradiction is medium: after the high ones, before the low section.
    const event = md.indexOf("<strong>Putin should pay a visit to China between June 9 and 10</strong>")
    expect(event).toBeGreaterThan(medium)
    expect(event).toBeLessThan(low)
    const highSection = md.slice(high, medium)
    // Two findings, each with both sides: a quoted sentence and its article line.
    expect(highSection.match(/^> .*<strong>In 2023, trade between Russia and China reached \\\$180 billion<\/strong>/gm)?.length).toBe(2)
    expect(highSection.match(/^> — /gm)?.length).toBe(4)
    expect(highSection).toContain("[China–Russia trade hit record in 2023](https://news.example.com/world/china-russia-trade-record?ref=feed&id=1)")
    expect(highSection).toContain("(`fixtures/seeds/001_96bedf45fe97eb42.txt`)")
  })

  it("shows every finding's id and fingerprint, the contradictions counted by key, and the unreadable articles", () => {
    const md = renderMarkdown({ ...sampleReport, unreadable: [{ path: "corpus/broken.html", reason: "not valid UTF-8 text" }] })
    for (const finding of sampleReport.findings.filter((f) => f.status === "new")) {
      expect(md).toContain(`${markdownCode(finding.relation.id)} · fingerprint ${markdownCode(finding.relation.fingerprint)}`)
    }
    expect(md).toContain("## Articles that could not be read (1)")
    expect(md).toContain("- `corpus/broken.html`: not valid UTF-8 text")
    expect(md.indexOf("## Articles that could not be read")).toBeLessThan(md.indexOf("## Contradictions, high"))
    expect(md).toMatch(/## Contradictions by key\n\n\| key \| contradictions \|\n\| --- \| ---: \|\n\| .+ \| 2 \|/)
  })

  it("orders the sections: corroborated facts, duplicates, timelines, suppressed, stale", () => {
    const md = renderMarkdown(sampleReport)
    const order = ["## Corroborated facts", "## Duplicates", "## Timelines", "## Suppressed", "## Stale baseline entries"].map((heading) =>
      md.indexOf(heading)
    )
    expect(order.every((at) => at > 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    expect(md).toContain("confirmed by 2 sources")
    expect(md).toContain("1 finding is accepted by the baseline")
  })

  it("keeps a file name with a blank line, a backtick or a NUL inside its code span", () => {
    // A blank line would end the paragraph, and with it the code span: the rest would be raw HTML.
    expect(markdownCode("c/a\n\n<img src=x onerror=alert(1)>`.txt")).toBe("`c/a <img src=x onerror=alert(1)>'.txt`")
    expect(markdownCode("nul\u0000id")).toBe("`nul\u2400id`")
    expect(escapeMarkdown("T\u0000<b>x</b>")).toBe("T\u2400\\<b\\>x\\</b\\>")
  })

  it("escapes markup, HTML and links in article text", () => {
    const md = renderMarkdown(sampleReport)
    expect(md).not.toContain("<script>")
    expect(md).not.toContain("<b>")
    // The only HTML is the report's own emphasis of each quote.
    expect([...new Set(md.match(/(?<!\\)<\/?[a-z]+/g))].sort()).toEqual(["</strong", "<strong"])
    expect(md).toContain("\\<script\\>window.\\_\\_injected = 1\\</script\\>")
    // A javascript: url is never made a link.
    expect(md).not.toContain("javascript:")
    expect(injectedScript).toContain("<script>")
  })

  it("caps the size under GitHub's 1 MiB step-summary limit and says how many were left out", () => {
    const filler = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(5)
    // Long explanations make the byte budget, not the item limit, the binding cap.
    const big = inflated(2_000, filler, filler.repeat(40))
    const md = renderMarkdown(big)
    expect(bytes(md)).toBeLessThanOrEqual(defaultMarkdownLimits.maxBytes)
    expect(bytes(md)).toBeLessThan(1_048_576)
    const note = /… and (\d+) more, see report\.html/.exec(md)
    expect(note).not.toBeNull()
    const shown = (md.match(/^#### /gm) ?? []).length
    const high = big.findings.filter((finding) => finding.relation.severity === "high").length
    const medium = big.findings.filter((finding) => finding.relation.severity === "medium").length
    expect(shown).toBeLessThan(high + medium)
    // Every section is still there after the long ones were cut.
    expect(md).toContain("## Stale baseline entries (1)")
    expect(md).toContain("contradiction **deal.count · country:CN,country:RU · 2016-06**")
  })

  it("stops each list at maxItems and counts the rest", () => {
    const big = inflated(10, "")
    const md = renderMarkdown(big, { maxBytes: defaultMarkdownLimits.maxBytes, maxItems: 3 })
    expect(md).toContain("## Contradictions, high severity (20)")
    expect(md).toContain("… and 17 more, see report.html")
    expect(md).toContain("## Contradictions, medium severity (10)")
    expect(md).toContain("… and 7 more, see report.html")
  })

  it("groups contradictions by key with counts, the group of the most important finding first, each under its verdict", () => {
    const md = renderMarkdown(sampleReport)
    const high = md.slice(md.indexOf("## Contradictions, high severity (2)"), md.indexOf("## Contradictions, medium severity"))
    expect(high.match(/^### .*$/gm)).toEqual(["### trade.volume · country:CN,country:RU · 2023 (2 contradictions)"])
    // Within the group, ranked: the larger difference first (escaped as Markdown: "240\\.1", "\\(25%\\)").
    expect(high.match(/^#### .*$/gm)).toEqual([
      `#### ${escapeMarkdown("240.1 billion USD vs 180 billion USD · 60.1 billion USD apart (25%)")}`,
      `#### ${escapeMarkdown("more than 200 billion USD vs 180 billion USD · 20 billion USD apart (10%)")}`
    ])
    expect(md).toContain(`#### ${escapeMarkdown("2018-06-09..2018-06-10 vs 2018-06-08..2018-06-10 · 1 day apart")}`)
    expect(md).toContain("This summary lists every finding.")
  })

  it("says under the counts what it left out of each list", () => {
    const md = renderMarkdown(inflated(10, ""), { maxBytes: defaultMarkdownLimits.maxBytes, maxItems: 3 })
    const line = md.split("\n").find((text) => text.startsWith("To stay short"))
    expect(line).toBe(
      "To stay short (GitHub caps a job summary at 1 MiB), this summary leaves out 17 of 20 high-severity contradictions, 7 of 10 medium-severity contradictions, the least important of each list; report.html and report.json have them all."
    )
    expect(md.indexOf(line ?? "")).toBeLessThan(md.indexOf("## "))
    // A group cut short still says how many it has.
    expect(md).toContain("### trade.volume · country:CN,country:RU · 2023 (20 contradictions)")
  })

  it("keeps within a small byte budget too", () => {
    const md = renderMarkdown(inflated(50, "word ".repeat(40)), { maxBytes: 40_000, maxItems: 1_000 })
    expect(bytes(md)).toBeLessThanOrEqual(40_000)
    expect(md).toContain("more, see report.html")
  })
})
