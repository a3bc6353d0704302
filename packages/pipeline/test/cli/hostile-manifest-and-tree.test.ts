import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import { buildCli, crosscheck, fixture, jsonLines, tempDir } from "../support/cli.js"
import { giveToTestUser, testUser, testUserDir } from "../support/unprivileged.js"

/**
 * The cases of hostile input the other CLI tests do not cover: a manifest.json that is not JSON or
 * has values of the wrong type, and a subdirectory that cannot be listed.
 */

beforeAll(buildCli)

const seeds = ["000_faf72e9f18f487db.txt", "001_96bedf45fe97eb42.txt", "002_1ad50343d0bf0f38.txt"]

const storedArticles = (db: string) =>
  jsonLines(crosscheck(["export", "articles", "--db", db]).stdout).map((article) => [article["id"], article["published"]])

describe("a manifest.json that cannot be read as one", () => {
  const broken: Record<string, { readonly text: string; readonly reason: RegExp }> = {
    "invalid JSON": { text: `{ "articles": [ { "file": `, reason: /not a valid manifest: .*JSON/ },
    "wrong types": {
      text: JSON.stringify({ articles: [{ file: 5, published: "2018-06-04" }, { file: seeds[1], published: 20240514 }] }),
      reason: /not a valid manifest: Expected string at \["articles"\]\[0\]\["file"\]/
    }
  }
  for (const [what, { text, reason }] of Object.entries(broken)) {
    it(`${what}: one line naming it and why, exit 2, the store left as it was`, () => {
      const dir = tempDir()
      const corpus = join(dir, "corpus")
      mkdirSync(corpus)
      for (const name of seeds) copyFileSync(fixture("seeds", name), join(corpus, name))
      const manifest = join(corpus, "manifest.json")
      writeFileSync(manifest, JSON.stringify({ articles: seeds.map((file) => ({ file, published: "2018-06-09" })) }))
      const db = join(dir, "claims.db")
      expect(crosscheck(["run", corpus, "--db", db, "--out", join(dir, "out")]).status).toBe(0)
      const before = storedArticles(db)
      const claims = crosscheck(["export", "claims", "--db", db]).stdout

      writeFileSync(manifest, text)
      const result = crosscheck(["run", corpus, "--db", db, "--out", join(dir, "out")])
      expect(result.status).toBe(2)
      const lines = result.stderr.trimEnd().split("\n")
      expect(lines).toHaveLength(1)
      expect(lines[0]).toContain(`crosscheck: ${manifest}: `)
      expect(lines[0]).toMatch(reason)
      expect(storedArticles(db)).toEqual(before)
      expect(crosscheck(["export", "claims", "--db", db]).stdout).toBe(claims)
    })
  }
})

describe("a subdirectory that cannot be listed", () => {
  it("is named on one line with the reason, exit 2; the rest of the corpus is stored", () => {
    const dir = testUserDir()
    const corpus = join(dir, "corpus")
    const locked = join(corpus, "locked")
    mkdirSync(locked, { recursive: true })
    for (const name of seeds.slice(0, 2)) copyFileSync(fixture("seeds", name), join(corpus, name))
    writeFileSync(join(locked, seeds[2] ?? ""), readFileSync(fixture("seeds", seeds[2] ?? "")))
    for (const path of [corpus, locked]) giveToTestUser(path)
    chmodSync(locked, 0o000)
    const db = join(dir, "claims.db")
    // As `nobody` when the tests run as root: root lists any directory.
    const result = crosscheck(["run", corpus, "--db", db, "--out", join(dir, "out")], { user: testUser })
    expect(result.status).toBe(2)
    const failures = result.stderr.trimEnd().split("\n").filter((line) => line.includes(locked))
    expect(failures).toHaveLength(1)
    expect(failures[0]).toMatch(new RegExp(`^crosscheck: ${locked}: cannot list this directory`))
    expect(storedArticles(db).map(([id]) => id)).toEqual(seeds.slice(0, 2))
  })
})
