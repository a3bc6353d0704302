import { gzipSync } from "node:zlib"
import type { Relation } from "@crosscheck/claims"
import { escapeHtml } from "./escape-html.js"
import { entityNames } from "./finding-facets.js"

/**
 * report.html's findings as lists that open fast at any size: each list's first
 * `staticItemsPerList` findings are in the page itself (read without JavaScript); every finding,
 * with what the filters match on, is in one JSON block the page's script renders the rest from as
 * the reader scrolls or filters. The JSON holds the same escaped markup the page would, so it is
 * as inert; it is gzipped and written in base64 (a tenth of the bytes for the browser to read, and
 * no `<` that could close the script element).
 */

/** Findings of each list written into the page; the script adds the rest in batches. */
export const staticItemsPerList = 20

/** What report.html's filters match a finding on, besides its text. */
export interface ListItem {
  /** The finding ids the item shows (a corroborated fact merges several overlaps): anchors resolve to it. */
  readonly ids: ReadonlyArray<string>
  /** The finding's type, or `suppressed` for one the baseline accepted (listed apart, whatever its type). */
  readonly type: Relation["type"] | "suppressed"
  /** A new contradiction's severity. */
  readonly severity: Relation["severity"]
  readonly entities: ReadonlyArray<string>
  readonly articles: ReadonlyArray<string>
  /** The item's markup: a card, or a table row. */
  readonly html: string
}

export interface FindingList {
  /** The element id of the list's container. */
  readonly id: string
  /** How many items it has. */
  readonly count: number
}

/** A list as made: its first `staticItemsPerList` items' markup, for the page itself. */
export interface RenderedList extends FindingList {
  readonly inPage: ReadonlyArray<string>
}

/**
 * The list in the page: its first items inside `wrap` (a `div`, or a table's `tbody` with this
 * id), a button the script shows to add more, and for readers without JavaScript how many more
 * there are.
 */
export const listBlock = (list: RenderedList, wrap: (id: string, items: string) => string): string => {
  const rest = list.count - staticItemsPerList
  return (
    wrap(list.id, list.inPage.join("")) +
    `<p class="more"><button type="button" data-more="${escapeHtml(list.id)}" hidden></button></p>` +
    (rest > 0 ? `<noscript><p class="meta">${rest} more in this list: open the page with JavaScript on, or read report.json.</p></noscript>` : "")
  )
}

/** A count in a heading the script keeps up to date ("12 of 1,467") as the filters change. */
export const liveCount = (lists: ReadonlyArray<FindingList>): string =>
  `<span data-count="${lists.map((list) => escapeHtml(list.id)).join(" ")}">${lists.reduce((n, list) => n + list.count, 0)}</span>`

/** Every list's findings for the script, gathered as they are made, in page order. */
export interface ListsData {
  /** A list that has items begins (an empty one has no element in the page, so nothing for the script). */
  readonly startList: (id: string) => void
  /** The list's item at `index`; the items already in the page carry no markup. */
  readonly add: (item: ListItem, index: number) => void
  /** The lists' data as gzipped JSON in base64, with the titles (by `titleOf`) of the articles the items name. */
  readonly finish: (titleOf: (articleId: string) => string) => string
}

/** An item as the script reads it: its markup only when the page does not already hold it. */
export const itemData = (item: ListItem, index: number) => ({
  i: item.ids,
  t: item.type,
  s: item.severity ?? "",
  e: item.entities,
  a: item.articles,
  ...(index < staticItemsPerList ? {} : { h: item.html })
})

/**
 * The lists' data for the script, each item written as JSON as it is added: the same text as the
 * whole `{ lists, articles, entities }` object written at once. The text is kept as UTF-8 bytes, in
 * blocks, and gzipped from those: as one string (two bytes a character once any item holds a
 * character beyond Latin-1) beside its bytes, the 20 MB of JSON at 20,000 articles made report.html
 * the run's largest moment (about 70 MB more than the rest of the report stage).
 */
export const listsData = (): ListsData => {
  const json = utf8Blocks()
  const articles = new Set<string>()
  const entities = new Set<string>()
  let lists = 0
  return {
    startList: (id) => {
      json.add(`${lists === 0 ? "" : "]},"}{"id":${JSON.stringify(id)},"items":[`)
      lists += 1
    },
    add: (item, index) => {
      for (const article of item.articles) articles.add(article)
      for (const entity of item.entities) entities.add(entity)
      json.add(`${index === 0 ? "" : ","}${JSON.stringify(itemData(item, index))}`)
    },
    finish: (titleOf) => {
      const titles: Record<string, string> = {}
      for (const id of articles) titles[id] = titleOf(id)
      json.add(`${lists === 0 ? "" : "]}"}],"articles":${JSON.stringify(titles)},"entities":${JSON.stringify(entityNames(entities))}}`)
      const packed = gzipSync(json.bytes()).toString("base64")
      return `<script type="application/gzip" id="findings-data">${packed}</script>`
    }
  }
}

/** Bytes per block: large enough that the blocks are few, small enough that the last one wastes little. */
const BLOCK_BYTES = 1 << 20

/** Text appended as UTF-8 into blocks of bytes; `bytes` joins them, with what opens the whole object first. */
const utf8Blocks = () => {
  const blocks: Array<Buffer> = []
  let block = Buffer.allocUnsafe(BLOCK_BYTES)
  let used = 0
  let total = 0
  const opening = `{"lists":[`
  const add = (text: string) => {
    const length = Buffer.byteLength(text, "utf8")
    if (used + length > block.length) {
      blocks.push(block.subarray(0, used))
      block = Buffer.allocUnsafe(Math.max(BLOCK_BYTES, length))
      used = 0
    }
    used += block.write(text, used, "utf8")
    total += length
  }
  add(opening)
  return {
    add,
    bytes: (): Buffer => Buffer.concat([...blocks, block.subarray(0, used)], total)
  }
}
