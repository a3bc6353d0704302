import { defaultGazetteer } from "@crosscheck/claims/gazetteer"
import type { ClaimFacets } from "../report-outline.js"

/**
 * The entities a finding is about, for report.html's entity filter: its claims' subjects, the
 * place of an event, and a figure's holder and counterpart (entity ids), sorted.
 */
export const findingEntities = (claims: ReadonlyArray<ClaimFacets>): ReadonlyArray<string> =>
  [
    ...new Set(
      claims.flatMap((claim) => [
        ...claim.subjects,
        ...(claim.place === undefined ? [] : [claim.place]),
        ...(claim.figure?.holder === undefined ? [] : [claim.figure.holder]),
        // `world` is a figure's total with every partner, not an entity.
        ...(claim.figure?.counterpart === undefined || claim.figure.counterpart === "world" ? [] : [claim.figure.counterpart])
      ])
    )
  ].sort()

const gazetteerNames: ReadonlyMap<string, string> = new Map(defaultGazetteer.entries.map((entry) => [entry.id, entry.name]))

/** The names the built-in gazetteer gives these entities ("country:CN" → "China"), so the entity filter finds them by name too. */
export const entityNames = (ids: Iterable<string>): Readonly<Record<string, string>> =>
  Object.fromEntries([...ids].flatMap((id) => {
    const name = gazetteerNames.get(id)
    return name === undefined ? [] : [[id, name]]
  }))
