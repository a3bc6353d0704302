import { type BareBalanceMeasure, bareBalanceMeasure } from "../figure/bare-balance.js"
import type { FurnitureRegion } from "../model/article.js"
import type { EntityMention } from "../model/entity.js"
import type { Quantity } from "../model/quantity.js"
import type { Span } from "../model/span.js"
import type { ReferenceDate, Timex } from "../model/time.js"
import type { Analysis, Token } from "../nlp/analyze.js"
import type { EntityMatcher } from "../entity/gazetteer.js"
import { type HeadlineEconomy, headlineEconomy } from "../figure/headline-economy.js"
import { type Measure, MEASURE_WORDS } from "../figure/measures.js"
import { bareGrowthMeasure, type OutputMeasure } from "../figure/output-measure.js"
import { type Attribution, findAttribution } from "./attribution.js"
import { appositionsOf, type Clause, clausesOf } from "./clauses.js"
import { personSurnames } from "./person-names.js"
import { indexEndingAfter, indexStartingFrom } from "../nlp/sorted-spans.js"
import { findPhrases, isInHyphenedCompound, type PhraseMatch } from "./phrase-index.js"
import { quotedRegions, quotedTest } from "./quoted-regions.js"

/** What every claim extractor reads about one sentence, gathered once per document. */
export interface SentenceFacts {
  /** The document's text, which every span indexes. */
  readonly text: string
  /**
   * The proper nouns the document writes capitalised after a sentence's first word (normal forms):
   * a name, unlike "Figures" or "Oil" that are capitalised only to open a sentence.
   */
  readonly namesMidSentence: ReadonlySet<string>
  /** The surnames the document gives people (`personSurnames`): a one-word name among them is no firm. */
  readonly personNames: ReadonlySet<string>
  readonly index: number
  readonly span: Span
  readonly tokens: ReadonlyArray<Token>
  /** Clause boundaries inside the sentence, as character spans, in order. */
  readonly clauses: ReadonlyArray<Clause>
  /** Noun phrases set off by commas that describe the name before them (`appositionsOf`), in order. */
  readonly appositions: ReadonlyArray<Span>
  /** The phrases of the measure vocabulary (`MEASURE_WORDS`) the sentence's tokens spell, in order. */
  readonly measurePhrases: ReadonlyArray<PhraseMatch<Measure>>
  readonly timexes: ReadonlyArray<Timex>
  readonly quantities: ReadonlyArray<Quantity>
  readonly entities: ReadonlyArray<EntityMention>
  readonly attribution: Attribution | undefined
  /**
   * The sentence before: its dates may frame this one's figures, across a paragraph break too (news
   * writes a paragraph a sentence; "Renault's profits rose 40% in 2004." then "Sales rose 8%."). A
   * period carried so may corroborate but never contradict (`PeriodOrigin` "inherited").
   */
  readonly previous: SentenceFacts | undefined
}

/** The whole document as the claim extractors see it. */
export interface DocumentFacts {
  readonly articleId: string
  readonly text: string
  readonly referenceDate: ReferenceDate
  readonly sentences: ReadonlyArray<SentenceFacts>
  /** True when `at` lies between quotation marks. */
  readonly isQuoted: (at: number) => boolean
  /** The economy an entity stands for: itself for a country or bloc, its `country` for people and organisations. */
  readonly countryOf: (entity: string) => string | undefined
  /** The one economy the headline names, if any: whose an economy's figures are when their sentences name none. */
  readonly economy: HeadlineEconomy | undefined
  /** What a bare "growth" of an economy measures in this text. */
  readonly growth: OutputMeasure
  /** What a bare "deficit" or "surplus" measures in this text when no balance is named before it. */
  readonly balance: BareBalanceMeasure
}

