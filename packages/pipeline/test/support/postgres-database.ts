import pg from "pg"
import { randomBytes } from "node:crypto"
import { afterAll, inject } from "vitest"

/** Runs one statement on the server's maintenance database. */
const onServer = async (statement: string) => {
  const client = new pg.Client({ connectionString: inject("postgresUrl") })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}

/**
 * A new, empty database on the test run's PostgreSQL server (see postgres-server.ts), dropped with
 * everything in it when the test file ends. Returns its URL, as `--db` takes it.
 */
export const freshPostgresDatabase = async (): Promise<string> => {
  const name = `crosscheck_test_${randomBytes(6).toString("hex")}`
  await onServer(`create database ${name}`)
  afterAll(() => onServer(`drop database if exists ${name} with (force)`))
  const url = new URL(inject("postgresUrl"))
  url.pathname = `/${name}`
  return url.href
}
