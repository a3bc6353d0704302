import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { compileGazetteer, defaultGazetteer, mergeGazetteers } from "../../src/entity/gazetteer.js"
import { Gazetteer } from "../../src/model/entity.js"

describe("defaultGazetteer", () => {
  it("is a valid Gazetteer with unique ids", () => {
    expect(() => Schema.decodeUnknownSync(Gazetteer)(defaultGazetteer)).not.toThrow()
    const ids = defaultGazetteer.entries.map((e) => e.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it("covers the newsworthy countries with ISO ids, demonyms and capitals", () => {
    const countries = defaultGazetteer.entries.filter((e) => e.type === "country")
    expect(countries.length).toBeGreaterThanOrEqual(60)
    expect(countries.every((c) => /^country:[A-Z]{2}$/.test(c.id))).toBe(true)
    const russia = countries.find((c) => c.id === "country:RU")
    expect(russia?.demonyms).toContain("Russo-")
    expect(russia?.metonyms).toEqual(expect.arrayContaining(["Moscow", "the Kremlin"]))
  })

  it("ties people to their countries", () => {
    const people = defaultGazetteer.entries.filter((e) => e.type === "person")
    expect(people.every((p) => p.country === undefined || defaultGazetteer.entries.some((e) => e.id === p.country))).toBe(true)
  })
})

describe("mergeGazetteers", () => {
  it("adds new entries and replaces entries with a known id", () => {
    const merged = mergeGazetteers(defaultGazetteer, {
      entries: [
        { id: "country:RU", name: "Russia", type: "country", aliases: ["Rossiya"] },
        { id: "org:acme", name: "Acme", type: "organization", aliases: [] }
      ]
    })
    expect(merged.entries.length).toBe(defaultGazetteer.entries.length + 1)
    expect(merged.entries.find((e) => e.id === "country:RU")?.aliases).toEqual(["Rossiya"])
    expect(compileGazetteer(merged).entry("org:acme")?.name).toBe("Acme")
  })
})
