import { readdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { fixture } from "./cli.js"

/**
 * Real news from the repository (the gold set's texts), the same wherever the tests run: a sibling
 * corpus present on one machine and not in a fresh clone made these tests differ between the two
 * (the seed articles, once the fallback, end in a comment thread, past which nothing is extracted,
 * so an article made of them was quick where one made of BBC news took many seconds).
 */
const newsBodies = (): ReadonlyArray<string> => {
  const dir = fixture("gold", "texts")
  return readdirSync(dir).sort().map((name) => readFileSync(join(dir, name), "utf8"))
}

/** A JSONL corpus large enough that a run is still storing articles (in more than one batch) when it is stopped. */
export const writeLargeCorpus = (file: string, count: number): void => {
  const bodies = newsBodies()
  const lines = Array.from({ length: count }, (_, i) => JSON.stringify({ id: `large/${i}`, body: bodies[i % bodies.length] }))
  writeFileSync(file, lines.join("\n") + "\n")
}

/**
 * One article of about `chars` characters that takes a worker many seconds to extract (about 18 s
 * per million characters on this machine, unloaded): the news texts one after another, each copy's
 * lines numbered so that no paragraph repeats (a repeated one would be page furniture).
 */
export const longArticle = (chars: number): string => {
  const bodies = newsBodies()
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