export interface ClaimContext {
  readonly articleId: string
  /** The article's headline, when its metadata gives one apart from the text (wire copy, BBC). */
  readonly title?: string
  /** The original text: quotes are sliced from it. */
  readonly text: string
  /** The analysis of the cleaned content (same length as `text`). */
  readonly analysis: Analysis
  readonly referenceDate: ReferenceDate
  readonly timexes: ReadonlyArray<Timex>
  readonly quantities: ReadonlyArray<Quantity>
  readonly entities: ReadonlyArray<EntityMention>
  readonly furniture: ReadonlyArray<FurnitureRegion>
  /** The gazetteer the entities were found with: gives people's and organisations' countries. */
  readonly matcher?: EntityMatcher
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end

/** Items sorted by `start`, bucketed into the sentence that contains their start, in one pass. */
const bucket = <T extends { readonly start: number }>(sentences: ReadonlyArray<Span>, items: ReadonlyArray<T>) => {
  const sorted = [...items].sort((a, b) => a.start - b.start)
  const buckets: Array<Array<T>> = sentences.map(() => [])
  let s = 0
  for (const item of sorted) {
    while (s < sentences.length && sentences[s]!.end <= item.start) s++
    const sentence = sentences[s]
    if (sentence !== undefined && item.start >= sentence.start) buckets[s]!.push(item)
  }
  return buckets
}

/**
 * A token with more than blanks in it (wink makes tokens of line breaks). Most open on a printable
 * ASCII character, which says so without trimming the token.
 */
const isWritten = (token: Token): boolean => {
  const first = token.text.charCodeAt(0)
  return (first > 32 && first < 127) || token.text.trim() !== ""
}

/** A blank line ends a sentence: headlines and captions carry no full stop. */
const PARAGRAPH_BREAK = /\n[^\S\n]*\n/g

/**
 * wink's sentences cut again at blank lines, with their words: wink gives a line break a token of
 * its own, which would stand inside a phrase wrapped over two lines ("Gross\nDomestic Product", as
 * wire copy wraps every line) and between a figure and the word before it.
 */
const sentencesOf = (analysis: Analysis): ReadonlyArray<{ readonly span: Span; readonly tokens: ReadonlyArray<Token> }> =>
  analysis.sentences.flatMap((sentence) => {
    const tokens = analysis.tokens.slice(sentence.firstToken, sentence.endToken).filter(isWritten)
    if (tokens.length === 0) return []
    // Most sentences hold no line break at all: they are not searched for a blank line.
    const lineBreak = analysis.text.indexOf("\n", sentence.start)
    const cuts = lineBreak < 0 || lineBreak >= sentence.end
      ? []
      : [...analysis.text.slice(sentence.start, sentence.end).matchAll(PARAGRAPH_BREAK)].map((m) => sentence.start + m.index)
    if (cuts.length === 0) return [{ span: { start: sentence.start, end: sentence.end }, tokens }]
    const pieces: Array<{ span: Span; tokens: ReadonlyArray<Token> }> = []
    for (const [from, to] of [sentence.start, ...cuts].map((c, i, all) => [c, i + 1 < all.length ? all[i + 1]! : sentence.end] as const)) {
      const inside = tokens.filter((t) => t.start >= from && t.end <= to)
      if (inside.length > 0) pieces.push({ span: { start: inside[0]!.start, end: inside.at(-1)!.end }, tokens: inside })
    }
    return pieces
  })

export const documentFacts = (context: ClaimContext): DocumentFacts => {
  const { analysis, furniture } = context
  // Furniture is blanked in the analysed content already; a sentence touching it is still skipped
  // whole, so no claim can quote a comment thread or a share line.
  const sentences = sentencesOf(analysis).filter((s) => !furniture.some((f) => f.kind !== "markup" && overlaps(s.span, f)))
  const spans = sentences.map((s) => s.span)
  const timexes = bucket(spans, context.timexes.filter((t) => !isDatelineDate(context.text, t)))
  // "the Nikkei 225 index", "the FTSE 100": a number in an index's name is no figure (most texts name no index).
  const indices = context.entities.filter((e) => e.type === "index")
  const quantities = bucket(
    spans,
    context.quantities.filter((q, i) => !restates(context.text, context.quantities[i - 1], q) && !indices.some((e) => e.start <= q.start && q.end <= e.end))
  )
  // "1.79 trillion U.S. dollars": a country inside a currency is no party; nor is a dateline's city.
  const entities = bucket(
    spans,
    context.entities.filter(
      (e) => !context.quantities.some((q) => q.start <= e.start && e.end <= q.end) && !isDatelinePlace(context.text, e) && !namesCurrency(context.text, e)
    )
  )
  const isQuoted = quotedTest(quotedRegions(context.text))
  const matcher = context.matcher
  // A bloc is its own economy: the EU's growth is the EU's, not a member's.
  const countryOf = (id: string) => (id.startsWith("country:") || matcher?.entry(id)?.type === "bloc" ? id : matcher?.entry(id)?.country)
  const namesMidSentence = new Set<string>()
  for (const { tokens } of sentences) for (const name of capitalisedAfterFirstWord(tokens)) namesMidSentence.add(name.normal)
  const personNames = personSurnames(sentences.map((s) => s.tokens))
  const facts: Array<SentenceFacts> = []
  // The person "he"/"she" most likely stands for: the last one mentioned before the sentence.
  let lastPerson: EntityMention | undefined
  sentences.forEach(({ span, tokens: written }, i) => {
    const sentenceEntities = entities[i]!
    const tokens = withoutRestatements(context.text, written, quantities[i]!)
    const before = facts[i - 1]
    facts.push({
      previous: before,
      text: context.text,
      namesMidSentence,
      personNames,
      index: i,
      span,
      tokens,
      clauses: clausesOf(span, tokens),
      appositions: appositionsOf(tokens),
      measurePhrases: findPhrases(MEASURE_WORDS, tokens).filter((m) => !isInHyphenedCompound(tokens, m)),
      timexes: timexes[i]!,
      quantities: quantities[i]!,
      entities: sentenceEntities,
      attribution: findAttribution(context.text, tokens, timexes[i]!, sentenceEntities, lastPerson, isQuoted)
    })
    lastPerson = sentenceEntities.findLast((e) => e.type === "person") ?? lastPerson
  })
  const economy = headlineEconomy(context.title, matcher)
  return { articleId: context.articleId, text: context.text, referenceDate: context.referenceDate, sentences: facts, isQuoted, countryOf, economy, growth: bareGrowthMeasure(context.text), balance: bareBalanceMeasure(context.text, context.title) }
}

/** A dateline's date says when the report was filed, not when anything in it happened: "BEIJING, May 9 (Xinhua) --". */
const DATELINE_AFTER = /^\s*(?:\([^)]{1,40}\))?\s*(?:--|—|–|-)\s/
const DATELINE_REACH = 48
/** A dateline's date opens its line, after its place and a comma at most: "SALVADOR, Feb 26 -"; "added 337,000 jobs in October - a record" is none. */
const DATELINE_DATE_BEFORE = /(?:^|\n)[^\S\n]*(?:[A-Z][A-Za-z .'()-]*,[^\S\n]*)?$/
const isDatelineDate = (text: string, timex: Timex): boolean =>
  DATELINE_AFTER.test(text.slice(timex.end, timex.end + DATELINE_REACH)) && DATELINE_DATE_BEFORE.test(text.slice(Math.max(0, timex.start - DATELINE_REACH), timex.start))

/** A dateline's place, in capitals at the start of a line before a comma or dash: "SEOUL, July 4 -", "BEIJING (Reuters) -". */
const DATELINE_PLACE_BEFORE = /(?:^|\n)[^\S\n]*(?:[A-Z][A-Z .'-]*)?$/
const DATELINE_PLACE_AFTER = /^(?:[ ,]*[A-Z][A-Z .'-]*)?\s*(?:,|\(|--|—|–|-\s)/
/** Three capitals at least: "US, China agree" opens a headline, not a dateline. */
const DATELINE_CAPITALS = /[A-Z]{3}/
const isDatelinePlace = (text: string, entity: EntityMention): boolean =>
  (entity.type === "place" || entity.type === "country") &&
  entity.text === entity.text.toUpperCase() &&
  DATELINE_CAPITALS.test(entity.text) &&
  DATELINE_PLACE_BEFORE.test(text.slice(Math.max(0, entity.start - DATELINE_REACH), entity.start)) &&
  DATELINE_PLACE_AFTER.test(text.slice(entity.end, entity.end + DATELINE_REACH))

/** A currency is never a party: "U.S. dollars", "US$", "Hong Kong dollars", "$" read as the US. */
const CURRENCY_AFTER = /^\s?(?:\$|dollars?\b|cents?\b|dlrs?\b|cts\b)/i
const CURRENCY_REACH = 10
const namesCurrency = (text: string, entity: EntityMention): boolean =>
  entity.text.includes("$") || CURRENCY_AFTER.test(text.slice(entity.end, entity.end + CURRENCY_REACH))

/**
 * A sentence's tokens without the restatements of its figures in other units: "a $40bn (£21bn) deal"
 * reads as "a $40bn deal", so that what stands right after a figure is the noun it prices, not its
 * restatement. Spans still index the text as written.
 */
const withoutRestatements = (text: string, tokens: ReadonlyArray<Token>, quantities: ReadonlyArray<Quantity>): ReadonlyArray<Token> => {
  const restated = quantities.flatMap((q) => {
    const last = q.equivalents.at(-1)
    if (last === undefined) return []
    const close = /^\s*\)/.exec(text.slice(last.end))
    return [{ start: q.end, end: last.end + (close?.[0].length ?? 0) }]
  })
  return restated.length === 0 ? tokens : tokens.filter((t) => !restated.some((r) => t.start >= r.start && t.end <= r.end))
}

/** Punctuation between a figure and its restatement in other units: "$445.1bn (£227bn; 331bn euros)". */
const RESTATEMENT_GAP = /^\s*[(;,/]\s*$/

/** The sentence's first word: the one a capital opens whatever it is. */
export const firstWordIndex = (tokens: ReadonlyArray<Token>): number => tokens.findIndex((t) => /\p{L}/u.test(t.text))

/** Proper nouns written with a capital after the sentence's first word. */
const capitalisedAfterFirstWord = (tokens: ReadonlyArray<Token>): ReadonlyArray<Token> =>
  tokens.slice(firstWordIndex(tokens) + 1).filter((t) => t.pos === "PROPN" && opensWithCapital(t.text))

const CAPITAL = /^\p{Lu}/u
/** Whether a word opens with a capital letter: ASCII answers without the Unicode test (asked of every proper noun). */
const opensWithCapital = (word: string): boolean => {
  const first = word.charCodeAt(0)
  return first < 128 ? first >= 65 && first <= 90 : CAPITAL.test(word)
}

/** A figure that restates the one before it in other units is the same figure, not a second claim. */
const restates = (text: string, previous: Quantity | undefined, quantity: Quantity): boolean =>
  previous !== undefined &&
  previous.kind === quantity.kind &&
  previous.unit !== quantity.unit &&
  (previous.equivalents.some((e) => e.start <= quantity.start && quantity.end <= e.end) || RESTATEMENT_GAP.test(text.slice(previous.end, quantity.start)))

/**
 * The tokens lying wholly inside `span` (what `tokens.filter(within(span))` keeps), found by binary
 * search: a sentence's tokens, and any run cut from them, are disjoint and in text order, so they
 * are one run. Asked per figure and per claim, and a results table is one sentence of many figures.
 */
export const tokensWithin = (tokens: ReadonlyArray<Token>, span: Span): ReadonlyArray<Token> =>
  tokens.slice(indexStartingFrom(tokens, span.start), indexEndingAfter(tokens, span.end))

/** The token is inside one of the sentence's time expressions ("last year" in "The unit last year had"). */
export const inTimex = (facts: SentenceFacts, token: Span): boolean => facts.timexes.some((x) => token.start >= x.start && token.end <= x.end)

/** The tokens starting at or after `offset` (what `tokens.filter((t) => t.start >= offset)` keeps), in order. */
export const tokensFrom = (tokens: ReadonlyArray<Token>, offset: number): ReadonlyArray<Token> => tokens.slice(indexStartingFrom(tokens, offset))

/** The clause of a sentence that contains `at` (the whole sentence if none does). */
export const clauseAt = (facts: SentenceFacts, at: number): Clause =>
  facts.clauses.find((c) => at >= c.start && at < c.end) ?? { ...facts.span, asserts: true, relative: false }
