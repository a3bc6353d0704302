import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { renderHtml } from "../../src/render/html.js"
import { launchChromium } from "../support/launch-chromium.js"
import { sampleReport } from "./sample-report.js"

/** The HTML report as a reader sees it: headless Chromium on the file, offline. */

let browser: Browser | undefined
let opened: Page | undefined
let dir: string | undefined
const requests: Array<string> = []

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
  await page.goto(pathToFileURL(file).href)
  await page.screenshot({ path: join(dir, "report.png"), fullPage: true })
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
    await expect.poll(() => sides.count()).toBe(2)
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
    await expect.poll(() => bars.count()).toBe(2)
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
    await expect.poll(() => page.getByText("window.__injected = 1").first().isVisible()).toBe(true)
    expect(await page.locator("a[href^='javascript:']").count()).toBe(0)
  })

  it("filters findings by the text typed into the filter box", async () => {
    const page = reportPage()
    const cards = page.locator("#contradictions article.finding")
    const visible = async () => (await cards.evaluateAll((all) => all.filter((card) => !(card as { hidden: boolean }).hidden).length))
    const items = page.locator("[data-filter]")
    const total = await items.count()
    const shownItems = async () => (await items.evaluateAll((all) => all.filter((item) => !(item as { hidden: boolean }).hidden).length))
    expect(await visible()).toBe(3)
    expect(await page.locator("#shown").textContent()).toBe(`${total} of ${total} findings shown`)
    await page.getByLabel("Filter findings").fill("June 9 and 10")
    expect(await visible()).toBe(1)
    // The live count says how many of all the findings the filter leaves.
    expect(await page.locator("#shown").textContent()).toBe(`${await shownItems()} of ${total} findings shown`)
    expect(await shownItems()).toBeLessThan(total)
    await page.getByLabel("Filter findings").fill("")
    expect(await visible()).toBe(3)
    expect(await page.locator("#shown").textContent()).toBe(`${total} of ${total} findings shown`)
  })
})
