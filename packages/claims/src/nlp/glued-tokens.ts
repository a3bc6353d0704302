import type { Token } from "./analyze.js"

/** Whether the tokens written with no space between them, from index `at` towards `step`, reach one whose text is `stop`. */
export const gluedReaches = (tokens: ReadonlyArray<Token>, at: number, step: 1 | -1, stop: string): boolean => {
  for (let i = at; tokens[i + step] !== undefined; i += step) {
    const next = tokens[i + step]!
    if (step === 1 ? tokens[i]!.end !== next.start : next.end !== tokens[i]!.start) return false
    if (next.text === stop) return true
  }
  return false
}

/**
 * Whether the tokens from `first` to `last` lie inside a bracketed code written without spaces, in capitals: "ISUM" and
 * "T" in "<ISUM.T>". Wire copy brackets a firm with no ticker too ("<Daily Telegraph Plc>"): a name, no code.
 */
export const insideTicker = (tokens: ReadonlyArray<Token>, first: number, last: number): boolean =>
  gluedReaches(tokens, first, -1, "<") && gluedReaches(tokens, last, 1, ">") && gluedReaches(tokens, first, 1, ">") && !tokens.slice(first, last + 1).some((t) => /\p{Ll}/u.test(t.text))
