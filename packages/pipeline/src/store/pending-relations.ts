import type { Relation } from "@crosscheck/claims"
import { Effect } from "effect"
import { type Compilable, type Kysely, sql } from "kysely"
import type { Database, RelationClaimsTable, RelationsTable } from "./database-schema.js"
import { relationClaimRows, relationRow } from "./model-rows.js"
import type { StoreError } from "./store-error.js"
import type { StoreReaderService } from "./store-reader.js"

/**
 * A replacement of the relations in the making, in either dialect: cross-referencing writes what it
 * finds, partition by partition, into two temporary tables of the writing connection's own, then the
 * relations are replaced by them in one short transaction. Nothing is held until the end, and
 * nothing is half-replaced: until the swap the stored relations are the previous ones, and a killed
 * process's temporary tables go with its connection.
 */
// A type, not an interface: kysely's `withTables` takes only a record of tables.
export type PendingTables = {
  readonly pending_relations: RelationsTable
  readonly pending_relation_claims: RelationClaimsTable
}

export type PendingDatabase = Kysely<Database & PendingTables>

/** Relations written to the pending tables at a time: few to hold, many enough that a write is worth its round trip. */
export const PENDING_BATCH = 1000

const RELATION_COLUMNS = ["id", "type", "key", "severity", "explanation", "fingerprint", "articles", "data"] as const

/** Creates the two tables, empty: the columns of `relations` and `relation_claims` (as the store's migrations made them), without keys. */
export const createPendingTables = (db: PendingDatabase): ReadonlyArray<Compilable<unknown>> => [
  db.schema.createTable("pending_relations").temporary().as(db.selectFrom("relations").selectAll().where(sql<boolean>`false`)),
  db.schema.createTable("pending_relation_claims").temporary().as(db.selectFrom("relation_claims").selectAll().where(sql<boolean>`false`)),
  // What the swap looks up: a pending relation's claims.
  db.schema.createIndex("pending_relation_claims_relation").on("pending_relation_claims").columns(["relation_id", "claim_id"])
]

export const dropPendingTables = (db: PendingDatabase): ReadonlyArray<Compilable<unknown>> => [
  db.schema.dropTable("pending_relation_claims").ifExists(),
  db.schema.dropTable("pending_relations").ifExists()
]

/** These relations as rows of the two pending tables. */
export const pendingRows = (relations: ReadonlyArray<Relation>) => ({
  relations: relations.map(relationRow),
  claims: relations.flatMap(relationClaimRows)
})

/**
 * The swap, statements of one transaction in this order: every stored relation replaced by the
 * pending ones (in id order), but for any naming a claim no longer stored (another run replaced its
 * article after cross-referencing read it: the next cross-reference finds it again from the new
 * claims, rather than a relation pointing at claims that are gone); then the entities no stored
 * claim names any more. `insertRelations` inserts the relations stored.
 */
export const swapPendingRelations = (db: PendingDatabase) => ({
  clear: db.deleteFrom("relations"),
  insertRelations: db.insertInto("relations").columns(RELATION_COLUMNS).expression(
    db.selectFrom("pending_relations as p")
      .select(RELATION_COLUMNS.map((column) => `p.${column}` as const))
      .where(({ exists, not, selectFrom }) =>
        not(exists(
          selectFrom("pending_relation_claims as pc")
            .select("pc.claim_id")
            .whereRef("pc.relation_id", "=", "p.id")
            .where(({ exists, not, selectFrom }) =>
              not(exists(selectFrom("claims as c").select("c.id").whereRef("c.id", "=", "pc.claim_id"))))
        )))
      .orderBy("p.id")
  ),
  insertClaims: db.insertInto("relation_claims").columns(["relation_id", "claim_id"]).expression(
    db.selectFrom("pending_relation_claims as pc")
      .innerJoin("relations as r", "r.id", "pc.relation_id")
      .select(["pc.relation_id", "pc.claim_id"])
  ),
  // Once per cross-reference, not per article.
  dropUnnamedEntities: db.deleteFrom("entities").where("id", "not in", (eb) => eb.selectFrom("claim_entities").select("entity_id"))
})

