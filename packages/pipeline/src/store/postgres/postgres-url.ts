import { Effect } from "effect"

export { isPostgresUrl } from "../database-location.js"

/** The URL as messages show it: never the password. */
export const redactPostgresUrl = (db: string): string => {
  if (!URL.canParse(db)) return db.replace(/:[^:@/]*@/, ":***@")
  const url = new URL(db)
  if (url.password !== "") url.password = "***"
  return url.href
}

/**
 * The PostgreSQL store's module, loaded only when a `postgres://` URL asks for it: `pg` and its
 * dependencies are not loaded by the SQLite runs (nor by `--help`).
 */
export const postgresStore = Effect.promise(() => import("./postgres-store.js"))
