import { buildClaims } from "./claim/build-claims.js"
import type { EntityMatcher } from "./entity/gazetteer.js"
import { findEntities } from "./entity/find-entities.js"
import type { CleanedArticle } from "./model/article.js"
import type { Extraction } from "./model/extraction.js"
import { analyze } from "./nlp/analyze.js"
import { findQuantities } from "./quantity/find-quantities.js"
import { anchorTimexes, matchTimexes } from "./time/find-timexes.js"
import { resolveReferenceDate } from "./time/reference-date.js"

export interface ExtractOptions {
  /** The compiled gazetteer: compile it once and pass it to every call. */
  readonly matcher: EntityMatcher
  /** A publication date that overrides the article's metadata (ISO YYYY-MM-DD). */
  readonly published?: string
  /** Names that are not entities in this corpus, lower-cased: their mentions are dropped before claims are built. */
  readonly notEntities?: ReadonlySet<string>
}

/**
 * Everything extracted from one cleaned article: its content analysed once, the reference date,
 * time expressions, quantities, entity mentions and the claims built from them. Offsets index the
 * original text; quotes are cut from it.
 */
export const extractArticle = (cleaned: CleanedArticle, options: ExtractOptions): Extraction => {
  const { article } = cleaned
  const analysis = analyze(cleaned.content)
  // The rules are matched once; the matches are read against no date to infer one, then against the reference date.
  const matches = matchTimexes(analysis)
  const referenceDate = resolveReferenceDate({ published: options.published ?? article.metadata.published, matches })
  const timexes = anchorTimexes(matches, referenceDate)
  const quantities = findQuantities(analysis, timexes)
  const notEntities = options.notEntities
  const entities = notEntities === undefined || notEntities.size === 0
    ? findEntities(analysis, options.matcher)
    : findEntities(analysis, options.matcher).filter((mention) => !notEntities.has(mention.text.toLowerCase()))
  const claims = buildClaims({
    articleId: article.id,
    ...(article.metadata.title !== undefined ? { title: article.metadata.title } : {}),
    text: article.text,
    analysis,
    referenceDate,
    timexes,
    quantities,
    entities,
    furniture: cleaned.furniture,
    matcher: options.matcher
  })
  return { article: article.id, referenceDate, furniture: cleaned.furniture, timexes, quantities, entities, claims }
}
