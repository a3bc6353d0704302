import { PREDICATE_MEASURES } from "../figure/predicate-measures.js"
import type { TimeScope } from "../model/time.js"
import type { ClaimDraft } from "./claim-draft.js"
import { clauseAt, tokensWithin } from "./document-facts.js"
import { statesToCome } from "./to-come.js"
import { isReportingPeriod } from "./time-scope.js"

/**
 * A firm's results over a period, which a story reports for one period it names once ("an interim dividend" is the
 * half's; a holding or a price is its day's: none of these).
 */
const RESULTS_OVER_A_PERIOD: ReadonlySet<string> = new Set(["revenue", "net_income", "operating_income", "pretax_income", "eps", "interest_income", "dividend"])

const measureOf = (draft: ClaimDraft): string | undefined => draft.figure?.measure ?? PREDICATE_MEASURES.get(draft.predicate)?.measure

const isCurrentResult = (draft: ClaimDraft): boolean => {
  const measure = measureOf(draft)
  return measure !== undefined && RESULTS_OVER_A_PERIOD.has(measure) && draft.earlier !== true && draft.figure?.period?.prior !== true
}

/** A result its clause states to come ("operating margins … could reach 14.8% by 2006"): its period is none the article reports results for. */
const statedToCome = (draft: ClaimDraft): boolean => statesToCome(tokensWithin(draft.sentence.tokens, clauseAt(draft.sentence, draft.anchor.start)))

/** Dated by words of its own sentence, or by a results table's heads: a period the text states for this figure. */
const statedForIt = (draft: ClaimDraft): boolean => {
  const time = draft.time
  if (time === undefined || !isReportingPeriod(time)) return false
  if (draft.figure?.period?.origin === "table") return true
  return time.timexes.length > 0 && time.timexes.every((id) => draft.sentence.timexes.some((t) => t.id === id))
}

/** A firm's current result with no date of its own, which the period the article first reports results for may date. */
export const isUndatedResult = (draft: ClaimDraft): boolean => draft.time === undefined && isCurrentResult(draft) && draft.holderless !== true

/**
 * An earlier value of a result dated only a year back from a result its sentence does not date ("from 4 pence a year
 * earlier"): of the period the article reports a year back, whatever date before it the words alone were counted from.
 */
export const isYearBackOfUndated = (draft: ClaimDraft): boolean => {
  const measure = measureOf(draft)
  return draft.yearBack === true && measure !== undefined && RESULTS_OVER_A_PERIOD.has(measure) && draft.holderless !== true
}

/**
 * The period the article first reports a firm's results for in its own words or its table ("net income for the six months
 * ended Oct. 1 slipped 5%"): wire copy and business news state it once, in the lead, and a result no reader could date
 * ("Sales fell 20% to #722 million", sentences later) is of it, when stated as a fact (`finish`). A period so carried is
 * inherited: it may corroborate, never contradict.
 */
export const reportedPeriodOf = (drafts: ReadonlyArray<ClaimDraft>): ReportedPeriod | undefined => {
  const lead = drafts.filter((draft) => isCurrentResult(draft) && statedForIt(draft) && !statedToCome(draft)).reduce<ClaimDraft | undefined>((a, d) => (a === undefined || d.anchor.start < a.anchor.start ? d : a), undefined)
  const time = lead?.time
  return time === undefined
    ? undefined
    : {
        time: { ...time, origin: "inherited", derivation: `no date of its own nor in the sentence before: the period the article first reports results for, ${time.derivation}` },
        // a table's rows under a period head date no rows above it: those are of a period the table's heads did not give
        from: lead!.figure?.period?.origin === "table" ? lead!.anchor.start : 0
      }
}

/**
 * The period an article first reports results for, and where the results it may date begin: anywhere for one the text
 * states in prose (a lead may give the figure and the next sentence its period), only after its rows for a results
 * table's (rows above a "Nine months" head whose own period could not be read are of another period).
 */
export interface ReportedPeriod {
  readonly time: TimeScope
  readonly from: number
}
