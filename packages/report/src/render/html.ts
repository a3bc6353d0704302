import type { Relation, Severity } from "@crosscheck/claims"
import type { ReportArticle, ReportData } from "../report-data.js"
import {
  articleDate,
  articleName,
  claimModality,
  claimPeriod,
  claimSummary,
  claimValue,
  howRead,
  keyLabel,
  sourceName
} from "./describe-claim.js"
import { escapeHtml, linkableUrl } from "./escape-html.js"
import { reportCss } from "./html-style.js"
import type { ClaimView, Corroboration, ReportView } from "./report-view.js"
import { chronological, severities, viewReport } from "./report-view.js"
import { markColors, renderTimelineSvg } from "./timeline-svg.js"

/**
 * report.html: one self-contained file (inline CSS and SVG, no external URL but article links) that
 * reads without JavaScript; a few lines of inline script only add a text filter. Every piece of
 * article text passes through `escapeHtml`.
 */

const h = escapeHtml

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`

const articleLink = (article: ReportArticle | undefined, articleId: string): string => {
  if (article === undefined) return `<code>${h(articleId)}</code>`
  const url = linkableUrl(article.url)
  return url === undefined ? h(articleName(article)) : `<a href="${h(url)}">${h(articleName(article))}</a>`
}

const articleMeta = (article: ReportArticle | undefined): string => {
  if (article === undefined) return ""
  const parts = [article.outlet, articleDate(article)].filter((part) => part !== undefined).map(h)
  return `<p class="meta">${[...parts, `<code>${h(article.path)}</code>`].join(" · ")}</p>`
}

const blankLines = /[ \t]*\n\s*\n\s*/g

/** Context text for display: paragraphs kept (the block is `pre-line`), runs of blank lines made one. */
const contextText = (text: string): string => h(text.replace(blankLines, "\n\n"))

/** The quote in its context (whole sentences and paragraphs around it), highlighted. */
const contextBlock = (view: ClaimView): string => {
  const context = view.context ?? { before: "", quote: view.claim.quote, after: "" }
  return `<blockquote class="context">${contextText(context.before)}<mark>${h(context.quote)}</mark>${contextText(context.after)}</blockquote>`
}

const reading = (view: ClaimView): string => {
  const { claim } = view
  const rows: Array<readonly [string, string]> = []
  const value = claimValue(claim)
  if (value !== undefined) rows.push(["Value", `<span class="value">${h(value)}</span> <span class="meta">(“${h(claim.value?.text ?? "")}”)</span>`])
  const period = claimPeriod(claim)
  if (period !== undefined) rows.push(["Time", `<span class="value">${h(period)}</span> <span class="meta">(“${h(claim.time?.text ?? "")}”)</span>`])
  const modality = claimModality(claim)
  if (modality !== undefined) rows.push(["Stated as", h(modality)])
  if (claim.attribution !== undefined) rows.push(["Said by", h(claim.attribution.text)])
  const read = howRead(claim)
  if (read.length > 0) rows.push(["How it was read", `<ul>${read.map((line) => `<li>${h(line)}</li>`).join("")}</ul>`])
  return `<dl class="reading">${rows.map(([term, detail]) => `<dt>${term}</dt><dd>${detail}</dd>`).join("")}</dl>`
}

const colorStyle = (index: number): string => `--mark: ${markColors[index % markColors.length] ?? "#333"}`

/** One column of a finding: the article, the quote in context, and how its value was read. */
const side = (view: ClaimView, index: number): string =>
  `<section class="side" style="${colorStyle(index)}" data-claim="${h(view.claim.id)}">` +
  `<h5><span class="swatch" aria-hidden="true"></span>${articleLink(view.article, view.claim.article)}</h5>` +
  articleMeta(view.article) +
  contextBlock(view) +
  reading(view) +
  `</section>`

const sourceOf = (view: ClaimView): string => (view.article === undefined ? view.claim.article : sourceName(view.article))

/** The claims on a date axis. Colours follow `colorOf` (a side's index, or an article's place in a series). */
const timelineFigure = (views: ReadonlyArray<ClaimView>, title: string, colorOf: (view: ClaimView, index: number) => number): string => {
  const svg = renderTimelineSvg(
    views.map((view, index) => ({ claim: view.claim, source: sourceOf(view), color: colorOf(view, index) })),
    title
  )
  return svg === undefined ? "" : `<figure>${svg}<figcaption>${h(title)}</figcaption></figure>`
}

/** Colours a series by article, so each source keeps one colour across its points. */
const colorByArticle = (views: ReadonlyArray<ClaimView>) => {
  const order = [...new Set(views.map((view) => view.claim.article))]
  return (view: ClaimView): number => order.indexOf(view.claim.article)
}

/** Whether the claims place the fact in different periods: then a date axis shows the disagreement. */
const periodsDiffer = (views: ReadonlyArray<ClaimView>): boolean => {
  const periods = views.flatMap((view) => claimPeriod(view.claim) ?? [])
  return periods.length >= 2 && new Set(periods).size > 1
}

/** The finding's id (for `crosscheck show` and `baseline accept`) and fingerprint, and a link to its anchor. */
const findingIds = (relation: Relation): string =>
  `<span class="meta ids"><a href="#${h(relation.id)}" aria-label="link to this finding">#</a> <code>${h(relation.id)}</code> · fingerprint <code>${h(relation.fingerprint)}</code></span>`

