import { Effect, Schema } from "effect"

/** Anything the store could not do; the message names the database file and the reason. */
export class StoreError extends Schema.TaggedError<StoreError>()("StoreError", {
  path: Schema.String,
  reason: Schema.String,
  /** What better-sqlite3 or kysely threw, kept for a debugger or a log; the message stays one line. */
  cause: Schema.optionalKey(Schema.Defect())
}) {
  override get message(): string {
    return `database ${this.path}: ${this.reason}`
  }
}

/** Another process holds the single-writer lock of this database. */
export class StoreBusyError extends Schema.TaggedError<StoreBusyError>()("StoreBusyError", {
  path: Schema.String,
  runId: Schema.Number,
  pid: Schema.Number,
  host: Schema.String,
  startedAt: Schema.String
}) {
  override get message(): string {
    return `another crosscheck run (pid ${this.pid} on ${this.host}, started ${this.startedAt}, run ${this.runId}) ` +
      `is writing to ${this.path}; wait for it to finish, or stop it`
  }
}

/** The reason from anything thrown by better-sqlite3 or kysely. */
export const reasonOf = (cause: unknown): string => cause instanceof Error ? cause.message : String(cause)

/** Runs synchronous database work on `path`; anything thrown becomes a StoreError naming the file, with its cause. */
export const storeAttempt = (path: string) => <A>(what: string, body: () => A): Effect.Effect<A, StoreError> =>
  Effect.try({ try: body, catch: (cause) => new StoreError({ path, reason: `${what}: ${reasonOf(cause)}`, cause }) })
