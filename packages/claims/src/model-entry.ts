/**
 * The claim model alone (`@crosscheck/claims/model`): its Schemas, the ISO day and the reference
 * date's codec, without the extraction the package's main entry brings (wink, the rules, the
 * gazetteer). What a command line's flags and a store that only reads need to load.
 */
export * from "./model/index.js"
export { IsoDay } from "./time/iso-day.js"
export { decodeReferenceDate, describeReference, encodeReferenceDate, writtenReference } from "./time/reference-day.js"
