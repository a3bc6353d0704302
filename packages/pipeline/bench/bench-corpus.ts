import { existsSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { generateCorpus } from "./generate-corpus.js"

/** The real corpora beside the repository (../shared/corpus), when they are there. */
const REAL_CORPORA = ["reuters", "bbc"]

interface Story {
  readonly published?: string
  readonly title?: string
  readonly body: string
}

/** The real stories (Reuters, then BBC), or stories generated from the fixtures when they are absent. */
export const loadStories = (root: string, scratch: string): { readonly source: string; readonly stories: ReadonlyArray<Story> } => {
  const files = REAL_CORPORA.map((name) => join(root, "..", "shared", "corpus", name, "articles.jsonl")).filter((file) =>
    existsSync(file)
  )
  const source = files.length > 0 ? files.join(" + ") : generateCorpus(join(root, "fixtures"), join(scratch, "generated.jsonl"), 3000)
  const stories = (files.length > 0 ? files : [source]).flatMap((file) =>
    readFileSync(file, "utf8").split("\n").filter((line) => line.trim() !== "").map((line) => {
      const { body, published, title } = JSON.parse(line) as Story
      return { body, ...(published === undefined ? {} : { published }), ...(title === undefined ? {} : { title }) }
    })
  )
  return { source, stories }
}

/**
 * A JSONL corpus of `count` articles: the stories in order, repeated as often as needed, each
 * repeat with its own id and a body of its own (a closing line naming the copy), so that every
 * article is stored, hashed and extracted as a distinct one.
 */
export const writeBenchCorpus = (stories: ReadonlyArray<Story>, count: number, file: string): ReadonlyArray<string> => {
  const bodies: Array<string> = []
  const lines: Array<string> = []
  for (let i = 0; i < count; i++) {
    const story = stories[i % stories.length]!
    const copy = Math.floor(i / stories.length)
    const body = copy === 0 ? story.body : `${story.body}\n\n(Copy ${copy} of this story.)`
    bodies.push(body)
    lines.push(JSON.stringify({ ...story, id: `bench/${i}`, body }))
  }
  writeFileSync(file, lines.join("\n") + "\n")
  return bodies
}
