import type { EntityMention } from "../model/entity.js"
import type { Quantity } from "../model/quantity.js"
import type { TimeScope } from "../model/time.js"
import { oneLine, type Span } from "../model/span.js"
import { changeOf, isEarlierValue, isLevelAfterChange, restatedAfterOr, restatedOnlySince } from "./change-words.js"
import { negated } from "./synthetic-quantity.js"
import type { ClaimDraft } from "./claim-draft.js"
import { apartInAside, dashAsides, statesPresent } from "./clauses.js"
import { clauseAt, type DocumentFacts, type SentenceFacts, tokensFrom, tokensWithin } from "./document-facts.js"
import { distinct, within } from "./parties.js"
import { findPhrases, isInHyphenedCompound, type PhraseMatch, phraseIndex } from "./phrase-index.js"
import { COMPANY_RESULTS, ECONOMY_THINGS, LENGTHS, MEASURED_THINGS, RATES, TOLLS, TRANSACTION_FORMS } from "./measured-things.js"
import { firmOpenedByCountry, namedSubjects } from "./named-subjects.js"
import { isAudienceOrReporter, isListingVenue, isWorldFigure, isCityOfMeeting, isInApposition, isNationalityOfPeople, isRouteEnd, isSeatOfFirm, relativeAntecedent } from "./no-holder.js"
import { refersBack, subjectFirm, subjectIsPronoun, subjectIsUnnamedPart } from "./subject-firm.js"
import { framingTimexes, isUndatedEarlierValue, isYearBackFromUnread, referenceScope, samePartBefore, timeScopeOf, yearBefore } from "./time-scope.js"
import { carriedUnit } from "../figure/carried-unit.js"
import { isNoFigure } from "../figure/no-figure.js"
import { CHANGE_BY_WORDS } from "../figure/figure-words.js"
import { PREDICATE_MEASURES } from "../figure/predicate-measures.js"
import { isPerShare } from "../figure/table-notes.js"
import { isPriceOfSale } from "../figure/sale-price.js"
import { isRatioToOutput } from "../figure/output-measure.js"
import { referenceDay } from "../time/reference-day.js"

const MEASURED = phraseIndex(MEASURED_THINGS)
/** How far (in tokens) a measured word may stand from its figure. */
const MEASURE_REACH = 10
/** What a statistic is about; people are its sources, seldom what it measures. */
const SUBJECT_TYPES = new Set<EntityMention["type"]>(["organization", "country", "bloc"])

const STATISTIC_CONFIDENCE = 0.7
/** The measured things that are amounts sold. */
const SALES: ReadonlySet<string> = new Set(["sales", "turnover"])
/** The base unit of lengths, as quantities give it. */
const LENGTH_UNIT = "m"

/**
 * Other dated figures worth checking — altitudes, casualties, profits, prices, unemployment — read
 * as `statistic.<measured thing>`. Figures already read as trade or deal claims are left out.
 */
