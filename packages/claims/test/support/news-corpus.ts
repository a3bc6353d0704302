import { existsSync, readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"

export interface NewsArticle {
  readonly id: string
  readonly title: string
  readonly body: string
}

const bbc = fileURLToPath(new URL("../../../../../shared/corpus/bbc/articles.jsonl", import.meta.url))
const gold = new URL("../../../../fixtures/gold/", import.meta.url)

/**
 * Real news prose with no page furniture: the 2,225 BBC articles beside the repository when they
 * are there (as in CI), else the news texts written for the gold set, so that a clone anywhere
 * still runs these tests on real-looking prose.
 */
export const newsArticles = (): ReadonlyArray<NewsArticle> => {
  if (existsSync(bbc)) {
    return readFileSync(bbc, "utf8")
      .split("\n")
      .filter((line) => line !== "")
      .map((line) => JSON.parse(line) as NewsArticle)
  }
  const manifest = JSON.parse(readFileSync(new URL("manifest.json", gold), "utf8")) as {
    readonly articles: ReadonlyArray<{ readonly file: string }>
  }
  // Shaped like the BBC lines: the headline (the text's first line) apart from the body.
  return manifest.articles
    .filter(({ file }) => file.startsWith("texts/"))
    .map(({ file }) => {
      const [title = "", ...rest] = readFileSync(new URL(file, gold), "utf8").split("\n")
      return { id: file, title, body: rest.join("\n").replace(/^\s+/, "") }
    })
}
