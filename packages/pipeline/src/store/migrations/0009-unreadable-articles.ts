import { Option, Schema } from "effect"
import type { Kysely, Migration } from "kysely"
import { shardHash } from "../../discover/shard.js"
import { RunError } from "../store-records.js"

const decodeErrors = Schema.decodeUnknownOption(Schema.fromJsonString(Schema.Array(RunError)))

/**
 * The articles the store's runs could not read, as a fact of the store rather than of the last run:
 * each completed run replaces the rows of its share of the corpus (the whole corpus, or its shard:
 * `shard_hash` modulo n, in SQL) with the articles it could not read, so the rows are the union over
 * the shards' last runs, and an article a later run of its share read (or found gone) has none. The
 * same in both dialects. Filled here with the last run's errors, which the reports listed until now
 * (their article ids unknown: each is put in a shard by its path, as a broken entry is).
 */
export const unreadableArticles: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable("unreadable_articles")
      .addColumn("path", "text", (c) => c.primaryKey())
      .addColumn("reason", "text", (c) => c.notNull())
      .addColumn("article_id", "text")
      .addColumn("shard_hash", "bigint", (c) => c.notNull())
      .addColumn("run_id", "integer", (c) => c.notNull().references("runs.id"))
      .execute()
    const last: { readonly id: number; readonly errors: string } | undefined = await db.selectFrom("runs")
      .select(["id", "errors"]).orderBy("id", "desc").limit(1).executeTakeFirst()
    const errors = last === undefined ? [] : Option.getOrElse(decodeErrors(last.errors), () => [])
    const rows = new Map(errors.map((error) => [error.path, {
      path: error.path,
      reason: error.reason,
      article_id: null,
      shard_hash: shardHash(error.path),
      run_id: last!.id
    }]))
    if (rows.size > 0) await db.insertInto("unreadable_articles").values([...rows.values()]).execute()
  }
}