export const statisticClaims = (doc: DocumentFacts, taken: ReadonlySet<string>): ReadonlyArray<ClaimDraft> =>
  doc.sentences.flatMap((facts) => {
    // Every claim here is a figure's: a sentence with none (most) is not searched for measured words.
    if (facts.quantities.length === 0) return []
    // A unit inside a figure ("965,000 tonnes") names that figure's unit, not what another measures.
    // A word in the complement of a longer phrase of the measure vocabulary is that phrase's: "losses" in "provision for loan losses".
    const measured = findPhrases(MEASURED, facts.tokens).filter(
      (m) =>
        !facts.quantities.some((q) => m.start >= q.start && m.stop <= q.end) && !modifiesNoun(facts, m.end) && !isInHyphenedCompound(facts.tokens, m) &&
        !(m.end - m.first === 1 && TRANSACTION_FORMS.has(facts.tokens[m.first]!.normal)) &&
        !facts.measurePhrases.some((p) => p.first < m.first && p.end >= m.end && facts.tokens.slice(p.first, m.first).some((t) => t.pos === "ADP"))
    )
    // Every claim here is of a measured thing: a sentence naming none (most with figures) has no figure to look at.
    if (measured.length === 0) return []
    // Measured words with a figure of their own after them (worked out once a sentence: a results table is one of many figures).
    const starts = new Set(facts.quantities.map((q) => q.start))
    const owning = new Set(measured.filter((m) => hasOwnFigure(facts, starts, m)))
    // "turn a 684bn yen loss in 2000 into a 331bn yen profit": a measured word right after a figure is that figure's.
    const ownedBy = new Map(measured.flatMap((m) => {
      const owner = figureRightBefore(facts, m)
      return owner === undefined ? [] : [[m, owner] as const]
    }))
    // The sentence's last figure read that is no earlier value: its time is what "the same period last year" is reckoned from.
    let current: { readonly time: TimeScope | undefined; readonly thing: PhraseMatch<string>; readonly at: number; readonly clause: number } | undefined
    const asides = dashAsides(doc.text, facts.span)
    return facts.quantities.flatMap((written, i) => {
      if (taken.has(written.id) || written.kind === "ordinal") return []
      // "rose to 11.71 mln tonnes from 11.02 mln": the unit written once is both figures'
      const quantity = carriedUnit(doc.text, facts.timexes, facts.quantities[i - 1], written)
      const clause = clauseAt(facts, quantity.start)
      // A figure set against one ("below 15 mln sales from above 15 mln") or a part of it ("100 of the parliament's 347 seats") shares its word.
      const earlier = isEarlierValue(facts.tokens, quantity.start)
      const sharing = earlier || tokensFrom(facts.tokens, quantity.end)[0]?.normal === "of"
      const own = nearest(
        measured.filter(
          (m) =>
            m.start >= clause.start && m.stop <= clause.end && !(m.start >= quantity.end && (owning.has(m) || actedOn(facts, quantity, m))) && (sharing || (ownedBy.get(m) ?? quantity) === quantity) &&
            !apartInAside(asides, { start: m.start, end: m.stop }, quantity)
        ),
        quantity
      )
      // "net income fell to $89.7 million, or 16 cents a share, from $94.8 million": right after it in its clause or past a
      // restatement per share, the earlier value is of the thing the figure it is set against measures ("inflation … fell to
      // 0.75 pct from 3.6 pct"); a figure between that another reader took is no restatement.
      const rightAfter = current !== undefined && current.clause === clause.start && facts.quantities[i - 1]?.start === current.at
      const against = own === undefined && earlier && current !== undefined && (rightAfter || restatedOnlySince(facts.tokens, facts.quantities, current.at, i)) ? current : undefined
      const thing = own ?? against?.thing
      // A rate is a percentage: "15% interest rates, £3bn in lost reserves" gives the £3bn no rate.
      if (thing === undefined || (RATES.has(thing.value) && quantity.kind !== "percent")) return []
      // (Asked once a measured thing is found in the figure's clause: most figures have none.)
      // Such a firm's result with no date of its own is of the year-ago period of the one it is set against; another earlier
      // value with none is no dated fact.
      const yearAgo = against !== undefined && COMPANY_RESULTS.has(thing.value) ? yearBefore(against.time) : undefined
      if ((yearAgo === undefined && isUndatedEarlierValue(facts, quantity)) || isNoFigure(facts.tokens, written)) return []
      if (LENGTHS.has(thing.value) && quantity.unit !== LENGTH_UNIT) return []
      // "sales were registered at 785 to 995 dlrs": the price sales went at, no amount sold.
      if (SALES.has(thing.value) && isPriceOfSale(facts, quantity)) return []
      // "a surplus of about three pct of GDP": a ratio to output, no growth of it; "nearly three-quarters of the UK economy": a part of it.
      if (thing.value === "gdp_growth" && (isRatioToOutput(facts.tokens, quantity) || tokensFrom(facts.tokens, quantity.end)[0]?.normal === "of")) return []
      // "a net loss of $2.3 million, or 68 cents a share, versus net income of …": a figure per share is no company's total; nor is
      // one restating an amount after "or" ("down from 123,450,000 dlrs or 1.53 dlrs in the third quarter").
      if (COMPANY_RESULTS.has(thing.value) && quantity.kind === "money" && (isPerShare(facts.tokens, quantity) || restatedAfterOr(facts.tokens, quantity))) return []
      // "profits jumped 76%" states a change, not the statistic; only rates are read as percentages,
      // and the economy's change is its growth ("could shrink by 45 percent" → −45).
      if (quantity.kind === "percent" && !RATES.has(thing.value)) return []
      const predicate = `statistic.${thing.value}`
      // Growth is a change whatever word is before it; another thing's figure is a change's size after "by" or the verb of
      // change ("output fell by 80,000 bpd", "reduced its output by 80,000 bpd"), as completing the figure reads its aspect.
      const sized = thing.value === "gdp_growth" || CHANGE_BY_WORDS.has(facts.tokens.findLast((t) => t.end <= quantity.start)?.normal ?? "")
      const change = sized ? changeOf(tokensWithin(facts.tokens, clause), quantity) : undefined
      // "growth will slow to 1.5 pct" lands at 1.5: a fall only when the figure is its size ("shrink by 45 percent"). A loss
      // is its measure's negative side: "the loss rose by 1.5 mln" is net income down by it.
      const falls = change !== undefined && (change.direction === "fall") !== (PREDICATE_MEASURES.get(predicate)?.negative === true)
      const value = falls && !isLevelAfterChange(facts.tokens, quantity.start) ? negated(quantity) : quantity
      // "Global gross domestic product": the world's, which no country holds.
      const world = ECONOMY_THINGS.has(thing.value) && isWorldFigure(facts, thing.start, quantity)
      // "The chemical unit last year had revenues of 1.9 billion dlrs": a part of a firm its noun refers to, never its parent.
      const part = !ECONOMY_THINGS.has(thing.value) && subjectIsUnnamedPart(facts, clause, thing.start)
      const subjects = world || part
        ? []
        : TOLLS.has(thing.value)
          ? tollPlace(facts)
          : subjectsOf(facts, clause, doc.sentences[facts.index - 1], quantity, thing.start, { firms: COMPANY_RESULTS.has(thing.value), economy: ECONOMY_THINGS.has(thing.value) })
      const framed =
        timeScopeOf(doc.text, framingTimexes(facts, quantity, facts.quantities, { inherit: true, firmResult: COMPANY_RESULTS.has(thing.value), referenceDay: referenceDay(doc.referenceDate) }), doc.referenceDate) ??
        // "Norway, which pumps around one mln bpd": a present state holds on the article's day.
        (!earlier && statesPresent(clause, facts.tokens, quantity.start) ? referenceScope(doc.referenceDate) : undefined)
      const time =
        earlier && yearAgo !== undefined && isUndatedEarlierValue(facts, quantity)
          ? yearAgo
          : earlier && isYearBackFromUnread(facts, quantity, framed, current) ? undefined : (earlier ? samePartBefore(current?.time, framed) : undefined) ?? framed
      if (!earlier) current = { time, thing, at: quantity.start, clause: clause.start }
      const cue = { start: thing.start, end: thing.stop }
      return [
        {
          kind: "statistic" as const,
          predicate,
          subjects: distinct(subjects.map((s) => s.entity)),
          // A phrase wrapped over two lines is one phrase: "Gross\nDomestic Product".
          object: oneLine(doc.text.slice(thing.start, thing.stop)).toLowerCase(),
          value,
          ...(time ? { time } : {}),
          sentence: facts,
          anchor: quantity,
          parts: [quantity, cue, ...subjects.filter(within(clause))],
          derivation: [
            `predicate: '${doc.text.slice(thing.start, thing.stop)}' → ${predicate}`,
            `value: ${value.derivation}`,
            ...subjects.map((s) => `subject: '${s.text}' → ${s.entity} (${s.via})`),
            ...(time ? [`time: ${time.derivation}`] : ["time: none written"])
          ],
          confidence: STATISTIC_CONFIDENCE,
          ...(world || part ? { holderless: true } : {}),
          ...(earlier ? { earlier: true } : {}),
          coreferent: subjects.some((s) => s.via === "coreference")
        }
      ]
    })
  })

