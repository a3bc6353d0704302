import { gunzipSync } from "node:zlib"
import { describe, expect, it } from "vitest"
import { escapeHtml, linkableUrl } from "../../src/render/escape-html.js"
import { renderHtml } from "../../src/render/html.js"
import { staticItemsPerList } from "../../src/render/html-lists.js"
import type { ReportData } from "../../src/report-data.js"
import { inflated, injectedScript, injectedTitle, sampleReport } from "./sample-report.js"

const html = renderHtml(sampleReport)

interface ListData {
  readonly id: string
  readonly items: ReadonlyArray<{ i: ReadonlyArray<string>; t: string; s: string; e: ReadonlyArray<string>; a: ReadonlyArray<string>; h?: string }>
}

/** The findings data the page's script reads: gzipped JSON in base64. */
const findingsData = (page: string): { lists: ReadonlyArray<ListData>; articles: Record<string, string>; entities: Record<string, string> } => {
  const packed = /<script type="application\/gzip" id="findings-data">([A-Za-z0-9+/=]*)<\/script>/.exec(page)?.[1]
  if (packed === undefined) throw new Error("no findings data in the page")
  return JSON.parse(gunzipSync(Buffer.from(packed, "base64")).toString("utf8"))
}

/** The page's text without its tags, as a heading reads. */
const text = (markup: string): string => markup.replace(/<[^>]*>/g, "")

describe("escapeHtml", () => {
  it("escapes the five characters that can open markup or close an attribute", () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;")
  })

  it("shows control characters as their pictures: no NUL or ESC reaches the file", () => {
    expect(escapeHtml("nul\u0000id \u001b[31m<b>\u007f")).toBe("nul\u2400id \u241b[31m&lt;b&gt;\u2421")
  })

  it("links only http(s) URLs", () => {
    expect(linkableUrl("https://example.com/a")).toBe("https://example.com/a")
    expect(linkableUrl("javascript:alert(1)")).toBeUndefined()
    expect(linkableUrl("data:text/html,<b>")).toBeUndefined()
    expect(linkableUrl(undefined)).toBeUndefined()
  })
})

