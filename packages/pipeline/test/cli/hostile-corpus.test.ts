import { execFileSync } from "node:child_process"
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { gzipSync } from "node:zlib"
import { beforeAll, describe, expect, it } from "vitest"
import { buildCli, crosscheck, fixture, jsonLines, tempDir } from "../support/cli.js"

/**
 * Hostile input through the real CLI: every bad file, entry or line is named on stderr with the
 * reason, on one line; the rest of the corpus is processed; nothing stored is lost; exit code 2.
 */

beforeAll(buildCli)

const seed = (name: string) => readFileSync(fixture("seeds", name), "utf8")
const good = ["000_faf72e9f18f487db.txt", "001_96bedf45fe97eb42.txt", "002_1ad50343d0bf0f38.txt"]
// Each with its own text: the same article under several names is another matter.
const oddNames = ["with space.txt", "quote'\".txt", "new\nline.txt", "ünïcødé.txt", "-leading-dash.txt"]

/** A fixed pseudo-random byte sequence (the same in every run). */
const noise = (length: number): Buffer => {
  const bytes = Buffer.alloc(length)
  let state = 12345
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0
    bytes[i] = 0x80 | (state >>> 24)
  }
  return bytes
}

const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), noise(200)])
const utf16 = (text: string, order: "le" | "be"): Buffer => {
  const le = Buffer.from(`\uFEFF${text}`, "utf16le")
  return order === "le" ? le : le.swap16()
}

const storedIds = (db: string): Array<string> =>
  jsonLines(crosscheck(["export", "articles", "--db", db]).stdout).map((article) => String(article["id"]))

/** One line per failure, each naming `name`. */
const failureLine = (stderr: string, name: string): string | undefined =>
  stderr.split("\n").find((line) => line.includes(name))

