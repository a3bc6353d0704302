import { gunzipSync } from "node:zlib"
import { describe, expect, it } from "vitest"
import { entityNames } from "../../src/render/finding-facets.js"
import { itemData, type ListItem, listsData } from "../../src/render/html-lists.js"

/** The packed block's JSON, as the page's script reads it. */
const unpacked = (script: string): string => {
  const packed = /<script type="application\/gzip" id="findings-data">([A-Za-z0-9+/=]*)<\/script>/.exec(script)?.[1]
  return gunzipSync(Buffer.from(packed ?? "", "base64")).toString("utf8")
}

const item = (n: number, html: string): ListItem => ({
  ids: [`r${n}`],
  type: n % 2 === 0 ? "contradiction" : "overlap",
  severity: n % 2 === 0 ? "high" : undefined,
  entities: ["country:JP"],
  articles: [`a${n % 7}`],
  html
})

describe("listsData", () => {
  it("packs the same JSON as the whole object written at once, over many blocks of bytes and characters beyond Latin-1", () => {
    // About 4 MB of markup, one item alone larger than a block (1 MB), with €, é and 日本 in it.
    const lists = [
      { id: "contradictions", items: Array.from({ length: 3_000 }, (_, n) => item(n, `<p>€${n} à Tōkyō 日本 ${"x".repeat(900)}</p>`)) },
      { id: "empty-skipped", items: [] },
      { id: "overlaps", items: [item(3_000, `<p>${"é".repeat(1_200_000)}</p>`), item(3_001, "<p>plain</p>")] }
    ]
    const data = listsData()
    for (const list of lists.filter((list) => list.items.length > 0)) {
      data.startList(list.id)
      list.items.forEach((listItem, index) => data.add(listItem, index))
    }
    const titleOf = (id: string) => `Title of ${id} — «quoted»`
    const whole = {
      lists: lists.filter((list) => list.items.length > 0).map((list) => ({
        id: list.id,
        items: list.items.map(itemData)
      })),
      // The articles in the order the items first name them.
      articles: Object.fromEntries(Array.from({ length: 7 }, (_, n) => [`a${n}`, titleOf(`a${n}`)])),
      entities: entityNames(new Set(["country:JP"]))
    }
    expect(unpacked(data.finish(titleOf))).toBe(JSON.stringify(whole))
  })

  it("packs an empty object when no list has items", () => {
    expect(JSON.parse(unpacked(listsData().finish((id) => id)))).toMatchObject({ lists: [], articles: {} })
  })
})
