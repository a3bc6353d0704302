import type { Lexeme } from "./lexemes.js"

/** Denominators of the fractions wire copy writes prices and rates in: "7-3/4 pct", "93-7/8", "off 1/4", "33-1/3 pct". */
export const WIRE_FRACTION_DENOMINATORS: ReadonlySet<number> = new Set([2, 3, 4, 8, 16, 32, 64])

/** The value of a proper fraction with one of those denominators ("3/4" = 0.75); none for "24/7" or "5/4". */
export const wireFraction = (numerator: number, denominator: number): number | undefined =>
  Number.isInteger(numerator) && numerator > 0 && numerator < denominator && WIRE_FRACTION_DENOMINATORS.has(denominator)
    ? numerator / denominator
    : undefined

/** "3/4" written alone: a proper fraction of those denominators. */
export const isWireFraction = (written: string): boolean => {
  const parts = written.split("/")
  return parts.length === 2 && wireFraction(Number(parts[0]), Number(parts[1])) !== undefined
}

const gluedNumber = (lexemes: ReadonlyArray<Lexeme>, at: number): number | undefined => {
  const l = lexemes[at]
  return l !== undefined && l.kind === "number" && l.glued && /^\d+$/.test(l.text) ? Number(l.text) : undefined
}

/** "3/4" from lexeme `at` (the numerator), written without spaces: its value and the lexeme after it. */
export const fractionAt = (lexemes: ReadonlyArray<Lexeme>, at: number): { readonly value: number; readonly denominator: number; readonly next: number } | undefined => {
  const numerator = lexemes[at]
  const slash = lexemes[at + 1]
  const denominator = gluedNumber(lexemes, at + 2)
  if (numerator?.kind !== "number" || !/^\d+$/.test(numerator.text) || slash?.text !== "/" || !slash.glued || denominator === undefined) return undefined
  // "3/4/87" is a date, not a fraction
  if (lexemes[at + 3]?.text === "/" && lexemes[at + 3]!.glued) return undefined
  const value = wireFraction(Number(numerator.text), denominator)
  return value === undefined ? undefined : { value, denominator, next: at + 3 }
}

const FRACTION_TAIL = /\/(\d{1,2})(?![\d/])/y

/** Whether "7-3" at `end` goes on as "7-3/4": a whole number and a fraction, not a code or a score. */
export const continuesAsFraction = (text: string, end: number, chunk: string): boolean => {
  const parts = chunk.split(/[-–]/)
  if (parts.length !== 2 || !parts.every((p) => /^\d+$/.test(p))) return false
  FRACTION_TAIL.lastIndex = end
  const tail = FRACTION_TAIL.exec(text)
  return tail !== null && wireFraction(Number(parts[1]), Number(tail[1])) !== undefined
}