/**
 * "Yukos' main production arm", "sales force", "profit margin": a measured word right before
 * another noun only qualifies it; the thing measured is that noun. Nouns that only restate the
 * measure ("the inflation rate", "the production level") leave it the thing measured.
 */
const modifiesNoun = (facts: SentenceFacts, end: number): boolean => {
  const next = facts.tokens[end]
  return next !== undefined && next.pos === "NOUN" && !MEASURE_HEADS.has(next.normal)
}
const MEASURE_HEADS: ReadonlySet<string> = new Set(["rate", "rates", "level", "levels", "figure", "figures", "total", "totals"])

/** The figure a measured word follows right after ("a 684bn yen loss", "a 331bn yen ($2.7bn) profit"), if one does. */
const figureRightBefore = (facts: SentenceFacts, thing: { readonly first: number }): Quantity | undefined => {
  // A restatement in brackets between is the figure's own: "331bn yen ($2.7bn) profit".
  let at = thing.first - 1
  if (facts.tokens[at]?.text === ")") at = facts.tokens.findLastIndex((t, i) => i < at && t.text === "(") - 1
  const end = facts.tokens[at]?.end
  return end === undefined ? undefined : facts.quantities.find((q) => q.end === end)
}

/**
 * "a rise in producer prices of 7.1% could stoke inflation": a measured noun after a verb after the figure is what the figure
 * acts on, not what it measures. A measured verb is the figure's own predicate ("2,000 people are thought to have died"), and
 * a participle right before its noun only qualifies it ("a 17 mln dlr operating loss").
 */
