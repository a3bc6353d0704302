import type { WrittenMetadata } from "../model/article.js"
import { leadingDayText } from "../time/iso-day.js"
import { decodeEntity } from "./html-entities.js"
import { attributesOf, REFERENCE_BODY, TAG_ATTRIBUTES } from "./html-markup.js"

const META_OR_LINK = new RegExp(`<(meta|link)\\b(${TAG_ATTRIBUTES})>`, "gi")
const TITLE = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i
const TIME = new RegExp(`<time\\b(${TAG_ATTRIBUTES})>`, "gi")
// TimeML documents (TimeBank, TempEval) mark their creation time as a TIMEX3 in <DCT>.
const TIMEX3 = new RegExp(`<TIMEX3\\b(${TAG_ATTRIBUTES})>`, "gi")
const JSON_LD_DATE = /"datePublished"\s*:\s*"([^"]+)"/
const REFERENCE = new RegExp(`&(${REFERENCE_BODY});`, "g")

/** `meta` names/properties/itemprops that carry the publication date, most specific first. */
const PUBLISHED_KEYS = [
  "article:published_time",
  "datepublished",
  "og:published_time",
  "publish-date",
  "pubdate",
  "parsely-pub-date",
  "sailthru.date",
  "dc.date.issued",
  "dc.date",
  "date"
]

const decodeText = (text: string): string =>
  text.replace(REFERENCE, (whole, body: string) => decodeEntity(body) ?? whole).replace(/\s+/g, " ").trim()

const isoDay = (value: string | undefined): string | undefined =>
  value === undefined ? undefined : leadingDayText(value)

/**
 * Metadata an HTML page states about itself: title (`og:title`, else `<title>`), publication day
 * (`article:published_time`, `datePublished` and kin, JSON-LD, else a `<time datetime>`), outlet
 * (`og:site_name`) and URL (canonical link, else `og:url`). TimeML's document creation time counts
 * as the publication day.
 */
export const htmlMetadata = (text: string): WrittenMetadata => {
  const metas = new Map<string, string>()
  let canonical: string | undefined
  for (const m of text.matchAll(META_OR_LINK)) {
    const attributes = attributesOf(m[2]!)
    if (m[1]!.toLowerCase() === "link") {
      if (canonical === undefined && attributes.get("rel")?.toLowerCase() === "canonical") canonical = attributes.get("href")
      continue
    }
    const key = (attributes.get("property") ?? attributes.get("name") ?? attributes.get("itemprop"))?.toLowerCase()
    const content = attributes.get("content")
    if (key !== undefined && content !== undefined && !metas.has(key)) metas.set(key, decodeText(content))
  }

  const titleElement = TITLE.exec(text)?.[1]
  const title = metas.get("og:title") ?? (titleElement === undefined ? undefined : decodeText(titleElement))
  const published =
    PUBLISHED_KEYS.map((key) => isoDay(metas.get(key))).find((day) => day !== undefined) ??
    isoDay(JSON_LD_DATE.exec(text)?.[1]) ??
    timeElementDay(text) ??
    creationTimeDay(text)
  const outlet = metas.get("og:site_name")
  const url = canonical ?? metas.get("og:url")

  return {
    ...(title !== undefined && title !== "" ? { title } : {}),
    ...(published !== undefined ? { published } : {}),
    ...(outlet !== undefined && outlet !== "" ? { outlet } : {}),
    ...(url !== undefined && url !== "" ? { url } : {})
  }
}

/** The day of the first `<time datetime>`, preferring one marked as the publication time. */
const timeElementDay = (text: string): string | undefined => {
  let first: string | undefined
  for (const m of text.matchAll(TIME)) {
    const attributes = attributesOf(m[1]!)
    const day = isoDay(attributes.get("datetime"))
    if (day === undefined) continue
    if (attributes.get("itemprop")?.toLowerCase() === "datepublished" || /\bpubdate\b/i.test(m[1]!)) return day
    first ??= day
  }
  return first
}

/** The day of a TimeML document's creation time (`functionInDocument="CREATION_TIME"`). */
const creationTimeDay = (text: string): string | undefined => {
  for (const m of text.matchAll(TIMEX3)) {
    const attributes = attributesOf(m[1]!)
    if (attributes.get("functionindocument")?.toUpperCase() === "CREATION_TIME") return isoDay(attributes.get("value"))
  }
  return undefined
}
