import type { Relation, Severity } from "@crosscheck/claims"
import { type ReportArticle, type ReportData, severityOf } from "../report-data.js"
import {
  distinctClaimIds,
  loadClaims,
  type QuotedClaims,
  type ReportOutline,
  type ReportPiece,
  type ReportPieces
} from "../report-outline.js"
import {
  articleDate,
  articleName,
  claimModality,
  claimPeriod,
  claimPeriodOf,
  claimSummary,
  claimValue,
  howRead,
  keyLabel,
  sourceName
} from "./describe-claim.js"
import { escapeHtml, linkableUrl } from "./escape-html.js"
import { findingEntities } from "./finding-facets.js"
import {
  type FindingList,
  type ListItem,
  type ListsData,
  listBlock,
  listsData,
  liveCount,
  type RenderedList,
  staticItemsPerList
} from "./html-lists.js"
import { reportScript } from "./html-script.js"
import { reportCss } from "./html-style.js"
import type { ClaimsOf, ClaimView, Corroboration, ReportView } from "./report-view.js"
import { chronological, claimPage, corroborationClaims, severities, viewReport } from "./report-view.js"
import { renderedParts } from "./report-parts.js"
import { markColors, renderTimelineSvg } from "./timeline-svg.js"
import { verdictOf } from "./verdict.js"

/**
 * report.html: one self-contained file (inline CSS and SVG, no external URL but article links).
 * Without JavaScript it reads the first findings of every list; its one inline script adds the
 * rest as the reader scrolls, and the filters (`html-lists.ts`, `html-script.ts`). Every piece of
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

/**
 * Who states each claim, as a chart's legend and lanes name it: the outlet, with the article's
 * title too when several articles of the series share that outlet (each has its own colour).
 */
const sourceLabels = (views: ReadonlyArray<ClaimView>) => {
  const articlesOf = new Map<string, Set<string>>()
  for (const view of views) articlesOf.set(sourceOf(view), (articlesOf.get(sourceOf(view)) ?? new Set()).add(view.claim.article))
  return (view: ClaimView): string => {
    const name = sourceOf(view)
    return (articlesOf.get(name)?.size ?? 0) > 1 && view.article !== undefined ? `${name}: ${articleName(view.article)}` : name
  }
}

