import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import type { Browser } from "playwright-core"
import { afterAll, beforeAll, bench, describe } from "vitest"
import { renderHtml } from "../src/render/html.js"
import { launchChromium } from "../test/support/launch-chromium.js"
import { largeReport, twentyThousandArticles } from "../test/support/large-report.js"

/**
 * `pnpm bench:html`: how long report.html takes to open in real Chromium at the size of a
 * 20,000-article corpus's report (generated: test/support/large-report.ts), from navigation to the
 * load event and to the moment its script has every finding ready to filter. The target is under
 * 2 s. Each sample opens the file in a new tab; the timings the page records (first contentful
 * paint, DOMContentLoaded, load, ready) go to .bench/html-load.json.
 */

const targetMillis = 2_000
const root = fileURLToPath(new URL("../../../", import.meta.url))
const dir = mkdtempSync(join(tmpdir(), "crosscheck-html-bench-"))
const file = join(dir, "report.html")
let browser: Browser | undefined
const samples: Array<{ wallMillis: number; firstContentfulPaint: number; domContentLoaded: number; load: number; ready: number }> = []

beforeAll(async () => {
  const started = performance.now()
  const html = renderHtml(largeReport(twentyThousandArticles))
  writeFileSync(file, html)
  console.log(`report.html: ${(statSync(file).size / 1e6).toFixed(1)} MB, rendered in ${Math.round(performance.now() - started)} ms`)
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  const median = (values: ReadonlyArray<number>) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN
  const result = {
    sizes: twentyThousandArticles,
    bytes: statSync(file).size,
    samples,
    medianLoadMillis: median(samples.map((sample) => sample.load)),
    medianReadyMillis: median(samples.map((sample) => sample.ready)),
    medianWallMillis: median(samples.map((sample) => sample.wallMillis)),
    targetMillis
  }
  mkdirSync(join(root, ".bench"), { recursive: true })
  writeFileSync(join(root, ".bench", "html-load.json"), `${JSON.stringify(result, null, 2)}\n`)
  console.log(
    `report.html (${(result.bytes / 1e6).toFixed(1)} MB): median ${Math.round(result.medianLoadMillis)} ms to the load event, ` +
      `${Math.round(result.medianReadyMillis)} ms until every finding can be filtered, ${Math.round(result.medianWallMillis)} ms wall from a new tab ` +
      `(target under ${targetMillis} ms: ${Math.max(result.medianReadyMillis, result.medianLoadMillis) < targetMillis ? "met" : "NOT met"})`
  )
  rmSync(dir, { recursive: true, force: true })
})

describe("report.html in Chromium", () => {
  bench(
    `opens a ${twentyThousandArticles.articles.toLocaleString("en")}-article report (filters ready)`,
    async () => {
      if (browser === undefined) throw new Error("Chromium did not start")
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
      const started = performance.now()
      await page.goto(pathToFileURL(file).href, { waitUntil: "load" })
      // The script fills the count once the filters work.
      await page.locator("#shown").filter({ hasText: "findings match" }).waitFor()
      const wallMillis = performance.now() - started
      // The page's own Navigation and Paint Timing, in ms from navigation start.
      const timing = await page.evaluate(() => {
        const timeline = performance as unknown as { getEntriesByType: (type: string) => ReadonlyArray<Record<string, number>> }
        const navigation = timeline.getEntriesByType("navigation")[0]
        const paint = performance.getEntriesByName("first-contentful-paint")[0]
        return {
          firstContentfulPaint: paint?.startTime ?? Number.NaN,
          domContentLoaded: navigation?.["domContentLoadedEventEnd"] ?? Number.NaN,
          load: navigation?.["loadEventEnd"] ?? Number.NaN,
          // Set by the page's script once every finding can be filtered and reached.
          ready: performance.getEntriesByName("crosscheck-ready")[0]?.startTime ?? Number.NaN
        }
      })
      samples.push({ wallMillis, ...timing })
      await page.close()
    },
    { iterations: 5, warmupIterations: 1, time: 0, warmupTime: 0 }
  )
})
