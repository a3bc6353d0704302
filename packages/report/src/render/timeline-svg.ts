import { type Claim, dayNumber, fromDayNumber, type Qualifier, type Quantity } from "@crosscheck/claims/model"
import { formatNumber } from "../compare/format-value.js"
import { claimPeriodOf, claimValue } from "./describe-claim.js"
import { escapeHtml } from "./escape-html.js"

/**
 * A timeline as inline SVG: x = time (from the claims' time scopes), one mark per dated claim — a bar
 * for an interval, a dot for a single day. When every claim states a figure in one unit, y = value
 * (trade volume by year); otherwise each claim gets its own lane, so "June 9–10" against "June 8–10"
 * shows as two bars of different lengths on one date axis.
 */

export interface TimelineEntry {
  readonly claim: Claim
  /** Who states it, shown in the label ("Reuters", an article title). */
  readonly source: string
  /** Index into `markColors`, so a mark matches its column elsewhere in the report. */
  readonly color: number
}

/** Okabe–Ito colours: distinguishable with colour-blindness and in greyscale print by their labels. */
export const markColors: ReadonlyArray<string> = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"]

interface Mark {
  readonly entry: TimelineEntry
  readonly first: number
  /** Exclusive: the day after the last day. */
  readonly end: number
  readonly period: string
  readonly value: number | undefined
}

const width = 960
const marginRight = 16
const laneHeight = 30
const figureHeight = 240
const axisHeight = 34
const top = 16
const charWidth = 6.4
const monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const

const markOf = (entry: TimelineEntry): Mark | undefined => {
  // The period the card shows for the claim (a figure's own period first), so the chart agrees with it.
  const period = claimPeriodOf(entry.claim)
  if (!period.dated) return undefined
  return { entry, first: period.first, end: period.last + 1, period: period.label, value: entry.claim.value?.value }
}

const colorOf = (entry: TimelineEntry): string => markColors[entry.color % markColors.length] ?? "#333"

/** Calendar steps for axis ticks, finest first: [unit, count]. */
const tickSteps: ReadonlyArray<readonly ["day" | "month" | "year", number]> = [
  ["day", 1],
  ["day", 2],
  ["day", 7],
  ["month", 1],
  ["month", 3],
  ["year", 1],
  ["year", 2],
  ["year", 5],
  ["year", 10],
  ["year", 50]
]
const maxTicks = 12

const dayParts = fromDayNumber
const dayOf = (year: number, month: number): number => dayNumber({ year, month, day: 1 })

/** Tick boundaries covering [from, to) in the coarsest step that still gives at least two ticks, at most `maxTicks`. */
const axisTicks = (from: number, to: number): { days: ReadonlyArray<number>; label: (day: number) => string } => {
  const span = to - from
  const [unit, count] =
    tickSteps.find(([unit, count]) => span / ((unit === "day" ? 1 : unit === "month" ? 30.4 : 365.25) * count) <= maxTicks) ??
    ["year", 100]
  const start = dayParts(from)
  const days: Array<number> = []
  if (unit === "day") {
    for (let day = Math.ceil(from); day < to; day += count) days.push(day)
  } else if (unit === "month") {
    for (let m = start.year * 12 + start.month - 1; dayOf(Math.floor(m / 12), (m % 12) + 1) < to; m += count) {
      days.push(dayOf(Math.floor(m / 12), (m % 12) + 1))
    }
  } else {
    for (let y = Math.floor(start.year / count) * count; dayOf(y, 1) < to; y += count) days.push(dayOf(y, 1))
  }
  const label = (day: number): string => {
    const d = dayParts(day)
    return unit === "day" ? `${monthNames[d.month - 1]} ${d.day}` : unit === "month" ? `${monthNames[d.month - 1]} ${d.year}` : `${d.year}`
  }
  return { days: days.filter((day) => day >= from), label }
}

const textWidth = (text: string, size = 12): number => text.length * charWidth * (size / 12)

const label = (x: number, y: number, text: string, options: { anchor?: string; cls?: string } = {}): string =>
  `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}"${options.anchor === undefined ? "" : ` text-anchor="${options.anchor}"`}${options.cls === undefined ? "" : ` class="${options.cls}"`}>${escapeHtml(text)}</text>`

