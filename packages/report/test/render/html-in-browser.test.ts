import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { renderHtml } from "../../src/render/html.js"
import { staticItemsPerList } from "../../src/render/html-lists.js"
import { launchChromium } from "../support/launch-chromium.js"
import { inflated, sampleReport } from "./sample-report.js"

/**
 * How long a poll waits for the page to catch up: vitest's default is one second, which a loaded
 * 2-core machine (a full test run beside a browser) exceeds while the page adds a batch of cards.
 * A wait for the state the test asserts, not a timing: the page is never required to be fast here.
 */
const PAGE_WAIT = { timeout: 30_000 }

/**
 * The HTML report as a reader sees it: headless Chromium on the file, offline. Screenshots are
 * taken into the test's temp directory, or kept in `CROSSCHECK_SCREENSHOTS` when it names one.
 */

let browser: Browser | undefined
let opened: Page | undefined
let dir: string | undefined
const requests: Array<string> = []
const pageErrors: Array<string> = []

const screenshotDir = (): string => {
  const kept = process.env["CROSSCHECK_SCREENSHOTS"]
  if (kept === undefined || kept === "") return dir ?? tmpdir()
  mkdirSync(kept, { recursive: true })
  return kept
}

/** The report page, opened once for the file's tests. */
const reportPage = (): Page => {
  if (opened === undefined) throw new Error("the report page did not open")
  return opened
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "crosscheck-html-"))
  const file = join(dir, "report.html")
  writeFileSync(file, renderHtml(sampleReport))
  browser = await launchChromium()
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  // Every request is recorded and only the report file itself is served: anything else is a leak.
  await page.route("**/*", (route) => {
    const url = route.request().url()
    requests.push(url)
    return url.startsWith("file:") ? route.continue() : route.abort()
  })
  page.on("pageerror", (error) => pageErrors.push(error.message))
  await page.goto(pathToFileURL(file).href)
  await page.locator("#shown").filter({ hasText: "findings match" }).waitFor()
  await page.screenshot({ path: join(screenshotDir(), "report.png"), fullPage: true })
  opened = page
})

afterAll(async () => {
  await browser?.close()
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true })
})

