import type { Claim, Relation } from "@crosscheck/claims"
import type BetterSqlite3 from "better-sqlite3"
import { type Compilable, sql } from "kysely"
import { entityRows } from "./entity-rows.js"
import { forgetRunReplays } from "./run-replays.js"
import {
  articleRow,
  claimEntityRows,
  claimRow,
  claimTimeRow,
  quantityRows,
  standingColumns,
  timexRows
} from "./model-rows.js"
import {
  createPendingTables,
  dropPendingTables,
  type PendingDatabase,
  pendingRows,
  type PendingTables,
  swapPendingRelations
} from "./pending-relations.js"
import type { SqliteExecutor } from "./sqlite-executor.js"
import type { ArticleWrite, UnreadableRecord } from "./store-records.js"
import { unreadableReplacement } from "./unreadable-articles.js"
import type { Shard } from "../discover/shard.js"

/**
 * The store's writes, each one transaction (synchronous: nothing can interleave). They throw on
 * failure, and the transaction is rolled back; `StoreWriter` turns that into a `StoreError`.
 */

/**
 * The statements every article write runs, compiled once per connection: kysely building the same
 * three queries for each of thousands of articles cost more than SQLite running them.
 */
interface ArticleStatements {
  readonly selectRun: BetterSqlite3.Statement
  /** Deletes the relations that involve any claim of the article: they were found on claims about to go. */
  readonly deleteRelationsOf: BetterSqlite3.Statement
  /** Deleting the article row cascades to its claims, timexes, quantities and their rows. */
  readonly deleteArticle: BetterSqlite3.Statement
  /** Adds an entity, or merges the aliases of one already stored (its first name and type stay). */
  readonly upsertEntity: BetterSqlite3.Statement
}

// Stand-ins for the parameters the statements are compiled with; each runs with the real value.
const ANY_RUN = 0
const ANY_ARTICLE = ""

const statementsByExecutor = new WeakMap<SqliteExecutor, ArticleStatements>()

const articleStatements = (executor: SqliteExecutor): ArticleStatements => {
  const cached = statementsByExecutor.get(executor)
  if (cached !== undefined) return cached
  const { builder } = executor
  const statements: ArticleStatements = {
    selectRun: executor.prepareOnce(builder.selectFrom("runs").select(["id", "extractor"]).where("id", "=", ANY_RUN)),
    deleteRelationsOf: executor.prepareOnce(
      builder.deleteFrom("relations").where("id", "in", (eb) =>
        eb.selectFrom("relation_claims").select("relation_id").where("claim_id", "in", (inner) =>
          inner.selectFrom("claims").select("id").where("article_id", "=", ANY_ARTICLE)))
    ),
    deleteArticle: executor.prepareOnce(builder.deleteFrom("articles").where("id", "=", ANY_ARTICLE)),
    upsertEntity: executor.prepareOnce(
      builder.insertInto("entities").values({ id: "", type: "", name: "", aliases: "[]" }).onConflict((conflict) =>
        conflict.column("id").doUpdateSet({
          aliases: sql<string>`(select json_group_array(value) from (
            select value from json_each(entities.aliases) union select value from json_each(excluded.aliases)
          ) where value <> entities.name)`
        })
      )
    )
  }
  statementsByExecutor.set(executor, statements)
  return statements
}

const deleteArticle = (statements: ArticleStatements, articleId: string) => {
  statements.deleteRelationsOf.run(articleId)
  statements.deleteArticle.run(articleId)
}

/**
 * Replaces each article and everything extracted from it, all in one transaction: a batch is
 * committed whole or not at all, so every stored article is complete, and one commit (one WAL
 * sync, one full-text index flush) serves many articles.
 */
