import { showControls } from "./visible-controls.js"

const htmlEntities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }
const htmlSpecial = /[&<>"']/g

/**
 * Escapes text for HTML element content and quoted attribute values, control characters shown.
 * Every piece of article text goes through it.
 */
export const escapeHtml = (text: string): string =>
  showControls(text).replace(htmlSpecial, (char) => htmlEntities[char] ?? char)

const linkableScheme = /^https?:\/\//i

/** The URL when it is an http(s) link (safe as an href once escaped), else undefined: no `javascript:` from metadata. */
export const linkableUrl = (url: string | undefined): string | undefined =>
  url !== undefined && linkableScheme.test(url) ? url : undefined
