import type { Relation } from "@crosscheck/claims"
import type { ReportArticle, ReportData, StaleBaselineEntry, UnreadableArticle } from "../report-data.js"
import {
  articleDate,
  articleName,
  claimSummary,
  keyLabel,
  quotedSentence,
  sourceName
} from "./describe-claim.js"
import { linkableUrl } from "./escape-html.js"
import { escapeMarkdown, markdownCode, markdownUrl } from "./escape-markdown.js"
import { loadClaims, type ReportOutline, type ReportPieces } from "../report-outline.js"
import type { ClaimsOf, ClaimView, Corroboration, ReportView } from "./report-view.js"
import { chronological, claimPage, corroborationClaims, severities, viewReport } from "./report-view.js"
import { renderedParts } from "./report-parts.js"
import { verdictOf, verdictText } from "./verdict.js"

/**
 * report.md, sized for a CI job summary: GitHub caps $GITHUB_STEP_SUMMARY at 1 MiB, so every list
 * stops at `maxItems` or when the byte budget runs out, and says how many more report.html holds;
 * a line under the counts says what the whole summary left out. Contradictions and revisions are
 * grouped by comparison key, the group of the most important finding first.
 */

export interface MarkdownLimits {
  /** Total size in UTF-8 bytes (GitHub's cap is 1,048,576; the rest is margin). */
  readonly maxBytes: number
  /** Items per list (per severity for contradictions). */
  readonly maxItems: number
}

export const defaultMarkdownLimits: MarkdownLimits = { maxBytes: 1_000_000, maxItems: 100 }

/** Room kept for each list still to come, so one long list cannot starve the ones after it. */
const reservePerList = 4_096

const bytes = (text: string): number => Buffer.byteLength(text, "utf8")


/** A link to the article's url, else its path as code (a corpus path is not reachable from a job summary). */
const articleLink = (article: ReportArticle): string => {
  const url = linkableUrl(article.url)
  const name = escapeMarkdown(articleName(article))
  return url === undefined ? `${name} (${markdownCode(article.path)})` : `[${name}](${markdownUrl(url)})`
}

const articleLine = (article: ReportArticle | undefined, articleId: string): string => {
  if (article === undefined) return markdownCode(articleId)
  const date = articleDate(article)
  return [articleLink(article), article.outlet === undefined ? undefined : escapeMarkdown(article.outlet), date]
    .filter((part) => part !== undefined)
    .join(" · ")
}

/** Sentence text around a quote, at most `maxAround` characters either side (unsplit text makes huge "sentences"). */
const maxAround = 300
const clipStart = (text: string): string => (text.length <= maxAround ? text : `…${text.slice(-maxAround)}`)
const clipEnd = (text: string): string => (text.length <= maxAround ? text : `${text.slice(0, maxAround)}…`)

/** The quote in bold. An HTML tag, not `**`: emphasis delimiters fail next to punctuation ("said:**“…”**"). */
const strong = (quote: string): string => `<strong>${escapeMarkdown(quote)}</strong>`

const quoteBlock = (view: ClaimView): string => {
  const sentence =
    view.context === undefined
      ? strong(view.claim.quote)
      : (({ before, quote, after }) => `${escapeMarkdown(clipStart(before))}${strong(quote)}${escapeMarkdown(clipEnd(after))}`)(
          quotedSentence(view.claim, view.context)
        )
  // How each value was read is in the explanation below, and in full in report.html.
  return [
    `> ${sentence}`,
    ">",
    `> — ${articleLine(view.article, view.claim.article)}`,
    ">",
    `> ${escapeMarkdown(claimSummary(view.claim))}`
  ].join("\n")
}

/** What a reviewer acts on: the id for `crosscheck show` and `baseline accept`, the fingerprint a baseline keeps. */
const findingIds = (relation: Relation): string =>
  `${markdownCode(relation.id)} · fingerprint ${markdownCode(relation.fingerprint)}`

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`

/** A contradiction or a revision: its verdict (the values, how far apart), its ids, both quotes, then the explanation. */
const quotedFinding = (claimsOf: ClaimsOf) => (relation: Relation): string =>
  [
    `#### ${escapeMarkdown(verdictText(verdictOf(claimsOf(relation).map((side) => side.claim))))}`,
    findingIds(relation),
    ...claimsOf(relation).map(quoteBlock),
    escapeMarkdown(relation.explanation)
  ].join("\n\n")

