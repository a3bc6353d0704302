import Database from "better-sqlite3"
import { type CliOptions, type CliResult, crosscheck } from "./cli.js"

/** How many runs the store recorded: a replayed rerun records none, a full one records one. */
export const runCount = (db: string): number => {
  const database = new Database(db, { readonly: true })
  const { count } = database.prepare<[], { count: number }>("SELECT count(*) AS count FROM runs").get()!
  database.close()
  return count
}

/** What a run printed, and how it ended: what must be the same, byte for byte. */
export const printed = ({ status, stderr, stdout }: CliResult) => ({ status, stdout, stderr })

/** Runs `args` and says whether it was replayed (no run recorded) or ran in full (one more run). */
export const rerun = (db: string, args: ReadonlyArray<string>, options: CliOptions = {}) => {
  const before = runCount(db)
  const result = crosscheck(args, options)
  return { result, replayed: runCount(db) === before }
}
