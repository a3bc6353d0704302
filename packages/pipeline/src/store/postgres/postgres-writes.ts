import type { Claim, Relation } from "@crosscheck/claims"
import { type Insertable, Kysely, PostgresDialect, type PostgresPoolClient, sql, type Transaction } from "kysely"
import type pg from "pg"
import type { Database } from "../database-schema.js"
import type { ArticleWrite, UnreadableRecord } from "../store-records.js"
import { unreadableReplacement } from "../unreadable-articles.js"
import type { Shard } from "../../discover/shard.js"
import {
  createPendingTables,
  type PendingDatabase,
  pendingRows,
  type SwapOutcome,
  swapPendingRelations
} from "../pending-relations.js"
import { entityRows } from "../entity-rows.js"
import {
  articleRow,
  claimEntityRows,
  claimRow,
  claimTimeRow,
  quantityRows,
  standingColumns,
  timexRows
} from "../model-rows.js"

/**
 * The store's writes on PostgreSQL, one transaction each, for many writers at once: no global
 * lock. Two advisory locks order what could collide:
 * - an article's own lock (two runs saving the same article take turns; different articles never wait);
 * - the cross-reference lock, shared by every article write and taken alone by the relations' swap,
 *   so relations are replaced while no article is half-written.
 * Each write also moves the store's generation on by one (migration 0008), which orders the
 * cross-references' snapshots: the swap never stores relations found at an older one than the stored ones'.
 */

/** The first key of an article's two-key advisory lock (the second is the hash of its id). */
const ARTICLE_LOCK_CLASS = 0x4378
/** The one-key advisory lock of cross-referencing ("CxCk" as a number; a separate key space from two-key locks). */
const CROSSREF_LOCK = 0x4378436b

/** PostgreSQL binds at most 65535 parameters per statement. */
const PARAMETER_LIMIT = 60_000

const insertRows = async <DB, T extends keyof DB & string>(
  trx: Kysely<DB>,
  table: T,
  rows: ReadonlyArray<Insertable<DB[T]>>
) => {
  const first = rows[0]
  if (first === undefined) return
  const perStatement = Math.max(1, Math.floor(PARAMETER_LIMIT / Object.keys(first).length))
  for (let at = 0; at < rows.length; at += perStatement) {
    await trx.insertInto(table as never).values(rows.slice(at, at + perStatement) as never).execute()
  }
}

const lockArticle = (trx: Transaction<Database>, id: string) =>
  sql`select pg_advisory_xact_lock(${ARTICLE_LOCK_CLASS}, hashtext(${id}))`.execute(trx)

const shareCrossReference = (trx: Transaction<Database>) =>
  sql`select pg_advisory_xact_lock_shared(${CROSSREF_LOCK})`.execute(trx)

/**
 * The store's generation moved on by one, in the transaction of a write of articles or claims: a
 * snapshot sees the generation of exactly the writes it sees (the one row's updates commit in turn).
 * The transaction's last statement, so that the row is held only while the transaction commits.
 */
const nextGeneration = (trx: Transaction<Database>) =>
  trx.updateTable("store_generation").set({ generation: sql<number>`generation + 1` }).where("id", "=", 1).execute()

/** Deletes the article (cascading to its claims and rows) and every relation that involves its claims. */
const deleteArticle = async (trx: Transaction<Database>, id: string) => {
  await trx.deleteFrom("relations").where("id", "in", (eb) =>
    eb.selectFrom("relation_claims").select("relation_id").where("claim_id", "in", (inner) =>
      inner.selectFrom("claims").select("id").where("article_id", "=", id))).execute()
  await trx.deleteFrom("articles").where("id", "=", id).execute()
}

/** Aliases merged as SQLite's upsert merges them: the union, sorted, without the entity's name. */
const mergedAliases = sql<string>`coalesce((select '[' || string_agg(to_json(u.value)::text, ',' order by u.value collate "C") || ']'
  from (select jsonb_array_elements_text(entities.aliases::jsonb) as value
    union select jsonb_array_elements_text(excluded.aliases::jsonb)) u
  where u.value <> entities.name), '[]')`

type EntityRow = ReturnType<typeof entityRows>[number]

/**
 * Adds the entities a batch names, or merges their aliases, before its articles: every row in id
 * order across the whole batch, so that concurrent writers lock shared entities in one order (per
 * article, two batches could take the same two entities in opposite orders and deadlock). An id
 * named by several articles is upserted once per article, in article order, in successive statements.
 */
const upsertEntities = async (trx: Transaction<Database>, writes: ReadonlyArray<ArticleWrite>) => {
  const rows = writes.flatMap(({ extraction }) => entityRows(extraction))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const rounds: Array<Array<EntityRow>> = []
  let round = 0
  rows.forEach((row, at) => {
    round = at > 0 && rows[at - 1]?.id === row.id ? round + 1 : 0
    ;(rounds[round] ??= []).push(row)
  })
  const perStatement = Math.floor(PARAMETER_LIMIT / 4)
  for (const values of rounds) {
    for (let at = 0; at < values.length; at += perStatement) {
      await trx.insertInto("entities").values(values.slice(at, at + perStatement)).onConflict((conflict) =>
        conflict.column("id").doUpdateSet({ aliases: mergedAliases })
      ).execute()
    }
  }
}

