/**
 * The report renderers (`@crosscheck/report/render`), apart from the package's main entry: a
 * command that writes no report (a rerun that keeps them, `query`, `show`) never loads them.
 */
export { renderMarkdown, renderMarkdownParts, defaultMarkdownLimits, type MarkdownLimits } from "./render/markdown.js"
export { renderHtml, renderHtmlParts } from "./render/html.js"
export { renderJson, renderJsonParts, reportJsonSchema } from "./render/json.js"
export { escapeHtml } from "./render/escape-html.js"
export { renderTimelineSvg, type TimelineEntry } from "./render/timeline-svg.js"
