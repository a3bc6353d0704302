import type { Token } from "../nlp/analyze.js"
import type { Quantity } from "../model/quantity.js"

/** Words that name each measure of an economy's whole output. */
export const GDP_WORDS = /\bgdp\b|gross\s+domestic/i
const GNP_WORDS = /\bgnp\b|gross\s+national/i

/** The measures of an economy's whole output, whose growth a bare "growth" may be. */
export type OutputMeasure = "gdp" | "gnp"

/**
 * What an economy's growth not said to be of GDP or GNP measures in a text ("growth of 2.5 pct",
 * "the economy will expand 3 pct"): GDP when the text names GDP and never GNP (the annotation
 * guide's "or gdp if the text says so"), else GNP.
 */
export const bareGrowthMeasure = (text: string): OutputMeasure => (GDP_WORDS.test(text) && !GNP_WORDS.test(text) ? "gdp" : "gnp")

/** Whether measure words name the output measure themselves ("GNP", "gross domestic product"), not a bare "growth" or "economy". */
export const namesOutputMeasure = (words: string): boolean => GDP_WORDS.test(words) || GNP_WORDS.test(words)

/**
 * A percentage of the economy's output ("about three pct of GDP", "exceeding one pct GNP"): a ratio
 * to GDP or GNP, the level of the measure it is said of, never the output's growth.
 */
export const isRatioToOutput = (tokens: ReadonlyArray<Token>, quantity: Quantity): boolean => {
  if (quantity.kind !== "percent") return false
  const next = tokens.findIndex((t) => t.start >= quantity.end)
  // One space apart: "… is eight pct. GNP rose …" is no ratio.
  if (next < 0 || tokens[next]!.start - quantity.end > 1) return false
  const first = tokens[next]!.normal === "of" ? next + 1 : next
  // "GDP", "gross domestic product": the output's own words, right there; "7% GDP growth" is its growth.
  const last = tokens[first]?.normal === "gross" ? first + 2 : first
  const words = tokens.slice(first, last + 1).map((t) => t.text).join(" ")
  return namesOutputMeasure(words) && OUTPUT_WORD_START.test(words) && !GROWTH_AFTER.has(tokens[last + 1]?.normal ?? "")
}

/** The output measure's words open with its name. */
const OUTPUT_WORD_START = /^(?:gdp|gnp|gross\s)/i
/** Words after the output's name that make the figure its growth: "7% GDP growth". */
const GROWTH_AFTER: ReadonlySet<string> = new Set(["growth", "rate"])
