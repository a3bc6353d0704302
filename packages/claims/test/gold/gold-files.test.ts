import { execFileSync } from "node:child_process"
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import type { GoldDocument } from "../../bench/gold/gold-annotation.js"
import { findRepoRoot, readGoldSet } from "../../bench/gold/read-gold-set.js"
import { dayInterval } from "../../bench/score/time-interval.js"
import { ClaimKind, QuantityKind, Qualifier, TimexMod, TimexType } from "../../src/model/index.js"

const root = findRepoRoot(import.meta.url)
const gold = readGoldSet(root)

// TIMEX3 values as TimeML / TempEval-3 write them.
const DATE_VALUE =
  /^(?:(?:\d{4}|XXXX)(?:-(?:\d{2}(?:-\d{2})?|Q[1-4]|H[12]|W\d{2}(?:-WE)?|SP|SU|FA|WI))?(?:T(?:\d{2}(?::\d{2})?|MO|AF|EV|NI))?|\d{2,3}|PRESENT_REF|PAST_REF|FUTURE_REF)$/
const DURATION_VALUE = /^P(?:(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|DE|CE))*(?:T(?:(?:\d+(?:\.\d+)?|X)[HMS])+)?$/
const ENTITY_ID = /^(?:country:[A-Z]{2}|(?:org|person|place):[a-z0-9]+(?:-[a-z0-9]+)*)$/
const UNIT = /^(?:[A-Z]{3}|percent|item|m|kg|s|kg\/yr|m3|m3\/yr|bbl\/d)$/
const PREDICATE = /^(event|trade|deal|statistic)\.[a-z]+(?:_[a-z]+)*$/

const timexValueWellFormed = (type: string, value: string): boolean =>
  type === "DURATION" || type === "SET" ? DURATION_VALUE.test(value) && value !== "P" : DATE_VALUE.test(value)

const spansOverlap = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end

const label = (d: GoldDocument) => d.annotation.file

describe("gold set", () => {
  it("holds the five seeds, at least 25 written texts of 150–400 words and about 10 negative texts", () => {
    const count = (group: string) => gold.filter((d) => d.group === group).length
    expect(count("seeds")).toBe(5)
    expect(count("texts")).toBeGreaterThanOrEqual(25)
    expect(count("negative")).toBeGreaterThanOrEqual(10)
    for (const d of gold.filter((d) => d.group === "texts")) {
      const words = d.text.split(/\s+/).filter((w) => w !== "").length
      expect([label(d), words >= 150 && words <= 400]).toEqual([label(d), true])
    }
  })

  it("annotates every text of fixtures/gold and every seed, with the manifest's reference date", () => {
    const fixtures = join(root, "fixtures")
    const annotated = new Set(gold.map((d) => d.annotation.file))
    const texts = ["gold/texts", "gold/negative", "seeds"].flatMap((dir) =>
      readdirSync(join(fixtures, dir))
        .filter((name) => name.endsWith(".txt"))
        .map((name) => `${dir}/${name}`)
    )
    expect(texts.filter((file) => !annotated.has(file))).toEqual([])
    for (const corpus of ["seeds", "gold"]) {
      const manifest = JSON.parse(readFileSync(join(fixtures, corpus, "manifest.json"), "utf8")) as {
        articles: ReadonlyArray<{ file: string; published: string }>
      }
      for (const entry of manifest.articles) {
        const document = gold.find((d) => d.annotation.file === `${corpus}/${entry.file}`)
        expect(document?.annotation.published, entry.file).toBe(entry.published)
        expect(existsSync(join(fixtures, corpus, entry.file)), entry.file).toBe(true)
      }
    }
  })

  it("is built from fixtures/gold/sources (tools/build-annotations.mjs --check)", () => {
    expect(() => execFileSync("node", [join(root, "fixtures/gold/tools/build-annotations.mjs"), "--check"], { stdio: "pipe" })).not.toThrow()
  })

  describe.each(gold.map((d) => [label(d), d] as const))("%s", (_, document) => {
    const { annotation, text } = document

    it("has a valid reference date", () => {
      expect(annotation.published).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(dayInterval(annotation.published)).toBeDefined()
    })

    it("has time expressions whose offsets slice their text and whose values are TIMEX3", () => {
      for (const t of annotation.timexes) {
        expect(text.slice(t.start, t.end)).toBe(t.text)
        expect(TimexType.literals).toContain(t.type)
        expect([t.text, t.value, timexValueWellFormed(t.type, t.value)]).toEqual([t.text, t.value, true])
        if (t.mod !== undefined) expect(TimexMod.literals).toContain(t.mod)
      }
    })

    it("has quantities whose offsets slice their text, with kind, unit and qualifier", () => {
      for (const q of annotation.quantities) {
        expect(text.slice(q.start, q.end)).toBe(q.text)
        expect(QuantityKind.literals).toContain(q.kind)
        expect(Qualifier.literals).toContain(q.qualifier)
        expect(Number.isFinite(q.value)).toBe(true)
        expect(q.unit).toMatch(UNIT)
        if (q.kind === "percent") expect(q.unit).toBe("percent")
        if (q.kind === "count" || q.kind === "ordinal") expect(q.unit).toBe("item")
        if (q.kind === "money") expect(q.unit).toMatch(/^[A-Z]{3}$/)
      }
    })

    it("lists items in text order, with no time expression overlapping another or a quantity", () => {
      for (const list of [annotation.timexes, annotation.quantities]) {
        list.forEach((item, i) => {
          const next = list[i + 1]
          if (next !== undefined) expect(next.start).toBeGreaterThanOrEqual(item.end)
        })
      }
      for (const q of annotation.quantities) {
        expect(annotation.timexes.filter((t) => spansOverlap(t, q)).map((t) => t.text), q.text).toEqual([])
      }
    })

    it("has claims with a known kind, a well-formed predicate, entity ids, a quoted source and a valid scope", () => {
      for (const c of annotation.claims) {
        expect(ClaimKind.literals).toContain(c.kind)
        expect(c.predicate).toMatch(PREDICATE)
        expect(c.predicate.split(".")[0]).toBe(c.kind)
        for (const id of [...c.subjects, ...(c.place === undefined ? [] : [c.place])]) expect(id).toMatch(ENTITY_ID)
        expect(text).toContain(c.quote)
        if (c.value !== undefined) {
          expect(Number.isFinite(c.value.value)).toBe(true)
          expect(c.value.unit).toMatch(UNIT)
        }
        if (c.time !== undefined) {
          const [start, end] = [dayInterval(c.time.start), dayInterval(c.time.end)]
          expect(start, c.time.start).toBeDefined()
          expect(end, c.time.end).toBeDefined()
          expect(start!.first).toBeLessThanOrEqual(end!.last)
        }
      }
    })
  })

  it("keeps the negative corpus nearly empty: a few real items at most, no claims", () => {
    for (const d of gold.filter((d) => d.group === "negative")) {
      expect(d.annotation.claims, label(d)).toEqual([])
      expect(d.annotation.timexes.length + d.annotation.quantities.length, label(d)).toBeLessThanOrEqual(2)
    }
  })
})
