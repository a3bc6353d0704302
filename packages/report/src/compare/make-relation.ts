import type { Relation, RelationType, Severity } from "@crosscheck/claims"
import type { KeyedClaim } from "./comparison-key.js"
import { relationFingerprint, relationId } from "./relation-identity.js"

/** A relation between claims: sorted claim ids and articles, a stable id and an offset-free fingerprint. */
export const makeRelation = (
  type: RelationType,
  key: string,
  members: ReadonlyArray<KeyedClaim>,
  explanation: string,
  values: ReadonlyArray<string>,
  severity?: Severity
): Relation => {
  const claims = members.map((m) => m.claim.id).sort()
  const articles = [...new Set(members.map((m) => m.claim.article))].sort()
  return {
    id: relationId(type, claims, articles),
    type,
    claims,
    articles,
    key,
    ...(severity === undefined ? {} : { severity }),
    explanation,
    fingerprint: relationFingerprint(type, key, articles, [...new Set(values)])
  }
}
