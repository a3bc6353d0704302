/**
 * The quantity module's own segmentation of a text: numbers, words, currency symbols and single
 * punctuation marks, with their offsets and whether they touch the previous lexeme. wink splits
 * "£600m", "US$200" and "10-2043" inconsistently; figures need a character-exact, predictable cut.
 */
export type LexemeKind = "number" | "word" | "currency" | "punct"

export interface Lexeme {
  readonly start: number
  readonly end: number
  readonly text: string
  /** Lower-cased text, dashes unified to "-". */
  readonly lower: string
  readonly kind: LexemeKind
  /** True when no space separates this lexeme from the previous one ("600m", "km2", "US$"). */
  readonly glued: boolean
  /** True when a row or paragraph break comes before it (a line break then indentation, or a blank line): a figure's unit never lies beyond one. */
  readonly broken: boolean
}

// Order matters: a grouped number ("2,802.5") before a plain one; prefixed dollars ("US$", "HK$")
// before words, so the letters stay with their symbol. No capture groups (this runs over every
// character of every text): a lexeme's kind follows from its first and last characters.
const LEXEME =
  /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?|(?:US|AU|NZ|HK|NT|CA|A|C|S|R)\$|[$€£¥₹₽₩₺₪]|[A-Za-z]+|\S/gu

const CURRENCY_SYMBOLS: ReadonlySet<string> = new Set(["$", "€", "£", "¥", "₹", "₽", "₩", "₺", "₪"])
const DASHES: ReadonlySet<string> = new Set(["‐", "‑", "‒", "–", "—", "−"])

/** Which alternative of LEXEME matched `raw`: digits start only numbers, a symbol ends only currencies. */
const kindOf = (raw: string): LexemeKind => {
  const first = raw.charCodeAt(0)
  if (first >= 48 && first <= 57) return "number"
  if (CURRENCY_SYMBOLS.has(raw[raw.length - 1]!)) return "currency"
  return (first >= 65 && first <= 90) || (first >= 97 && first <= 122) ? "word" : "punct"
}

/** A line break followed by indentation or another line break: wire tables' rows, paragraphs. Wrapped prose lines start flush. */
const ROW_BREAK = /\n[ \t\n]/

export const lexemesOf = (text: string): ReadonlyArray<Lexeme> => {
  const out: Array<Lexeme> = []
  let previousEnd = -1
  for (const m of text.matchAll(LEXEME)) {
    const start = m.index
    const raw = m[0]
    const kind = kindOf(raw)
    const lower = kind === "punct" && DASHES.has(raw) ? "-" : raw.toLowerCase()
    const broken = start - previousEnd >= 2 && ROW_BREAK.test(text.slice(previousEnd, start))
    out.push({ start, end: start + raw.length, text: raw, lower, kind, glued: start === previousEnd, broken })
    previousEnd = start + raw.length
  }
  return out
}

/** Parses a numeric lexeme ("2,802", "14.3") with the place value of its last written digit. */
export const numericValue = (text: string): { readonly value: number; readonly precision: number } => {
  const plain = text.replaceAll(",", "")
  const dot = plain.indexOf(".")
  const decimals = dot < 0 ? 0 : plain.length - dot - 1
  return { value: Number(plain), precision: 10 ** -decimals }
}
