import { createHash } from "node:crypto"
import type { RelationType } from "@crosscheck/claims"

const shortHash = (text: string): string => createHash("sha256").update(text).digest("hex").slice(0, 16)

const sorted = (values: ReadonlyArray<string>): ReadonlyArray<string> => [...values].sort()

/**
 * A relation's id: the type, the sorted claim ids, and the sorted articles (which tell apart
 * article-level findings with no claims). Stable across re-runs of unchanged input.
 */
export const relationId = (type: RelationType, claims: ReadonlyArray<string>, articles: ReadonlyArray<string>): string =>
  `${type}-${shortHash(JSON.stringify([type, sorted(claims), sorted(articles)]))}`

/**
 * What a finding is, independent of offsets and claim ids: type, key, articles and the normalised
 * values. An edit elsewhere in an article leaves it unchanged, so the baseline still matches.
 */
export const relationFingerprint = (
  type: RelationType,
  key: string,
  articles: ReadonlyArray<string>,
  values: ReadonlyArray<string>
): string => shortHash(JSON.stringify([type, key, sorted(articles), sorted(values)]))
