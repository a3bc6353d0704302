import type { Token } from "../nlp/analyze.js"
import { STATUS_WORDS } from "../figure/figure-words.js"
import { findPhrases, phraseIndex } from "./phrase-index.js"

/** Words that state a figure to come: a forecast, target or plan ("could reach", "will outperform", "plans"). */
const TO_COME = phraseIndex(STATUS_WORDS.filter(([, status]) => status === "forecast" || status === "target" || status === "plan"))

/** Whether the words of a clause state what they tell of to come. */
export const statesToCome = (clause: ReadonlyArray<Token>): boolean => findPhrases(TO_COME, clause).length > 0
