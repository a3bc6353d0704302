import type { Claim } from "@crosscheck/claims"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { claimContext, contextChars, makeReportData } from "../../src/report-data.js"
import { sampleActive, sampleArticles, sampleClaims, sampleInput, sampleReport, sampleSuppressed } from "./sample-report.js"

describe("makeReportData", () => {
  it("counts new findings by type and severity, and suppressed and stale ones apart", () => {
    expect(sampleReport.counts).toEqual({
      articles: sampleArticles.length,
      claims: sampleClaims.length,
      contradictions: { high: 2, medium: 1, low: 0 },
      overlaps: 3,
      revisions: 0,
      duplicates: 1,
      timelines: 1,
      suppressed: 1,
      staleBaseline: 1,
      // The sample's figures carry no identity (made before the model had one): all nine are never compared.
      uncompared: [
        { reason: "no_figure", description: "a value with no figure identity", claims: 8 },
        { reason: "no_value", description: "a deal or statistic with no figure", claims: 1 }
      ]
    })
  })

  it("keeps exactly the claims the findings reference, suppressed ones included", () => {
    const referenced = new Set([...sampleActive, ...sampleSuppressed].flatMap((relation) => relation.claims))
    expect(new Set(sampleReport.claims.map((claim) => claim.id))).toEqual(referenced)
    expect(sampleReport.claims.length).toBeLessThan(sampleClaims.length)
  })

  it("marks findings new or suppressed, contradictions first from high to low", () => {
    const findings = sampleReport.findings
    expect(findings.map((finding) => finding.status).filter((status) => status === "suppressed")).toHaveLength(1)
    const types = findings.map((finding) => finding.relation.type)
    expect(types.indexOf("overlap")).toBeGreaterThan(types.lastIndexOf("contradiction"))
    const severities = findings.filter((f) => f.relation.type === "contradiction").map((f) => f.relation.severity)
    expect(severities).toEqual(["high", "high", "medium", "low"])
  })

  it("ranks findings of one severity by the size of the difference: $240.1bn against $180bn before $200bn+ against $180bn", () => {
    const high = sampleReport.findings.filter((f) => f.relation.type === "contradiction" && f.relation.severity === "high")
    const figures = high.map((finding) =>
      finding.relation.claims.map((id) => sampleReport.claims.find((claim) => claim.id === id)?.value?.value ?? 0)
    )
    const spread = (values: ReadonlyArray<number>) => (Math.max(...values) - Math.min(...values)) / Math.max(...values)
    expect(figures).toHaveLength(2)
    expect(spread(figures[0] ?? [])).toBeGreaterThan(spread(figures[1] ?? []))
    // The ranking never depends on the input order.
    const reversed = makeReportData({ ...sampleInput, active: [...sampleInput.active].reverse() })
    expect(reversed.findings.map((f) => f.relation.id)).toEqual(sampleReport.findings.map((f) => f.relation.id))
  })

  it("lists the articles that could not be read, sorted by path", () => {
    expect(sampleReport.unreadable).toEqual([])
    const report = makeReportData({
      ...sampleInput,
      unreadable: [{ path: "corpus/z.txt", reason: "not valid UTF-8 text" }, { path: "corpus/a.html", reason: "the article is empty" }]
    })
    expect(report.unreadable.map((article) => article.path)).toEqual(["corpus/a.html", "corpus/z.txt"])
  })

  it("gives every claim its quote in context, sliced from the article text", () => {
    const texts = new Map(sampleArticles.map((article) => [article.id, article.text]))
    expect(sampleReport.contexts.map((context) => context.claim)).toEqual(sampleReport.claims.map((claim) => claim.id))
    for (const [index, context] of sampleReport.contexts.entries()) {
      const claim = sampleReport.claims[index]
      const text = texts.get(context.article) ?? ""
      expect(context.quote).toBe(claim?.quote)
      const start = (claim?.span.start ?? 0) - context.before.length
      expect(text.slice(start, start + context.before.length + context.quote.length + context.after.length)).toBe(
        context.before + context.quote + context.after
      )
    }
  })

  it("is the same whatever order its inputs come in", () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...sampleInput.articles], { minLength: sampleInput.articles.length }),
        fc.shuffledSubarray([...sampleInput.claims], { minLength: sampleInput.claims.length }),
        fc.shuffledSubarray([...sampleInput.active], { minLength: sampleInput.active.length }),
        (articles, claims, active) => {
          expect(makeReportData({ ...sampleInput, articles, claims, active })).toEqual(sampleReport)
        }
      ),
      { numRuns: 50 }
    )
  })

  it("shows a claim's own quote when its article was not supplied", () => {
    const data = makeReportData({ ...sampleInput, articles: [] })
    expect(data.contexts.every((context, i) => context.quote === data.claims[i]?.quote && context.before === "")).toBe(true)
  })
})

describe("claimContext", () => {
  const template = sampleClaims[0] as Claim

  /** A text of words and sentences, a sentence inside it, and a quote inside that sentence. */
  const arbitraryCase = fc
    .tuple(
      fc.array(fc.constantFrom("word", "Putin", "2023.", "billion,", "June 9", "\n\n", "end!", "“quoted”", "x"), { minLength: 1, maxLength: 200 }),
      fc.nat(),
      fc.nat(),
      fc.nat(),
      fc.nat()
    )
    .map(([words, a, b, c, d]) => {
      const text = words.join(" ")
      const [sentenceStart, spanStart, spanEnd, sentenceEnd] = [a, b, c, d].map((n) => n % (text.length + 1)).sort((x, y) => x - y) as [
        number,
        number,
        number,
        number
      ]
      const claim: Claim = {
        ...template,
        sentence: { start: sentenceStart, end: sentenceEnd },
        span: { start: spanStart, end: spanEnd },
        quote: text.slice(spanStart, spanEnd)
      }
      return { text, claim }
    })

  it("is a contiguous slice of the text holding the whole sentence", () => {
    fc.assert(
      fc.property(arbitraryCase, ({ text, claim }) => {
        const context = claimContext(claim, text)
        const start = claim.span.start - context.before.length
        const end = claim.span.end + context.after.length
        expect(context.quote).toBe(claim.quote)
        expect(text.slice(start, end)).toBe(context.before + context.quote + context.after)
        expect(start).toBeLessThanOrEqual(claim.sentence.start)
        expect(end).toBeGreaterThanOrEqual(claim.sentence.end)
      })
    )
  })

  it("adds at most about contextChars beyond the sentence on each side", () => {
    fc.assert(
      fc.property(arbitraryCase, ({ text, claim }) => {
        const context = claimContext(claim, text)
        expect(context.before.length).toBeLessThanOrEqual(Math.max(contextChars, claim.span.start - claim.sentence.start))
        expect(context.after.length).toBeLessThanOrEqual(Math.max(contextChars, claim.sentence.end - claim.span.end))
      })
    )
  })

  it("starts and ends at a sentence or paragraph boundary when cut", () => {
    const text = `${"Filler sentence number one. ".repeat(20)}The key claim is here. ${"Another sentence follows it. ".repeat(20)}`
    const start = text.indexOf("The key claim")
    const end = start + "The key claim is here.".length
    const claim: Claim = { ...template, sentence: { start, end }, span: { start, end }, quote: text.slice(start, end) }
    const context = claimContext(claim, text)
    expect(context.before.startsWith("Filler sentence")).toBe(true)
    expect(context.after.trimEnd().endsWith("follows it.")).toBe(true)
    expect(context.before.length).toBeLessThanOrEqual(contextChars)
  })
})
