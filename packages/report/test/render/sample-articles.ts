import { decodeIsoDay, decodeReferenceDate } from "@crosscheck/claims"
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import type { ReportArticleInput } from "../../src/report-data.js"

/**
 * The articles of the sample report: the five seed articles and two short wire stories (one
 * carrying markup and a script in its text, to prove it is shown, not run).
 */

const seedsDir = fileURLToPath(new URL("../../../../fixtures/seeds/", import.meta.url))
const seed = (file: string): string => readFileSync(`${seedsDir}${file}`, "utf8")

const referenceDate = (date: string) => decodeReferenceDate({ date, basis: "metadata", why: "manifest.json" })

const seedArticle = (id: string, published: string, title: string): ReportArticleInput => ({
  id,
  path: `fixtures/seeds/${id}`,
  metadata: { title, published: decodeIsoDay(published)! },
  referenceDate: referenceDate(published),
  text: seed(id)
})

export const injectedTitle = `Trade "slump" <script>window.__injected = 1</script>`
export const injectedScript = `<script>window.__injected = 2; document.title = "pwned"</script>`

const wireA: ReportArticleInput = {
  id: "wire/2024-05-17-trade.txt",
  path: "wire/2024-05-17-trade.txt",
  metadata: {
    title: "China–Russia trade hit record in 2023",
    outlet: "Example Wire",
    published: decodeIsoDay("2024-05-17")!,
    url: "https://news.example.com/world/china-russia-trade-record?ref=feed&id=1"
  },
  referenceDate: referenceDate("2024-05-17"),
  text:
    "China–Russia trade hit record in 2023\n\n" +
    "BEIJING – Trade between China and Russia reached $240.1 billion in 2023, Chinese customs data showed, up from $190 billion in 2022. " +
    "Putin arrived in Beijing on Thursday for a two-day state visit, his first trip abroad since his inauguration on May 7.\n\n" +
    "The two leaders are expected to sign a joint statement on Friday."
}

const wireB: ReportArticleInput = {
  id: "wire/2024-05-20-slump.txt",
  path: "wire/2024-05-20-slump.txt",
  metadata: { title: injectedTitle, outlet: "The <b>Daily</b> & Co", published: decodeIsoDay("2024-05-20")!, url: "javascript:alert(1)" },
  referenceDate: referenceDate("2024-05-20"),
  text:
    `${injectedTitle}\n\n` +
    `MOSCOW – Analysts at the "Centre for <Trade> & Growth" ${injectedScript} disagree with Beijing's figures. ` +
    "In 2023, trade between Russia and China reached $180 billion, the centre's report says. " +
    "It puts 2022 trade at $190 billion."
}

export const sampleArticles: ReadonlyArray<ReportArticleInput> = [
  seedArticle("000_faf72e9f18f487db.txt", "2018-06-04", "Putin in China: What will be agreed to?"),
  seedArticle("001_96bedf45fe97eb42.txt", "2024-05-14", "Putin to make state visit to China on May 16–17"),
  seedArticle("002_1ad50343d0bf0f38.txt", "2018-06-09", "SCO Summit Big Success, in Contrast with G7 Disaster"),
  seedArticle("003_37622b0bbbee714f.txt", "2016-06-25", "Russian President Putin meets with Chinese leaders"),
  seedArticle("004_1952c7b5750355fd.txt", "2017-07-03", "Rising Russo-China relations: Xi meets Putin in Moscow before G20 summit!"),
  wireA,
  wireB
]

export const textOf = new Map(sampleArticles.map((article) => [article.id, article.text]))

const sentenceEnd = /[.!?](?=\s|$)|\n/g

/** The sentence around [start, end): from after the previous sentence end (or line break) to the next one. */
export const sentenceAround = (text: string, start: number, end: number) => {
  const ends = [...text.matchAll(sentenceEnd)].map((m) => m.index)
  let from = (ends.filter((i) => i < start).at(-1) ?? -1) + 1
  while (from < start && /\s/.test(text[from] ?? "")) from += 1
  const next = ends.find((i) => i >= end)
  return { start: from, end: next === undefined ? text.length : next + 1 }
}
