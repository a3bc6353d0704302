import type { FurnitureKind } from "../model/article.js"
import type { Blank } from "./blanking.js"
import { decodeEntity } from "./html-entities.js"

// A tag's attribute text: quoted values may hold `>`; an unquoted `<` ends the attempt, so a
// stray `<` costs no scan to the end of the page.
export const TAG_ATTRIBUTES = String.raw`(?:[^<>"']|"[^"]*"|'[^']*')*`
/** A character reference's body, between `&` and `;`. */
export const REFERENCE_BODY = String.raw`#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31}`
// One pass over the page: comments (an unclosed one runs to the end, as in a browser), CDATA,
// doctype and processing instructions, tags, character references.
const TOKEN = new RegExp(
  String.raw`<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[!?][^<>]*>?|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)(${TAG_ATTRIBUTES})>|&(${REFERENCE_BODY});`,
  "g"
)

/** Elements whose whole content is not article text, by tag name. */
const elementKinds: ReadonlyMap<string, FurnitureKind> = new Map<string, FurnitureKind>([
  ...["head", "title", "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "select", "textarea"]
    .map((name) => [name, "markup"] as const),
  ...["nav", "footer", "aside"].map((name) => [name, "navigation"] as const)
])

/** Widgets recognised by an exact `class` token or `id` (exact, so "comments-open" on a post wrapper is not one). */
const widgetKinds: ReadonlyMap<string, FurnitureKind> = new Map<string, FurnitureKind>([
  ...["comments", "comment-list", "commentlist", "comments-area", "comment-respond", "respond", "disqus_thread", "wpdiscuz", "wpd-thread"]
    .map((name) => [name, "comments"] as const),
  ...["share", "sharing", "share-buttons", "social-share", "sharedaddy", "share-bar", "social-links", "social-buttons"]
    .map((name) => [name, "share"] as const),
  ...["related", "related-posts", "related-articles", "related-stories", "jp-relatedposts", "breadcrumb", "breadcrumbs", "menu", "sidebar", "author-box"]
    .map((name) => [name, "navigation"] as const),
  ...["newsletter", "newsletter-signup", "subscribe", "subscription"].map((name) => [name, "subscribe"] as const),
  ...["advertisement", "advert", "ad-slot", "ad-container", "ads"].map((name) => [name, "advertisement"] as const),
  ...["tags", "post-tags", "tag-links", "tagcloud"].map((name) => [name, "tags"] as const)
])

/** Tags that begin or end a block: a line break at the tag keeps paragraphs apart. */
const blockTags: ReadonlySet<string> = new Set([
  "p", "br", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th",
  "table", "thead", "tbody", "section", "article", "header", "main", "blockquote", "pre", "hr", "figure",
  "figcaption", "address", "body", "html"
])

const voidTags: ReadonlySet<string> = new Set([
  "br", "hr", "img", "meta", "link", "input", "wbr", "source", "area", "base", "col", "embed", "param", "track"
])

// Elements whose content is raw text: tags inside a script's strings are not tags.
const rawTextTags: ReadonlySet<string> = new Set(["script", "style", "title", "textarea"])

const ATTRIBUTE = /([a-zA-Z_:][a-zA-Z0-9_:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g
const HAS_CLASS_OR_ID = /\b(?:class|id)\s*=/i
const CLASS_SEPARATOR = /\s+/

/** The attributes of a tag's attribute text, names lower-cased, first one wins. */
export const attributesOf = (attributeText: string): ReadonlyMap<string, string> => {
  const attributes = new Map<string, string>()
  for (const m of attributeText.matchAll(ATTRIBUTE)) {
    const name = m[1]!.toLowerCase()
    if (!attributes.has(name)) attributes.set(name, m[2] ?? m[3] ?? m[4] ?? "")
  }
  return attributes
}

const widgetKindOf = (attributeText: string): FurnitureKind | undefined => {
  if (!HAS_CLASS_OR_ID.test(attributeText)) return undefined
  const attributes = attributesOf(attributeText)
  const names = [attributes.get("id") ?? "", ...(attributes.get("class") ?? "").split(CLASS_SEPARATOR)]
  for (const name of names) {
    const kind = widgetKinds.get(name.toLowerCase())
    if (kind !== undefined) return kind
  }
  return undefined
}

const closingTagPatterns = new Map<string, RegExp>()
const closingTagPattern = (name: string): RegExp => {
  let pattern = closingTagPatterns.get(name)
  if (pattern === undefined) {
    pattern = new RegExp(`</${name}(?![a-zA-Z0-9:-])${TAG_ATTRIBUTES}>`, "gi")
    closingTagPatterns.set(name, pattern)
  }
  return pattern
}

/** A token of the page: a tag (with the end of its element once known), a character reference, or other markup. */
interface Token {
  readonly start: number
  readonly end: number
  readonly name?: string
  readonly closing?: boolean
  readonly attributes?: string
  readonly entity?: string
  /** For an element opened by this tag: the offset just past its closing tag. */
  elementEnd?: number
}

/**
 * The page's tokens, each opening tag paired with its closing one (per tag name, innermost
 * first). Raw-text elements are skipped whole; an unclosed one runs to the end of the page.
 */
const tokenize = (text: string): ReadonlyArray<Token> => {
  const tokens: Array<Token> = []
  const openByName = new Map<string, Array<Token>>()
  const token = new RegExp(TOKEN.source, TOKEN.flags)
  for (let m = token.exec(text); m !== null; m = token.exec(text)) {
    const start = m.index
    const end = start + m[0].length
    const entity = m[4]
    const rawName = m[2]
    if (entity !== undefined) {
      tokens.push({ start, end, entity })
      continue
    }
    if (rawName === undefined) {
      tokens.push({ start, end })
      continue
    }
    const name = rawName.toLowerCase()
    const closing = m[1] === "/"
    const tag: Token = { start, end, name, closing, attributes: m[3] ?? "" }
    tokens.push(tag)
    if (closing) {
      const open = openByName.get(name)?.pop()
      if (open !== undefined) open.elementEnd = end
      continue
    }
    if (m[0].endsWith("/>") || voidTags.has(name)) continue
    if (rawTextTags.has(name)) {
      const close = closingTagPattern(name)
      close.lastIndex = end
      const closed = close.exec(text)
      tag.elementEnd = closed === null ? text.length : closed.index + closed[0].length
      token.lastIndex = tag.elementEnd
      continue
    }
    const open = openByName.get(name)
    if (open === undefined) openByName.set(name, [tag])
    else open.push(tag)
  }
  return tokens
}

/**
 * Blanks for an HTML page: tags, comments and character references become spaces (a reference's
 * character is kept at its first offset, a block tag leaves a line break), and the whole content
 * of scripts, styles, the head, navigation, footers, asides and recognised widgets is blanked.
 */
export const htmlBlanks = (text: string): ReadonlyArray<Blank> => {
  const blanks: Array<Blank> = []
  let blankedUntil = 0
  for (const token of tokenize(text)) {
    const { start, end, name } = token
    if (start < blankedUntil) continue
    if (token.entity !== undefined) {
      const decoded = decodeEntity(token.entity)
      if (decoded !== undefined) blanks.push({ start, end, kind: "markup", replacement: decoded })
      continue
    }
    if (name === undefined) {
      blanks.push({ start, end, kind: "markup" })
      continue
    }
    const elementKind = token.closing ? undefined : (elementKinds.get(name) ?? widgetKindOf(token.attributes ?? ""))
    if (elementKind !== undefined && token.elementEnd !== undefined) {
      blanks.push({ start, end: token.elementEnd, kind: elementKind, replacement: "\n" })
      blankedUntil = token.elementEnd
      continue
    }
    blanks.push(blockTags.has(name) ? { start, end, kind: "markup", replacement: "\n" } : { start, end, kind: "markup" })
  }
  return blanks
}
