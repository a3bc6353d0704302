import { Effect } from "effect"

/** `--db postgres://user@host/db` (or `postgresql://`) selects the PostgreSQL store; anything else is a SQLite path. */
export const isPostgresUrl = (db: string): boolean => /^postgres(ql)?:\/\//i.test(db)

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
