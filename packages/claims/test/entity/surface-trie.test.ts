import { describe, expect, it } from "vitest"
import type { SurfaceForm } from "../../src/entity/surface-forms.js"
import { buildSurfaceTrie, scanSurfaceForms } from "../../src/entity/surface-trie.js"

const form = (written: string, caseRule: SurfaceForm["caseRule"] = "loose"): SurfaceForm => ({
  form: written,
  via: "name",
  caseRule,
  candidates: [`place:${written.toLowerCase()}`]
})

const found = (forms: ReadonlyArray<SurfaceForm>, text: string) =>
  scanSurfaceForms(buildSurfaceTrie(forms), text).map((m) => ({ text: m.text, start: m.start, form: m.form.form }))

describe("scanSurfaceForms", () => {
  it("matches letters outside ASCII in either case, with offsets into the text", () => {
    const text = "Talks in ZÜRICH and Zürich, then São Paulo."
    expect(found([form("Zürich"), form("São Paulo")], text)).toEqual([
      { text: "ZÜRICH", start: 9, form: "Zürich" },
      { text: "Zürich", start: 20, form: "Zürich" },
      { text: "São Paulo", start: 33, form: "São Paulo" }
    ])
  })

  it("keeps to word boundaries, with accented letters counting as word characters", () => {
    expect(found([form("Nice")], "Nicely, Nicé and éNice are not Nice.")).toEqual([{ text: "Nice", start: 31, form: "Nice" }])
  })

  it("does not let a letter whose lower case is two characters stand for either of them", () => {
    // "İ" lower-cases to "i" plus a combining dot: it is not the "i" of "istanbul"
    const istanbul = form("istanbul")
    expect(found([istanbul], "İstanbul")).toEqual([])
    expect(found([istanbul], "Istanbul")).toEqual([{ text: "Istanbul", start: 0, form: "istanbul" }])
  })

  it("never matches a form written with characters outside the Basic Multilingual Plane, and still matches the rest", () => {
    expect(found([form("𝔄lpha"), form("Beta")], "𝔄lpha and Beta")).toEqual([{ text: "Beta", start: 11, form: "Beta" }])
  })

  it("prefers the longest form at a position", () => {
    expect(found([form("New York"), form("New York City")], "in New York City today")).toEqual([
      { text: "New York City", start: 3, form: "New York City" }
    ])
  })
})
