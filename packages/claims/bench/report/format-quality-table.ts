import type { Measure } from "../score/score-document.js"
import type { DocumentReport, QualityReport, ReportGroup } from "./quality-report.js"

const LABELS: { readonly [M in Measure]: string } = {
  timexStrict: "time expressions, strict span",
  timexRelaxed: "time expressions, overlapping span",
  timexValue: "time expressions, value (TempEval-3)",
  timexType: "time expressions, type",
  quantitySpan: "quantities, overlapping span",
  quantityValue: "quantities, value and unit",
  claimCore: "claims, predicate+value+time",
  claimFull: "claims, + subjects and place",
  claimEvent: "  event claims (core)",
  claimTrade: "  trade claims (core)",
  claimDeal: "  deal claims (core)",
  claimStatistic: "  statistic claims (core)"
}

const POSITIVE_GROUPS: ReadonlyArray<ReportGroup> = ["seeds", "texts", "positive"]
const LABEL_WIDTH = Math.max(...Object.values(LABELS).map((label) => label.length))
const CELL = 20

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5)

/** The precision/recall/F1 table for seeds, written texts and both, and false positives on the negative corpus. */
export const formatQualityTable = (report: QualityReport): string => {
  const header = POSITIVE_GROUPS.map((g) => `${g} (${report.groups[g].documents})`.padEnd(CELL)).join("")
  const subheader = POSITIVE_GROUPS.map(() => "    P     R    F1".padEnd(CELL)).join("")
  const rows = (Object.keys(LABELS) as Array<Measure>).map((m) => {
    const cells = POSITIVE_GROUPS.map((g) => {
      const s = report.groups[g].measures[m]
      return `${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}`.padEnd(CELL)
    })
    return `${LABELS[m].padEnd(LABEL_WIDTH)}  ${cells.join("")}`
  })
  const accuracy = POSITIVE_GROUPS.map((g) => `${g} ${pct(report.groups[g].timexValueAccuracy).trim()}%`).join(", ")
  const negative = report.groups.negative
  const fp = (m: Measure) => negative.measures[m].fp
  return [
    `${"".padEnd(LABEL_WIDTH)}  ${header}`,
    `${"".padEnd(LABEL_WIDTH)}  ${subheader}`,
    ...rows,
    "",
    `time value accuracy on overlapping spans: ${accuracy}`,
    `negative corpus (${negative.documents} texts), false positives: ${fp("timexRelaxed")} time expressions, ` +
      `${fp("quantitySpan")} quantities, ${fp("claimCore")} claims`
  ].join("\n")
}

const listing = (title: string, items: ReadonlyArray<string>): ReadonlyArray<string> =>
  items.length === 0 ? [] : [`  ${title}:`, ...items.map((item) => `    ${item}`)]

/** Every document's missed, spurious and mis-valued items. */
export const formatErrors = (documents: ReadonlyArray<DocumentReport>): string =>
  documents
    .map((d) => [
      d.file,
      ...listing("time missed", d.timexes.missed),
      ...listing("time spurious", d.timexes.spurious),
      ...listing("time wrong value", d.timexes.wrongValue),
      ...listing("time other span", d.timexes.otherSpan),
      ...listing("quantity missed", d.quantities.missed),
      ...listing("quantity spurious", d.quantities.spurious),
      ...listing("quantity wrong value", d.quantities.wrongValue),
      ...listing("claim missed", d.claims.missed),
      ...listing("claim spurious", d.claims.spurious),
      ...listing("claim with other parties", d.claims.wrongParties)
    ])
    .filter((lines) => lines.length > 1)
    .map((lines) => lines.join("\n"))
    .join("\n\n")
