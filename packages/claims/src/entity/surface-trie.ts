import type { SurfaceForm } from "./surface-forms.js"

/** A trie node while the trie is built: edges are UTF-16 code units. */
interface TrieNode {
  readonly next: Map<number, TrieNode>
  readonly forms: Array<SurfaceForm>
}

/**
 * A character trie over lower-cased forms: one walk per text position finds every form there.
 * Built as nested maps, then laid out flat: a corpus takes millions of steps, and a step scans a
 * node's few edges (most have one) in typed arrays rather than hashing into a map; the root, where
 * every word is tried, answers an ASCII character by one read of a small table (kept small, so it
 * stays in the cache between the model's work).
 */
export interface SurfaceTrie {
  /** Node n's edges are `edgeCode` / `edgeTarget` from `firstEdge[n]` to `firstEdge[n + 1]`. Node 0 is the root. */
  readonly firstEdge: Int32Array
  readonly edgeCode: Uint16Array
  readonly edgeTarget: Int32Array
  /** The root's child by ASCII code, or `NO_NODE`. */
  readonly rootChild: Int32Array
  /** The forms that end at node n are `forms` from `firstForm[n]` to `firstForm[n + 1]` (most nodes end none). */
  readonly firstForm: Int32Array
  readonly forms: ReadonlyArray<SurfaceForm>
}

/** A form found in a text, with its exact offsets. */
export interface SurfaceMatch {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly form: SurfaceForm
}

const ROOT = 0
const ASCII = 128
const NO_NODE = -1

const node = (): TrieNode => ({ next: new Map(), forms: [] })

export const buildSurfaceTrie = (forms: ReadonlyArray<SurfaceForm>): SurfaceTrie => {
  const root = node()
  for (const form of forms) {
    let at: TrieNode | undefined = root
    for (const char of form.form.toLowerCase()) {
      // The text is lower-cased one code unit at a time: a form with a character of two units
      // (outside the Basic Multilingual Plane) can never be found, so it is left out.
      if (char.length !== 1) {
        at = undefined
        break
      }
      const code = char.charCodeAt(0)
      let child: TrieNode | undefined = at.next.get(code)
      if (child === undefined) at.next.set(code, (child = node()))
      at = child
    }
    at?.forms.push(form)
  }
  return flatten(root)
}

/** The trie's nodes numbered in breadth-first order (the root 0), their edges laid out in that order. */
const flatten = (root: TrieNode): SurfaceTrie => {
  const nodes: Array<TrieNode> = [root]
  for (let n = 0; n < nodes.length; n++) nodes.push(...nodes[n]!.next.values())
  const numbers = new Map(nodes.map((trieNode, n) => [trieNode, n]))
  const edges = nodes.reduce((count, trieNode) => count + trieNode.next.size, 0)
  const firstEdge = new Int32Array(nodes.length + 1)
  const edgeCode = new Uint16Array(edges)
  const edgeTarget = new Int32Array(edges)
  let e = 0
  nodes.forEach((trieNode, n) => {
    firstEdge[n] = e
    for (const [code, child] of trieNode.next) {
      edgeCode[e] = code
      edgeTarget[e++] = numbers.get(child)!
    }
  })
  firstEdge[nodes.length] = e
  const firstForm = new Int32Array(nodes.length + 1)
  nodes.forEach((trieNode, n) => (firstForm[n + 1] = firstForm[n]! + trieNode.forms.length))
  const rootChild = new Int32Array(ASCII).fill(NO_NODE)
  for (const [code, child] of root.next) if (code < ASCII) rootChild[code] = numbers.get(child)!
  return { firstEdge, edgeCode, edgeTarget, rootChild, firstForm, forms: nodes.flatMap((trieNode) => trieNode.forms) }
}

// Scanning visits every character of every text: ASCII answers come from tables built here, once;
// other characters fall back to the Unicode-aware tests, with the same results.
const wordChar = /[\p{L}\p{N}]/u
const ASCII_WORD: ReadonlyArray<boolean> = Array.from({ length: ASCII }, (_, code) => wordChar.test(String.fromCharCode(code)))
const ASCII_LOWER: ReadonlyArray<number> = Array.from({ length: ASCII }, (_, code) => String.fromCharCode(code).toLowerCase().charCodeAt(0))
/** A character whose lower case is more than one code unit ("İ"): no trie edge matches it. */
const NO_EDGE = -1