/** A contradiction (badged by severity) or a revision: explanation, both sides, and a date axis when periods differ. */
const quotedFinding = (view: ReportView, badge: Severity | "revision") => (relation: Relation): string => {
  const claims = view.claimsOf(relation)
  return (
    `<article class="finding ${badge}" id="${h(relation.id)}" data-filter>` +
    `<header><h4>${h(keyLabel(relation.key))}</h4><span class="badge ${badge}">${badge}</span>` +
    `<span class="meta">${plural(relation.articles.length, "article")}</span>${findingIds(relation)}</header>` +
    `<p class="explanation">${h(relation.explanation)}</p>` +
    `<div class="sides">${claims.map(side).join("")}</div>` +
    (periodsDiffer(claims)
      ? timelineFigure(claims, `When each article places it: ${keyLabel(relation.key)}`, (_, index) => index)
      : "") +
    `</article>`
  )
}

const section = (id: string, title: string, body: string): string =>
  `<section id="${id}" aria-labelledby="${id}-title"><h2 id="${id}-title">${title}</h2>${body}</section>`

const none = `<p class="none">None.</p>`

const corroborationRow = (item: Corroboration): string => {
  const values = [...new Set(item.claims.map((view) => claimSummary(view.claim)))]
  const quotes = item.claims
    .map((view) => `<li>${articleLink(view.article, view.claim.article)}: “${h(view.claim.quote)}”</li>`)
    .join("")
  return (
    `<tr id="${h(item.relations[0]?.id ?? item.key)}" data-filter><td>${h(keyLabel(item.key))}${item.relations.map((relation) => `<br>${findingIds(relation)}`).join("")}</td><td>${values.map(h).join("<br>")}</td>` +
    `<td class="number">${item.sources.length}</td>` +
    `<td><details><summary>${item.sources.map((article) => h(sourceName(article))).join(", ")}</summary><ul>${quotes}</ul></details></td></tr>`
  )
}

const corroborations = (view: ReportView): string =>
  view.corroborations.length === 0
    ? none
    : `<table><thead><tr><th scope="col">Fact</th><th scope="col">Value</th><th scope="col" class="number">Confirmed by (sources)</th><th scope="col">Sources and quotes</th></tr></thead><tbody>${view.corroborations.map(corroborationRow).join("")}</tbody></table>`

const articleList = (view: ReportView, ids: ReadonlyArray<string>): string =>
  ids.map((id) => articleLink(view.article(id), id)).join("<br>")

const relationTable = (view: ReportView, relations: ReadonlyArray<Relation>, withType: boolean): string =>
  relations.length === 0
    ? none
    : `<table><thead><tr>${withType ? `<th scope="col">Type</th>` : ""}<th scope="col">Key</th><th scope="col">Articles</th><th scope="col">Explanation</th></tr></thead><tbody>${relations
        .map(
          (relation) =>
            `<tr id="${h(relation.id)}" data-filter>${withType ? `<td>${relation.type}</td>` : ""}<td>${h(keyLabel(relation.key))}<br>${findingIds(relation)}</td><td>${articleList(view, relation.articles)}</td><td>${h(relation.explanation)}</td></tr>`
        )
        .join("")}</tbody></table>`

