import type { Quantity } from "../../src/model/quantity.js"
import type { Timex } from "../../src/model/time.js"
import { analyze } from "../../src/nlp/analyze.js"
import { findQuantities } from "../../src/quantity/find-quantities.js"

/**
 * Timexes standing in for the time module's output: one DATE per listed phrase, at its first
 * occurrence, so quantity tests do not depend on the time module's current rules.
 */
export const timexesAt = (text: string, phrases: ReadonlyArray<string>): ReadonlyArray<Timex> =>
  phrases.map((phrase, k) => {
    const start = text.indexOf(phrase)
    if (start < 0) throw new Error(`'${phrase}' not in text`)
    return { id: `t${k + 1}`, start, end: start + phrase.length, text: phrase, type: "DATE", value: "XXXX", derivation: "test" }
  })

export const quantitiesIn = (text: string, timexPhrases: ReadonlyArray<string> = []): ReadonlyArray<Quantity> =>
  findQuantities(analyze(text), timexesAt(text, timexPhrases))

/** The one quantity whose text is `quoted`. */
export const quantityQuoted = (quantities: ReadonlyArray<Quantity>, quoted: string): Quantity => {
  const found = quantities.filter((q) => q.text === quoted)
  if (found.length !== 1) throw new Error(`expected one quantity '${quoted}', got [${quantities.map((q) => q.text).join(" | ")}]`)
  return found[0]!
}

/** A compact view for assertions: text, kind, value, unit. */
export const brief = (q: Quantity) => ({ text: q.text, kind: q.kind, value: q.value, unit: q.unit })