describe("a corpus of hostile files, links and names", () => {
  const dir = tempDir()
  const corpus = join(dir, "corpus")
  const outside = join(dir, "outside")
  const db = join(dir, "claims.db")
  let first: ReturnType<typeof crosscheck>
  let hostile: ReturnType<typeof crosscheck>

  beforeAll(() => {
    mkdirSync(corpus)
    mkdirSync(outside)
    for (const name of good) copyFileSync(fixture("seeds", name), join(corpus, name))
    first = crosscheck(["run", corpus, "--db", db, "--out", join(dir, "first")])

    const text = seed("003_37622b0bbbee714f.txt")
    const files: Record<string, string | Buffer> = {
      "empty.txt": "",
      "blank.txt": "  \n\t \n",
      "random.txt": noise(4096),
      "image.txt": png,
      "archive.txt": gzipSync(text),
      "latin1.txt": Buffer.from("Caf\xe9 prices rose 5% in 2023.", "latin1"),
      "nul.txt": "Trade rose\u0000 in 2023.",
      "utf16le.txt": utf16(text, "le"),
      "utf16be.txt": utf16(seed("004_1952c7b5750355fd.txt"), "be"),
      "utf8-bom.txt": `\uFEFFOn Monday, 3 June 2019, exports rose 4% to $12 billion, the ministry said.`,
      "big-number.txt": `Exports rose to $${"9".repeat(10_000)} billion in 2023, the ministry said on 99999999-12-31.`,
      "deep.html": `<html><body>${"<div>".repeat(10_000)}<p>Trade rose 5% in 2023.</p>${"</div>".repeat(10_000)}</body></html>`,
      "active.html": `<html><head><title>Deal</title><script>window.x = "Trade rose 99% in 2023."</script></head>
<body onload="alert(1)"><iframe src="javascript:alert(2)"></iframe><a href="javascript:alert(3)">link</a>
<![CDATA[ Exports fell 77% in 2019. ]]><!-- Imports rose 66% in 2018. -->
<p>The two countries signed 12 deals worth $3 billion on 4 June 2019.</p></body></html>`,
      "broken-front-matter.md": "---\ntitle: [unclosed\npublished: 2023-\nExports rose 5% in 2023.\n",
      "impossible-date.md": "---\npublished: 2023-02-30\n---\nExports rose 5% in 2023.\n",
      "long-line.txt": "trade rose in march and exports grew ".repeat(7100).slice(0, 256 * 1024),
      "long-token.txt": "a".repeat(400 * 1024),
      "huge-line.txt": "x ".repeat(2.5 * 1024 * 1024),
      "huge.txt": `${"Exports rose 5% in 2023.\n".repeat(2_100_000)}`,
      ...Object.fromEntries(oddNames.map((name, i) => [name, `Exports rose ${i + 2}% in ${2001 + i}, the ministry said.`]))
    }
    for (const [name, content] of Object.entries(files)) writeFileSync(join(corpus, name), content)
    mkdirSync(join(corpus, "folder.txt"))
    writeFileSync(join(corpus, "folder.txt", "inside.txt"), "Imports fell 3% in 2011, the ministry said.")
    writeFileSync(join(outside, "secret.txt"), "The secret deal was worth $9 billion in 2020.")
    symlinkSync(join(outside, "secret.txt"), join(corpus, "leak.txt"))
    symlinkSync(outside, join(corpus, "leak-dir"))
    symlinkSync(".", join(corpus, "loop"))
    symlinkSync("self.txt", join(corpus, "self.txt"))
    execFileSync("mkfifo", [join(corpus, "pipe.txt")])
    writeFileSync(join(corpus, "manifest.json"), JSON.stringify({
      articles: [
        { file: "000_faf72e9f18f487db.txt", published: "2018-06-04" },
        { file: "000_faf72e9f18f487db.txt", published: "2018-06-05" },
        { file: "missing.txt" },
        { file: "../../etc/passwd" },
        { file: "/etc/passwd" }
      ]
    }))
    hostile = crosscheck(["run", corpus, "--db", db, "--out", join(dir, "hostile")])
  })

  it("first stores the good articles", () => {
    expect(first.status).toBe(0)
    expect(storedIds(db)).toEqual(expect.arrayContaining(good))
  })

  it("names each bad file with its reason on one line, and exits 2", () => {
    expect(hostile.status).toBe(2)
    expect(hostile.stdout, hostile.stderr).toMatch(/failed\)/)
    const reasons: Record<string, RegExp> = {
      "empty.txt": /empty/,
      "blank.txt": /empty/,
      "random.txt": /not valid UTF-8/,
      "image.txt": /not valid UTF-8/,
      "archive.txt": /not valid UTF-8/,
      "latin1.txt": /not valid UTF-8/,
      "nul.txt": /NUL/,
      "impossible-date.md": /'2023-02-30' is not a calendar date/,
      "huge-line.txt": /larger than an article can be/,
      "huge.txt": /larger than an article can be/,
      "leak.txt": /outside the corpus/,
      "leak-dir": /outside the corpus/,
      "loop": /symbolic link to a directory/,
      "self.txt": /symbolic link loop/,
      "pipe.txt": /named pipe/
    }
    const manifestProblems = [
      "entry '000_faf72e9f18f487db.txt' is listed more than once",
      "entry 'missing.txt' is not an article in the corpus",
      "entry '../../etc/passwd' is outside the corpus",
      "entry '/etc/passwd' is outside the corpus"
    ]
    for (const problem of manifestProblems) expect(failureLine(hostile.stderr, `manifest.json: ${problem}`)).toBeDefined()
    for (const [name, reason] of Object.entries(reasons)) {
      const line = failureLine(hostile.stderr, `/${name}: `)
      expect(line, `stderr names ${name}`).toBeDefined()
      expect(line).toMatch(reason)
      expect(line).toMatch(/^crosscheck: /)
    }
    expect(hostile.stderr).not.toMatch(/at .*\.js:\d+|RangeError|BadResource|Expected a finite number/)
  })

  it("processes everything else, through decoding, odd names and hostile markup", () => {
    const ids = storedIds(db)
    expect(ids).toEqual(expect.arrayContaining([
      ...good,
      "utf16le.txt",
      "utf16be.txt",
      "utf8-bom.txt",
      "big-number.txt",
      "deep.html",
      "active.html",
      "broken-front-matter.md",
      "long-line.txt",
      "long-token.txt",
      ...oddNames,
      "folder.txt/inside.txt"
    ]))
    // Nothing outside the corpus, nothing through a link loop, no bad file.
    expect(ids.filter((id) => /leak|loop|self|pipe|empty|blank|random|image|archive|latin1|nul|huge|impossible/.test(id)))
      .toEqual([])
    const claims = crosscheck(["export", "claims", "--db", db]).stdout
    expect(claims).not.toMatch(/secret|99%|77%|66%/)
    // Decoded from UTF-16: claims read from its text.
    expect(claims).toMatch(/"article":"utf16le\.txt"/)
    expect(claims).toMatch(/"article":"utf16be\.txt"/)
  })

  it("keeps every article stored before", () => {
    expect(hostile.stdout, hostile.stderr).toMatch(/0 removed/)
    expect(storedIds(db)).toEqual(expect.arrayContaining(good))
  })

  it("refuses an empty corpus directory and leaves the store as it was", () => {
    const before = storedIds(db)
    const empty = join(dir, "empty")
    mkdirSync(empty)
    const result = crosscheck(["run", empty, "--db", db, "--out", join(dir, "empty-out")])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/empty: no articles found in the corpus; the store was left as it was/)
    expect(storedIds(db)).toEqual(before)
  })
})

