import { readFileSync } from "node:fs"
import { cleanArticle } from "../../src/clean/clean-article.js"
import { compileGazetteer, defaultGazetteer } from "../../src/entity/gazetteer.js"
import { extractArticle } from "../../src/extract-article.js"
import type { Claim } from "../../src/model/claim.js"
import type { Extraction } from "../../src/model/extraction.js"
import { decodeIsoDay } from "../../src/time/iso-day.js"

/** The gazetteer compiled once for every test file that extracts. */
export const matcher = compileGazetteer(defaultGazetteer)

/** Extraction of a plain text written on `published`. */
export const extractText = (text: string, published: string, id = "test.txt"): Extraction =>
  extractArticle(cleanArticle({ id, path: id, format: "text", metadata: { published: decodeIsoDay(published)! }, text, contentHash: "" }), { matcher })

/** Extraction of a plain text with no date (a BBC story): relative dates stay unresolved. */
export const extractUndated = (text: string, id = "undated.txt"): Extraction =>
  extractArticle(cleanArticle({ id, path: id, format: "text", metadata: {}, text, contentHash: "" }), { matcher })

interface Seed {
  readonly file: string
  readonly published: string
}

const manifest = JSON.parse(readFileSync(new URL("../../../../fixtures/seeds/manifest.json", import.meta.url), "utf8")) as {
  readonly articles: ReadonlyArray<Seed>
}

/** A seed article's text and its reference date, by file-name prefix ("004"). */
export const seed = (prefix: string): { readonly text: string; readonly published: string; readonly file: string } => {
  const found = manifest.articles.find((a) => a.file.startsWith(prefix))
  if (found === undefined) throw new Error(`no seed ${prefix}`)
  return { ...found, text: readFileSync(new URL(`../../../../fixtures/seeds/${found.file}`, import.meta.url), "utf8") }
}

export const extractSeed = (prefix: string): Extraction => {
  const { text, published, file } = seed(prefix)
  return extractText(text, published, file)
}

export const withPredicate = (claims: ReadonlyArray<Claim>, predicate: string) => claims.filter((c) => c.predicate === predicate)

/** The claims whose quote or one of whose mentions contains `words`. */
export const saying = (extraction: Extraction, text: string, words: string) =>
  extraction.claims.filter((c) => c.quote.includes(words) || c.mentions.some((m) => text.slice(m.start, m.end).includes(words)))
