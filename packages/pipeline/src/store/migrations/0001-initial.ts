import { type ColumnDefinitionBuilder, type Kysely, type Migration, type RawBuilder, sql } from "kysely"
import type { StoreDialect } from "../query-runner.js"

/** `column IN (…)` as a CHECK constraint: the allowed values stay visible in the schema. */
const sqlIn = (column: string, values: ReadonlyArray<string | number>): RawBuilder<unknown> =>
  sql`${sql.ref(column)} in (${sql.join(values.map((value) => sql.lit(value)))})`

/** The two column types the dialects spell differently: a generated integer key, and a 64-bit float. */
const columnTypes = {
  sqlite: {
    serial: { type: "integer", key: (c: ColumnDefinitionBuilder) => c.primaryKey().autoIncrement() },
    float: "real"
  },
  // PostgreSQL's `real` is 32 bits: figures need `double precision`, as SQLite's `real` is.
  postgres: { serial: { type: "serial", key: (c: ColumnDefinitionBuilder) => c.primaryKey() }, float: "double precision" }
} as const

/**
 * The tables. Frozen once released: later changes go in new migrations, so a database written by
 * any older version is brought forward on open. Migrations take `Kysely<any>` on purpose: they
 * describe the schema as it was then, not the current `Database` type.
 */
export const initial = (dialect: StoreDialect): Migration => ({
  async up(db: Kysely<any>) {
    const { float, serial } = columnTypes[dialect]
    await db.schema
      .createTable("runs")
      .addColumn("id", serial.type, serial.key)
      .addColumn("started_at", "text", (c) => c.notNull())
      .addColumn("finished_at", "text")
      .addColumn("status", "text", (c) =>
        c.notNull().check(sqlIn("status", ["running", "completed", "interrupted", "failed"]))
      )
      .addColumn("version", "text", (c) => c.notNull())
      .addColumn("extractor", "text", (c) => c.notNull())
      .addColumn("corpus", "text", (c) => c.notNull())
      .addColumn("counts", "text", (c) => c.notNull().defaultTo("{}"))
      .addColumn("errors", "text", (c) => c.notNull().defaultTo("[]"))
      .execute()

    await db.schema
      .createTable("writer_lock")
      .addColumn("id", "integer", (c) => c.primaryKey().check(sqlIn("id", [1])))
      .addColumn("run_id", "integer", (c) => c.notNull().references("runs.id"))
      .addColumn("pid", "integer", (c) => c.notNull())
      .addColumn("host", "text", (c) => c.notNull())
      .addColumn("started_at", "text", (c) => c.notNull())
      .execute()

    await db.schema
      .createTable("articles")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("path", "text", (c) => c.notNull())
      .addColumn("format", "text", (c) => c.notNull())
      .addColumn("title", "text")
      .addColumn("outlet", "text")
      .addColumn("url", "text")
      .addColumn("published", "text")
      .addColumn("reference_date", "text")
      .addColumn("reference_basis", "text", (c) => c.notNull())
      .addColumn("reference_why", "text", (c) => c.notNull())
      .addColumn("content_hash", "text", (c) => c.notNull())
      .addColumn("extractor", "text", (c) => c.notNull())
      .addColumn("text", "text", (c) => c.notNull())
      .addColumn("furniture", "text", (c) => c.notNull())
      .addColumn("extracted_at", "text", (c) => c.notNull())
      .addColumn("run_id", "integer", (c) => c.notNull().references("runs.id"))
      .execute()

    await db.schema
      .createTable("claims")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("article_id", "text", (c) => c.notNull().references("articles.id").onDelete("cascade"))
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("predicate", "text", (c) => c.notNull())
      .addColumn("subjects", "text", (c) => c.notNull())
      .addColumn("place", "text")
      .addColumn("object", "text")
      .addColumn("value_amount", float)
      .addColumn("value_unit", "text")
      .addColumn("value_kind", "text")
      .addColumn("value_low", float)
      .addColumn("value_high", float)
      .addColumn("value_qualifier", "text")
      .addColumn("time_start", "text")
      .addColumn("time_end", "text")
      .addColumn("asserted_at", "text")
      .addColumn("modality", "text", (c) => c.notNull())
      .addColumn("attribution", "text")
      .addColumn("span_start", "integer", (c) => c.notNull())
      .addColumn("span_end", "integer", (c) => c.notNull())
      .addColumn("sentence_start", "integer", (c) => c.notNull())
      .addColumn("sentence_end", "integer", (c) => c.notNull())
      .addColumn("quote", "text", (c) => c.notNull())
      .addColumn("confidence", float, (c) => c.notNull())
      .addColumn("extractor", "text", (c) => c.notNull())
      .addColumn("data", "text", (c) => c.notNull())
      .execute()

    await db.schema
      .createTable("claim_entities")
      .addColumn("claim_id", "text", (c) => c.notNull().references("claims.id").onDelete("cascade"))
      .addColumn("entity_id", "text", (c) => c.notNull())
      .addColumn("role", "text", (c) => c.notNull().check(sqlIn("role", ["subject", "place", "source"])))
      .addPrimaryKeyConstraint("claim_entities_pk", ["claim_id", "entity_id", "role"])
      .execute()

    await db.schema
      .createTable("claim_times")
      .addColumn("claim_id", "text", (c) => c.primaryKey().references("claims.id").onDelete("cascade"))
      .addColumn("value", "text", (c) => c.notNull())
      .addColumn("first_day", "text", (c) => c.notNull())
      .addColumn("last_day", "text", (c) => c.notNull())
      .addColumn("granularity", "text", (c) => c.notNull())
      .execute()

    for (const table of ["timexes", "quantities"] as const) {
      let builder = db.schema
        .createTable(table)
        .addColumn("article_id", "text", (c) => c.notNull().references("articles.id").onDelete("cascade"))
        .addColumn("id", "text", (c) => c.notNull())
        .addColumn("start", "integer", (c) => c.notNull())
        .addColumn("end", "integer", (c) => c.notNull())
        .addColumn("text", "text", (c) => c.notNull())
      builder = table === "timexes"
        ? builder.addColumn("type", "text", (c) => c.notNull()).addColumn("value", "text", (c) => c.notNull())
        : builder
          .addColumn("kind", "text", (c) => c.notNull())
          .addColumn("value", float, (c) => c.notNull())
          .addColumn("unit", "text", (c) => c.notNull())
      await builder.addPrimaryKeyConstraint(`${table}_pk`, ["article_id", "id"]).execute()
    }

    await db.schema
      .createTable("relations")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("type", "text", (c) => c.notNull())
      .addColumn("key", "text", (c) => c.notNull())
      .addColumn("severity", "text")
      .addColumn("explanation", "text", (c) => c.notNull())
      .addColumn("fingerprint", "text", (c) => c.notNull())
      .addColumn("articles", "text", (c) => c.notNull())
      .addColumn("data", "text", (c) => c.notNull())
      .execute()

    await db.schema
      .createTable("relation_claims")
      .addColumn("relation_id", "text", (c) => c.notNull().references("relations.id").onDelete("cascade"))
      .addColumn("claim_id", "text", (c) => c.notNull().references("claims.id").onDelete("cascade"))
      .addPrimaryKeyConstraint("relation_claims_pk", ["relation_id", "claim_id"])
      .execute()
  }
})