/** A finding under the heading of its key's group, when it is the group's first. */
interface GroupedFinding {
  readonly relation: Relation
  readonly heading: string | undefined
}

/**
 * Findings grouped by comparison key: the group of the most important finding first (the findings
 * come ranked), each group in rank order under a heading with its count.
 */
const groupedByKey = (relations: ReadonlyArray<Relation>, noun: string): ReadonlyArray<GroupedFinding> => {
  const groups = new Map<string, Array<Relation>>()
  for (const relation of relations) groups.set(relation.key, [...(groups.get(relation.key) ?? []), relation])
  return [...groups.values()].flatMap((group) =>
    group.map((relation, index) => ({
      relation,
      heading: index === 0 ? `### ${escapeMarkdown(keyLabel(relation.key))} (${plural(group.length, noun)})` : undefined
    }))
  )
}

const groupedFinding = (claimsOf: ClaimsOf) => (item: GroupedFinding): string =>
  item.heading === undefined ? quotedFinding(claimsOf)(item.relation) : `${item.heading}\n\n${quotedFinding(claimsOf)(item.relation)}`

const corroboration = (claimsOf: ClaimsOf) => (item: Corroboration): string => {
  const values = [...new Set(corroborationClaims(item, claimsOf).map((view) => claimSummary(view.claim)))]
  return `- **${escapeMarkdown(keyLabel(item.key))}** (${item.relations.map(findingIds).join("; ")}): confirmed by ${item.sources.length} source${item.sources.length === 1 ? "" : "s"} (${item.sources.map(articleLink).join(", ")}); ${escapeMarkdown(values.join(" / "))}`
}

const duplicate = (view: ReportView) => (relation: Relation): string => {
  const articles = relation.articles.map((id) => {
    const article = view.article(id)
    return article === undefined ? markdownCode(id) : articleLink(article)
  })
  return `- **${escapeMarkdown(keyLabel(relation.key))}** (${findingIds(relation)}) in ${articles.join(", ")}: ${escapeMarkdown(relation.explanation)}`
}

const timeline = (claimsOf: ClaimsOf) => (relation: Relation): string => {
  const points = chronological(claimsOf(relation)).map((claim) => {
    const source = claim.article === undefined ? claim.claim.article : sourceName(claim.article)
    return `${escapeMarkdown(claimSummary(claim.claim))} (${escapeMarkdown(source)})`
  })
  return `- **${escapeMarkdown(keyLabel(relation.key))}** (${findingIds(relation)}): ${points.join("; ")}`
}

const stale = (entry: StaleBaselineEntry): string =>
  `- ${entry.type} **${escapeMarkdown(keyLabel(entry.key))}** in ${entry.articles.map(markdownCode).join(", ")} (fingerprint ${markdownCode(entry.fingerprint)})`

/** A list as rendered: its text, and how many of its items it left out. */
interface Capped {
  readonly text: string
  readonly left: number
}

/** Renders items while they fit in `budget` bytes and `maxItems`; then a note saying how many were left out. */
const cappedList = <A>(
  items: ReadonlyArray<A>,
  render: (item: A) => string,
  separator: string,
  budget: number,
  maxItems: number
): Capped => {
  const out: Array<string> = []
  let used = 0
  for (const item of items) {
    if (out.length >= maxItems) break
    const text = render(item)
    const size = bytes(text) + bytes(separator)
    if (used + size > budget) break
    out.push(text)
    used += size
  }
  const left = items.length - out.length
  return { text: left === 0 ? out.join(separator) : [...out, `… and ${left} more, see report.html`].join(separator), left }
}

const unreadableLine = (article: UnreadableArticle): string =>
  `- ${markdownCode(article.path)}: ${escapeMarkdown(article.reason)}`

/** The comparison keys with the most contradictions, worst first: where a reviewer starts. */
const keyCounts = (view: ReportView, maxRows: number): string => {
  const byKey = new Map<string, number>()
  for (const severity of severities) {
    for (const relation of view.contradictions[severity]) byKey.set(relation.key, (byKey.get(relation.key) ?? 0) + 1)
  }
  const rows = [...byKey].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0))
  const shown = rows.slice(0, maxRows).map(([key, count]) => `| ${escapeMarkdown(keyLabel(key))} | ${count} |`)
  const more = rows.length > maxRows ? [`\n… and ${rows.length - maxRows} more keys, see report.html`] : []
  return ["| key | contradictions |", "| --- | ---: |", ...shown].join("\n") + more.join("")
}

