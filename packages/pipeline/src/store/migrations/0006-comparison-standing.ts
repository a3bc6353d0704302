import { Claim } from "@crosscheck/claims/model"
import { Option, Schema } from "effect"
import { type Kysely, type Migration, sql } from "kysely"

/** Claims read and updated at a time while the columns are filled: a bounded slice of the store in memory. */
const FILL_PAGE = 2000

const decodeClaim = Schema.decodeUnknownOption(Schema.fromJsonString(Claim))

/**
 * Where cross-referencing compares each claim, or why it never does (`comparisonStanding`), as
 * columns: the cross-reference stage reads the store one partition at a time, in `(partition, id)`
 * order through the index, and the reports count the claims never compared in SQL; with the rules
 * they were worked out by (`STANDING_RULES`). Filled here for the claims already stored; one the
 * current model refuses (an older extractor's, which the next run extracts again) keeps nulls.
 */
export const comparisonStandingColumns: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable("claims").addColumn("comparison_partition", "text").execute()
    await db.schema.alterTable("claims").addColumn("uncompared_reason", "text").execute()
    await db.schema.alterTable("claims").addColumn("standing_rules", "integer").execute()
    await sql.raw(`create index claims_partition on claims(comparison_partition, id)`).execute(db)
    await sql.raw(`create index claims_standing_rules on claims(standing_rules)`).execute(db)
    // Loaded only to migrate: a read-only open (query, show) loads no comparison rules.
    const { standingColumns } = await import("../model-rows.js")
    let after: string | undefined
    for (;;) {
      const rows: ReadonlyArray<{ readonly id: string; readonly data: string }> = await db.selectFrom("claims")
        .select(["id", "data"])
        .$if(after !== undefined, (query) => query.where("id", ">", after))
        .orderBy("id")
        .limit(FILL_PAGE)
        .execute()
      for (const row of rows) {
        const claim = decodeClaim(row.data)
        if (Option.isSome(claim)) await db.updateTable("claims").set(standingColumns(claim.value)).where("id", "=", row.id).execute()
      }
      after = rows.at(-1)?.id
      if (rows.length < FILL_PAGE) return
    }
  }
}
