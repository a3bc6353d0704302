import type { RelationType } from "@crosscheck/claims/model"

/**
 * The findings a reviewer acts on: those a CI gate can fail on, the CI formats list and a baseline
 * accepts. Not series (timelines), repeats (duplicates) or revisions, which are only counted.
 */
export const ACTIONABLE_TYPES: ReadonlySet<RelationType> = new Set(["contradiction", "overlap"])
