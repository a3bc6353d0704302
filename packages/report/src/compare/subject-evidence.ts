import { type Claim, defaultGazetteer } from "@crosscheck/claims"

/**
 * How each subject of a claim was found, read back from its derivation: the claims package writes
 * one line per subject ("subject: 'German' → country:DE (coreference)", "party: 'China' →
 * country:CN (name)", "party: country:US, left implicit, …"). The model has no structured field
 * for it yet.
 */
const WRITTEN_SUBJECT = /^(?:subject|party): '([^']*)' → (\S+) \((\w+)\)$/
const IMPLICIT_SUBJECT = /^(?:subject|party): (\S+), left implicit\b/

/** Demonyms of the gazetteer, lower-cased: "German" names no particular German firm, airline or region. */
const DEMONYMS: ReadonlySet<string> = new Set(
  defaultGazetteer.entries.flatMap((entry) => (entry.demonyms ?? []).map((d) => d.toLowerCase()))
)

/**
 * Subjects that do not pin a figure to one holder: left implicit (carried over from another
 * sentence), or written only as a demonym ("a German airline", "Chinese firms", the "American" of
 * "Inter-American Development Bank"), whether resolved directly or through coreference.
 */
export const looselyNamedSubjects = (claim: Claim): ReadonlySet<string> => {
  const loose = new Set<string>()
  // A subject also written by its name somewhere in the claim is named, however else it appears.
  const named = new Set<string>()
  for (const line of claim.derivation) {
    const implicit = IMPLICIT_SUBJECT.exec(line)
    if (implicit !== null) loose.add(implicit[1]!)
    const written = WRITTEN_SUBJECT.exec(line)
    if (written === null) continue
    const [, text, entity, via] = written as unknown as [string, string, string, string]
    ;(via === "demonym" || DEMONYMS.has(text.toLowerCase()) ? loose : named).add(entity)
  }
  for (const entity of named) loose.delete(entity)
  return loose
}
