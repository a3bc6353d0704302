/** The report's inline stylesheet: the page must open offline, so nothing is linked. */
export const reportCss = `
:root { --ink: #1b1f24; --muted: #59636e; --line: #d0d7de; --panel: #f6f8fa; --high: #b3261e; --medium: #9a6700; --low: #4d5a66; }
* { box-sizing: border-box; }
/* What the page hides (the filters, until the script runs) stays hidden whatever display a class gives it. */
[hidden] { display: none !important; }
body { margin: 0 auto; max-width: 1200px; padding: 24px; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; color: var(--ink); }
h1 { font-size: 1.6rem; margin: 0 0 4px; }
h2 { font-size: 1.3rem; margin: 32px 0 12px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.1rem; margin: 20px 0 8px; }
h4, h5 { font-size: 1rem; margin: 0; }
.meta { color: var(--muted); font-size: 0.9rem; margin: 0; }
code { font-size: 0.85em; background: var(--panel); padding: 0 3px; border-radius: 3px; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: 8px 0; }
th, td { border: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
th { background: var(--panel); font-weight: 600; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
table.counts { width: auto; }
table.counts td { font-size: 1.25rem; font-weight: 600; text-align: center; min-width: 90px; }
.finding { border: 1px solid var(--line); border-left: 6px solid var(--low); border-radius: 6px; padding: 12px 16px; margin: 14px 0; break-inside: avoid; }
.finding.high { border-left-color: var(--high); }
.finding.medium { border-left-color: var(--medium); }
/* Cards and rows off screen are neither laid out nor painted until scrolled to: a large report opens fast. */
.finding { content-visibility: auto; contain-intrinsic-size: auto 520px; }
.finding > header { display: flex; gap: 10px; align-items: baseline; flex-wrap: wrap; }
.verdict { font-size: 1.05rem; }
.verdict .vs, .verdict .size { color: var(--muted); font-weight: 400; }
.fact { margin: 4px 0 0; }
.fact .key { color: var(--ink); font-weight: 600; }
.badge { font-size: 0.75rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em; padding: 1px 8px; border-radius: 10px; color: #fff; background: var(--low); }
.badge.high { background: var(--high); }
.badge.medium { background: var(--medium); }
.explanation { margin: 8px 0 12px; }
.sides { display: grid; grid-template-columns: repeat(auto-fit, minmax(320px, 1fr)); gap: 14px; }
.side { border-top: 4px solid var(--mark, var(--line)); background: var(--panel); padding: 10px 12px; border-radius: 4px; min-width: 0; }
.side h5 a { color: inherit; }
.swatch { display: inline-block; width: 0.8em; height: 0.8em; border-radius: 2px; background: var(--mark); margin-right: 4px; }
blockquote.context { margin: 8px 0; padding: 6px 10px; background: #fff; border-left: 3px solid var(--line); white-space: pre-line; overflow-wrap: anywhere; }
mark { background: #ffe58f; color: inherit; padding: 0 2px; font-weight: 600; }
dl.reading { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 8px 0 0; font-size: 0.92rem; }
dl.reading dt { color: var(--muted); }
dl.reading dd { margin: 0; }
dl.reading ul { margin: 0; padding-left: 18px; }
.value { font-weight: 700; }
figure { margin: 12px 0 0; overflow-x: auto; }
figcaption { color: var(--muted); font-size: 0.85rem; }
svg.timeline { max-width: 100%; height: auto; font: 12px system-ui, "DejaVu Sans", sans-serif; }
svg .grid { stroke: #e3e7eb; }
svg .axis { stroke: #8c959f; }
svg .tick { fill: var(--muted); font-size: 11px; }
svg .label { fill: var(--ink); }
svg .mark:hover { opacity: 0.8; }
details { margin: 8px 0; }
summary { cursor: pointer; }
.filters { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: end; margin: 16px 0 0; padding: 10px 12px; background: var(--panel); border-radius: 6px; }
.filters label { display: flex; flex-direction: column; font-size: 0.85rem; color: var(--muted); }
.filters input, .filters select { font: inherit; color: var(--ink); padding: 4px 8px; min-width: 12em; }
.filters output { flex-basis: 100%; }
.more button { font: inherit; padding: 4px 12px; }
.none { color: var(--muted); }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  .filters, .more { display: none; }
  .side, blockquote.context, th { background: none; }
  .finding, figure, tr { break-inside: avoid; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.8em; color: var(--muted); overflow-wrap: anywhere; }
  details > * { display: block; }
}
`
