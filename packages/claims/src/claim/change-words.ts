import type { Token } from "../nlp/analyze.js"

/** Words that say a figure is a change, by lemma or normal form, and its direction. */
const RISES = new Set(["grow", "growth", "increase", "rise", "jump", "climb", "surge", "soar", "up", "expand", "gain", "boost", "rocket", "leap", "double"])
const FALLS = new Set(["decline", "fall", "drop", "decrease", "shrink", "slump", "plunge", "down", "contract", "slide", "dip", "tumble", "sink", "cut", "lose", "slip", "reduce"])

export type Direction = "rise" | "fall"

/** The direction of the change word among `tokens` closest to `at`, if any. */
export const changeNear = (tokens: ReadonlyArray<Token>, at: number): { readonly direction: Direction; readonly token: Token } | undefined => {
  let best: { direction: Direction; token: Token; distance: number } | undefined
  for (const token of tokens) {
    const word = token.lemma.toLowerCase()
    const direction = RISES.has(word) || RISES.has(token.normal) ? "rise" : FALLS.has(word) || FALLS.has(token.normal) ? "fall" : undefined
    if (direction === undefined) continue
    const distance = Math.abs(token.start - at)
    if (best === undefined || distance < best.distance) best = { direction, token, distance }
  }
  return best
}

/** "from $639m" in "rose to $1.13bn from $639m" or "$18bn, down from $38bn": the value a change started from. */
export const isEarlierValue = (tokens: ReadonlyArray<Token>, at: number): boolean => {
  const index = tokens.findIndex((t) => t.start >= at)
  if (tokens[index - 1]?.normal !== "from") return false
  const cue = tokens[index - 2]
  return (cue !== undefined && (RISES.has(cue.normal) || FALLS.has(cue.normal))) || tokens.some((t) => t.normal === "to" && t.start < at)
}