describe("report.html in Chromium", () => {
  it("runs in Chromium", () => {
    expect(browser?.version()).toMatch(/^\d+\./)
  })

  it("loads nothing but its own file", () => {
    reportPage()
    expect(requests.length).toBeGreaterThan(0)
    expect(requests.filter((url) => !url.startsWith("file:"))).toEqual([])
  })

  it("shows a contradiction's two quotes side by side, each highlighted", async () => {
    const page = reportPage()
    const finding = page.locator("#contradictions article.finding").filter({ hasText: "$180 billion" })
      .filter({ hasText: "US$200 billion" }).first()
    const sides = finding.locator(".side")
    await expect.poll(() => sides.count(), PAGE_WAIT).toBe(2)
    const [left, right] = [await sides.nth(0).boundingBox(), await sides.nth(1).boundingBox()]
    if (left === null || right === null) throw new Error("a side is not rendered")
    expect(left.x + left.width).toBeLessThanOrEqual(right.x)
    expect(Math.abs(left.y - right.y)).toBeLessThan(2)

    const marks = finding.locator(".side mark")
    expect(await marks.allTextContents()).toEqual([
      "In 2023, trade volume between China and Russia increased and reached more than US$200 billion",
      "In 2023, trade between Russia and China reached $180 billion"
    ])
    for (const mark of await marks.all()) expect(await mark.isVisible()).toBe(true)
  })

  it("draws one timeline mark per claim", async () => {
    const page = reportPage()
    const timeline = sampleReport.findings.find((finding) => finding.relation.type === "timeline")?.relation
    if (timeline === undefined) throw new Error("the sample has no timeline")
    const svg = page.locator("#timelines svg.timeline").first()
    expect(await svg.isVisible()).toBe(true)
    const drawn = await svg.locator(".mark").evaluateAll((marks) => marks.map((mark) => mark.getAttribute("data-claim")))
    expect(drawn.sort()).toEqual([...timeline.claims].sort())
    for (const mark of await svg.locator(".mark").all()) {
      const box = await mark.boundingBox()
      expect(box?.width ?? 0).toBeGreaterThan(0)
    }
  })

  it("draws an event contradiction's dates as bars of different lengths", async () => {
    const page = reportPage()
    const finding = page.locator("#contradictions article.finding").filter({ hasText: "June 9 and 10" })
    const bars = finding.locator("svg.timeline .mark rect")
    await expect.poll(() => bars.count(), PAGE_WAIT).toBe(2)
    const [planned, reported] = [await bars.nth(0).boundingBox(), await bars.nth(1).boundingBox()]
    if (planned === null || reported === null) throw new Error("a bar is not rendered")
    // June 9–10 starts a day later than June 8–10 and ends on the same day.
    expect(planned.x).toBeGreaterThan(reported.x + 5)
    expect(Math.abs(planned.x + planned.width - (reported.x + reported.width))).toBeLessThan(2)
  })

  it("shows a script in article text as text and does not run it", async () => {
    const page = reportPage()
    expect(await page.evaluate(() => (globalThis as { __injected?: unknown }).__injected)).toBeUndefined()
    expect(await page.title()).not.toBe("pwned")
    await expect.poll(() => page.getByText("window.__injected = 1").first().isVisible(), PAGE_WAIT).toBe(true)
    expect(await page.locator("a[href^='javascript:']").count()).toBe(0)
  })

  /** The findings in the page, by their element ids, in page order. */
  const findingIds = (page: Page) =>
    page.locator("#list-high > *, #list-medium > *, #list-low > *, #list-revisions > *, #list-corroborated > *, #list-timelines > *, #list-duplicates > *, #list-suppressed > *")
      .evaluateAll((items) => items.map((item) => item.id))
  // The overlaps of one fact are one corroborated row.
  const total = new Set(
    sampleReport.findings.map(({ relation, status }) => (relation.type === "overlap" && status === "new" ? `overlap ${relation.key}` : relation.id))
  ).size
  const shownText = (page: Page) => page.locator("#shown").textContent()

  it("runs its script without errors, and counts every finding", async () => {
    const page = reportPage()
    expect(pageErrors).toEqual([])
    expect(await findingIds(page)).toHaveLength(total)
    expect(await shownText(page)).toBe(`${total} of ${total} findings match`)
  })

  it("filters findings by the text typed, with a live count", async () => {
    const page = reportPage()
    const cards = page.locator("#contradictions article.finding")
    expect(await cards.count()).toBe(3)
    await page.getByLabel("Text").fill("June 9 and 10")
    expect(await cards.count()).toBe(1)
    const left = (await findingIds(page)).length
    expect(left).toBeLessThan(total)
    expect(await shownText(page)).toBe(`${left} of ${total} findings match`)
    // The section heading counts what the filter leaves of it.
    expect(await page.locator("#contradictions-title").textContent()).toBe("Contradictions (1 of 3)")
    await page.getByLabel("Text").fill("")
    expect(await cards.count()).toBe(3)
    expect(await shownText(page)).toBe(`${total} of ${total} findings match`)
  })

  it("filters by type and severity, each choice counting the findings it would leave", async () => {
    const page = reportPage()
    const type = page.getByLabel("Type")
    const severity = page.getByLabel("Severity")
    expect(await type.locator("option[value=contradiction]").textContent()).toBe("contradictions (3)")
    expect(await type.locator("option[value=suppressed]").textContent()).toBe("accepted by the baseline (1)")
    expect(await severity.locator("option[value=high]").textContent()).toBe("high (2)")
    // "any" counts every finding the other filters leave, with a severity or not.
    expect(await severity.locator("option[value='']").textContent()).toBe(`any severity (${total})`)
    expect(await type.locator("option[value='']").textContent()).toBe(`all types (${total})`)
    await type.selectOption("timeline")
    expect(await findingIds(page)).toEqual(sampleReport.findings.filter((f) => f.relation.type === "timeline").map((f) => f.relation.id))
    // With timelines chosen no finding has a severity.
    expect(await severity.locator("option[value=high]").textContent()).toBe("high (0)")
    await type.selectOption("")
    await severity.selectOption("medium")
    expect(await findingIds(page)).toEqual(["contradiction:c-visit-000+c-visit-002"])
    expect(await shownText(page)).toBe(`1 of ${total} findings match`)
    expect(await type.locator("option[value=contradiction]").textContent()).toBe("contradictions (1)")
    await severity.selectOption("")
    expect(await shownText(page)).toBe(`${total} of ${total} findings match`)
  })

  it("filters by entity and by article (its path or title)", async () => {
    const page = reportPage()
    const entity = page.getByLabel("Entity")
    await entity.fill("person:vladimir-putin")
    const withPutin = sampleReport.findings.filter((finding) =>
      finding.relation.claims.some((id) => sampleReport.claims.find((claim) => claim.id === id)?.subjects.includes("person:vladimir-putin"))
    )
    expect((await findingIds(page)).sort()).toEqual(withPutin.map((finding) => finding.relation.id).sort())
    // By the gazetteer's name too: "China" is country:CN.
    await entity.fill("china")
    const withChina = sampleReport.findings.filter((finding) =>
      finding.relation.claims.some((id) => {
        const claim = sampleReport.claims.find((candidate) => candidate.id === id)
        return claim?.subjects.includes("country:CN") === true || claim?.place === "country:CN"
      })
    )
    const shown = await findingIds(page)
    expect(shown.length).toBeGreaterThan(0)
    for (const id of shown) expect(withChina.map((finding) => finding.relation.id)).toContain(id)
    await entity.fill("")
    const article = page.getByLabel("Article", { exact: true })
    await article.fill("China–Russia trade hit record")
    const ids = await findingIds(page)
    const wire = sampleReport.findings.filter((finding) => finding.relation.articles.includes("wire/2024-05-17-trade.txt")).map((f) => f.relation.id)
    expect(ids.length).toBeGreaterThan(0)
    for (const id of ids) expect(wire).toContain(id)
    expect(await shownText(page)).toBe(`${ids.length} of ${total} findings match`)
    await article.fill("")
    expect(await shownText(page)).toBe(`${total} of ${total} findings match`)
  })

  it("is used with the keyboard: the filters are labelled form fields in tab order", async () => {
    const page = reportPage()
    await page.getByLabel("Type").focus()
    await page.keyboard.press("Tab")
    expect(await page.evaluate(`document.activeElement.getAttribute("name")`)).toBe("severity")
  })
})