/** Whether the UTF-16 unit at `i` is a letter or digit (false past either end). */
const isWordAt = (text: string, i: number): boolean => {
  if (i < 0 || i >= text.length) return false
  const code = text.charCodeAt(i)
  return code < ASCII ? ASCII_WORD[code]! : wordChar.test(text[i]!)
}

/** The UTF-16 unit at `i`, lower-cased on its own (as the trie's keys were), as a trie edge. */
const lowerAt = (text: string, i: number): number => {
  const code = text.charCodeAt(i)
  if (code < ASCII) return ASCII_LOWER[code]!
  const lower = text[i]!.toLowerCase()
  return lower.length === 1 ? lower.charCodeAt(0) : NO_EDGE
}

/** The node an edge of code unit `code` leads to from `at`, or `NO_NODE`. */
const childOf = (trie: SurfaceTrie, at: number, code: number): number => {
  if (at === ROOT && code >= 0 && code < ASCII) return trie.rootChild[code]!
  for (let e = trie.firstEdge[at]!, end = trie.firstEdge[at + 1]!; e < end; e++) if (trie.edgeCode[e] === code) return trie.edgeTarget[e]!
  return NO_NODE
}

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
const letterCount = (s: string) => s.replace(/[^\p{L}]/gu, "").length

/** Letters that are capitals in the form and sit in an acronym ("US", "U.S.") must be capitals in the text too. */
const acronymLettersAgree = (written: string, form: string): boolean => {
  for (let i = 0; i < form.length; i++) {
    const c = form[i]!
    if (c === c.toLowerCase()) continue
    const neighbour = form[i + 1] ?? ""
    const before = form[i - 1] ?? ""
    const inAcronym = (neighbour !== neighbour.toLowerCase()) || (before !== before.toLowerCase()) || neighbour === "."
    if (inAcronym && written[i] !== c) return false
  }
  return true
}

const caseAgrees = (written: string, form: SurfaceForm): boolean => {
  switch (form.caseRule) {
    case "exact":
      return written === form.form
    case "proper":
      return (
        written === form.form ||
        written === upperFirst(form.form) ||
        (letterCount(form.form) >= 4 && written === form.form.toUpperCase())
      )
    case "loose":
      return acronymLettersAgree(written, form.form)
  }
}

/**
 * Leftmost-longest matches of the trie's forms in `text`, on word boundaries. A form ending in a
 * hyphen ("Sino-") may run straight into the next word. `accept` filters forms (e.g. no roles).
 */
export const scanSurfaceForms = (
  trie: SurfaceTrie,
  text: string,
  from = 0,
  to = text.length,
  accept: (form: SurfaceForm) => boolean = () => true
): ReadonlyArray<SurfaceMatch> => {
  const matches: Array<SurfaceMatch> = []
  let pos = from
  while (pos < to) {
    if (isWordAt(text, pos - 1) || childOf(trie, ROOT, lowerAt(text, pos)) === NO_NODE) {
      pos++
      continue
    }
    const best = longestAt(trie, text, pos, to, accept)
    if (best === undefined) {
      pos++
      continue
    }
    // "the United Nations Security Council": a form with a leading article yields to a longer
    // form that starts after the article.
    const afterArticle = ARTICLE.test(best.text) ? longestAt(trie, text, pos + best.text.indexOf(" ") + 1, to, accept) : undefined
    const chosen = afterArticle !== undefined && afterArticle.end > best.end ? afterArticle : best
    matches.push(chosen)
    pos = chosen.end
  }
  return matches
}

const ARTICLE = /^the\s/i

/** The longest acceptable form starting exactly at `pos`. Lower-cased one UTF-16 unit at a time, so offsets stay those of `text`. */
const longestAt = (trie: SurfaceTrie, text: string, pos: number, to: number, accept: (form: SurfaceForm) => boolean): SurfaceMatch | undefined => {
  let best: SurfaceMatch | undefined
  let at = ROOT
  for (let i = pos; i < to; i++) {
    at = childOf(trie, at, lowerAt(text, i))
    if (at === NO_NODE) break
    const firstForm = trie.firstForm[at]!
    const endForm = trie.firstForm[at + 1]!
    if (firstForm === endForm) continue
    const end = i + 1
    if (isWordAt(text, i) && isWordAt(text, end)) continue
    const written = text.slice(pos, end)
    const form = trie.forms.slice(firstForm, endForm).find((f) => accept(f) && caseAgrees(written, f))
    if (form !== undefined) best = { start: pos, end, text: written, form }
  }
  return best
}
