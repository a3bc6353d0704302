import type { EntityMention } from "../model/entity.js"
import type { Span } from "../model/span.js"
import type { DocumentFacts, SentenceFacts } from "./document-facts.js"

export const within = (span: Span) => (e: { readonly start: number; readonly end: number }) => e.start >= span.start && e.end <= span.end

export const distinct = (ids: ReadonlyArray<string>): ReadonlyArray<string> => [...new Set(ids)]

/** The countries (and blocs) mentioned in a span, a person or company standing for their country. */
export const countriesIn = (doc: DocumentFacts, mentions: ReadonlyArray<EntityMention>): ReadonlyArray<string> =>
  distinct(
    mentions.flatMap((m) => {
      if (m.type === "bloc") return [m.entity]
      const country = m.type === "country" ? m.entity : m.type === "person" ? doc.countryOf(m.entity) : undefined
      return country === undefined ? [] : [country]
    })
  )

const TRADE_PARTY_TYPES = new Set<EntityMention["type"]>(["country", "bloc"])

/**
 * The two parties of a bilateral figure: "between A and B" when written so, else the first two
 * countries or blocs of the clause, else of the sentence.
 */
export const bilateralParties = (facts: SentenceFacts, clause: Span): ReadonlyArray<EntityMention> => {
  const parties = facts.entities.filter((e) => TRADE_PARTY_TYPES.has(e.type))
  const between = facts.tokens.find((t) => t.normal === "between" && t.start >= clause.start && t.end <= clause.end)
  if (between !== undefined) {
    const after = distinctMentions(parties.filter((e) => e.start > between.end && e.end <= clause.end))
    if (after.length >= 2) return after.slice(0, 2)
  }
  const inClause = distinctMentions(parties.filter(within(clause)))
  return inClause.length >= 2 ? inClause.slice(0, 2) : distinctMentions(parties).slice(0, 2)
}

/** Mentions with distinct entities, first mention kept. */
export const distinctMentions = (mentions: ReadonlyArray<EntityMention>): ReadonlyArray<EntityMention> => {
  const seen = new Set<string>()
  return mentions.filter((m) => !seen.has(m.entity) && seen.add(m.entity))
}
