import type { EntityMention } from "../model/entity.js"
import type { Span } from "../model/span.js"
import type { Token } from "../nlp/analyze.js"
import type { ClaimDraft } from "./claim-draft.js"
import { clauseAt, type DocumentFacts, type SentenceFacts } from "./document-facts.js"
import { distinct, distinctMentions, within } from "./parties.js"
import { findPhrases, phraseIndex } from "./phrase-index.js"
import { timeScopeOf, timexesFor } from "./time-scope.js"
import { isMeetingANeed, isOnlyWishedFor } from "./unrealised-events.js"

/**
 * Who takes part in an event: one side that travels (or is hosted), everyone around the table, the
 * country that votes, or who wins office.
 */
type Participants = "travellers" | "guests" | "all" | "organisers" | "voters" | "winners" | "actors"

interface Trigger {
  readonly predicate: string
  readonly participants: Participants
  /** Meetings, talks and calls take two sides: one named side is not enough to check them. */
  readonly minimum: number
  /** Words one of which the clause must hold: a launch is a missile's or a rocket's, not a product's. */
  readonly context?: ReadonlySet<string>
  /** The POS the trigger word must have ("sign" the verb, not "a sign of"). */
  readonly pos?: string
}

const trigger = (predicate: string, participants: Participants, pos?: string, context?: ReadonlySet<string>): Trigger => ({
  predicate,
  participants,
  // An election is checkable by its place alone ("the March presidential election in Russia").
  minimum: participants === "all" ? 2 : participants === "voters" || participants === "winners" ? 0 : 1,
  ...(pos ? { pos } : {}),
  ...(context ? { context } : {})
})

const LAUNCHED_THINGS = new Set(["missile", "missiles", "rocket", "rockets", "satellite", "satellites", "spacecraft", "probe", "icbm", "warhead", "nuclear", "ballistic", "shuttle", "mission"])

/** Event words, by normal form or lemma. */
const TRIGGERS = phraseIndex<Trigger>([
  ["state visit", trigger("event.state_visit", "travellers")],
  ["official visit", trigger("event.visit", "travellers")],
  ["visit", trigger("event.visit", "travellers")],
  ["trip", trigger("event.visit", "travellers", "NOUN")],
  ["travel", trigger("event.visit", "travellers", "VERB")],
  ["arrive", trigger("event.visit", "travellers", "VERB")],
  ["host", trigger("event.visit", "guests", "VERB")],
  ["meet", trigger("event.meeting", "all", "VERB")],
  ["meeting", trigger("event.meeting", "all")],
  ["summit", trigger("event.summit", "organisers")],
  ["talks", trigger("event.talks", "all")],
  ["negotiations", trigger("event.talks", "all")],
  ["phone call", trigger("event.call", "all")],
  ["telephone call", trigger("event.call", "all")],
  ["phone conversation", trigger("event.call", "all")],
  ["telephone conversation", trigger("event.call", "all")],
  ["spoke by phone", trigger("event.call", "all")],
  ["election", trigger("event.election", "voters")],
  ["poll", trigger("event.election", "voters", "NOUN")],
  ["elect", trigger("event.election", "voters", "VERB")],
  ["re-elect", trigger("event.election", "voters", "VERB")],
  ["sign", trigger("event.signing", "all", "VERB")],
  ["signing", trigger("event.signing", "all", "NOUN")],
  ["launch", trigger("event.launch", "actors", undefined, LAUNCHED_THINGS)],
  ["test-fire", trigger("event.launch", "actors", undefined, LAUNCHED_THINGS)],
  ["test-fired", trigger("event.launch", "actors", undefined, LAUNCHED_THINGS)],
  ["nuclear test", trigger("event.test", "actors")],
  ["missile test", trigger("event.test", "actors")],
  ["sanction", trigger("event.sanctions", "actors")],
  ["take office", trigger("event.inauguration", "winners")],
  ["took office", trigger("event.inauguration", "winners")],
  ["sworn in", trigger("event.inauguration", "winners")],
  ["inaugurate", trigger("event.inauguration", "winners", "VERB")]
])

/** Prepositions that introduce where an event happens: "visit to China", "met in Astana", "at the Kremlin". */
const LOCATIVE = new Set(["to", "in", "at", "into"])
const PLACE_TYPES = new Set<EntityMention["type"]>(["country"])
const ACTOR_TYPES = new Set<EntityMention["type"]>(["country", "bloc", "organization"])
const ORGANISER_TYPES = new Set<EntityMention["type"]>(["bloc", "organization"])

const EVENT_CONFIDENCE = 0.8

/**
 * Dated events: visits, meetings, summits, talks, calls, elections, signings, launches, tests and
 * sanctions, with their participants, place and time. An undated event yields a claim only when it
 * is a meeting of two named people.
 */
