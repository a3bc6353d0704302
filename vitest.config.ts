import { defineConfig } from "vitest/config"

export default defineConfig({
  // Tests import workspace packages from their TypeScript sources (the "source" export
  // condition), so `pnpm test` needs no build step; only CLI end-to-end tests run the built bin.
  resolve: { conditions: ["source"] },
  ssr: { resolve: { conditions: ["source"] } },
  test: {
    include: ["packages/*/test/**/*.test.ts"],
    // One real PostgreSQL server for the run (or CROSSCHECK_TEST_POSTGRES_URL's); a database per test file.
    globalSetup: ["packages/pipeline/test/support/postgres-server.ts"],
    // CLI end-to-end tests spawn the real bin many times; on a loaded 2-core machine that takes a while.
    testTimeout: 180_000,
    hookTimeout: 180_000
  }
})