/** The claims on a date axis. Colours follow `colorOf` (a side's index, or an article's place in a series). */
const timelineFigure = (views: ReadonlyArray<ClaimView>, title: string, colorOf: (view: ClaimView, index: number) => number): string => {
  const sourceOfView = sourceLabels(views)
  const svg = renderTimelineSvg(
    views.map((view, index) => ({ claim: view.claim, source: sourceOfView(view), color: colorOf(view, index) })),
    title
  )
  // The chart draws dated claims only: the caption says what it leaves out.
  const undated = views.filter((view) => !claimPeriodOf(view.claim).dated).length
  const caption = undated === 0 ? title : `${title} (${plural(undated, "claim")} without a date not drawn)`
  return svg === undefined ? "" : `<figure>${svg}<figcaption>${h(caption)}</figcaption></figure>`
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

/** The verdict as a card's heading: each side's value, and how far apart they are. */
const verdictHeading = (claims: ReadonlyArray<ClaimView>): string => {
  const verdict = verdictOf(claims.map((view) => view.claim))
  const sides = verdict.sides.map((text) => `<span class="value">${h(text)}</span>`).join(` <span class="vs">vs</span> `)
  return `<h4 class="verdict">${sides}${verdict.size === undefined ? "" : ` <span class="size">· ${h(verdict.size)}</span>`}</h4>`
}

/**
 * A contradiction (badged by severity) or a revision: the verdict first, then the fact and the
 * explanation, both sides, and a date axis when periods differ.
 */
const quotedFinding = (claimsOf: ClaimsOf, badge: Severity | "revision") => (relation: Relation): string => {
  const claims = claimsOf(relation)
  return (
    `<article class="finding ${badge}" id="${h(relation.id)}">` +
    `<header><span class="badge ${badge}">${badge}</span>${verdictHeading(claims)}</header>` +
    `<p class="meta fact"><span class="key">${h(keyLabel(relation.key))}</span> · ${plural(relation.articles.length, "article")} · ${findingIds(relation)}</p>` +
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

const corroborationRow = (item: Corroboration, claims: ReadonlyArray<ClaimView>): string => {
  const values = [...new Set(claims.map((view) => claimSummary(view.claim)))]
  const quotes = claims
    .map((view) => `<li>${articleLink(view.article, view.claim.article)}: “${h(view.claim.quote)}”</li>`)
    .join("")
  return (
    `<tr id="${h(item.relations[0]?.id ?? item.key)}"><td>${h(keyLabel(item.key))}${item.relations.map((relation) => `<br>${findingIds(relation)}`).join("")}</td><td>${values.map(h).join("<br>")}</td>` +
    `<td class="number">${item.sources.length}</td>` +
    `<td><details><summary>${item.sources.map((article) => h(sourceName(article))).join(", ")}</summary><ul>${quotes}</ul></details></td></tr>`
  )
}

/** A list's items in a table with these column headings (the rows are its `tbody`). */
const tableList = (list: RenderedList, headings: ReadonlyArray<string>): string =>
  list.count === 0
    ? none
    : listBlock(
        list,
        (id, rows) =>
          `<table><thead><tr>${headings.map((heading) => `<th scope="col">${heading}</th>`).join("")}</tr></thead><tbody id="${h(id)}">${rows}</tbody></table>`
      )

/** A list of cards. */
const cardList = (list: RenderedList): string =>
  list.count === 0 ? none : listBlock(list, (id, cards) => `<div class="list" id="${h(id)}">${cards}</div>`)

const articleList = (view: ReportView, ids: ReadonlyArray<string>): string =>
  ids.map((id) => articleLink(view.article(id), id)).join("<br>")

const relationRow = (view: ReportView, withType: boolean) => (relation: Relation): string =>
  `<tr id="${h(relation.id)}">${withType ? `<td>${relation.type}</td>` : ""}<td>${h(keyLabel(relation.key))}<br>${findingIds(relation)}</td><td>${articleList(view, relation.articles)}</td><td>${h(relation.explanation)}</td></tr>`

const relationHeadings = (withType: boolean): ReadonlyArray<string> => [...(withType ? ["Type"] : []), "Key", "Articles", "Explanation"]

const timelineData = (views: ReadonlyArray<ClaimView>): string =>
  `<details><summary>Data</summary><table><thead><tr><th scope="col">Time</th><th scope="col">Value</th><th scope="col">Source</th><th scope="col">Quote</th></tr></thead><tbody>${views
    .map(
      (view) =>
        `<tr><td>${h(claimPeriod(view.claim) ?? "")}</td><td>${h(claimValue(view.claim) ?? "")}</td><td>${articleLink(view.article, view.claim.article)}</td><td>“${h(view.claim.quote)}”</td></tr>`
    )
    .join("")}</tbody></table></details>`

const timelineCard = (claimsOf: ClaimsOf) => (relation: Relation): string => {
  const claims = chronological(claimsOf(relation))
  return `<article class="finding" id="${h(relation.id)}"><header><h3>${h(keyLabel(relation.key))}</h3>${findingIds(relation)}</header><p class="explanation">${h(relation.explanation)}</p>${timelineFigure(claims, keyLabel(relation.key), colorByArticle(claims))}${timelineData(claims)}</article>`
}

const stale = (data: ReportOutline): string =>
  data.staleBaseline.length === 0
    ? none
    : `<p>These accepted findings no longer occur; remove them from the baseline.</p><table><thead><tr><th scope="col">Fingerprint</th><th scope="col">Type</th><th scope="col">Key</th><th scope="col">Articles</th></tr></thead><tbody>${data.staleBaseline
        .map(
          (entry) =>
            `<tr><td><code>${h(entry.fingerprint)}</code></td><td>${entry.type}</td><td>${h(keyLabel(entry.key))}</td><td>${entry.articles.map((id) => `<code>${h(id)}</code>`).join("<br>")}</td></tr>`
        )
        .join("")}</tbody></table>`

const uncomparedTotal = (data: ReportOutline): number => data.counts.uncompared.reduce((sum, { claims }) => sum + claims, 0)

/** What was not checked: claims never compared with any other, by why. */
const uncompared = (data: ReportOutline): string =>
  data.counts.uncompared.length === 0
    ? none
    : `<p>These claims were stored but never compared with any other, so no finding can involve them.</p><table><thead><tr><th scope="col">Why</th><th scope="col" class="number">Claims</th></tr></thead><tbody>${data.counts.uncompared
        .map(({ description, claims }) => `<tr><td>${h(description)}</td><td class="number">${claims}</td></tr>`)
        .join("")}</tbody></table>`

const countsTable = (data: ReportOutline): string => {
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

const unreadable = (data: ReportOutline): string =>
  data.unreadable.length === 0
    ? none
    : `<p>The findings do not cover these articles.</p><table><thead><tr><th scope="col">Article</th><th scope="col">Why it could not be read</th></tr></thead><tbody>${data.unreadable
        .map((article) => `<tr><td><code>${h(article.path)}</code></td><td>${h(article.reason)}</td></tr>`)
        .join("")}</tbody></table>`

/** The sections in page order, for the table of contents and the page alike. */
const tableOfContents = (entries: ReadonlyArray<readonly [string, string]>): string =>
  `<nav class="toc" aria-label="Contents"><ol>${entries.map(([id, title]) => `<li><a href="#${id}">${title}</a></li>`).join("")}</ol></nav>`

/** A page of claims as a list's items read it: each finding's claims, and the entities they name. */
interface PageView {
  readonly claimsOf: ClaimsOf
  readonly entitiesOf: (relations: ReadonlyArray<Relation>) => ReadonlyArray<string>
}

/** A finding as a list item: its markup and what the filters match it on. */
const relationItem = (page: PageView, render: (relation: Relation) => string, suppressed = false) => (relation: Relation): ListItem => ({
  ids: [relation.id],
  type: suppressed ? "suppressed" : relation.type,
  severity: relation.type === "contradiction" && !suppressed ? severityOf(relation) : undefined,
  entities: page.entitiesOf([relation]),
  articles: relation.articles,
  html: render(relation)
})

const corroborationItem = (page: PageView) => (item: Corroboration): ListItem => ({
  ids: item.relations.map((relation) => relation.id),
  type: "overlap",
  severity: undefined,
  entities: page.entitiesOf(item.relations),
  articles: item.sources.map((article) => article.id),
  html: corroborationRow(item, corroborationClaims(item, page.claimsOf))
})

/**
 * A list of findings as the page lists them: its entries (findings, or corroborated facts), how
 * each becomes an item, and what its items show of their claims (a row shows none, but the filters
 * read every item's entities).
 */
interface ListPlan<A> {
  readonly id: string
  readonly entries: ReadonlyArray<A>
  readonly shows: { readonly claims: boolean; readonly contexts: boolean }
  readonly relationsOf: (entry: A) => ReadonlyArray<Relation>
  readonly item: (page: PageView) => (entry: A) => ListItem
}

const findingsList = (
  id: string,
  relations: ReadonlyArray<Relation>,
  shows: ListPlan<Relation>["shows"],
  item: ListPlan<Relation>["item"]
): ListPlan<Relation> => ({ id, entries: relations, shows, relationsOf: (relation) => [relation], item })

const sides = { claims: true, contexts: true }
const rows = { claims: false, contexts: false }

/** Every list of findings in the page, in page order. */
const listPlans = (view: ReportView) => ({
  contradictions: severities.map((severity) =>
    findingsList(`list-${severity}`, view.contradictions[severity], sides, (page) => relationItem(page, quotedFinding(page.claimsOf, severity)))
  ),
  revisions: findingsList("list-revisions", view.revisions, sides, (page) => relationItem(page, quotedFinding(page.claimsOf, "revision"))),
  corroborated: {
    id: "list-corroborated",
    entries: view.corroborations,
    shows: { claims: true, contexts: false },
    relationsOf: (item: Corroboration) => item.relations,
    item: corroborationItem
  } satisfies ListPlan<Corroboration>,
  timelines: findingsList("list-timelines", view.timelines, { claims: true, contexts: false }, (page) => relationItem(page, timelineCard(page.claimsOf))),
  duplicates: findingsList("list-duplicates", view.duplicates, rows, (page) => relationItem(page, relationRow(view, false))),
  suppressed: findingsList("list-suppressed", view.suppressed, rows, (page) => relationItem(page, relationRow(view, true), true))
})

/** Entries of a list made into items a page of claims at a time. */
const PAGE_ENTRIES = 50

/**
 * Makes a list's items a page of claims at a time: each goes to the lists' data as it is made, and
 * the first `staticItemsPerList` are kept for the page itself.
 */
function* renderList<A>(view: ReportView, plan: ListPlan<A>, data: ListsData): Generator<ReportPiece, RenderedList, QuotedClaims> {
  const inPage: Array<string> = []
  if (plan.entries.length > 0) data.startList(plan.id)
  for (let from = 0; from < plan.entries.length; from += PAGE_ENTRIES) {
    const entries = plan.entries.slice(from, from + PAGE_ENTRIES)
    const quoted = yield* loadClaims(claimPage(entries.flatMap(plan.relationsOf), { ...plan.shows, facets: true }))
    const item = plan.item({
      claimsOf: view.claimsOn(quoted),
      entitiesOf: (relations) => findingEntities(distinctClaimIds(relations).flatMap((id) => quoted.facets.get(id) ?? []))
    })
    for (const [offset, entry] of entries.entries()) {
      const made = item(entry)
      if (from + offset < staticItemsPerList) inPage.push(made.html)
      data.add(made, from + offset)
    }
  }
  return { id: plan.id, count: plan.entries.length, inPage }
}

const contradictions = (lists: ReadonlyArray<RenderedList>): string =>
  severities
    .map((severity, index) => {
      const list = lists[index] ?? { id: `list-${severity}`, count: 0, inPage: [] }
      return `<h3>${severity[0]?.toUpperCase()}${severity.slice(1)} severity (${liveCount([list])})</h3>${cardList(list)}`
    })
    .join("")

/** Relation types as the type filter names them. */
const typeChoices: ReadonlyArray<readonly [ListItem["type"], string]> = [
  ["contradiction", "contradictions"],
  ["revision", "revisions"],
  ["overlap", "corroborated facts"],
  ["duplicate", "duplicates"],
  ["timeline", "timelines"],
  ["suppressed", "accepted by the baseline"]
]

const choice = (value: string, label: string): string => `<option value="${value}" data-label="${h(label)}">${h(label)}</option>`

/** The filters: shown by the script, which keeps the counts in each menu and in `#shown` live. */
const filters = `<form class="filters" id="filters" role="search" aria-label="Filter findings" hidden>
<label>Type <select name="type">${choice("", "all types")}${typeChoices.map(([value, label]) => choice(value, label)).join("")}</select></label>
<label>Severity <select name="severity">${choice("", "any severity")}${severities.map((severity) => choice(severity, severity)).join("")}</select></label>
<label>Entity <input name="entity" type="search" list="entity-options" placeholder="China, country:CN, person:…" autocomplete="off"></label>
<label>Article <input name="article" type="search" list="article-options" placeholder="a title or a path" autocomplete="off"></label>
<label>Text <input name="text" type="search" placeholder="a word, a figure, a quote…"></label>
<output id="shown" class="meta" aria-live="polite"></output>
<datalist id="entity-options"></datalist><datalist id="article-options"></datalist>
</form>`

/**
 * report.html in parts (its head, each section, the lists' data, its script), each made as it is
 * written, its findings' claims loaded a page at a time: never the whole page at once.
 */
export function* htmlPieces(outline: ReportOutline): ReportPieces {
  const view = viewReport(outline)
  const plans = listPlans(view)
  const counted = (plan: { readonly id: string; readonly entries: ReadonlyArray<unknown> }): FindingList => ({ id: plan.id, count: plan.entries.length })
  const contradictionCount = outline.counts.contradictions.high + outline.counts.contradictions.medium + outline.counts.contradictions.low
  const contents: ReadonlyArray<readonly [string, string]> = [
    ["unreadable", `Articles that could not be read (${outline.unreadable.length})`],
    ["contradictions", `Contradictions (${liveCount(plans.contradictions.map(counted))})`],
    ["revisions", `Revisions (${liveCount([counted(plans.revisions)])})`],
    ["corroborated", `Corroborated facts (${liveCount([counted(plans.corroborated)])})`],
    ["timelines", `Timelines (${liveCount([counted(plans.timelines)])})`],
    ["duplicates", `Duplicates (${liveCount([counted(plans.duplicates)])})`],
    ["suppressed", `Suppressed by the baseline (${liveCount([counted(plans.suppressed)])})`],
    ["stale", `Stale baseline entries (${outline.staleBaseline.length})`],
    ["uncompared", `Not compared (${uncomparedTotal(outline)} claims)`]
  ]
  const title = (id: string): string => contents.find(([entry]) => entry === id)?.[1] ?? id
  yield `<!doctype html>
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
<p class="meta">Generated ${h(outline.generatedAt)} from <code>${h(outline.corpus)}</code> by ${h(outline.tool.name)} ${h(outline.tool.version)} (extractor ${h(outline.tool.extractor)})</p>
${countsTable(outline)}
${filters}
${tableOfContents(contents)}
</header>
<main>
`
  // Each list's items go to the lists' data as they are made, in page order.
  const data = listsData()
  yield `${section("unreadable", title("unreadable"), unreadable(outline))}\n`
  const contradictionLists: Array<RenderedList> = []
  for (const plan of plans.contradictions) contradictionLists.push(yield* renderList(view, plan, data))
  yield `${section("contradictions", title("contradictions"), contradictions(contradictionLists))}\n`
  yield `${section("revisions", title("revisions"), cardList(yield* renderList(view, plans.revisions, data)))}\n`
  const corroborated = yield* renderList(view, plans.corroborated, data)
  yield `${section("corroborated", title("corroborated"), tableList(corroborated, ["Fact", "Value", "Confirmed by (sources)", "Sources and quotes"]))}\n`
  yield `${section("timelines", title("timelines"), cardList(yield* renderList(view, plans.timelines, data)))}\n`
  yield `${section("duplicates", title("duplicates"), tableList(yield* renderList(view, plans.duplicates, data), relationHeadings(false)))}\n`
  const suppressed = yield* renderList(view, plans.suppressed, data)
  yield `${section("suppressed", title("suppressed"), view.suppressed.length === 0 ? none : `<details><summary>${plural(view.suppressed.length, "accepted finding")}</summary>${tableList(suppressed, relationHeadings(true))}</details>`)}\n`
  yield `${section("stale", title("stale"), stale(outline))}\n`
  yield `${section("uncompared", title("uncompared"), uncompared(outline))}\n`
  yield `</main>
${data.finish((id) => {
  const article = view.article(id)
  return article === undefined ? "" : articleName(article)
})}
${reportScript}
</body>
</html>
`
}

/** report.html in parts, from a whole report in memory. */
export const renderHtmlParts = (data: ReportData): ReadonlyArray<string> => renderedParts(data, htmlPieces)

/** report.html as one string: its parts joined. */
export const renderHtml = (data: ReportData): string => renderHtmlParts(data).join("")