describe("a report with hundreds of contradictions in Chromium", () => {
  // 100 copies of the sample's contradictions: 200 high ones, 100 medium.
  const big = inflated(100, "Officials said talks would continue.")
  const high = big.findings.filter((finding) => finding.relation.severity === "high").map((finding) => finding.relation.id)
  let page: Page | undefined
  const bigPage = (): Page => {
    if (page === undefined) throw new Error("the large report did not open")
    return page
  }

  /** The large report in a page of its own, as first opened: only the findings written into the page. */
  const openLarge = async (): Promise<Page> => {
    if (browser === undefined || dir === undefined) throw new Error("Chromium did not start")
    const opened = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    opened.on("pageerror", (error) => pageErrors.push(error.message))
    await opened.goto(pathToFileURL(join(dir, "large.html")).href)
    await opened.locator("#shown").filter({ hasText: "findings match" }).waitFor()
    return opened
  }

  beforeAll(async () => {
    if (dir === undefined) throw new Error("Chromium did not start")
    writeFileSync(join(dir, "large.html"), renderHtml(big))
    page = await openLarge()
  })

  it("adds the rest of a list a batch at a time, every card with both quotes side by side", async () => {
    const cards = bigPage().locator("#list-high > article")
    const before = await cards.count()
    expect(before).toBeLessThan(high.length)
    const more = bigPage().locator("[data-more=list-high]")
    await more.click()
    await expect.poll(() => cards.count(), PAGE_WAIT).toBeGreaterThan(before)
    const added = cards.nth(before)
    expect(await added.getAttribute("id")).toBe(high[before])
    const sides = added.locator(".side")
    expect(await sides.count()).toBe(2)
    await added.scrollIntoViewIfNeeded()
    const [left, right] = [await sides.nth(0).boundingBox(), await sides.nth(1).boundingBox()]
    if (left === null || right === null) throw new Error("a side is not rendered")
    expect(left.x + left.width).toBeLessThanOrEqual(right.x)
    expect(await added.locator(".side mark").count()).toBe(2)
    expect(await added.locator("h4.verdict").textContent()).toMatch(/ vs .* apart/)
  })

  // A page of its own: in the shared one, the batches added as the test before scrolled may reach the last finding on a loaded machine.
  it("opens a link to a finding not yet in the page", async () => {
    const fresh = await openLarge()
    try {
      const target = high[high.length - 1] ?? ""
      expect(await fresh.locator(`[id="${target}"]`).count()).toBe(0)
      await fresh.evaluate(`location.hash = ${JSON.stringify(target)}`)
      const card = fresh.locator(`[id="${target}"]`)
      await expect.poll(() => card.count(), PAGE_WAIT).toBe(1)
      await expect.poll(() => card.locator(".side mark").first().isVisible(), PAGE_WAIT).toBe(true)
      await fresh.screenshot({ path: join(screenshotDir(), "large-report-anchor.png") })
    } finally {
      await fresh.close()
    }
  })

  it("reads without JavaScript: the first findings of each list, each with both quotes", async () => {
    if (browser === undefined || dir === undefined) throw new Error("Chromium did not start")
    const context = await browser.newContext({ javaScriptEnabled: false })
    try {
      const plain = await context.newPage()
      await plain.goto(pathToFileURL(join(dir, "large.html")).href)
      const cards = plain.locator("#list-high > article")
      expect(await cards.count()).toBe(staticItemsPerList)
      expect(await cards.first().locator(".side mark").count()).toBe(2)
      // (The <noscript> line saying how many more is checked in the markup, html.test.ts: Chromium with
      // script execution switched off still parses <noscript> as text, as if scripts ran.)
      // The filters need the script: without it they are not offered.
      expect(await plain.locator("#filters").isHidden()).toBe(true)
    } finally {
      await context.close()
    }
  })

  it("ignores a link that names no finding", async () => {
    await bigPage().evaluate(`location.hash = "%E0%A4%A"`)
    await bigPage().evaluate(`location.hash = "no-such-finding"`)
    expect(pageErrors).toEqual([])
  })

  it("puts every finding in the page before it is printed", async () => {
    await bigPage().evaluate(`dispatchEvent(new Event("beforeprint"))`)
    expect(await bigPage().locator("#list-high > article").count()).toBe(high.length)
    expect(await bigPage().locator("[data-more=list-high]").isHidden()).toBe(true)
  })

  it("filters the whole list, not only what is in the page", async () => {
    const last = big.findings.filter((finding) => finding.relation.severity === "high").at(-1)?.relation
    if (last === undefined) throw new Error("no high contradiction")
    await bigPage().getByLabel("Text").fill(last.id)
    expect(await bigPage().locator("#list-high > article").evaluateAll((cards) => cards.map((card) => card.id))).toEqual([last.id])
    expect(await bigPage().locator("#shown").textContent()).toMatch(/^1 of \d+ findings match$/)
    expect(pageErrors).toEqual([])
  })
})
