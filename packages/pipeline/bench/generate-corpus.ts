import { readdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"

/**
 * Writes a JSONL corpus of `count` articles made from the fixture articles' paragraphs,
 * recombined deterministically, for machines without the BBC corpus beside the repository.
 */
export const generateCorpus = (fixtures: string, out: string, count: number): string => {
  const paragraphs = readdirSync(join(fixtures, "seeds"))
    .filter((name) => name.endsWith(".txt"))
    .flatMap((name) => readFileSync(join(fixtures, "seeds", name), "utf8").split(/\n\s*\n/))
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 80)
  const lines: Array<string> = []
  for (let i = 0; i < count; i++) {
    const body = Array.from({ length: 8 }, (_, k) => paragraphs[(i * 7 + k * 13) % paragraphs.length]).join("\n\n")
    const year = 2000 + (i % 25)
    lines.push(JSON.stringify({ id: `generated/${i}`, published: `${year}-0${1 + (i % 9)}-1${i % 10}`, body }))
  }
  writeFileSync(out, lines.join("\n") + "\n")
  return out
}