const actedOn = (facts: SentenceFacts, quantity: Quantity, thing: { readonly first: number }): boolean => {
  if (facts.tokens[thing.first]?.pos !== "NOUN") return false
  // Only the words between the figure and the measured word are looked at, walking back from the word.
  for (let i = thing.first - 1; i >= 0 && facts.tokens[i]!.start >= quantity.end; i--) {
    const t = facts.tokens[i]!
    if (t.pos === "VERB" && !(i === thing.first - 1 && PARTICIPLE.test(t.normal))) return true
  }
  return false
}
const PARTICIPLE = /(?:ing|ed)$/

/** How many words after a measured word its own figure may start: "a loss of about $3 million", "unemployment should edge down to nine pct". */
const OWN_FIGURE_REACH = 6

/**
 * "posted earnings of $24 million, compared with a loss of $3 million", "earnings of 10 mln dlrs on sales of 191 mln",
 * "… from 3.75 pct this year, unemployment should edge down to nine pct": a measured word after a figure with a figure
 * of its own close after it is that figure's, never the one before it.
 */
const hasOwnFigure = (facts: SentenceFacts, figureStarts: ReadonlySet<number>, thing: { readonly first: number; readonly end: number }): boolean => {
  const after = facts.tokens.slice(thing.end, thing.end + OWN_FIGURE_REACH)
  const figureAt = after.findIndex((t) => figureStarts.has(t.start))
  if (figureAt < 0) return false
  // "a loss of $3 million"; "unemployment should edge down to nine pct": a noun, the subject of a verb leading to the figure.
  const subject = facts.tokens[thing.end - 1]?.pos === "NOUN" && after.slice(0, figureAt).every((t) => VERB_PHRASE_POS.has(t.pos)) && after.slice(0, figureAt).some((t) => t.pos === "VERB" || t.pos === "AUX")
  return (after[0]?.normal === "of" && figureAt <= OF_REACH) || subject
}
/** How many words after "of" the figure may start: "a loss of about $3 million". */
const OF_REACH = 3
/** Parts of speech between a subject and its figure: "should edge down to". */
const VERB_PHRASE_POS: ReadonlySet<string> = new Set(["AUX", "VERB", "ADV", "ADP", "PART"])

/** The measured word closest to the figure, preferring one before it ("reached an altitude of 2,802 km"). */
const nearest = <T extends { readonly start: number; readonly stop: number; readonly first: number }>(things: ReadonlyArray<T>, quantity: Quantity) => {
  let best: { thing: T; distance: number } | undefined
  for (const thing of things) {
    const distance = thing.stop <= quantity.start ? quantity.start - thing.stop : (thing.start - quantity.end) * 2
    if (distance < 0) continue
    if (best === undefined || distance < best.distance) best = { thing, distance }
  }
  // Roughly MEASURE_REACH words of six characters.
  return best !== undefined && best.distance <= MEASURE_REACH * 6 ? best.thing : undefined
}

/**
 * Who the figure is about (never its source, nor a place after it): the organisations and
 * countries of its clause, else (for company results) the proper name nearest before it
 * ("Verizon's sales"), else those of its sentence, else, for an economy's figure, the country or bloc
 * written after it as where it is ("growth of 2.2% across the European Union"), else the first of
 * the sentence before ("North Korea test-fired an ICBM. The missile reached an altitude of …"),
 * read as a coreference.
 */
