export * from "./model/index.js"
export { EXTRACTOR_VERSION } from "./version.js"
export { analyze, sentenceAt, type Analysis, type NerEntity, type Sentence, type Token } from "./nlp/analyze.js"
export { cleanArticle, htmlMetadata } from "./clean/clean-article.js"
export { resolveReferenceDate } from "./time/reference-date.js"
export { anchorTimexes, findTimexes, matchTimexes, type TimexMatches } from "./time/find-timexes.js"
export { calendarDayOf, type CalendarDay, decodeIsoDay, IsoDay, isoDayOf, leadingDayText, publishedDay } from "./time/iso-day.js"
export { addDays, dayNumber, fromDayNumber } from "./time/calendar.js"
export {
  decodeReferenceDate,
  describeReference,
  encodeReferenceDate,
  referenceBasis,
  referenceDay,
  referenceInterval,
  unknownReference,
  writtenReference
} from "./time/reference-day.js"
export { formatTimexValue, parseTimexValue, TimexValue, type TimexValueParts } from "./time/timex-value.js"
export { compareTimexValues, periodInterval, timexInterval, type TimexGranularity, type TimexInterval } from "./time/timex-interval.js"
export { findQuantities } from "./quantity/find-quantities.js"
export { agrees, type Agreement, compareQuantities, intervalsOverlap, toleranceInterval } from "./quantity/compare-quantities.js"
export { compileGazetteer, defaultGazetteer, type EntityMatcher, mergeGazetteers } from "./entity/gazetteer.js"
export { findEntities } from "./entity/find-entities.js"
export { buildClaims, type ClaimContext } from "./claim/build-claims.js"
export { normalisedValue } from "./claim/claim-id.js"
export { extractArticle, type ExtractOptions } from "./extract-article.js"
