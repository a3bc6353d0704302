import type { ReportCounts } from "@crosscheck/report"
import type { RunCounts } from "../store/store-records.js"

/**
 * A run records, beside its other counts, the claims it never compared by why (`uncompared` the
 * total, `uncompared:<reason>` each): what each run did not check stays in its record.
 */
const REASON_PREFIX = "uncompared:"

/** The run counts that record these claims never compared. */
export const uncomparedRunCounts = (uncompared: ReportCounts["uncompared"]): RunCounts => ({
  uncompared: uncompared.reduce((sum, { claims }) => sum + claims, 0),
  ...Object.fromEntries(uncompared.map(({ claims, reason }) => [`${REASON_PREFIX}${reason}`, claims]))
})