const countsTable = (data: ReportOutline): string => {
  const { counts } = data
  const c = counts.contradictions
  return [
    "| | count |",
    "| --- | ---: |",
    `| articles | ${counts.articles} |`,
    `| claims | ${counts.claims} |`,
    `| contradictions (high / medium / low) | ${c.high} / ${c.medium} / ${c.low} |`,
    `| revisions (preliminary or first figures later revised) | ${counts.revisions} |`,
    `| corroborated facts (overlaps) | ${counts.overlaps} |`,
    `| duplicates | ${counts.duplicates} |`,
    `| timelines | ${counts.timelines} |`,
    `| suppressed by the baseline | ${counts.suppressed} |`,
    `| stale baseline entries | ${counts.staleBaseline} |`,
    `| claims not compared | ${uncomparedTotal(data)} |`
  ].join("\n")
}

const uncomparedTotal = (data: ReportOutline): number => data.counts.uncompared.reduce((sum, { claims }) => sum + claims, 0)

/** What was not checked: claims never compared with any other, by why. */
const uncomparedList = (data: ReportOutline): string =>
  [
    "These claims were stored but never compared with any other, so no finding can involve them:",
    "",
    ...data.counts.uncompared.map(({ description, claims }) => `- ${escapeMarkdown(description)}: ${claims}`)
  ].join("\n")

/**
 * report.md as its parts (header, summary line, each section): the whole is capped at
 * `limits.maxBytes`; a list loads the claims of no more than the `limits.maxItems` findings it can show.
 */
