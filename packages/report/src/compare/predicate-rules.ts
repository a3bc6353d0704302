/**
 * How event predicates compare. Data, not logic: extend the tables, not the code. (Figures compare
 * by their identity fields: figure-rules.ts.)
 */

/** Event predicates that name the same kind of event for comparison: a state visit is a visit. */
export const EVENT_FAMILIES: ReadonlyMap<string, string> = new Map([["event.state_visit", "event.visit"]])