/** A bar over [first, end) or, for a single day, a dot at its middle; with a tooltip naming claim and source. */
const markShape = (mark: Mark, x: (day: number) => number, y: number): string => {
  const color = colorOf(mark.entry)
  const value = claimValue(mark.entry.claim)
  const tip = `${mark.period}${value === undefined ? "" : ` · ${value}`} · ${mark.entry.source}: “${mark.entry.claim.quote}”`
  const shape =
    mark.end - mark.first === 1
      ? `<circle cx="${x(mark.first + 0.5).toFixed(1)}" cy="${y.toFixed(1)}" r="6" fill="${color}"/>`
      : `<rect x="${x(mark.first).toFixed(1)}" y="${(y - 6).toFixed(1)}" width="${Math.max(4, x(mark.end) - x(mark.first) - 1).toFixed(1)}" height="12" rx="3" fill="${color}" stroke="#fff"/>`
  return `<g class="mark" data-claim="${escapeHtml(mark.entry.claim.id)}"><title>${escapeHtml(tip)}</title>${shape}</g>`
}

const xAxis = (from: number, to: number, x: (day: number) => number, plotTop: number, plotBottom: number, left: number): string => {
  const ticks = axisTicks(from, to)
  const lines = ticks.days.map((day) => {
    const text = ticks.label(day)
    // A label that would run off the right edge ends at its tick instead.
    const fits = x(day) + 3 + textWidth(text, 11) <= width
    return (
      `<line class="grid" x1="${x(day).toFixed(1)}" x2="${x(day).toFixed(1)}" y1="${plotTop}" y2="${plotBottom}"/>` +
      (fits ? label(x(day) + 3, plotBottom + 16, text, { cls: "tick" }) : label(x(day) - 3, plotBottom + 16, text, { anchor: "end", cls: "tick" }))
    )
  })
  return `<line class="axis" x1="${left}" x2="${width - marginRight}" y1="${plotBottom}" y2="${plotBottom}"/>${lines.join("")}`
}

/** Greedy label placement: move a label up until it clears the labels already placed. */
const placeLabels = (
  wanted: ReadonlyArray<{ x: number; y: number; width: number }>,
  lineHeight: number
): ReadonlyArray<number> => {
  const placed: Array<{ x1: number; x2: number; y: number }> = []
  return wanted.map(({ x, y, width: w }) => {
    let at = y
    const x1 = x - w / 2
    const x2 = x + w / 2
    while (placed.some((p) => p.x1 < x2 && x1 < p.x2 && Math.abs(p.y - at) < lineHeight)) at -= lineHeight
    placed.push({ x1, x2, y: at })
    return at
  })
}

const qualifierSigns: Readonly<Record<Qualifier, string>> = {
  exact: "",
  total: "",
  approximate: "≈ ",
  more_than: "> ",
  at_least: "≥ ",
  less_than: "< ",
  almost: "≲ ",
  at_most: "≤ "
}

/** A figure's label on the chart, its unit left to the axis: "> 200 billion". */
const shortValue = (q: Quantity): string => `${qualifierSigns[q.qualifier]}${formatNumber(q.value)}`

/** One swatch and name per colour drawn (two articles of one outlet are two entries), wrapped into rows under the axis. */
const legend = (marks: ReadonlyArray<Mark>, left: number, y: number): { body: string; height: number } => {
  const sources = [...new Map(marks.map((mark) => [colorOf(mark.entry), mark.entry])).values()]
  let x = left
  let row = 0
  const items = sources.map((entry) => {
    const itemWidth = 22 + textWidth(entry.source)
    if (x + itemWidth > width - marginRight && x > left) {
      x = left
      row += 1
    }
    const at = y + row * 18
    const item = `<rect x="${x}" y="${at - 10}" width="12" height="12" rx="2" fill="${colorOf(entry)}"/>${label(x + 16, at, entry.source, { cls: "label" })}`
    x += itemWidth + 14
    return item
  })
  return { body: items.join(""), height: (row + 1) * 18 }
}

/** Round steps for a value axis, per power of ten: 1, 2, 2.5, 5. */
const valueSteps = [1, 2, 2.5, 5, 10]
const valueTickCount = 4

/** A value axis from 0 (or below, for negatives) past the highest value, in round steps: 0, 1, 2, 3, 4, 5 billion. */
const valueAxis = (values: ReadonlyArray<number>): { low: number; high: number; ticks: ReadonlyArray<number> } => {
  // Headroom above the highest mark for its label.
  const top = Math.max(0, ...values) * 1.1
  const bottom = Math.min(0, ...values)
  const rough = (top - bottom) / valueTickCount || 1
  const power = 10 ** Math.floor(Math.log10(rough))
  const step = (valueSteps.find((candidate) => candidate * power >= rough) ?? 10) * power
  const low = Math.floor(bottom / step) * step
  const high = Math.max(Math.ceil(top / step) * step, low + step)
  const ticks: Array<number> = []
  for (let i = 0; low + i * step <= high + step / 2; i += 1) ticks.push(Number((low + i * step).toPrecision(12)))
  return { low, high, ticks }
}

