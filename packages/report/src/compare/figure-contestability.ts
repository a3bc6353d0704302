import type { Claim } from "@crosscheck/claims"
import { GEOGRAPHIC_SUBJECT_PREFIXES, NATIONAL_STATISTICS, NON_FACTUAL_WORDS, PART_OF_YEAR_WORDS } from "./figure-rules.js"
import { looselyNamedSubjects } from "./subject-evidence.js"
import type { Period } from "./time-period.js"

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

/** One case-insensitive whole-word pattern per list, compiled once. */
const wordsPattern = (words: ReadonlyArray<string>): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escape).join("|")})(?![\\p{L}\\p{N}])`, "iu")

const NON_FACTUAL = wordsPattern(NON_FACTUAL_WORDS)
const PART_OF_YEAR = wordsPattern(PART_OF_YEAR_WORDS)
const WHOLE_YEAR = /^\d{4}$/

/** A direct quotation states the speaker's figure as a fact unless its words make it a forecast or a view. */
const QUOTATION_MARKS_DERIVATION = "quotation marks"

const assertsFact = (claim: Claim): boolean => {
  const quotedFact =
    claim.modality === "quoted_opinion" && claim.derivation.some((d) => d.startsWith("modality:") && d.includes(QUOTATION_MARKS_DERIVATION))
  return (claim.modality === "reported" || quotedFact) && !NON_FACTUAL.test(claim.quote)
}

const isSpecificSubject = (id: string): boolean => !GEOGRAPHIC_SUBJECT_PREFIXES.some((prefix) => id.startsWith(prefix))

/**
 * Why a figure claim cannot contradict another one, or undefined when it can. It can when it is
 * asserted as a fact (not planned, hedged, negated, a forecast or an estimate), about a written
 * time that fits its words, and about named holders: a statistic belongs to a named firm, person
 * or thing, or is a national statistic of a named country. Claims that cannot contradict may still
 * corroborate one another.
 */
export const figureDoubt = (claim: Claim, period: Period): string | undefined => {
  if (!assertsFact(claim)) return "not asserted as a fact (planned, hedged, an opinion, a forecast or an estimate)"
  if (claim.time === undefined || claim.time.timexes.length === 0 || !period.dated) return "no time written for the figure"
  if (WHOLE_YEAR.test(period.label) && PART_OF_YEAR.test(claim.quote)) return "the words name part of a year but the time read is a whole year"
  const loose = looselyNamedSubjects(claim)
  if (claim.subjects.some((s) => loose.has(s))) return "a holder is named only by a demonym or left implicit"
  if (claim.kind === "statistic" && !claim.subjects.some(isSpecificSubject) && !NATIONAL_STATISTICS.has(claim.predicate)) {
    return "a statistic of no named firm, person or thing, and no national statistic"
  }
  return undefined
}
