/** The claims database when neither `--db`, `CROSSCHECK_DB` nor the configuration names one. */
export const DEFAULT_DB = "crosscheck.db"

/** `--db postgres://user@host/db` (or `postgresql://`) selects the PostgreSQL store; anything else is a SQLite path. */
export const isPostgresUrl = (db: string): boolean => /^postgres(ql)?:\/\//i.test(db)