export const eventClaims = (doc: DocumentFacts): ReadonlyArray<ClaimDraft> =>
  doc.sentences.flatMap((facts) => {
    // An event's participants and place are the sentence's own entities: a sentence naming none (many) yields no event.
    if (facts.entities.length === 0) return []
    const found = findPhrases(TRIGGERS, facts.tokens).filter(
      (m) =>
        (m.value.pos === undefined || facts.tokens[m.first]!.pos === m.value.pos) &&
        (m.value.context === undefined || clauseHas(facts, m.start, m.value.context)) &&
        !isOnlyWishedFor(facts.tokens, m.first) &&
        !(m.value.predicate === "event.meeting" && isMeetingANeed(facts.tokens, m.end - 1))
    )
    const anchors = found.map((m) => ({ start: m.start, end: m.stop }))
    const times = anchors.map((anchor) => timeScopeOf(doc.text, timexesFor(facts, anchor, anchors), doc.referenceDate))
    // A meeting without its own date takes the date of the visit or summit it is part of.
    const occasionTime = times.find((t, i) => t !== undefined && OCCASIONS.has(found[i]!.value.predicate))
    return found.flatMap((match, i) => {
      const anchor = anchors[i]!
      const own = times[i]
      const clause = clauseAt(facts, anchor.start)
      const place = placeOf(facts, clause, anchor)
      const subjects = participantsOf(facts, clause, anchor, match.value, place)
      if (subjects.length < match.value.minimum || (subjects.length === 0 && place === undefined)) return []
      // An undated event is still checkable when it names its sides well enough to key it on them.
      const undated = own === undefined
      if (undated && !checkableUndated(match.value.predicate, subjects)) return []
      const time = undated ? occasionTime : own
      const parts: Array<Span> = [anchor, ...subjects.filter(within(clause)), ...(place ? [place] : [])]
      return [
        {
          kind: "event" as const,
          predicate: match.value.predicate,
          subjects: distinct(subjects.map((s) => s.entity)),
          ...(place ? { place: place.entity } : {}),
          ...(time ? { time } : {}),
          sentence: facts,
          anchor,
          parts,
          derivation: [
            `predicate: '${doc.text.slice(anchor.start, anchor.end)}' → ${match.value.predicate}`,
            ...subjects.map((s) => `subject: '${s.text}' → ${s.entity} (${s.via})`),
            ...(place ? [`place: '${place.text}' → ${place.entity} (${place.via})`] : []),
            `time: ${time?.derivation ?? "none given"}`
          ],
          confidence: EVENT_CONFIDENCE,
          coreferent: subjects.some((s) => s.via === "coreference")
        }
      ]
    })
  })

/**
 * Undated, only a meeting of two named people ("Putin will meet Xi") is specific enough to key on its
 * sides; an undated visit, signing, launch or vote is too vague to check.
 */
const MEETINGS = new Set(["event.meeting", "event.talks", "event.call"])
const checkableUndated = (predicate: string, subjects: ReadonlyArray<EntityMention>): boolean =>
  MEETINGS.has(predicate) && people(subjects).filter((s) => s.via !== "coreference").length >= 2

/** Occasions that date what happens during them: "visit Beijing from June 24 to 26 for talks with Zhu". */
const OCCASIONS = new Set(["event.visit", "event.state_visit", "event.summit"])

/**
 * Where: a country right before the event word ("the Astana meeting"), else the first country
 * after it introduced by "to/in/at" ("visit to China", "met in Beijing").
 */
const placeOf = (facts: SentenceFacts, clause: Span, anchor: Span): EntityMention | undefined => {
  const countries = facts.entities.filter((e) => PLACE_TYPES.has(e.type) && e.via !== "coreference")
  const index = facts.tokens.findIndex((t) => t.start >= anchor.start)
  // "the Astana meeting", "the Russian presidential election": a country modifying the event word.
  const modifiers = facts.tokens.slice(Math.max(0, index - MODIFIER_REACH), index)
  const modifier = countries.findLast((e) => modifiers.some((t) => e.start <= t.start && e.end >= t.end) && onlyAdjectivesBetween(facts.tokens, e.end, anchor.start))
  return (
    modifier ??
    countries.find(
      (e) => (e.via !== "demonym" || PLACE_NOUNS.has(nextWord(facts.tokens, e.end))) && e.start >= anchor.end && e.end <= clause.end && locativeBefore(facts.tokens, e.start)
    )
  )
}

const VISITING = "visiting"
const LOCATIVE_REACH = 3
const VISIT_VERBS = new Set(["visit", "tour", "host"])
const MODIFIER_REACH = 3
const onlyAdjectivesBetween = (tokens: ReadonlyArray<Token>, from: number, to: number) =>
  tokens.every((t) => t.start < from || t.end > to || t.pos === "ADJ")
/** Nouns that make a demonym a place: "the South African capital", "the Chinese city of Hangzhou". */
const PLACE_NOUNS = new Set(["capital", "city", "town", "port", "soil", "territory", "region", "province", "border", "resort", "village"])
const nextWord = (tokens: ReadonlyArray<Token>, at: number): string => tokens.find((t) => t.start >= at)?.normal ?? ""
const locativeBefore = (tokens: ReadonlyArray<Token>, at: number): boolean => {
  const index = tokens.findIndex((t) => t.start >= at)
  // The object of a verb of visiting is its place: "visited Beijing", "will visit Australia".
  const previous = tokens[index - 1]
  if (previous !== undefined && previous.pos === "VERB" && VISIT_VERBS.has(previous.lowerLemma)) return true
  for (let i = index - 1; i >= 0 && i >= index - LOCATIVE_REACH; i--) {
    const token = tokens[i]!
    if (LOCATIVE.has(token.normal)) return true
    if (token.pos === "VERB" || token.pos === "ADP") return false
  }
  return false
}

