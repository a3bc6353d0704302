import type { Kysely, Migration } from "kysely"

/**
 * What a completed run left for the next one to replay when nothing changed (see
 * src/replay/replay-run.ts): the digests of its input and settings, its reports' stamps, and the output a
 * no-change rerun prints. At most one row, the last completed run's; the same in both dialects
 * (only SQLite stores are replayed, but the schemas stay one).
 */
export const runReplays: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable("run_replays")
      .addColumn("run_id", "integer", (c) => c.primaryKey().references("runs.id"))
      .addColumn("corpus_digest", "text", (c) => c.notNull())
      .addColumn("settings_digest", "text", (c) => c.notNull())
      .addColumn("settings_files", "text", (c) => c.notNull())
      .addColumn("reports", "text", (c) => c.notNull())
      .addColumn("stdout", "text", (c) => c.notNull())
      .addColumn("stderr", "text", (c) => c.notNull())
      .addColumn("exit_code", "integer", (c) => c.notNull())
      .execute()
  }
}
