import { type Compilable, type Kysely, sql } from "kysely"
import { type Shard, shardHash } from "../discover/shard.js"
import type { Database } from "./database-schema.js"
import type { UnreadableRecord } from "./store-records.js"

/** Rows inserted per statement: well within both dialects' bound on parameters (5 a row). */
const INSERT_ROWS = 1000

/**
 * The statements, to run in this order in one transaction, by which a completed run records the
 * articles it could not read (table `unreadable_articles`, migration 0009): the rows of its share of
 * the corpus — every row, unsharded; those whose `shard_hash` is its shard's, sharded — replaced by
 * its own. So the rows are the union over the last runs of every share, and an article a later run
 * of its share read, or found gone, has none. Runs of other shards, writing at once on PostgreSQL,
 * touch other rows.
 */
export const unreadableReplacement = (
  db: Kysely<Database>,
  runId: number,
  shard: Shard | undefined,
  unreadable: ReadonlyArray<UnreadableRecord>
): ReadonlyArray<Compilable<unknown>> => {
  // One row per path (an entry is read once a run; a row updated twice in one statement is an error on PostgreSQL).
  const rows = [
    ...new Map(unreadable.map((record) => [record.path, {
      path: record.path,
      reason: record.reason,
      article_id: record.article ?? null,
      shard_hash: shardHash(record.shardKey),
      run_id: runId
    }])).values()
  ]
  const inserts: Array<Compilable<unknown>> = []
  for (let at = 0; at < rows.length; at += INSERT_ROWS) {
    inserts.push(
      db.insertInto("unreadable_articles").values(rows.slice(at, at + INSERT_ROWS)).onConflict((conflict) =>
        // A row of another share under the same path (a run with other shards at once): this run's is the latest.
        conflict.column("path").doUpdateSet((eb) => ({
          reason: eb.ref("excluded.reason"),
          article_id: eb.ref("excluded.article_id"),
          shard_hash: eb.ref("excluded.shard_hash"),
          run_id: eb.ref("excluded.run_id")
        }))
      )
    )
  }
  return [
    db.deleteFrom("unreadable_articles").$if(shard !== undefined, (query) =>
      query.where(sql<number>`shard_hash % ${shard!.count}`, "=", shard!.index - 1)),
    ...inserts
  ]
}

/** Every article the store's runs could not read, by path. */
export const unreadableQuery = (db: Kysely<Database>) =>
  db.selectFrom("unreadable_articles").select(["path", "reason"]).orderBy("path")
