export * from "./baseline/baseline.js"
export { comparisonKeyOf, type ComparisonKey, type KeyedClaim } from "./compare/comparison-key.js"
export { compareEvents, type EventComparison } from "./compare/compare-events.js"
export { compareValues, type ComparedValue, type ValueComparison } from "./compare/compare-values.js"
export {
  crossReference,
  crossReferenceWithStats,
  type CrossReferenceStats,
  MAX_GROUP_CLAIMS,
  orderRelations,
  relateClaims,
  type RelatedClaims
} from "./compare/cross-reference.js"
export { type ComparisonStanding, comparisonStanding, STANDING_RULES } from "./compare/comparison-partition.js"
export { type UncomparedCount, type UncomparedReason, uncomparedList } from "./compare/uncompared.js"
export {
  type ArticleRef,
  type ClaimQuote,
  findSameStories,
  type FoundStories,
  type RepublishedArticle,
  type SameStories,
  SameStoryFinder,
  type StoryLookup
} from "./compare/same-story.js"
export { MAX_INDEXED_ARTICLES, TooManyArticlesError } from "./compare/shingle-index.js"
export * from "./report-data.js"
export * from "./report-outline.js"
