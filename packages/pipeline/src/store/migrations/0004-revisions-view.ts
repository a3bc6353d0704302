import { type Kysely, type Migration, sql } from "kysely"
import { pairedRelationView } from "./0002-views-and-search.js"

/** The `revisions` view: a figure and its revision side by side, like `contradictions` and `overlaps`. */
export const revisionsView: Migration = {
  async up(db: Kysely<any>) {
    await sql.raw(pairedRelationView("revisions", "revision")).execute(db)
  }
}
