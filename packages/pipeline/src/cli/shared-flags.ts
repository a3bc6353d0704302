import { Config } from "effect"
import { Flag } from "effect/cli"
import { DEFAULT_DB } from "../store/database-location.js"

export { DEFAULT_DB }

const DB_DESCRIPTION =
  "The claims database: a SQLite file, or postgres://user@host/db (default: $CROSSCHECK_DB, else crosscheck.db)"

/** `CROSSCHECK_DB`: the database when no `--db` is given (a CI job's PostgreSQL URL, say). */
const dbFromEnvironment = Config.String("CROSSCHECK_DB")

/**
 * `--db PATH|URL`: the claims database, a SQLite file or a `postgres://user@host/db` URL; else
 * `CROSSCHECK_DB`; else `crosscheck.db` in the working directory.
 */
export const dbFlag = Flag.String("db").pipe(
  Flag.withDescription(DB_DESCRIPTION),
  Flag.withFallbackConfig(dbFromEnvironment.pipe(Config.withDefault(DEFAULT_DB)))
)

/** `--db`, else `CROSSCHECK_DB`, else none: for commands where a config file may name it next. */
export const optionalDbFlag = Flag.String("db").pipe(
  Flag.withDescription(DB_DESCRIPTION),
  Flag.withFallbackConfig(dbFromEnvironment),
  Flag.optional
)
