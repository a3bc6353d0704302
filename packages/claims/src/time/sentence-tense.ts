import type { Analysis, Token } from "../nlp/analyze.js"
import { indexStartingBy } from "../nlp/sorted-spans.js"
import { SPEECH_VERBS } from "../nlp/speech-verbs.js"

/** Whether a time expression sits in past reporting or in something planned or expected. */
export type Tense = "past" | "future" | "none"

/** Words that put what follows in the future: modals, plans, schedules ("is set to", "upcoming"). */
const FUTURE_WORDS = new Set([
  "will", "shall", "'ll", "would", "upcoming", "forthcoming", "scheduled", "planned", "plans", "plan",
  "planning", "expected", "expects", "expect", "intends", "intend", "next", "coming", "aims", "hopes"
])
/** Future only when followed by "to": "is set to", "is due to", "is going to", "are to". */
const FUTURE_BEFORE_TO = new Set(["set", "due", "going", "about", "poised", "slated", "likely", "bound", "are", "is"])
/** Future when followed by "for": "is set for", "scheduled for" (a plan with a date). */
const FUTURE_BEFORE_FOR = new Set(["set", "slated", "due"])
const PAST_AUXILIARIES = new Set(["was", "were", "had", "did"])
const PERFECT_AUXILIARIES = new Set(["has", "have"])
/** A participle after these is passive and takes the auxiliary's tense ("will be held"). */
const PASSIVE_AUXILIARIES = new Set(["be", "been", "being", "is", "are", "am", "get", "gets"])

interface Cue {
  readonly token: number
  readonly tense: Exclude<Tense, "none">
}

const cueOf = (tokens: ReadonlyArray<Token>, i: number): Cue["tense"] | undefined => {
  const t = tokens[i]!
  const next = tokens[i + 1]?.normal
  // "next to the U.S. embassy" is a place, no time to come.
  if (FUTURE_WORDS.has(t.normal) && !(t.normal === "next" && next === "to")) return "future"
  if (FUTURE_BEFORE_TO.has(t.normal) && next === "to") return "future"
  if (FUTURE_BEFORE_FOR.has(t.normal) && next === "for") return "future"
  if (t.pos !== "VERB" && t.pos !== "AUX") return undefined
  if (PAST_AUXILIARIES.has(t.normal)) return "past"
  if (PERFECT_AUXILIARIES.has(t.normal)) return tokens[i + 1]?.pos === "VERB" ? "past" : undefined
  if (t.pos !== "VERB" || t.normal === t.lemma || t.normal.endsWith("ing")) return undefined
  if (isThirdPersonPresent(t)) return undefined
  const before = tokens[i - 1]?.normal
  const twoBefore = tokens[i - 2]?.normal
  if ((before !== undefined && PASSIVE_AUXILIARIES.has(before)) || (twoBefore !== undefined && PASSIVE_AUXILIARIES.has(twoBefore) && tokens[i - 1]?.pos === "ADV"))
    return undefined
  return "past"
}

/** Whether a word is a verb's third person present ("pumps", "reaches"), by its lemma: no past and nothing to come. */
export const isThirdPersonPresent = (t: Token): boolean => t.normal !== t.lemma && (t.normal === `${t.lemma}s` || t.normal === `${t.lemma}es`)

/** Whether the verb at token `i` is itself in the past ("fell", "reduced", "has declined"), not a participle of a passive or a form to come. */
export const isPastVerb = (tokens: ReadonlyArray<Token>, i: number): boolean => tokens[i]?.pos === "VERB" && cueOf(tokens, i) === "past"

/** Verbs of saying whose object may be the one spoken to ("told Reuters on Monday that …"), not the clause reported. */
const ADDRESSING_VERBS: ReadonlySet<string> = new Set(["tell", "warn", "quote", "show"])
/** Parts of speech that open a reported clause's subject right after its verb of saying: "said its unit …", "said Ford …". */
const SUBJECT_OPENERS: ReadonlySet<string> = new Set(["DET", "PRON", "PROPN"])

/**
 * "Ford said its credit unit on April One will redeem …": a date past the subject of the clause a verb of
 * saying reports is that clause's, whose own verb comes after it; "said on Tuesday", "said in a statement on
 * Tuesday" date the saying.
 */
const reportedAfter = (tokens: ReadonlyArray<Token>, verb: number, token: number): boolean => {
  const said = tokens[verb]!
  if (said.pos !== "VERB" || !SPEECH_VERBS.has(said.lemma) || ADDRESSING_VERBS.has(said.lemma)) return false
  const opener = tokens[verb + 1]?.normal === "that" ? verb + 2 : verb + 1
  return opener < token && SUBJECT_OPENERS.has(tokens[opener]!.pos)
}

/**
 * Reads the tense governing a character offset: the nearest tense cue before it in its sentence (a
 * past-tense verb, "will", "is set to", "upcoming", …), else the nearest after it ("On Friday, he
 * will …"), or after it when the cue before is a verb of saying and the date is in the clause it reports
 * (`reportedAfter`). Cues are found once per sentence, on first use.
 */
export const makeTenseReader = (analysis: Analysis): ((offset: number) => Tense) => {
  const { tokens, sentences } = analysis
  const cues = new Map<number, ReadonlyArray<Cue>>()

  const sentenceCues = (index: number): ReadonlyArray<Cue> => {
    let found = cues.get(index)
    if (found === undefined) {
      const s = sentences[index]!
      const list: Array<Cue> = []
      for (let i = s.firstToken; i < s.endToken; i++) {
        const tense = cueOf(tokens, i)
        if (tense !== undefined) list.push({ token: i, tense })
      }
      cues.set(index, (found = list))
    }
    return found
  }

  return (offset) => {
    const sentence = indexStartingBy(sentences, offset)
    const token = indexStartingBy(tokens, offset)
    if (sentence < 0 || token < 0) return "none"
    // "since Sunday", "since mid-December": the past, whatever the verb.
    if (tokens[token]!.start === offset && tokens[token - 1]?.normal === "since") return "past"
    let preceding: Cue | undefined
    let following: Cue | undefined
    for (const cue of sentenceCues(sentence)) {
      if (cue.token < token) preceding = cue
      else if (following === undefined) following = cue
    }
    if (preceding !== undefined && following !== undefined && reportedAfter(tokens, preceding.token, token)) return following.tense
    return (preceding ?? following)?.tense ?? "none"
  }
}
