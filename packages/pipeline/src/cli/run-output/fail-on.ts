import type { Relation, Severity } from "@crosscheck/claims"
import { Option } from "effect"
import type { Finding } from "@crosscheck/report"

/**
 * `--fail-on`: which new findings fail the run (exit 1), as linters' severity thresholds.
 * `contradiction` is every contradiction, `contradiction:medium` those of medium or high severity,
 * `overlap` every contradiction and overlap; `none` never fails.
 */
export interface FailOn {
  /** As written, for messages. */
  readonly text: string
  readonly fails: (relation: Relation) => boolean
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { low: 0, medium: 1, high: 2 }

/** Each threshold by name: a table a reader can scan. */
const THRESHOLDS: Readonly<Record<string, (relation: Relation) => boolean>> = {
  none: () => false,
  contradiction: (relation) => relation.type === "contradiction",
  "contradiction:low": (relation) => relation.type === "contradiction",
  "contradiction:medium": (relation) =>
    relation.type === "contradiction" && SEVERITY_RANK[relation.severity ?? "low"] >= SEVERITY_RANK.medium,
  "contradiction:high": (relation) => relation.type === "contradiction" && relation.severity === "high",
  overlap: (relation) => relation.type === "contradiction" || relation.type === "overlap"
}

export const FAIL_ON_CHOICES: ReadonlyArray<string> = Object.keys(THRESHOLDS)

export const parseFailOn = (text: string): Option.Option<FailOn> => {
  const fails = Object.hasOwn(THRESHOLDS, text) ? THRESHOLDS[text] : undefined
  return fails === undefined ? Option.none() : Option.some({ text, fails })
}

export const failOnError = (text: string): string =>
  `--fail-on: '${text}' is not a threshold; expected one of ${FAIL_ON_CHOICES.join(", ")}`

/** The new findings that fail the run at this threshold (a baseline's accepted ones never do). */
export const failingFindings = (findings: ReadonlyArray<Finding>, failOn: FailOn): ReadonlyArray<Finding> =>
  findings.filter((finding) => finding.status === "new" && failOn.fails(finding.relation))