const clauseHas = (facts: SentenceFacts, at: number, words: ReadonlySet<string>): boolean => {
  const clause = clauseAt(facts, at)
  return facts.tokens.some((t) => t.start >= clause.start && t.end <= clause.end && words.has(t.normal))
}

/** "sanctions on North Korea", "sanctions against Iran". */
const TARGET_WORDS = new Set(["on", "against"])
const targetAfter = (facts: SentenceFacts, clause: Span, anchor: Span): EntityMention | undefined => {
  const index = facts.tokens.findIndex((t) => t.start >= anchor.end)
  const word = facts.tokens[index]
  return word && TARGET_WORDS.has(word.normal)
    ? facts.entities.find((e) => ACTOR_TYPES.has(e.type) && e.start > word.start && e.start <= word.end + AGENT_GAP && e.end <= clause.end)
    : undefined
}

/** The agent of a passive: "tests carried out by Pyongyang". */
const AGENT_REACH = 5
/** Characters between "by" and the agent: "by the United States". */
const AGENT_GAP = 8
const agentAfter = (facts: SentenceFacts, clause: Span, anchor: Span): ReadonlyArray<EntityMention> => {
  const index = facts.tokens.findIndex((t) => t.start >= anchor.end)
  const by = facts.tokens.slice(index, index + AGENT_REACH).find((t) => t.normal === "by")
  const agent = by && facts.entities.find((e) => ACTOR_TYPES.has(e.type) && e.start > by.start && e.start <= by.end + AGENT_GAP && e.end <= clause.end)
  return agent ? [agent] : []
}

const people = (mentions: ReadonlyArray<EntityMention>) => mentions.filter((m) => m.type === "person")

/** The event's participants, as its kind reads them, from the clause first and then the sentence. */
const participantsOf = (facts: SentenceFacts, clause: Span, anchor: Span, trigger: Trigger, place: EntityMention | undefined): ReadonlyArray<EntityMention> =>
  trigger.participants === "voters"
    ? (place ? [place] : [])
    : readParticipants(facts, clause, anchor, trigger).filter((m) => m.entity !== place?.entity)

const readParticipants = (facts: SentenceFacts, clause: Span, anchor: Span, trigger: Trigger): ReadonlyArray<EntityMention> => {
  const inClause = facts.entities.filter(within(clause))
  const before = inClause.filter((e) => e.end <= anchor.start)
  const sentenceBefore = facts.entities.filter((e) => e.end <= anchor.start)
  // The first reading that names enough participants ("a call with Trump …, Xi said" reads both).
  const firstOf = (...options: ReadonlyArray<ReadonlyArray<EntityMention>>) =>
    options.map(distinctMentions).find((o) => o.length >= Math.max(1, trigger.minimum)) ?? []
  switch (trigger.participants) {
    case "travellers":
      // "talks with visiting Chinese President Xi Jinping": the visitor follows the participle.
      if (facts.tokens.find((t) => t.start === anchor.start)?.normal === VISITING) return firstOf(people(inClause.filter((e) => e.start >= anchor.end)).slice(0, 1))
      return firstOf(people(before), people(sentenceBefore), people(inClause), before.filter((e) => ACTOR_TYPES.has(e.type)))
    case "guests":
      // "hosted by Gordon Brown" names the host, not a guest.
      return nextWord(facts.tokens, anchor.end) === "by" ? [] : firstOf(people(inClause.filter((e) => e.start >= anchor.end)))
    case "all":
      return firstOf(people(inClause), people(facts.entities), inClause.filter((e) => ACTOR_TYPES.has(e.type)))
    case "organisers":
      // "the G20 summit", "The EU and China will hold their annual summit".
      return firstOf([...before.filter((e) => e.type === "country" && e.via !== "demonym"), ...inClause.filter((e) => ORGANISER_TYPES.has(e.type))].sort((a, b) => a.start - b.start))
    case "voters":
      return []
    case "winners":
      // "Yushchenko, elected in December", "Putin took office"; an onlooker is no winner.
      return firstOf(facts.tokens.find((t) => t.start === anchor.start)?.pos === "VERB" ? people(before) : [])
    case "actors": {
      const actors = (mentions: ReadonlyArray<EntityMention>) => mentions.filter((e) => ACTOR_TYPES.has(e.type))
      const agents = firstOf(agentAfter(facts, clause, anchor), actors(before), actors(sentenceBefore), actors(inClause))
      // Sanctions name their target too: "imposed sanctions on North Korea".
      const target = trigger.predicate === "event.sanctions" ? targetAfter(facts, clause, anchor) : undefined
      return distinctMentions(target ? [...agents, target] : agents)
    }
  }
}
