import type { Modality } from "../model/claim.js"
import type { Span } from "../model/span.js"
import type { Token } from "../nlp/analyze.js"
import { inContactRelative } from "./clauses.js"
import { findPhrases, phraseIndex } from "./phrase-index.js"

type Marked = Exclude<Modality, "reported">

/** Words that mark a clause's modality. Matched on normal forms or lemmas. */
const MARKERS = phraseIndex<Marked>([
  ...["not", "n't", "never", "no", "neither", "nor", "without"].map((w) => [w, "negated"] as const),
  ...["in my opinion", "in my view", "to my mind", "i believe", "i think", "in our view", "we believe"].map((w) => [w, "quoted_opinion"] as const),
  ...[
    "may", "might", "could", "reportedly", "allegedly", "expected to", "expect", "likely", "unlikely",
    "possibly", "probably", "perhaps", "believed to", "is said to", "are said to", "rumoured", "rumored",
    "estimated", "speculation", "appears to", "seems to"
  ].map((w) => [w, "hedged"] as const),
  ...[
    "will", "'ll", "shall", "going to", "set to", "scheduled", "plan", "planned", "plans to", "upcoming",
    "is to", "are to", "was to", "should", "would", "poised to", "intend", "intends to", "is due to", "are due to",
    "forthcoming", "to be held", "prepare to", "preparing to"
  ].map((w) => [w, "planned"] as const)
])

/** When several markers appear, the strongest reading wins. */
const PRECEDENCE: ReadonlyArray<Marked> = ["negated", "quoted_opinion", "hedged", "planned"]

export interface ModalityReading {
  readonly modality: Modality
  /** How it was read, in words. */
  readonly derivation: string
}

/**
 * The modality of a claim read from its clause: markers anywhere in the clause ("did not",
 * "reportedly", "is set to"), quotation marks around the claim, and a time scope that starts after
 * the reference date (planned).
 */
export const readModality = (
  text: string,
  clauseTokens: ReadonlyArray<Token>,
  anchor: Span,
  quoted: boolean,
  startsAfterReference: boolean
): ModalityReading => {
  const found = findPhrases(MARKERS, clauseTokens).filter((m) => !inContactRelative(clauseTokens, m.first))
  for (const modality of PRECEDENCE) {
    if (modality === "quoted_opinion" && quoted) {
      return { modality, derivation: "modality: quoted_opinion — the claim stands between quotation marks" }
    }
    const marker = found.find((m) => m.value === modality)
    if (marker !== undefined && !(modality === "negated" && negationIsElsewhere(clauseTokens, marker.first, anchor))) {
      return { modality, derivation: `modality: ${modality} — '${text.slice(marker.start, marker.stop)}' in the clause` }
    }
  }
  return startsAfterReference
    ? { modality: "planned", derivation: "modality: planned — its time is after the reference date" }
    : { modality: "reported", derivation: "modality: reported — stated as a fact" }
}

/** "no" only negates what follows it closely: "no deals" yes, "no one doubts … 30 deals" no. */
const NEGATION_REACH = 6
const negationIsElsewhere = (tokens: ReadonlyArray<Token>, marker: number, anchor: Span): boolean => {
  const token = tokens[marker]!
  if (token.normal !== "no") return false
  const anchorIndex = tokens.findIndex((t) => t.start >= anchor.start)
  return anchorIndex < marker || anchorIndex - marker > NEGATION_REACH
}
