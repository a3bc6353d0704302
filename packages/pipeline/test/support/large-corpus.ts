import { existsSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { fixture, repoRoot } from "./cli.js"

/**
 * A JSONL corpus large enough that a run is still storing articles (in more than one batch) when it
 * is stopped: the real BBC articles when they are beside the repository, else the seed articles,
 * each under many ids.
 */
export const writeLargeCorpus = (file: string, count: number): void => {
  const bbc = join(repoRoot, "..", "shared", "corpus", "bbc", "articles.jsonl")
  const bodies = existsSync(bbc)
    ? readFileSync(bbc, "utf8").split("\n").filter(Boolean).slice(0, count).map((line) => JSON.parse(line).body as string)
    : ["000_faf72e9f18f487db.txt", "002_1ad50343d0bf0f38.txt", "004_1952c7b5750355fd.txt"].map((name) =>
      readFileSync(fixture("seeds", name), "utf8")
    )
  const lines = Array.from({ length: count }, (_, i) => JSON.stringify({ id: `large/${i}`, body: bodies[i % bodies.length] }))
  writeFileSync(file, lines.join("\n") + "\n")
}

/**
 * One article of about `chars` characters that takes a worker many seconds to extract: real news
 * (the BBC articles one after another) when it is beside the repository, else the seed articles,
 * each copy's lines numbered so that no paragraph repeats (a repeated one would be page furniture).
 */
export const longArticle = (chars: number): string => {
  const bbc = join(repoRoot, "..", "shared", "corpus", "bbc", "articles.jsonl")
  const bodies = existsSync(bbc)
    ? readFileSync(bbc, "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line).body as string)
    : ["000_faf72e9f18f487db.txt", "002_1ad50343d0bf0f38.txt", "004_1952c7b5750355fd.txt"].map((name) =>
      readFileSync(fixture("seeds", name), "utf8")
    )
  const parts: Array<string> = []
  let length = 0
  for (let copy = 0; length < chars; copy++) {
    const body = bodies[copy % bodies.length] ?? ""
    const text = copy < bodies.length ? body : body.replace(/\S$/gm, (last) => `${last} (${copy})`)
    parts.push(text.slice(0, chars - length))
    length += Math.min(text.length, chars - length) + 2
  }
  return parts.join("\n\n")
}
