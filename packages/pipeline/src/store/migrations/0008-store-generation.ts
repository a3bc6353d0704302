import { type Kysely, type Migration, sql } from "kysely"

/**
 * The store's generation, for many writers on PostgreSQL: `generation` counts the committed writes of
 * articles and claims (each write adds one in its own transaction, so a snapshot that reads it has
 * seen exactly those writes), `relations_generation` is the generation the stored relations were
 * found at. A cross-reference whose snapshot is older than the stored relations' leaves them in place
 * (postgres/postgres-writes.ts). One row; the same in both dialects (on SQLite the writer lock orders
 * cross-references, and the row stays as made here), so the schemas stay one.
 */
export const storeGeneration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable("store_generation")
      .addColumn("id", "integer", (c) => c.primaryKey().check(sql`id = 1`))
      .addColumn("generation", "bigint", (c) => c.notNull())
      .addColumn("relations_generation", "bigint", (c) => c.notNull())
      .execute()
    await db.insertInto("store_generation").values({ id: 1, generation: 0, relations_generation: 0 }).execute()
  }
}
