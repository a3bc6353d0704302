import { type Kysely, type Migration, sql } from "kysely"
import type { StoreDialect } from "../query-runner.js"
import { pairedRelationView } from "./0003-entities-and-datasette.js"
import { pgValueText } from "./postgres-forms.js"

/** The `revisions` view: a figure and its revision side by side, like `contradictions` and `overlaps`. */
export const revisionsView = (dialect: StoreDialect): Migration => ({
  async up(db: Kysely<any>) {
    const view = dialect === "sqlite" ? pairedRelationView("revisions", "revision") : pairedRelationView("revisions", "revision", pgValueText)
    await sql.raw(view).execute(db)
  }
})