/**
 * Contradictions shown side by side per severity; past this many the rest are rows of a table (key,
 * articles, explanation), which keeps a large corpus's report quick to open.
 */
export const fullContradictionsPerSeverity = 150

const contradictions = (view: ReportView): string =>
  severities
    .map((severity) => {
      const list = view.contradictions[severity]
      const full = list.slice(0, fullContradictionsPerSeverity)
      const brief = list.slice(fullContradictionsPerSeverity)
      const title = `<h3>${severity[0]?.toUpperCase()}${severity.slice(1)} severity (${list.length})</h3>`
      const rest =
        brief.length === 0
          ? ""
          : `<h4>${brief.length} more ${severity}-severity contradictions, in brief</h4>${relationTable(view, brief, false)}`
      return `${title}${list.length === 0 ? none : full.map(quotedFinding(view, severity)).join("")}${rest}`
    })
    .join("")

const timelineData = (views: ReadonlyArray<ClaimView>): string =>
  `<details><summary>Data</summary><table><thead><tr><th scope="col">Time</th><th scope="col">Value</th><th scope="col">Source</th><th scope="col">Quote</th></tr></thead><tbody>${views
    .map(
      (view) =>
        `<tr><td>${h(claimPeriod(view.claim) ?? "")}</td><td>${h(claimValue(view.claim) ?? "")}</td><td>${articleLink(view.article, view.claim.article)}</td><td>“${h(view.claim.quote)}”</td></tr>`
    )
    .join("")}</tbody></table></details>`

const timelines = (view: ReportView): string =>
  view.timelines.length === 0
    ? none
    : view.timelines
        .map((relation) => {
          const claims = chronological(view.claimsOf(relation))
          return `<article class="finding" id="${h(relation.id)}" data-filter><header><h3>${h(keyLabel(relation.key))}</h3>${findingIds(relation)}</header><p class="explanation">${h(relation.explanation)}</p>${timelineFigure(claims, keyLabel(relation.key), colorByArticle(claims))}${timelineData(claims)}</article>`
        })
        .join("")

const stale = (data: ReportData): string =>
  data.staleBaseline.length === 0
    ? none
    : `<p>These accepted findings no longer occur; remove them from the baseline.</p><table><thead><tr><th scope="col">Fingerprint</th><th scope="col">Type</th><th scope="col">Key</th><th scope="col">Articles</th></tr></thead><tbody>${data.staleBaseline
        .map(
          (entry) =>
            `<tr><td><code>${h(entry.fingerprint)}</code></td><td>${entry.type}</td><td>${h(keyLabel(entry.key))}</td><td>${entry.articles.map((id) => `<code>${h(id)}</code>`).join("<br>")}</td></tr>`
        )
        .join("")}</tbody></table>`

const revisions = (view: ReportView): string =>
  view.revisions.length === 0 ? none : view.revisions.map(quotedFinding(view, "revision")).join("")

const uncomparedTotal = (data: ReportData): number => data.counts.uncompared.reduce((sum, { claims }) => sum + claims, 0)

/** What was not checked: claims never compared with any other, by why. */
const uncompared = (data: ReportData): string =>
  data.counts.uncompared.length === 0
    ? none
    : `<p>These claims were stored but never compared with any other, so no finding can involve them.</p><table><thead><tr><th scope="col">Why</th><th scope="col" class="number">Claims</th></tr></thead><tbody>${data.counts.uncompared
        .map(({ description, claims }) => `<tr><td>${h(description)}</td><td class="number">${claims}</td></tr>`)
        .join("")}</tbody></table>`

const countsTable = (data: ReportData): string => {
  const { counts } = data
  const cells: ReadonlyArray<readonly [string, number | string]> = [
    ["Articles", counts.articles],
    ["Claims", counts.claims],
    ["Contradictions high / medium / low", `${counts.contradictions.high} / ${counts.contradictions.medium} / ${counts.contradictions.low}`],
    ["Revisions", counts.revisions],
    ["Corroborated", counts.overlaps],
    ["Duplicates", counts.duplicates],
    ["Timelines", counts.timelines],
    ["Suppressed", counts.suppressed],
    ["Stale baseline", counts.staleBaseline],
    ["Not compared", uncomparedTotal(data)]
  ]
  return `<table class="counts"><caption class="meta">Counts (suppressed findings excluded)</caption><thead><tr>${cells.map(([name]) => `<th scope="col">${name}</th>`).join("")}</tr></thead><tbody><tr>${cells.map(([, n]) => `<td>${n}</td>`).join("")}</tr></tbody></table>`
}