describe("a .jsonl corpus of hostile lines", () => {
  it("names each bad line, stores the good ones and exits 2", () => {
    const dir = tempDir()
    const corpus = join(dir, "corpus.jsonl")
    const body = seed("000_faf72e9f18f487db.txt")
    const lines: Array<string | Buffer> = [
      JSON.stringify({ id: "good", body }),
      "{ not json",
      JSON.stringify({ id: "good", body: "Exports rose 5% in 2023." }),
      JSON.stringify({ id: "../../escape", body: "Exports rose 6% in 2023." }),
      JSON.stringify({ id: "nul\u0000id", body: "Exports rose 7% in 2023." }),
      JSON.stringify({ id: "no-body" }),
      JSON.stringify({ id: "number-body", body: 42 }),
      Buffer.concat([Buffer.from('{"id":"latin1","body":"Caf'), Buffer.from([0xe9]), Buffer.from(' rose 5% in 2023."}')]),
      JSON.stringify({ id: "huge", body: "x ".repeat(10 * 1024 * 1024) }),
      JSON.stringify({ id: "last", body: "The two countries signed 12 deals worth $3 billion on 4 June 2019." })
    ]
    writeFileSync(corpus, Buffer.concat(lines.flatMap((line) => [Buffer.from(line), Buffer.from("\n")])))
    const db = join(dir, "claims.db")
    const result = crosscheck(["run", corpus, "--db", db, "--out", join(dir, "out")])
    expect(result.status).toBe(2)
    const expected: Record<string, RegExp> = {
      "corpus.jsonl#2": /not a JSON object/,
      "corpus.jsonl#3": /duplicate article id 'good'/,
      "corpus.jsonl#5": /control character/,
      "corpus.jsonl#6": /not a JSON object/,
      "corpus.jsonl#7": /not a JSON object/,
      "corpus.jsonl#8": /not valid UTF-8/,
      "corpus.jsonl#9": /larger than an article can be/
    }
    for (const [at, reason] of Object.entries(expected)) {
      const line = failureLine(result.stderr, `${at}:`)
      expect(line, `stderr names ${at}`).toBeDefined()
      expect(line).toMatch(reason)
    }
    expect(result.stderr).not.toMatch(/\u0000/)
    expect(storedIds(db).sort()).toEqual(["../../escape", "good", "last"])
  })
})
