import { Schema } from "effect"

/** A corpus that cannot be walked at all (missing path, unreadable manifest): the run stops. */
export class CorpusError extends Schema.TaggedError<CorpusError>()("CorpusError", {
  path: Schema.String,
  reason: Schema.String,
  /** What was thrown or failed underneath, kept for a debugger or a log; the message stays one line. */
  cause: Schema.optionalKey(Schema.Defect())
}) {
  override get message() {
    return `${this.path}: ${this.reason}`
  }
}

/** One article that cannot be read (bad encoding, bad JSON line): reported, and the run goes on. */
export class ArticleReadError extends Schema.TaggedError<ArticleReadError>()("ArticleReadError", {
  path: Schema.String,
  reason: Schema.String,
  /** What was thrown or failed underneath, kept for a debugger or a log; the message stays one line. */
  cause: Schema.optionalKey(Schema.Defect())
}) {
  override get message() {
    return `${this.path}: ${this.reason}`
  }
}