/** Shows only the findings whose text contains what is typed, and how many of them; the report reads in full without it. */
const filterScript = `<script>
const box = document.getElementById("filter");
const shown = document.getElementById("shown");
const items = [...document.querySelectorAll("[data-filter]")];
const texts = items.map((item) => item.textContent.toLowerCase());
const count = () => { shown.textContent = items.filter((item) => !item.hidden).length + " of " + items.length + " findings shown"; };
box.closest(".filter").hidden = false;
box.addEventListener("input", () => {
  const wanted = box.value.toLowerCase();
  items.forEach((item, i) => { item.hidden = wanted !== "" && !texts[i].includes(wanted); });
  count();
});
count();
</script>`

const unreadable = (data: ReportData): string =>
  data.unreadable.length === 0
    ? none
    : `<p>The findings do not cover these articles.</p><table><thead><tr><th scope="col">Article</th><th scope="col">Why it could not be read</th></tr></thead><tbody>${data.unreadable
        .map((article) => `<tr><td><code>${h(article.path)}</code></td><td>${h(article.reason)}</td></tr>`)
        .join("")}</tbody></table>`

/** The sections in page order, for the table of contents and the page alike. */
const tableOfContents = (entries: ReadonlyArray<readonly [string, string]>): string =>
  `<nav class="toc" aria-label="Contents"><ol>${entries.map(([id, title]) => `<li><a href="#${id}">${title}</a></li>`).join("")}</ol></nav>`

export const renderHtml = (data: ReportData): string => {
  const view = viewReport(data)
  const contradictionCount = data.counts.contradictions.high + data.counts.contradictions.medium + data.counts.contradictions.low
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>crosscheck report: ${plural(contradictionCount, "contradiction")}</title>
<style>${reportCss}</style>
</head>
<body>
<header>
<h1>crosscheck report</h1>
<p class="meta">Generated ${h(data.generatedAt)} from <code>${h(data.corpus)}</code> by ${h(data.tool.name)} ${h(data.tool.version)} (extractor ${h(data.tool.extractor)})</p>
${countsTable(data)}
<p class="filter" hidden><label>Filter findings: <input id="filter" type="search" placeholder="a word, a country, an article…"></label> <output id="shown" class="meta"></output></p>
${tableOfContents([
  ["unreadable", `Articles that could not be read (${data.unreadable.length})`],
  ["contradictions", `Contradictions (${contradictionCount})`],
  ["corroborated", `Corroborated facts (${view.corroborations.length})`],
  ["timelines", `Timelines (${view.timelines.length})`],
  ["duplicates", `Duplicates (${view.duplicates.length})`],
  ["suppressed", `Suppressed by the baseline (${view.suppressed.length})`],
  ["stale", `Stale baseline entries (${data.staleBaseline.length})`]
])}
</header>
<main>
${section("unreadable", `Articles that could not be read (${data.unreadable.length})`, unreadable(data))}
${section("contradictions", `Contradictions (${contradictionCount})`, contradictions(view))}
${section("revisions", `Revisions (${view.revisions.length})`, revisions(view))}
${section("corroborated", `Corroborated facts (${view.corroborations.length})`, corroborations(view))}
${section("timelines", `Timelines (${view.timelines.length})`, timelines(view))}
${section("duplicates", `Duplicates (${view.duplicates.length})`, relationTable(view, view.duplicates, false))}
${section("suppressed", `Suppressed by the baseline (${view.suppressed.length})`, view.suppressed.length === 0 ? none : `<details><summary>${plural(view.suppressed.length, "accepted finding")}</summary>${relationTable(view, view.suppressed, true)}</details>`)}
${section("stale", `Stale baseline entries (${data.staleBaseline.length})`, stale(data))}
${section("uncompared", `Not compared (${uncomparedTotal(data)} claims)`, uncompared(data))}
</main>
${filterScript}
</body>
</html>
`
}