const figureChart = (marks: ReadonlyArray<Mark>, from: number, to: number, unit: string): { body: string; height: number } => {
  const left = 78
  const values = marks.map((mark) => mark.value ?? 0)
  const { low, high, ticks: yTicks } = valueAxis(values)
  // Labels stack above their marks: leave them room at the top.
  const plotTop = top + 36
  const plotBottom = plotTop + figureHeight
  const x = (day: number) => left + ((day - from) / (to - from)) * (width - marginRight - left)
  const y = (value: number) => plotBottom - ((value - low) / (high - low)) * figureHeight
  const yAxis = yTicks
    .map(
      (value) =>
        `<line class="grid" x1="${left}" x2="${width - marginRight}" y1="${y(value).toFixed(1)}" y2="${y(value).toFixed(1)}"/>` +
        label(left - 6, y(value) + 4, formatNumber(value), { anchor: "end", cls: "tick" })
    )
    .join("")
  const wanted = marks.map((mark) => {
    const text = mark.entry.claim.value === undefined ? "" : shortValue(mark.entry.claim.value)
    const half = textWidth(text) / 2
    const center = Math.min(Math.max(x((mark.first + mark.end) / 2), left + half), width - marginRight - half)
    return { x: center, y: y(mark.value ?? 0) - 11, width: textWidth(text) + 6, text }
  })
  const labelYs = placeLabels(wanted, 14)
  // Longer periods first, so a shorter one at a similar value is drawn on top, not hidden.
  const shapes = [...marks]
    .sort((a, b) => b.end - b.first - (a.end - a.first))
    .map((mark) => markShape(mark, x, y(mark.value ?? 0)))
    .join("")
  const labels = wanted.map((w, i) => label(w.x, labelYs[i] ?? w.y, w.text, { anchor: "middle", cls: "label" })).join("")
  const unitLabel = label(left - 6, plotTop - 14, unit, { anchor: "end", cls: "tick" })
  const key = legend(marks, left, plotBottom + axisHeight + 4)
  return {
    body: yAxis + unitLabel + xAxis(from, to, x, plotTop, plotBottom, left) + shapes + labels + key.body,
    height: plotBottom + axisHeight + key.height + 4
  }
}

/** Characters of a source name that fit the label column of a lane chart. */
const laneLabelChars = 36

const laneChart = (marks: ReadonlyArray<Mark>, from: number, to: number): { body: string; height: number } => {
  const left = 16 + laneLabelChars * charWidth
  const plotTop = top
  const plotBottom = plotTop + marks.length * laneHeight + 8
  const x = (day: number) => left + ((day - from) / (to - from)) * (width - marginRight - left)
  const lanes = marks.map((mark, i) => {
    const y = plotTop + i * laneHeight + laneHeight / 2 + 4
    const source =
      mark.entry.source.length <= laneLabelChars ? mark.entry.source : `${mark.entry.source.slice(0, laneLabelChars - 1)}…`
    const value = mark.entry.claim.value === undefined ? undefined : shortValue(mark.entry.claim.value)
    const text = [mark.period, value].filter((part) => part !== undefined).join(" · ")
    // The period goes right of the bar when it fits, else above the bar's end.
    const after = x(mark.end) + 8
    const period =
      after + textWidth(text, 11) <= width - marginRight
        ? label(after, y + 4, text, { cls: "tick" })
        : label(x(mark.end), y - 9, text, { anchor: "end", cls: "tick" })
    return label(8, y + 4, source, { cls: "label" }) + markShape(mark, x, y) + period
  })
  return { body: xAxis(from, to, x, plotTop, plotBottom, left) + lanes.join(""), height: plotBottom + axisHeight }
}

/** The SVG for the entries' dated claims, or undefined when none has a dated time scope. */
export const renderTimelineSvg = (entries: ReadonlyArray<TimelineEntry>, title: string): string | undefined => {
  const marks = entries.flatMap((entry) => markOf(entry) ?? [])
  if (marks.length === 0) return undefined
  const first = Math.min(...marks.map((mark) => mark.first))
  const end = Math.max(...marks.map((mark) => mark.end))
  // Pad the axis so marks at its ends stay clear of the edges.
  const pad = Math.max(1, Math.round((end - first) * 0.06))
  const units = new Set(marks.map((mark) => mark.entry.claim.value?.unit))
  const [unit] = units
  const chart =
    units.size === 1 && unit !== undefined && marks.length > 1
      ? figureChart(marks, first - pad, end + pad, unit)
      : laneChart(marks, first - pad, end + pad)
  return (
    `<svg class="timeline" role="img" viewBox="0 0 ${width} ${chart.height}" width="${width}" height="${chart.height}">` +
    `<title>${escapeHtml(title)}</title>${chart.body}</svg>`
  )
}
