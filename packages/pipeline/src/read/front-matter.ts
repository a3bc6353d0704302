import { leadingDayText, type WrittenMetadata } from "@crosscheck/claims/model"

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/
const KEY_VALUE = /^(title|published|outlet|url|date)\s*:\s*(.*?)\s*$/

/**
 * Reads the metadata keys crosscheck knows (`title`, `published` — or `date` —, `outlet`, `url`)
 * from Markdown front matter. Only flat `key: value` lines are read: that is all these keys need,
 * and it keeps a YAML parser out of the dependency tree.
 */
export const frontMatterMetadata = (text: string): WrittenMetadata => {
  const block = FRONT_MATTER.exec(text)?.[1]
  if (block === undefined) return {}
  const metadata: { -readonly [K in keyof WrittenMetadata]: string } = {}
  for (const line of block.split(/\r?\n/)) {
    const match = KEY_VALUE.exec(line)
    if (match === null) continue
    const key = match[1] === "date" ? "published" : (match[1] as keyof WrittenMetadata)
    const value = unquote(match[2]!)
    if (value !== "") metadata[key] = key === "published" ? leadingDayText(value) ?? value : value
  }
  return metadata
}

const unquote = (value: string) => value.replace(/^(["'])(.*)\1$/, "$2")