/**
 * What a swap did: stored the pending relations, or left the stored ones in place because they were
 * found at a later generation of the store than these (another cross-reference, started after this
 * one read the store, swapped first: see migration 0008).
 */
export type SwapOutcome =
  | { readonly _tag: "Swapped"; readonly stored: number }
  | { readonly _tag: "Superseded"; readonly foundAt: number; readonly storedAt: number }

/** What each dialect does for a replacement of the relations, over a session `S` of its own (see above). */
export interface PendingRelationsDialect<S> {
  /** Creates the pending tables, empty, on a connection of the replacement's own. */
  readonly open: Effect.Effect<S, StoreError>
  readonly write: (session: S, relations: ReadonlyArray<Relation>) => Effect.Effect<void, StoreError>
  /** The reader whose snapshot (`inSnapshot`) the relations are found in. */
  readonly reader: StoreReaderService
  /**
   * The generation of the store a snapshot sees, where other writers commit meanwhile (PostgreSQL);
   * undefined where the writer lock keeps them out while relations are found and swapped (SQLite).
   */
  readonly generationOf: (snapshot: StoreReaderService) => Effect.Effect<number | undefined, StoreError>
  /** The swap in one transaction, unless relations found at a later generation than `foundAt` are stored. */
  readonly swap: (session: S, foundAt: number | undefined) => Effect.Effect<SwapOutcome, StoreError>
  /** Ends the session, the pending tables with it, whether it swapped or failed. */
  readonly close: (session: S) => Effect.Effect<void>
}

/** Adds relations to a replacement as cross-referencing finds them. */
export type AddRelations = (relations: ReadonlyArray<Relation>) => Effect.Effect<void, StoreError>

/** What a replacement of the relations did. */
export interface RelationsReplaced<A> {
  /** What `find` returned. */
  readonly found: A
  /** How many relations it stored: none when superseded. */
  readonly stored: number
  /** Set when it stored nothing, the relations stored being of a later state of the store than those it found. */
  readonly superseded?: { readonly foundAt: number; readonly storedAt: number }
}

/**
 * Replaces the stored relations with those `find` adds, written as they come (at most a batch
 * held), swapped in once `find` succeeds; if it fails or is interrupted, the previous relations stay.
 * `find` reads the store through `snapshot`, one moment of it, whose generation the swap checks: a
 * replacement found from an older moment than the stored relations' never replaces them.
 */
export const replaceRelationsAsFound = <S>(dialect: PendingRelationsDialect<S>) =>
<A, E, R>(
  find: (add: AddRelations, snapshot: StoreReaderService) => Effect.Effect<A, E, R>
): Effect.Effect<RelationsReplaced<A>, E | StoreError, R> =>
  Effect.acquireUseRelease(
    dialect.open,
    (session) => {
      let batch: Array<Relation> = []
      const flush = Effect.suspend(() => {
        const relations = batch
        batch = []
        return relations.length === 0 ? Effect.void : dialect.write(session, relations)
      })
      const add: AddRelations = (relations) =>
        Effect.suspend(() => {
          for (const relation of relations) batch.push(relation)
          return batch.length >= PENDING_BATCH ? flush : Effect.void
        })
      return Effect.gen(function*() {
        const { found, generation } = yield* dialect.reader.inSnapshot((snapshot) =>
          Effect.gen(function*() {
            const generation = yield* dialect.generationOf(snapshot)
            return { found: yield* find(add, snapshot), generation }
          })
        )
        yield* flush
        const outcome = yield* dialect.swap(session, generation)
        return outcome._tag === "Swapped"
          ? { found, stored: outcome.stored }
          : { found, stored: 0, superseded: { foundAt: outcome.foundAt, storedAt: outcome.storedAt } }
      })
    },
    dialect.close
  ).pipe(Effect.withSpan("StoreWriter.replaceRelationsAsFound"))
