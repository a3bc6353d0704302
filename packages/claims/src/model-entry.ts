/**
 * The claim model alone (`@crosscheck/claims/model`): its Schemas, the extractor's version, the
 * one time model (ISO days, the calendar, TIMEX3 values and intervals, the reference date's codec)
 * and an article's written metadata, without the extraction the package's main entry brings
 * (wink, the rules, the gazetteer). What a command line's flags, a store, the cross-reference and a
 * run with nothing to extract need to load.
 */
export * from "./model/index.js"
export { EXTRACTOR_VERSION } from "./version.js"
export { htmlMetadata } from "./clean/html-metadata.js"
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
