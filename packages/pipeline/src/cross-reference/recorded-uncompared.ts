import { type ReportCounts, uncomparedList } from "@crosscheck/report"
import type { RunCounts } from "../store/store-records.js"

/**
 * A run records, beside its other counts, the claims it never compared by why (`uncompared` the
 * total, `uncompared:<reason>` each): a later run that changes nothing reads them back instead of
 * decoding every stored claim to count them again.
 */
const REASON_PREFIX = "uncompared:"

/** The run counts that record these claims never compared. */
export const uncomparedRunCounts = (uncompared: ReportCounts["uncompared"]): RunCounts => ({
  uncompared: uncompared.reduce((sum, { claims }) => sum + claims, 0),
  ...Object.fromEntries(uncompared.map(({ claims, reason }) => [`${REASON_PREFIX}${reason}`, claims]))
})

/** The claims never compared that a run recorded; undefined when it recorded none (an older run, a shard's). */
export const recordedUncompared = (counts: RunCounts): ReportCounts["uncompared"] | undefined =>
  counts.uncompared === undefined ? undefined : uncomparedList((reason) => counts[`${REASON_PREFIX}${reason}`] ?? 0)
