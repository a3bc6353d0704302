import type { Token } from "../nlp/analyze.js"

/**
 * Verbs whose subject makes something else change: "OPEC's accord boosted oil prices to 18 dlrs".
 * Their subject is the cause, never whose the figure of their object is. By lemma.
 */
const CAUSATIVE_VERBS: ReadonlySet<string> = new Set(["boost", "lift", "push", "drive", "send", "depress", "dampen", "hit", "hurt", "fuel", "spur", "weigh", "knock", "force"])

/** Words that make the object the subject's own: "helped Renault boost its profits" are Renault's profits. */
const OWN_WORDS: ReadonlySet<string> = new Set(["its", "their", "his", "her", "own"])

/**
 * A causative verb stands in `tokens` (one clause, in text order) before the measure words at
 * `measureStart`, and they are its object, not the subject's own: whoever is named before the verb
 * caused the change and holds no figure of it.
 */
export const causedBefore = (tokens: ReadonlyArray<Token>, measureStart: number): boolean => {
  const verb = tokens.findLast((t) => t.end <= measureStart && t.pos === "VERB")
  if (verb === undefined || !CAUSATIVE_VERBS.has(verb.lowerLemma)) return false
  return !tokens.some((t) => t.start >= verb.end && t.end <= measureStart && OWN_WORDS.has(t.normal))
}
