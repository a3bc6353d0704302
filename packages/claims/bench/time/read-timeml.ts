/**
 * TimeML documents (TimeBank 1.2, AQUAINT) read for scoring: the text between <TEXT> tags with
 * every tag removed and entities decoded, each TIMEX3 with its offsets in that text, and the
 * document's creation time (the DCT's TIMEX3), which anchors relative dates.
 */
import type { ScoredTimex } from "./tempeval-score.js"

export interface TimeMLDocument {
  readonly file: string
  readonly dct: string
  readonly text: string
  readonly timexes: ReadonlyArray<ScoredTimex>
}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!)
const attribute = (attributes: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1]

/** One .tml file's text and gold TIMEX3s; undefined when it has no TEXT or no DCT. */
export const readTimeML = (file: string, xml: string): TimeMLDocument | undefined => {
  const dct = /<DCT>[\s\S]*?value="(\d{4}-\d{2}-\d{2})/.exec(xml)?.[1]
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1]
  if (dct === undefined || body === undefined) return undefined
  let text = ""
  const timexes: Array<ScoredTimex> = []
  let open: { start: number; type: string; value: string; mod: string | undefined } | undefined
  let at = 0
  for (const tag of body.matchAll(/<(\/?)([A-Za-z0-9]+)([^>]*)>/g)) {
    text += decode(body.slice(at, tag.index))
    at = tag.index + tag[0].length
    if (tag[2] !== "TIMEX3") continue
    if (tag[1] === "") {
      open = { start: text.length, type: attribute(tag[3]!, "type") ?? "", value: attribute(tag[3]!, "value") ?? "", mod: attribute(tag[3]!, "mod") }
    } else if (open !== undefined) {
      const { start, type, value, mod } = open
      timexes.push({ text: text.slice(start, text.length), start, end: text.length, type, value, ...(mod !== undefined ? { mod } : {}) })
      open = undefined
    }
  }
  text += decode(body.slice(at))
  return { file, dct, text, timexes }
}
