import { describe, expect, it } from "vitest"
import { escapeHtml, linkableUrl } from "../../src/render/escape-html.js"
import { fullContradictionsPerSeverity, renderHtml } from "../../src/render/html.js"
import { inflated, injectedScript, injectedTitle, sampleReport } from "./sample-report.js"

const html = renderHtml(sampleReport)

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
    // The only script element is the report's own filter.
    expect(html.match(/<script\b/g)?.length).toBe(1)
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
    for (const title of ["Contradictions (3)", "Corroborated facts (3)", "Timelines (1)", "Duplicates (1)", "Suppressed by the baseline (1)", "Stale baseline entries (1)"]) {
      expect(html).toContain(`-title">${title}</h2>`)
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

  it("shows the first contradictions of a severity side by side and the rest in a table", () => {
    // 2 high contradictions per copy: 100 copies make 200 high ones.
    const big = renderHtml(inflated(100, "context"))
    const rest = 200 - fullContradictionsPerSeverity
    const highCards = big.match(/<article class="finding high"/g)?.length ?? 0
    expect(highCards).toBe(fullContradictionsPerSeverity)
    expect(big).toContain(`<h4>${rest} more high-severity contradictions, in brief</h4>`)
    const afterHeading = big.slice(big.indexOf("more high-severity contradictions, in brief"))
    const rows = afterHeading.slice(0, afterHeading.indexOf("</table>")).match(/<tr id="[^"]+" data-filter>/g)?.length
    expect(rows).toBe(rest)
  })
})
