/**
 * The gazetteer alone (`@crosscheck/claims/gazetteer`): the shipped entries and how to merge and
 * compile them, without wink or the rules. What storing extracted entities needs.
 */
export { compileGazetteer, defaultGazetteer, type EntityMatcher, mergeGazetteers } from "./entity/gazetteer.js"