export const writeArticles = (
  executor: SqliteExecutor,
  write: { readonly articles: ReadonlyArray<ArticleWrite>; readonly runId: number; readonly extractedAt: string }
): void => {
  const { runId } = write
  const statements = articleStatements(executor)
  executor.transaction(() => {
    const run = statements.selectRun.get(runId) as { readonly id: number; readonly extractor: string } | undefined
    if (run === undefined) throw new Error(`no run ${runId} (start one with startRun)`)
    for (const { article, extraction, furniture } of write.articles) {
      const foreign = extraction.article !== article.id
        ? extraction.article
        : extraction.claims.find((claim) => claim.article !== article.id)?.article
      if (foreign !== undefined) throw new Error(`article ${article.id}: its extraction holds claims of article ${foreign}`)
      deleteArticle(statements, article.id)
      executor.insert("articles", [articleRow(article, furniture, extraction, run, write.extractedAt)])
      executor.insert("claims", extraction.claims.map(claimRow))
      for (const entity of entityRows(extraction)) {
        statements.upsertEntity.run(entity.id, entity.type, entity.name, entity.aliases)
      }
      executor.insert("claim_entities", extraction.claims.flatMap(claimEntityRows))
      executor.insert("claim_times", extraction.claims.flatMap((claim) => claimTimeRow(claim) ?? []))
      executor.insert("timexes", timexRows(extraction))
      executor.insert("quantities", quantityRows(extraction))
    }
  })
}

export const deleteArticles = (executor: SqliteExecutor, ids: ReadonlyArray<string>): void => {
  const statements = articleStatements(executor)
  executor.transaction(() => {
    for (const id of ids) deleteArticle(statements, id)
  })
}

/*
 * The relations replaced on SQLite as they are found (pending-relations.ts): the pending tables are
 * temporary, in this connection's own temporary database, so writing them takes no lock on the
 * store; only the swap does, for one short transaction.
 */

const runAll = (executor: SqliteExecutor, queries: ReadonlyArray<Compilable<unknown>>): void => {
  for (const query of queries) executor.run(query)
}

/** The pending tables, created empty (any left by a replacement that failed dropped first). */
export const openPendingRelations = (executor: SqliteExecutor): PendingDatabase => {
  const pending = executor.builder.withTables<PendingTables>()
  runAll(executor, [...dropPendingTables(pending), ...createPendingTables(pending)])
  return pending
}

export const writePendingRelations = (executor: SqliteExecutor, relations: ReadonlyArray<Relation>): void =>
  executor.transaction(() => {
    const rows = pendingRows(relations)
    executor.insert("pending_relations", rows.relations)
    executor.insert("pending_relation_claims", rows.claims)
  })

/** The swap, holding the write lock from its start; the relations stored. */
export const swapInPendingRelations = (executor: SqliteExecutor, pending: PendingDatabase): number =>
  executor.transaction(() => {
    const swap = swapPendingRelations(pending)
    executor.run(swap.clear)
    const stored = executor.run(swap.insertRelations)
    executor.run(swap.insertClaims)
    executor.run(swap.dropUnnamedEntities)
    forgetRunReplays(executor)
    return stored
  }, "immediate")

export const dropPendingRelations = (executor: SqliteExecutor, pending: PendingDatabase): void =>
  runAll(executor, dropPendingTables(pending))

export const writeStandings = (executor: SqliteExecutor, claims: ReadonlyArray<Claim>): void =>
  executor.transaction(() => {
    for (const claim of claims) {
      executor.run(executor.builder.updateTable("claims").set(standingColumns(claim)).where("id", "=", claim.id))
    }
    forgetRunReplays(executor)
  })

/** The articles a completed run could not read, in place of those stored for its share of the corpus (unreadable-articles.ts). */
export const writeUnreadable = (
  executor: SqliteExecutor,
  runId: number,
  shard: Shard | undefined,
  unreadable: ReadonlyArray<UnreadableRecord>
): void => executor.transaction(() => runAll(executor, unreadableReplacement(executor.builder, runId, shard, unreadable)), "immediate")
