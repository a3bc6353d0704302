import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { launchChromium } from "../../../report/test/support/launch-chromium.js"
import { buildCli, crosscheck, fixture, tempDir } from "../support/cli.js"

beforeAll(buildCli)

const dir = tempDir()
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const seed = (name: string) => fixture("seeds", name)
const VISIT = "000_faf72e9f18f487db.txt"
const TRADE = "001_96bedf45fe97eb42.txt"
const ARRIVAL = "002_1ad50343d0bf0f38.txt"

/** File names a report shows: one is markup, one breaks out of a Markdown code span with a blank line. */
const MARKUP_NAME = "<img src=x onerror=alert(1)>.txt"
const BLANK_LINE_NAME = "line\n\n<img src=x onerror=alert(2)>.txt"

/**
 * A corpus whose names, titles, outlets, urls and text carry markup and script, each article
 * doubled by a plain copy so that the findings (and so the reports) quote it.
 */
const writeHostileCorpus = (corpus: string) => {
  mkdirSync(corpus)
  copyFileSync(seed(VISIT), join(corpus, MARKUP_NAME))
  copyFileSync(seed(VISIT), join(corpus, "plain-visit.txt"))
  copyFileSync(seed(TRADE), join(corpus, BLANK_LINE_NAME))
  copyFileSync(seed(TRADE), join(corpus, "plain-trade.txt"))
  const arrival = readFileSync(seed(ARRIVAL), "utf8")
  const hostile = [
    "---",
    "title: \"<script>window.pwned = 'title'</script> [x](javascript:alert(3))\"",
    "outlet: \"<iframe src='https://evil.example/outlet'></iframe>\"",
    "url: \"javascript:window.pwned = 'url'\"",
    "published: 2018-06-09",
    "---",
    // Markup inside the sentences that become claims, so the quotes carry it.
    arrival
      .replace("Russian leader", "Russian <img src=https://evil.example/a.png onerror=\"window.pwned='img'\"> leader")
      .replace("June 10", "June 10 <script>window.pwned = 'text'</script><a href=\"javascript:alert(4)\">more</a>")
  ].join("\n")
  writeFileSync(join(corpus, "hostile.md"), hostile)
  copyFileSync(seed(ARRIVAL), join(corpus, "plain-arrival.txt"))
}

/** What Markdown reads as markup: a `<` outside code spans and not escaped. */
const rawHtmlIn = (markdown: string): Array<string> =>
  markdown
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.replace(/`[^`]*`/g, ""))
    .flatMap((paragraph) => paragraph.match(/(?<!\\)<\/?[a-z][^>\n]*/gi) ?? [])
    .filter((tag) => !/^<\/?strong$/.test(tag))

describe("reports of a corpus carrying markup and script", () => {
  const corpus = join(dir, "corpus")
  const out = join(dir, "report")

  beforeAll(() => {
    writeHostileCorpus(corpus)
    const run = crosscheck(["run", corpus, "--db", join(dir, "claims.db"), "--out", out])
    expect(run.stderr).toBe("")
    expect(run.status).toBe(0)
  })

  it("report.md escapes it all: names, titles and quotes appear, no HTML does", () => {
    const md = readFileSync(join(out, "report.md"), "utf8")
    expect(md).toContain("/line <img src=x onerror=alert(2)>.txt`")
    expect(md).toContain("\\<img src=x onerror=alert\\(1\\)\\>.txt")
    expect(md).toContain("\\<script\\>window.pwned")
    expect(rawHtmlIn(md)).toEqual([])
    // The title's `[x](javascript:…)` is text, never a link.
    expect(md).toContain("\\[x\\]\\(javascript:alert\\(3\\)\\)")
    expect(md).not.toMatch(/(?<!\\)\]\(javascript:/i)
  })

  it("report.html in Chromium: the markup is shown as text, no script of it runs, no request leaves", async () => {
    const browser: Browser = await launchChromium()
    try {
      const page = await browser.newPage()
      const requests: Array<string> = []
      const dialogs: Array<string> = []
      page.on("dialog", (dialog) => {
        dialogs.push(dialog.message())
        return dialog.dismiss()
      })
      await page.route("**/*", (route) => {
        requests.push(route.request().url())
        return route.request().url().startsWith("file:") ? route.continue() : route.abort()
      })
      await page.goto(pathToFileURL(join(out, "report.html")).href, { waitUntil: "load" })
      const seen = {
        pwned: await page.evaluate("window.pwned"),
        scripts: await page.locator("script").count(),
        dataScripts: await page.locator("script[type='application/gzip']").count(),
        embedded: await page.locator("img, iframe, object, embed, image, foreignObject").count(),
        handlers: await page.evaluate(
          "[...document.querySelectorAll('*')].flatMap((e) => e.getAttributeNames().filter((n) => n.startsWith('on')))"
        ),
        scriptLinks: await page.locator("a[href^='javascript' i]").count(),
        text: await page.locator("body").innerText()
      }
      expect(seen.pwned).toBeUndefined()
      expect(dialogs).toEqual([])
      expect(requests.filter((url) => !url.startsWith("file:"))).toEqual([])
      // The report's own script and its findings data (base64, never run), nothing else.
      expect(seen.scripts).toBe(2)
      expect(seen.dataScripts).toBe(1)
      expect(seen.embedded).toBe(0)
      expect(seen.handlers).toEqual([])
      expect(seen.scriptLinks).toBe(0)
      expect(seen.text).toContain(MARKUP_NAME)
      expect(seen.text).toContain("<script>window.pwned = 'title'</script>")
    } finally {
      await browser.close()
    }
  })
})

describe("reports of articles whose title holds a NUL", () => {
  it("show it as ␀ in report.md and report.html, never the raw byte; an id with a NUL is refused", () => {
    const body = readFileSync(seed(VISIT), "utf8")
    const corpus = join(dir, "nul.jsonl")
    writeFileSync(
      corpus,
      [
        JSON.stringify({ id: "nul-a", title: "Title\u0000<b>bold</b>", published: "2018-06-09", body }),
        JSON.stringify({ id: "nul-b", title: "Title\u0000<b>bold</b>", published: "2018-06-09", body }),
        JSON.stringify({ id: "nul\u0000c", published: "2018-06-09", body })
      ].join("\n") + "\n"
    )
    const out = join(dir, "nul-report")
    const run = crosscheck(["run", corpus, "--db", join(dir, "nul.db"), "--out", out])
    // The id cannot be a key or a file name: that line is refused, named, and the rest reported.
    expect(run.status, run.stderr).toBe(2)
    expect(run.stderr).toMatch(/nul\.jsonl#3: id .* holds a control character/)
    const md = readFileSync(join(out, "report.md"), "utf8")
    const html = readFileSync(join(out, "report.html"), "utf8")
    for (const report of [md, html]) expect(report).not.toContain("\u0000")
    expect(md).toContain("Title\u2400\\<b\\>bold\\</b\\>")
    expect(html).toContain("Title\u2400&lt;b&gt;bold&lt;/b&gt;")
    // JSON escapes it (\u0000) and keeps the title exact.
    expect(readFileSync(join(out, "report.json"), "utf8")).not.toContain("\u0000")
  })
})
