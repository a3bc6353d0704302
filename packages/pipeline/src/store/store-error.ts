import { Schema } from "effect"

/** Anything the store could not do; the message names the database file and the reason. */
export class StoreError extends Schema.TaggedError<StoreError>()("StoreError", {
  path: Schema.String,
  reason: Schema.String
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
