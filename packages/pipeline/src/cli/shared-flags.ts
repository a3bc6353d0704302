import { Flag } from "effect/cli"

export const DEFAULT_DB = "crosscheck.db"

/** `--db PATH`: the claims database; `crosscheck.db` in the working directory by default. */
export const dbFlag = Flag.String("db").pipe(
  Flag.withDescription("The SQLite claims database"),
  Flag.withDefault(DEFAULT_DB)
)