/** The articles of a batch, each replaced whole, all in one transaction (committed together or not at all). */
export const writeArticlesPostgres = (
  builder: Kysely<Database>,
  write: {
    readonly articles: ReadonlyArray<ArticleWrite>
    readonly runId: number
    readonly extractedAt: string
  }
): Promise<void> =>
  builder.transaction().execute(async (trx) => {
    const { runId } = write
    await shareCrossReference(trx)
    // Locked in id order, so that concurrent writers of overlapping batches never deadlock.
    for (const id of write.articles.map(({ article }) => article.id).sort()) await lockArticle(trx, id)
    const run = await trx.selectFrom("runs").select(["id", "extractor"]).where("id", "=", runId).executeTakeFirst()
    if (run === undefined) throw new Error(`no run ${runId} (start one with startRun)`)
    await upsertEntities(trx, write.articles)
    for (const { article, extraction, furniture } of write.articles) {
      const foreign = extraction.article !== article.id
        ? extraction.article
        : extraction.claims.find((claim) => claim.article !== article.id)?.article
      if (foreign !== undefined) throw new Error(`article ${article.id}: its extraction holds claims of article ${foreign}`)
      await deleteArticle(trx, article.id)
      await insertRows(trx, "articles", [articleRow(article, furniture, extraction, run, write.extractedAt)])
      await insertRows(trx, "claims", extraction.claims.map(claimRow))
      await insertRows(trx, "claim_entities", extraction.claims.flatMap(claimEntityRows))
      await insertRows(trx, "claim_times", extraction.claims.flatMap((claim) => claimTimeRow(claim) ?? []))
      await insertRows(trx, "timexes", timexRows(extraction))
      await insertRows(trx, "quantities", quantityRows(extraction))
    }
    await nextGeneration(trx)
  })

export const deleteArticlesPostgres = (builder: Kysely<Database>, ids: ReadonlyArray<string>): Promise<void> =>
  builder.transaction().execute(async (trx) => {
    await shareCrossReference(trx)
    for (const id of [...ids].sort()) {
      await lockArticle(trx, id)
      await deleteArticle(trx, id)
    }
    // A run that removed nothing (nearly every run) changed nothing.
    if (ids.length > 0) await nextGeneration(trx)
  })

/**
 * The relations replaced on PostgreSQL as they are found (pending-relations.ts): the pending tables
 * are temporary, on a session of the replacement's own (taken from the pool, and destroyed at the
 * end, so a killed process's tables go with its connection). Writing them holds no lock; the swap
 * holds the cross-reference lock, which article writes wait for, only while the server copies the
 * pending rows in. With no writer lock, two cross-references can swap in any order: one that read
 * the store before the stored relations' cross-reference did (an older generation) stores nothing.
 */
export const connectPendingRelations = async (pool: pg.Pool) => {
  const client = await pool.connect()
  // A session the server drops must not crash the process: the next statement fails instead.
  client.on("error", () => undefined)
  // Every statement of this kysely runs on the one session (`release` keeps it, until `close`).
  const session: PostgresPoolClient = { query: client.query.bind(client) as PostgresPoolClient["query"], release: () => undefined }
  const pending: PendingDatabase = new Kysely({ dialect: new PostgresDialect({ pool: { connect: async () => session, end: async () => undefined } }) })
  return {
    /** Creates the pending tables, empty. */
    create: async () => {
      for (const query of createPendingTables(pending)) await pending.executeQuery(query)
    },
    write: async (relations: ReadonlyArray<Relation>) => {
      const rows = pendingRows(relations)
      await insertRows(pending, "pending_relations", rows.relations)
      await insertRows(pending, "pending_relation_claims", rows.claims)
    },
    /**
     * The swap of relations found at generation `foundAt`, while no article is being written, unless
     * the stored ones were found at a later generation: then they stay, being of a later state of the store.
     */
    swap: (foundAt: number) =>
      pending.transaction().execute(async (trx): Promise<SwapOutcome> => {
        await sql`select pg_advisory_xact_lock(${CROSSREF_LOCK})`.execute(trx)
        const generations = trx.selectFrom("store_generation").where("id", "=", 1)
        const storedAt = Number((await generations.select("relations_generation").executeTakeFirst())?.relations_generation ?? 0)
        if (foundAt < storedAt) return { _tag: "Superseded", foundAt, storedAt }
        const swap = swapPendingRelations(trx)
        await swap.clear.execute()
        const stored = await swap.insertRelations.executeTakeFirst()
        await swap.insertClaims.execute()
        await swap.dropUnnamedEntities.execute()
        await trx.updateTable("store_generation").set({ relations_generation: foundAt }).where("id", "=", 1).execute()
        return { _tag: "Swapped", stored: Number(stored.numInsertedOrUpdatedRows ?? 0) }
      }),
    /** Ends the session (destroyed, not returned to the pool): its temporary tables go with it. */
    close: () => client.release(true)
  }
}

/** These claims' comparison standing, as the current rules work it out (a claim another run has since removed is no row to update). */
export const writeStandingsPostgres = (builder: Kysely<Database>, claims: ReadonlyArray<Claim>): Promise<void> =>
  builder.transaction().execute(async (trx) => {
    for (const claim of claims) await trx.updateTable("claims").set(standingColumns(claim)).where("id", "=", claim.id).execute()
    // A claim's standing decides the partition it is compared in: the relations found change with it.
    await nextGeneration(trx)
  })

/** The articles a completed run could not read, in place of those stored for its share of the corpus (unreadable-articles.ts). */
export const writeUnreadablePostgres = (
  builder: Kysely<Database>,
  runId: number,
  shard: Shard | undefined,
  unreadable: ReadonlyArray<UnreadableRecord>
): Promise<void> =>
  builder.transaction().execute(async (trx) => {
    for (const query of unreadableReplacement(builder, runId, shard, unreadable)) await trx.executeQuery(query)
  })