describe("renderHtml", () => {
  it("is one document with its own stylesheet and no external resources", () => {
    expect(html.startsWith("<!doctype html>")).toBe(true)
    expect(html).toContain("<style>")
    expect(html).not.toMatch(/<link\b/i)
    expect(html).not.toMatch(/<(?:script|img|iframe)\b[^>]*\bsrc=/i)
    expect(html).not.toMatch(/url\(/i)
  })

  it("has no http URL except article links, as hrefs", () => {
    const articleUrls = new Set(sampleReport.articles.flatMap((article) => (article.url === undefined ? [] : [escapeHtml(article.url)])))
    const urls = [...html.matchAll(/https?:\/\/[^\s"'<>]+/g)].map((m) => ({ url: m[0], at: m.index }))
    expect(urls.length).toBeGreaterThan(0)
    for (const { url, at } of urls) {
      expect(articleUrls.has(url)).toBe(true)
      expect(html.slice(at - 6, at)).toBe('href="')
    }
  })

  it("shows article text as text: scripts, tags and quotes are escaped", () => {
    // The only script that runs is the report's own; the other script element is its data, base64.
    expect(html.match(/<script>/g)?.length).toBe(1)
    expect(html.match(/<script\b/g)?.length).toBe(2)
    expect(html).not.toContain(injectedScript)
    expect(html).not.toContain(injectedTitle)
    expect(html).toContain(escapeHtml(injectedTitle))
    expect(html).toContain(escapeHtml(injectedScript))
    expect(html).toContain("The &lt;b&gt;Daily&lt;/b&gt; &amp; Co")
    expect(html).not.toContain("javascript:")
  })

  it("highlights each side's quote in its context", () => {
    const sides = html.match(/<section class="side"/g)?.length ?? 0
    const contradictionClaims = sampleReport.findings
      .filter((finding) => finding.status === "new" && finding.relation.type === "contradiction")
      .reduce((sum, finding) => sum + finding.relation.claims.length, 0)
    expect(sides).toBe(contradictionClaims)
    expect(html.match(/<mark>/g)?.length).toBe(sides)
    expect(html).toContain("<mark>Putin should pay a visit to China between June 9 and 10</mark>")
  })

  it("has headings and table headers for every section", () => {
    const headings = [...html.matchAll(/-title">(.*?)<\/h2>/g)].map((match) => text(match[1] ?? ""))
    for (const title of ["Contradictions (3)", "Corroborated facts (3)", "Timelines (1)", "Duplicates (1)", "Suppressed by the baseline (1)", "Stale baseline entries (1)"]) {
      expect(headings).toContain(title)
    }
    const tables = html.match(/<table\b/g)?.length ?? 0
    expect(html.match(/<thead>/g)?.length).toBe(tables)
    expect(html).toContain(`<th scope="col">`)
  })

  it("draws the timeline and the event contradiction as SVG, nothing for same-period value conflicts", () => {
    expect(html.match(/<svg class="timeline"/g)?.length).toBe(2)
    expect(html).toContain("When each article places it: event.visit")
    expect(html).not.toContain("When each article places it: trade.volume")
  })

  it("has a table of contents, an anchor with the id and fingerprint on every finding, and the unreadable articles", () => {
    const html = renderHtml({ ...sampleReport, unreadable: [{ path: "corpus/<b>.html", reason: "not valid UTF-8 text" }] })
    expect(html).toMatch(/<nav class="toc" aria-label="Contents"><ol><li><a href="#unreadable">Articles that could not be read \(1\)<\/a>/)
    for (const id of ["contradictions", "corroborated", "timelines", "duplicates", "stale"]) expect(html).toContain(`<a href="#${id}">`)
    for (const finding of sampleReport.findings.filter((f) => f.status === "new" && f.relation.type !== "overlap")) {
      expect(html).toContain(`id="${finding.relation.id}"`)
      expect(html).toContain(`<code>${finding.relation.fingerprint}</code>`)
    }
    expect(html).toContain("<td><code>corpus/&lt;b&gt;.html</code></td><td>not valid UTF-8 text</td>")
  })

  it("says under a chart how many of its claims have no date and are not drawn", () => {
    const withUndated: ReportData = {
      ...sampleReport,
      findings: sampleReport.findings.map((finding) =>
        finding.relation.type === "timeline" ? { ...finding, relation: { ...finding.relation, claims: [...finding.relation.claims, "c-deal-004-a"] } } : finding
      )
    }
    expect(sampleReport.claims.find((claim) => claim.id === "c-deal-004-a")?.time).toBeUndefined()
    expect(renderHtml(withUndated)).toContain("<figcaption>trade.volume · country:CN,country:RU (1 claim without a date not drawn)</figcaption>")
    expect(html).toContain("<figcaption>trade.volume · country:CN,country:RU</figcaption>")
  })

  it("puts each card's verdict first: the two values and how far apart they are", () => {
    const card = html.slice(html.indexOf(`<article class="finding high"`))
    const verdict = /<h4 class="verdict">(.*?)<\/h4>/.exec(card)?.[1] ?? ""
    // The high contradiction with the larger difference comes first.
    expect(text(verdict)).toBe("240.1 billion USD vs 180 billion USD · 60.1 billion USD apart (25%)")
    expect(card.indexOf(`<h4 class="verdict">`)).toBeLessThan(card.indexOf(`<p class="explanation">`))
    const event = html.slice(html.indexOf(`<article class="finding medium"`))
    expect(text(/<h4 class="verdict">(.*?)<\/h4>/.exec(event)?.[1] ?? "")).toBe("2018-06-09..2018-06-10 vs 2018-06-08..2018-06-10 · 1 day apart")
  })

  it("keeps every contradiction as a card with both sides: the first of each list in the page, the rest in its data", () => {
    // 2 high contradictions per copy: 100 copies make 200 high ones.
    const big = inflated(100, "context")
    const page = renderHtml(big)
    expect(page.match(/<article class="finding high"/g)?.length).toBe(staticItemsPerList)
    const high = findingsData(page).lists.find((list) => list.id === "list-high")
    const expected = big.findings.filter((finding) => finding.relation.severity === "high").map((finding) => [finding.relation.id])
    expect(high?.items.map((item) => item.i)).toEqual(expected)
    const rest = high?.items.slice(staticItemsPerList) ?? []
    expect(rest).toHaveLength(200 - staticItemsPerList)
    for (const item of rest) {
      expect(item.h?.match(/<section class="side"/g)?.length).toBe(2)
      expect(item.h?.match(/<mark>/g)?.length).toBe(2)
    }
    expect(page).toContain(`${200 - staticItemsPerList} more in this list`)
  })

  it("gives the filters each finding's type, severity, entities and articles", () => {
    const { lists, articles, entities } = findingsData(html)
    expect(entities["country:CN"]).toBe("China")
    const items = lists.flatMap((list) => list.items)
    // Every finding once (the corroborated facts merge their overlaps).
    expect(items.flatMap((item) => item.i).sort()).toEqual(sampleReport.findings.map((finding) => finding.relation.id).sort())
    const visit = items.find((item) => item.i[0] === "contradiction:c-visit-000+c-visit-002")
    expect(visit).toMatchObject({ t: "contradiction", s: "medium", e: ["country:CN", "person:vladimir-putin"] })
    expect(visit?.a).toEqual(["000_faf72e9f18f487db.txt", "002_1ad50343d0bf0f38.txt"])
    // Items written into the page carry no second copy of their markup.
    expect(items.every((item) => item.h === undefined)).toBe(true)
    expect(articles["000_faf72e9f18f487db.txt"]).toBe(sampleReport.articles.find((article) => article.id === "000_faf72e9f18f487db.txt")?.title)
    expect(lists.find((list) => list.id === "list-timelines")?.items[0]?.t).toBe("timeline")
  })
})
