import { type Lexeme, lexemesOf } from "./lexemes.js"

/**
 * A table of (possibly multi-word) phrases compiled once into a trie over lexemes, matched
 * longest-first: "nautical miles" before "miles", "per cent" before "per". Phrases are cut with the
 * same lexer as the text, so "km2" or "b/d" must be written glued to match glued.
 */
export interface PhraseTable<A> {
  /** The longest phrase starting at lexeme `i`, and the index of the lexeme after it. */
  readonly match: (lexemes: ReadonlyArray<Lexeme>, i: number) => { readonly value: A; readonly next: number } | undefined
  /** The first lexeme of every phrase: lower-cased, or as written when `caseSensitive`. */
  readonly firstKeys: ReadonlySet<string>
  readonly caseSensitive: boolean
}

interface Node<A> {
  readonly children: Map<string, Node<A>>
  glued: boolean
  value: A | undefined
}

const node = <A>(glued: boolean): Node<A> => ({ children: new Map(), glued, value: undefined })

/**
 * `caseSensitive` phrases are symbols whose case carries meaning ("MW" megawatts vs "mW", "G" in
 * "4G"); the rest match in any case.
 */
export const compilePhrases = <A>(
  entries: Iterable<readonly [phrase: string, value: A]>,
  options: { readonly caseSensitive?: boolean } = {}
): PhraseTable<A> => {
  const exact = options.caseSensitive === true
  const root = node<A>(false)
  for (const [phrase, value] of entries) {
    let at = root
    lexemesOf(phrase).forEach((lexeme, k) => {
      const key = exact ? lexeme.text : lexeme.lower
      let child = at.children.get(key)
      if (child === undefined) {
        child = node<A>(k > 0 && lexeme.glued)
        at.children.set(key, child)
      }
      at = child
    })
    at.value ??= value
  }
  return {
    firstKeys: new Set(root.children.keys()),
    caseSensitive: exact,
    match: (lexemes, i) => {
      let at = root
      let best: { value: A; next: number } | undefined
      for (let j = i; j < lexemes.length; j++) {
        const lexeme = lexemes[j]!
        const child = at.children.get(exact ? lexeme.text : lexeme.lower)
        if (child === undefined || (child.glued && !lexeme.glued)) break
        at = child
        if (at.value !== undefined) best = { value: at.value, next: j + 1 }
      }
      return best
    }
  }
}

/** Tries tables in order and keeps the longest match (ties go to the earlier table). */
export const matchLongest = <A>(
  tables: ReadonlyArray<PhraseTable<A>>,
  lexemes: ReadonlyArray<Lexeme>,
  i: number
): { readonly value: A; readonly next: number } | undefined => {
  let best: { value: A; next: number } | undefined
  for (const table of tables) {
    const m = table.match(lexemes, i)
    if (m !== undefined && (best === undefined || m.next > best.next)) best = m
  }
  return best
}
