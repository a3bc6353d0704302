/**
 * The report renderers (`@crosscheck/report/render`), apart from the package's main entry: a
 * command that writes no report (a rerun that keeps them, `query`, `show`) never loads them.
 */
export { renderMarkdown, renderMarkdownParts, markdownPieces, defaultMarkdownLimits, type MarkdownLimits } from "./render/markdown.js"
export { htmlPieces, renderHtml, renderHtmlParts } from "./render/html.js"
export { jsonPieces, renderJson, renderJsonParts, reportJsonSchema } from "./render/json.js"
export { reportParts } from "./render/report-parts.js"
export { escapeHtml } from "./render/escape-html.js"
export { renderTimelineSvg, type TimelineEntry } from "./render/timeline-svg.js"
