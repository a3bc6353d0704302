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
