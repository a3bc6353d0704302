import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { brief, quantitiesIn } from "./quantity-helpers.js"

const seed = (file: string): string => readFileSync(fileURLToPath(new URL(`../../../../fixtures/seeds/${file}`, import.meta.url)), "utf8")

describe("findQuantities on the seed articles", () => {
  it("finds the seeds' checkable figures", () => {
    const text = seed("004_1952c7b5750355fd.txt")
    const found = quantitiesIn(text).map((q) => `${q.text} = ${q.value} ${q.unit} (${q.qualifier})`)
    expect(found).toEqual(
      expect.arrayContaining([
        "over $10 billion = 10000000000 USD (more_than)",
        "a total of $10 billion = 10000000000 USD (total)",
        "more than a dozen = 12 item (more_than)",
        "14.3 percent = 14.3 percent (exact)",
        "37 percent = 37 percent (exact)",
        "$24.5 billion = 24500000000 USD (exact)",
        "2,802 kilometers = 2802000 m (exact)",
        "12-nautical-mile = 22224 m (exact)",
        "$1 billion = 1000000000 USD (exact)"
      ])
    )
    expect(quantitiesIn(seed("001_96bedf45fe97eb42.txt")).map(brief)).toEqual(
      expect.arrayContaining([
        { text: "more than US$200 billion", kind: "money", value: 2e11, unit: "USD" },
        { text: "5th", kind: "ordinal", value: 5, unit: "item" }
      ])
    )
  })

  it("reads no identifier in the seed about bombers and reconnaissance flights as a figure", () => {
    const text = seed("000_faf72e9f18f487db.txt")
    const quoted = quantitiesIn(text).map((q) => q.text)
    for (const id of ["B-1B", "P-8A", "168998", "PS026", "RQ-4B", "10-2043", "2043"]) {
      expect(quoted.some((q) => q.includes(id))).toBe(false)
    }
    expect(quoted).toContain("two")
  })

  it("reads 'Group of 20' and 'One Belt, One Road' as names", () => {
    const quoted = [...quantitiesIn(seed("003_37622b0bbbee714f.txt")), ...quantitiesIn(seed("004_1952c7b5750355fd.txt"))].map((q) => q.text)
    expect(quoted).not.toContain("20")
    expect(quoted).not.toContain("One")
  })
})
