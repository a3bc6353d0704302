/** How `run` and `crossref` print their outcome (`--format`). */
export const RUN_FORMATS = ["text", "json", "github", "sarif"] as const