const subjectsOf = (
  facts: SentenceFacts,
  clause: Span,
  previous: SentenceFacts | undefined,
  quantity: Quantity,
  measureStart: number,
  { firms, economy }: { readonly firms: boolean; readonly economy: boolean }
): ReadonlyArray<EntityMention> => {
  const before = Math.min(measureStart, quantity.start)
  // "Its $17m profit … was dwarfed by the $204m announced by rival Google": the firm in focus's.
  if (firms && refersBack(facts, measureStart, quantity)) return []
  // "Norway, which pumps around one mln bpd": the name the relative clause is about.
  const about = relativeAntecedent(facts, clause, SUBJECT_TYPES)
  if (about !== undefined) return [about]
  const candidates = facts.entities
    .filter(
      (e) => SUBJECT_TYPES.has(e.type) && !isSourceOrPlace(facts, e, quantity) && !isNationalityOfPeople(facts, e) && !isRouteEnd(facts, e) && !isCityOfMeeting(facts, e) && !isSeatOfFirm(facts, e) && !isAudienceOrReporter(facts, e) && !isInApposition(facts, e) && !isListingVenue(facts, e)
    )
    .map((e) => (firms ? firmOpenedByCountry(facts, e) : e))
  const inClause = candidates.filter(within(clause))
  if (inClause.length > 0) return inClause
  const named = firms ? namedSubjects(facts, clause, before).slice(0, 1) : []
  if (named.length > 0) return named
  if (candidates.length > 0) return candidates
  // A place after the figure is where a missile fell, but where an economy grew: the text's own word, not a guess from before.
  const where = economy ? facts.entities.filter((e) => PLACE_TYPES.has(e.type) && within(clause)(e) && isPlaceAfter(facts, e, quantity)) : []
  if (new Set(where.map((e) => e.entity)).size === 1) return where.slice(0, 1)
  // "Hyundai expects its sales in India to grow … By 2010, it expects to nearly double sales": "it" after a sentence whose
  // subject is a firm is that firm (the firm in focus, found on completion), never the first name of that sentence (a
  // market it sells in).
  if (firms && previous !== undefined && subjectIsPronoun(facts, clause, before) && subjectFirm(previous) !== undefined) return []
  // The sentence before is read whole: its speaker is often the actor ("North Korea said it test-fired …").
  const antecedent = previous?.entities.find((e) => SUBJECT_TYPES.has(e.type))
  return antecedent ? [{ ...antecedent, via: "coreference" }] : []
}

/**
 * The one country or bloc a toll's sentence names as where it happened (see `TOLLS`), never its
 * source nor the people's nationality. The sentence, not the clause: a list of places is cut by its commas.
 */
const tollPlace = (facts: SentenceFacts): ReadonlyArray<EntityMention> => {
  const source = facts.attribution?.span
  const places = facts.entities.filter(
    (e) => PLACE_TYPES.has(e.type) && (source === undefined || !within(source)(e)) && !isNationalityOfPeople(facts, e) && !isRouteEnd(facts, e)
  )
  return new Set(places.map((e) => e.entity)).size === 1 ? places.slice(0, 1) : []
}
const PLACE_TYPES = new Set<EntityMention["type"]>(["country", "bloc"])

/** Prepositions that make a country after the figure where it happened: "fell into Japan's waters". */
const PLACE_PREPOSITIONS = new Set(["in", "into", "over", "off", "near", "toward", "towards", "at", "across", "inside"])
/** Words between such a preposition and the country: "into the sea off Japan", "into Japan's zone". */
const PLACE_GAP = new Set(["the", "a", "an"])

/**
 * Entities a figure is not about: its source ("according to North Korean state television", "the
 * Japanese defence ministry said") and, after the figure, a place it reached ("into Japan's
 * exclusive economic zone").
 */
const isSourceOrPlace = (facts: SentenceFacts, entity: EntityMention, quantity: Quantity): boolean => {
  const source = facts.attribution?.span
  if (source !== undefined && within(source)(entity)) return true
  return isPlaceAfter(facts, entity, quantity)
}

/** A name after the figure, right after a preposition of place ("into Japan's zone", "across the European Union"). */
const isPlaceAfter = (facts: SentenceFacts, entity: EntityMention, quantity: Quantity): boolean => {
  if (entity.start < quantity.end) return false
  const before = facts.tokens.findLast((t) => t.end <= entity.start && !PLACE_GAP.has(t.normal))
  return before !== undefined && PLACE_PREPOSITIONS.has(before.normal)
}