export function* markdownPieces(data: ReportOutline, limits: MarkdownLimits = defaultMarkdownLimits): ReportPieces {
  const view = viewReport(data)
  const header = [
    "# crosscheck report",
    `Generated ${escapeMarkdown(data.generatedAt)} from ${markdownCode(data.corpus)} by ${escapeMarkdown(data.tool.name)} ${escapeMarkdown(data.tool.version)} (extractor ${escapeMarkdown(data.tool.extractor)}).`,
    countsTable(data)
  ].join("\n\n")

  // Lists in reading order: each is given what is left of the budget, less a reserve for the lists after it.
  // `what` names a list's items in the line that says what the summary left out.
  const firstItems = <A>(items: ReadonlyArray<A>): ReadonlyArray<A> => items.slice(0, limits.maxItems)
  const contradictionCount = severities.reduce((n, severity) => n + view.contradictions[severity].length, 0)
  const whole = (text: string): Capped => ({ text, left: 0 })
  // A list that quotes claims names the findings it may show (its first `maxItems`): their claims are loaded first.
  const lists: ReadonlyArray<{
    heading: string
    what: string
    total: number
    render: (budget: number, claimsOf: ClaimsOf) => Capped
    empty: boolean
    shows?: ReadonlyArray<Relation>
    /** Whether it quotes its findings' claims in context (a contradiction's or a revision's sides). */
    inContext?: boolean
  }> = [
    {
      heading: `## Articles that could not be read (${data.unreadable.length})`,
      what: "unreadable articles",
      total: data.unreadable.length,
      empty: data.unreadable.length === 0,
      render: (budget: number) => {
        const list = cappedList(data.unreadable, unreadableLine, "\n", budget, limits.maxItems)
        return { ...list, text: `The findings below do not cover them.\n\n${list.text}` }
      }
    },
    {
      heading: "## Contradictions by key",
      what: "keys",
      total: 0,
      empty: contradictionCount === 0,
      render: () => whole(keyCounts(view, 20))
    },
    ...severities.map((severity) => ({
      heading: `## Contradictions, ${severity} severity (${view.contradictions[severity].length})`,
      what: `${severity}-severity contradictions`,
      total: view.contradictions[severity].length,
      empty: view.contradictions[severity].length === 0,
      shows: firstItems(groupedByKey(view.contradictions[severity], "contradiction")).map((item) => item.relation),
      inContext: true,
      render: (budget: number, claimsOf: ClaimsOf) =>
        cappedList(groupedByKey(view.contradictions[severity], "contradiction"), groupedFinding(claimsOf), "\n\n---\n\n", budget, limits.maxItems)
    })),
    {
      heading: `## Revisions (${view.revisions.length})`,
      what: "revisions",
      total: view.revisions.length,
      empty: view.revisions.length === 0,
      shows: firstItems(groupedByKey(view.revisions, "revision")).map((item) => item.relation),
      inContext: true,
      render: (budget: number, claimsOf: ClaimsOf) =>
        cappedList(groupedByKey(view.revisions, "revision"), groupedFinding(claimsOf), "\n\n---\n\n", budget, limits.maxItems)
    },
    {
      heading: `## Corroborated facts (${view.corroborations.length})`,
      what: "corroborated facts",
      total: view.corroborations.length,
      empty: view.corroborations.length === 0,
      shows: firstItems(view.corroborations).flatMap((item) => item.relations),
      render: (budget: number, claimsOf: ClaimsOf) => cappedList(view.corroborations, corroboration(claimsOf), "\n", budget, limits.maxItems)
    },
    {
      heading: `## Duplicates (${view.duplicates.length})`,
      what: "duplicates",
      total: view.duplicates.length,
      empty: view.duplicates.length === 0,
      render: (budget: number) => cappedList(view.duplicates, duplicate(view), "\n", budget, limits.maxItems)
    },
    {
      heading: `## Timelines (${view.timelines.length})`,
      what: "timelines",
      total: view.timelines.length,
      empty: view.timelines.length === 0,
      shows: firstItems(view.timelines),
      render: (budget: number, claimsOf: ClaimsOf) => cappedList(view.timelines, timeline(claimsOf), "\n", budget, limits.maxItems)
    },
    {
      heading: `## Not compared (${uncomparedTotal(data)} claims)`,
      what: "reasons",
      total: 0,
      empty: data.counts.uncompared.length === 0,
      render: () => whole(uncomparedList(data))
    },
    {
      heading: "## Suppressed",
      what: "suppressed findings",
      total: 0,
      empty: false,
      render: () =>
        whole(`${data.counts.suppressed} finding${data.counts.suppressed === 1 ? " is" : "s are"} accepted by the baseline and not listed.`)
    },
    {
      heading: `## Stale baseline entries (${data.staleBaseline.length})`,
      what: "stale baseline entries",
      total: data.staleBaseline.length,
      empty: data.staleBaseline.length === 0,
      render: (budget: number) => {
        const list = cappedList(data.staleBaseline, stale, "\n", budget, limits.maxItems)
        return { ...list, text: `These accepted findings no longer occur; remove them from the baseline.\n\n${list.text}` }
      }
    }
  ]

  // Room for the line saying what was left out, written under the counts once the lists are cut.
  const leftOutReserve = 1_024
  const sections: Array<string> = []
  const leftOut: Array<string> = []
  let used = bytes(header) + leftOutReserve
  for (const [index, list] of lists.entries()) {
    const reserve = reservePerList * (lists.length - index - 1)
    const claimsOf = list.empty || list.shows === undefined ? () => [] : view.claimsOn(yield* loadClaims(claimPage(list.shows, { contexts: list.inContext === true })))
    const body = list.empty ? whole("None.") : list.render(Math.max(0, limits.maxBytes - used - reserve - bytes(list.heading) - 4), claimsOf)
    if (body.left > 0) leftOut.push(`${body.left} of ${list.total} ${list.what}`)
    const section = `${list.heading}\n\n${body.text}`
    sections.push(section)
    used += bytes(section) + 2
  }
  const summary =
    leftOut.length === 0
      ? "This summary lists every finding."
      : `To stay short (GitHub caps a job summary at 1 MiB), this summary leaves out ${leftOut.join(", ")}, the least important of each list; report.html and report.json have them all.`
  const parts = [header, summary, ...sections]
  for (const [index, part] of parts.entries()) yield `${part}${index === parts.length - 1 ? "\n" : "\n\n"}`
}

/** report.md in parts, from a whole report in memory. */
export const renderMarkdownParts = (data: ReportData, limits: MarkdownLimits = defaultMarkdownLimits): ReadonlyArray<string> =>
  renderedParts(data, (outline) => markdownPieces(outline, limits))

export const renderMarkdown = (data: ReportData, limits: MarkdownLimits = defaultMarkdownLimits): string =>
  renderMarkdownParts(data, limits).join("")
